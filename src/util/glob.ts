/**
 * Globs from the repository (config `include`/`exclude`, override `files`/`excludedFiles`, waiver
 * targets) matched in time linear in the path, whatever the glob.
 *
 * picomatch compiles a glob to a backtracking JavaScript `RegExp`: `**\/*a*a*a*a*a*b` against a long
 * path, or many braces, take minutes, and a pull request controls the config. Here a glob is
 * translated to an RE2 regular expression instead (see src/util/safe-regex.ts): the translation is
 * linear in the glob (braces become alternations, never expanded), RE2 matches in time linear in the
 * path, and each glob is compiled once. No maintained npm glob matcher guarantees linear time (minimatch,
 * picomatch and micromatch all build backtracking `RegExp`s), hence this small translator.
 *
 * The syntax and meaning are picomatch's with `{ dot: true }`, as documented for the config: `*` and
 * `?` within a path segment (dot files included), `**` as a whole segment for any number of segments
 * (`kafka/**` also matches `kafka`), `[a-z]`/`[!a]`/`[^a]`/`[[:alpha:]]` classes, `{a,b}` alternatives
 * (nested), `{1..5}` ranges, `(a|b)` and the `@( ) ?( ) +( ) *( )` extglobs, `\` escapes, and a
 * leading `!` negating the glob. The one construct refused is the `!( )` extglob: "anything but"
 * inside a path cannot be matched in linear time, and the config loader says so at the glob.
 */
import { compileRe2Source, MAX_PATTERN_LENGTH, type SafeRegex } from './safe-regex.js';

/** A compiled glob, or why it cannot be used (reported by the config loader at the glob). */
export type GlobResult = { match: (path: string) => boolean } | { problem: string };

/** More alternatives than this in one `{x..y}` range is refused rather than expanded. */
const MAX_RANGE = 1000;
/** Deeper nesting of braces and parentheses is refused (RE2 itself stops at 1,000). */
const MAX_NESTING = 100;

class GlobSyntaxError extends Error {}

/** Compile one glob. `!` at the start negates it. */
export function compileGlob(glob: string): GlobResult {
  if (glob.length > MAX_PATTERN_LENGTH) return { problem: `is ${glob.length} characters long, over the ${MAX_PATTERN_LENGTH}-character limit for a glob; shorten it.` };
  let negated = false;
  let body = glob;
  while (body.startsWith('!') && !body.startsWith('!(')) {
    negated = !negated;
    body = body.slice(1);
  }
  while (body.startsWith('./')) body = body.slice(2);
  if (!/[*?[\]{}()!\\@+]/.test(body)) {
    // A plain path (most waiver targets): compared as text, without compiling anything.
    const literal = body;
    return { match: negated ? (p) => p !== literal : (p) => p === literal };
  }
  let source: string;
  try {
    source = `^(?:${new Translator(body).all()})$`;
  } catch (e) {
    if (e instanceof GlobSyntaxError) return { problem: e.message };
    throw e;
  }
  const re = compileRe2Source(source, glob);
  if ('problem' in re) return { problem: re.problem };
  const test = (re as SafeRegex).test.bind(re);
  return { match: negated ? (p) => !test(p) : test };
}

/**
 * A matcher for a list of globs: true when any matches (picomatch's meaning of a list). A glob that
 * cannot be used matches nothing here; the config loader reported it (`checkGlob` in config/load.ts).
 */
export function globMatcher(globs: readonly string[]): (path: string) => boolean {
  const matchers = globs.map(compileGlob).flatMap((g) => ('match' in g ? [g.match] : []));
  return (path) => matchers.some((m) => m(path));
}

/** Why a glob cannot be used, or undefined. */
export function globProblem(glob: string): string | undefined {
  const g = compileGlob(glob);
  return 'problem' in g ? g.problem : undefined;
}

const RE2_SPECIAL = /[\\.+*?()|[\]{}^$]/;
const ANY = '(?s:.*)';

/** Recursive descent over the glob; each character is read once, so the output is linear in the glob. */
class Translator {
  private i = 0;
  private depth = 0;
  constructor(private readonly glob: string) {}

  all(): string {
    const out = this.sequence('', true);
    if (this.i < this.glob.length) throw new GlobSyntaxError(`has an unexpected \`${this.glob[this.i]}\` at character ${this.i + 1}.`);
    return out;
  }

  /** Read until one of `stop` (not consumed) or the end. */
  private sequence(stop: string, segmentStart: boolean): string {
    const g = this.glob;
    let out = '';
    let atSegmentStart = segmentStart;
    while (this.i < g.length) {
      const c = g[this.i]!;
      if (stop.includes(c)) break;
      const next = g[this.i + 1];
      if (c === '\\') {
        out += literal(next ?? '\\');
        this.i += 2;
      } else if (c === '*' && next === '*' && atSegmentStart && this.endsSegment(this.i + 2, stop)) {
        this.i += 2;
        if (g[this.i] === '/') {
          this.i++;
          out += `(?:${ANY}/)?`; // `**/`: zero or more folders
          continue; // still at a segment start
        }
        // `a/**`: a itself and everything below it; `**` alone: everything.
        out = out.endsWith('/') ? `${out.slice(0, -1)}(?:/${ANY})?` : out + ANY;
      } else if ('@?+*!'.includes(c) && next === '(' && this.closes(this.i + 1, '(', ')')) {
        if (c === '!') throw new GlobSyntaxError(`uses the negated extglob \`!(…)\`, which is not supported: globs from the repository are matched in linear time, and "anything but" inside a path cannot be. List what to match instead, or use \`exclude\`/\`excludedFiles\`.`);
        this.i += 2;
        const group = this.alternatives('|', ')', atSegmentStart);
        out += `(?:${group})${c === '@' ? '' : c}`;
      } else if (c === '(' && this.closes(this.i, '(', ')')) {
        this.i++;
        out += `(?:${this.alternatives('|', ')', atSegmentStart)})`;
      } else if (c === '{' && this.closes(this.i, '{', '}')) {
        out += this.brace(atSegmentStart);
      } else if (c === '[' && this.classEnd(this.i) !== -1) {
        out += this.characterClass();
      } else if (c === '*') {
        out += '[^/]*';
        while (g[this.i + 1] === '*') this.i++; // `a**b` is `a*b`
        this.i++;
      } else if (c === '?') {
        out += '[^/]';
        this.i++;
      } else {
        out += literal(c);
        this.i++;
      }
      atSegmentStart = c === '/';
    }
    return out;
  }

  /** `a|b)` or `a,b}` after the opener: the alternatives, the closer consumed. */
  private alternatives(separator: string, close: string, segmentStart: boolean): string {
    if (++this.depth > MAX_NESTING) throw new GlobSyntaxError(`nests braces or parentheses more than ${MAX_NESTING} deep.`);
    const parts: string[] = [];
    for (;;) {
      parts.push(this.sequence(separator + close, segmentStart));
      const c = this.glob[this.i++];
      if (c === close) {
        this.depth--;
        return parts.join('|');
      }
      if (c !== separator) throw new GlobSyntaxError(`has an unclosed \`${close === ')' ? '(' : '{'}\`.`);
    }
  }

  /** `{a,b}` alternatives, `{1..5}`/`{a..e}` ranges; a brace with neither is literal text. */
  private brace(segmentStart: boolean): string {
    const end = this.matching(this.i, '{', '}');
    const inner = this.glob.slice(this.i + 1, end);
    const range = /^(-?\d+|[A-Za-z])\.\.(-?\d+|[A-Za-z])(?:\.\.(-?\d+))?$/.exec(inner);
    if (range) {
      this.i = end + 1;
      return `(?:${expandRange(range[1]!, range[2]!, range[3]).map(literal).join('|')})`;
    }
    if (!this.hasTopLevel(this.i + 1, end, ',')) {
      this.i = end + 1;
      return literal(`{${inner}}`);
    }
    this.i++;
    return `(?:${this.alternatives(',', '}', segmentStart)})`;
  }

  /** `[...]`: a class within one segment (a negated class never matches `/`). */
  private characterClass(): string {
    const g = this.glob;
    const end = this.classEnd(this.i);
    let j = this.i + 1;
    let negated = false;
    if (g[j] === '!' || g[j] === '^') {
      negated = true;
      j++;
    }
    let body = '';
    for (; j < end; j++) {
      const c = g[j]!;
      if (c === '\\' && j + 1 < end) {
        body += literal(g[++j]!);
      } else if (c === '[' && g[j + 1] === ':') {
        const close = g.indexOf(':]', j + 2);
        body += g.slice(j, close + 2); // `[:alpha:]`: RE2 knows the POSIX classes
        j = close + 1;
      } else body += c === '-' ? '-' : literal(c);
    }
    this.i = end + 1;
    return negated ? `[^/${body}]` : `[${body}]`;
  }

  /** Index of the `]` closing the class opened at `start`, or -1 (then `[` is literal). */
  private classEnd(start: number): number {
    const g = this.glob;
    let j = start + 1;
    if (g[j] === '!' || g[j] === '^') j++;
    if (g[j] === ']') j++; // `[]a]`: a leading `]` is a member
    for (; j < g.length; j++) {
      if (g[j] === '\\') j++;
      else if (g[j] === '[' && g[j + 1] === ':') {
        const close = g.indexOf(':]', j + 2);
        if (close === -1) return -1;
        j = close + 1;
      } else if (g[j] === ']') return j;
    }
    return -1;
  }

  private closes(start: number, open: string, close: string): boolean {
    return this.matching(start, open, close) !== -1;
  }

  /** Index of the closer matching the opener at `start` (escapes skipped), or -1. */
  private matching(start: number, open: string, close: string): number {
    let depth = 0;
    for (let j = start; j < this.glob.length; j++) {
      const c = this.glob[j];
      if (c === '\\') j++;
      else if (c === open) depth++;
      else if (c === close && --depth === 0) return j;
    }
    return -1;
  }

  private hasTopLevel(from: number, to: number, char: string): boolean {
    let depth = 0;
    for (let j = from; j < to; j++) {
      const c = this.glob[j];
      if (c === '\\') j++;
      else if (c === '{' || c === '(') depth++;
      else if (c === '}' || c === ')') depth--;
      else if (c === char && depth === 0) return true;
    }
    return false;
  }

  /** Does a segment end at `j` (a `/`, the end, or the end of the alternative being read)? */
  private endsSegment(j: number, stop: string): boolean {
    const c = this.glob[j];
    return c === undefined || c === '/' || stop.includes(c);
  }
}

function literal(c: string): string {
  let out = '';
  for (const ch of c) out += RE2_SPECIAL.test(ch) ? `\\${ch}` : ch;
  return out;
}

/** `{1..5}`, `{a..e}`, `{0..10..5}`: the values, at most MAX_RANGE of them. */
function expandRange(from: string, to: string, stepText: string | undefined): string[] {
  const numeric = /\d/.test(from);
  if (numeric !== /\d/.test(to)) throw new GlobSyntaxError(`has a range \`{${from}..${to}}\` mixing a number and a letter.`);
  const a = numeric ? Number(from) : from.charCodeAt(0);
  const b = numeric ? Number(to) : to.charCodeAt(0);
  const step = Math.max(1, Math.abs(Number(stepText ?? 1)));
  const count = Math.floor(Math.abs(b - a) / step) + 1;
  if (count > MAX_RANGE) throw new GlobSyntaxError(`has a range \`{${from}..${to}}\` of ${count} values, over the ${MAX_RANGE} a glob may list; use \`*\` or a character class such as \`[0-9]\`.`);
  const values: string[] = [];
  for (let k = 0, v = a; k < count; k++, v += a <= b ? step : -step) values.push(numeric ? String(v) : String.fromCharCode(v));
  return values;
}
