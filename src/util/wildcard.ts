/**
 * Wildcard matching without regular expressions, for the simple patterns that come from the
 * repository with no config at all: CODEOWNERS lines (`*`, `?`, `**`) and consumer groups' topic
 * wildcards (`orders.*`).
 *
 * A backtracking `RegExp` built from `*a*a*a*a*a*b` takes seconds to minutes on a name of 100
 * characters. RE2 (src/util/safe-regex.ts) is linear but costs ~0.1 ms to compile and ~0.7 µs a
 * match, which a CODEOWNERS of thousands of lines, tried last line first on every file, multiplies
 * into seconds. The classic greedy algorithm below remembers only the last `*` and retries from it:
 * O(|pattern|·|text|) at worst, no blow-up whatever the pattern, and as fast as a `RegExp` on
 * ordinary patterns. Hand-written because no npm package offers it with `/`-aware segments.
 */

/**
 * Does `text` match `pattern`, where `*` is any run of characters and `?` one character (when
 * `question` is true; otherwise `?` is literal)? Neither ever matches `separator` when one is given.
 */
export function wildcardMatch(pattern: string, text: string, options: { question?: boolean; separator?: string } = {}): boolean {
  const { question = false, separator } = options;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < text.length) {
    const c = pattern[p];
    if (c === '*') {
      starP = p++;
      starT = t;
    } else if (c !== undefined && (question && c === '?' ? text[t] !== separator : c === text[t])) {
      p++;
      t++;
    } else if (starP >= 0 && text[starT] !== separator) {
      // Let the last `*` take one more character and retry the rest from there.
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** The segments of the path last asked for: one path is tried against every CODEOWNERS line in a row. */
let last: { path: string; segments: readonly string[] } = { path: '', segments: [''] };
function segmentsOf(path: string): readonly string[] {
  if (last.path !== path) last = { path, segments: path.split('/') };
  return last.segments;
}

/** A path pattern: segment globs (`*`, `?` within one segment) and `ANY_SEGMENTS` (zero or more whole segments). */
export const ANY_SEGMENTS = Symbol('any segments');
export type PathToken = string | typeof ANY_SEGMENTS;

/**
 * Does the `/`-separated `path` match the tokens? The same greedy algorithm one level up: a segment
 * glob takes one path segment, `ANY_SEGMENTS` any number; O(|tokens|·|segments|) segment matches.
 */
export function pathMatch(tokens: readonly PathToken[], path: string | readonly string[]): boolean {
  const segments = typeof path === 'string' ? segmentsOf(path) : path;
  let p = 0;
  let t = 0;
  let starP = -1;
  let starT = 0;
  while (t < segments.length) {
    const token = tokens[p];
    if (token === ANY_SEGMENTS) {
      starP = p++;
      starT = t;
    } else if (token !== undefined && wildcardMatch(token, segments[t]!, { question: true })) {
      p++;
      t++;
    } else if (starP >= 0) {
      p = starP + 1;
      t = ++starT;
    } else return false;
  }
  while (tokens[p] === ANY_SEGMENTS) p++;
  return p === tokens.length;
}
