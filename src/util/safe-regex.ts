/**
 * Regular expressions that come from the repository (a pull request controls them) run on RE2, a
 * linear-time engine, never on JavaScript's backtracking `RegExp`: `(a+)+$` against a long topic name
 * hangs `RegExp` for minutes, while RE2 answers in time linear in the name whatever the pattern.
 *
 * The engine is `re2js` (a pure-JavaScript port of RE2: no native build, no WebAssembly to load, kept
 * up to date); the `re2-wasm` package was last released in 2021. The price is a slower match on
 * ordinary patterns (measured in docs/performance.md › "Patterns from the repository"), which is
 * small beside reading the files.
 *
 * RE2 cannot run lookahead, lookbehind and backreferences in linear time, so it has none: a pattern
 * that uses one is refused with a message saying what and why (`regexProblem`), and the config or
 * policy loader reports it at the pattern's line and column.
 */
import { RE2JS } from 're2js';

/** What a compiled pattern offers: the `RegExp.prototype.test` contract (a search, not anchored). */
export interface SafeRegex {
  test(input: string): boolean;
}

/** A pattern RE2 refused, with the reason written for the person who wrote the pattern. */
export interface RegexRefusal {
  readonly problem: string;
}

/** Longer patterns are refused: no naming convention needs more, and compiling stays cheap. */
export const MAX_PATTERN_LENGTH = 4096;

const WHY_LINEAR = 'patterns from the repository run on RE2, a linear-time engine, so that no pattern can hang a CI run';

/** Compiled patterns and refusals, per source text and syntax: each pattern is compiled once per process. */
const cache = new Map<string, SafeRegex | RegexRefusal>();

/**
 * Compile a regular expression written in JavaScript syntax (as the docs promise: `\uXXXX`, `(?<name>…)`
 * and `[^]` are translated to RE2's spelling). Returns the matcher, or why it cannot be used.
 */
export function compileRegex(source: string): SafeRegex | RegexRefusal {
  return cached(`js:${source}`, () => {
    const unsupported = unsupportedConstruct(source);
    if (unsupported) return { problem: `uses a ${unsupported.name} \`${unsupported.text}\`, which is not supported: ${WHY_LINEAR}, and a ${unsupported.name} cannot be matched in linear time. Rewrite the pattern without it.` };
    return compileRe2(RE2JS.translateRegExp(source), source);
  });
}

/**
 * Compile a pattern already written in RE2 syntax (the glob translator builds these).
 * `shown` is what an error message quotes; it defaults to the pattern.
 */
export function compileRe2Source(source: string, shown = source): SafeRegex | RegexRefusal {
  return cached(`re2:${source}`, () => compileRe2(source, shown));
}

/** The problem with a pattern, or undefined when it compiles. */
export function regexProblem(source: string): string | undefined {
  const r = compileRegex(source);
  return 'problem' in r ? r.problem : undefined;
}

/** The matcher, or undefined for a refused pattern (its problem is reported when the config is loaded). */
export function safeRegex(source: string): SafeRegex | undefined {
  const r = compileRegex(source);
  return 'problem' in r ? undefined : r;
}

/**
 * For Ajv's `code.regExp` option (the `pattern` and `patternProperties` keywords of a policy's
 * `require`): Ajv passes the pattern and `u`; a refused pattern throws, and Ajv reports the schema
 * as invalid with this message.
 */
export const ajvRegExp = Object.assign(
  (pattern: string): SafeRegex => {
    const r = compileRegex(pattern);
    if ('problem' in r) throw new Error(`the pattern \`${shorten(pattern)}\` ${r.problem}`);
    return r;
  },
  { code: 'ajvRegExp' }, // Ajv wants the engine's name for standalone code, which we never generate
);

function cached(key: string, compile: () => SafeRegex | RegexRefusal): SafeRegex | RegexRefusal {
  let r = cache.get(key);
  if (r === undefined) {
    r = compile();
    cache.set(key, r);
  }
  return r;
}

function compileRe2(source: string, shown: string): SafeRegex | RegexRefusal {
  if (shown.length > MAX_PATTERN_LENGTH) return { problem: `is ${shown.length} characters long, over the ${MAX_PATTERN_LENGTH}-character limit for a pattern; shorten it.` };
  try {
    const re = RE2JS.compile(source);
    return { test: (input: string) => re.test(input) };
  } catch (e) {
    // re2js says "error parsing regexp: <what>: `<where>`"; the first part is noise to a user.
    const detail = e instanceof Error ? e.message.replace(/^error parsing regexp: /, '') : String(e);
    return { problem: `does not compile: ${shorten(detail)}.` };
  }
}

/**
 * The first construct RE2 lacks (lookaround, backreferences), named for the message; a linear scan
 * that skips escapes and character classes, so `[(?=]` or `\(?=` are not mistaken for one.
 */
export function unsupportedConstruct(source: string): { name: 'lookahead' | 'lookbehind' | 'backreference'; text: string } | undefined {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      if (!inClass && /[1-9]/.test(next)) return { name: 'backreference', text: `\\${next}` };
      if (!inClass && next === 'k' && source[i + 2] === '<') return { name: 'backreference', text: '\\k<…>' };
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') {
      inClass = true;
      continue;
    }
    if (c !== '(' || source[i + 1] !== '?') continue;
    const kind = source.slice(i + 2, i + 4);
    if (kind[0] === '=' || kind[0] === '!') return { name: 'lookahead', text: `(?${kind[0]}…)` };
    if (kind === '<=' || kind === '<!') return { name: 'lookbehind', text: `(?${kind}…)` };
  }
  return undefined;
}

/** Quote at most 200 characters of repository text in a message. */
function shorten(text: string): string {
  return text.length > 200 ? `${text.slice(0, 200)}… (${text.length} characters)` : text;
}
