/**
 * JSON written in pieces: the same bytes as `JSON.stringify(value, null, 2)` (but for a few characters
 * that could mislead a reader, written as `\uXXXX`: `escapeJsonText`), produced a piece at a
 * time so that a large report (a 100k-topic run writes ~10 MB of JSON) is never one string, nor a
 * mapped copy of every finding held next to the findings themselves.
 *
 * Long arrays are given as `LazyArray`s: their elements are mapped one at a time, when written. Each
 * element is serialised with `JSON.stringify` (fast, native) and re-indented; everything around them
 * is walked here. `JSON.stringify` escapes line breaks inside strings, so every raw `\n` in its output
 * is structural and re-indenting by replacing them is exact.
 */

/** An array whose elements are computed when written (`map` is called once per element, in order). */
export class LazyArray<S = unknown, T = unknown> {
  constructor(
    readonly source: Iterable<S>,
    readonly map: (item: S) => T,
  ) {}
}

/** `LazyArray`s anywhere in `value` become plain arrays: the value `JSON.stringify` would print. */
export function materialize(value: unknown): unknown {
  if (value instanceof LazyArray) return Array.from(value.source, (x) => value.map(x));
  if (Array.isArray(value)) return value.map(materialize);
  if (value && typeof value === 'object' && !hasToJson(value)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = materialize(v);
    return out;
  }
  return value;
}

function hasToJson(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** Values `JSON.stringify` leaves out of objects and writes as `null` in arrays. */
function isSkipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

const UNIT = '  ';

/**
 * Characters `JSON.stringify` leaves raw inside strings that still mislead whoever reads the JSON in a
 * terminal or a log: DEL and the C1 controls (NEL is a line break to some viewers), the line and
 * paragraph separators (a line break to JavaScript's `^`/`$` and to editors), and the bidirectional
 * formatting characters (reorder what is shown). JSON may write any character as `\uXXXX`.
 */
const RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;

/**
 * JSON text with those characters written as `\uXXXX`: the same value once parsed. They can only
 * occur inside strings (everything outside is ASCII punctuation, digits and letters), so replacing
 * them anywhere in the text is exact.
 */
export function escapeJsonText(json: string): string {
  return json.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function indented(value: unknown, pad: string): string {
  const text = escapeJsonText(JSON.stringify(value, null, 2) ?? 'null');
  return pad ? text.replace(/\n/g, `\n${pad}`) : text;
}

/**
 * The pieces of `escapeJsonText(JSON.stringify(materialize(value), null, 2))`, in order: the bytes
 * `JSON.stringify` gives, but for the characters `escapeJsonText` writes as escapes.
 */
export function* jsonPieces(value: unknown, pad = ''): Generator<string> {
  const inner = pad + UNIT;
  if (value instanceof LazyArray || Array.isArray(value)) {
    const lazy = value instanceof LazyArray ? value : undefined;
    const items = (lazy ? lazy.source : value) as Iterable<unknown>;
    let first = true;
    for (const item of items) {
      yield first ? `[\n${inner}` : `,\n${inner}`;
      first = false;
      const element = lazy ? lazy.map(item) : item;
      if (isSkipped(element)) yield 'null';
      else if (lazy) yield indented(element, inner);
      else yield* jsonPieces(element, inner);
    }
    yield first ? '[]' : `\n${pad}]`;
    return;
  }
  if (value && typeof value === 'object' && !hasToJson(value)) {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (isSkipped(v)) continue;
      yield `${first ? '{\n' : ',\n'}${inner}${escapeJsonText(JSON.stringify(key))}: `;
      first = false;
      yield* jsonPieces(v, inner);
    }
    yield first ? '{}' : `\n${pad}}`;
    return;
  }
  yield indented(value, pad);
}

/** Joins small pieces into strings of at least `size` characters, for fewer, larger writes. */
export function* batched(pieces: Iterable<string>, size = 64 * 1024): Generator<string> {
  let buffer: string[] = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join('');
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join('');
}
