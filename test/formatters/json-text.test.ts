/**
 * Reports written in pieces must be the very bytes `JSON.stringify(value, null, 2)` gives (but for the
 * few characters `escapeJsonText` writes as `\uXXXX`), whatever the value: lazy arrays anywhere, empty
 * containers, values JSON leaves out, odd keys and strings.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batched, escapeJsonText, jsonPieces, LazyArray, materialize } from '../../src/formatters/json-text.js';

/** JSON-like values, with some arrays turned into lazy ones (mapped through a visible change). */
const values = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false, 0, -1.5, 1e21, Number.NaN, undefined, ''),
    fc.string(),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.array(tie('value'), { maxLength: 4 }),
    fc.array(tie('value'), { maxLength: 4 }).map((items) => new LazyArray(items, (x) => x)),
    fc.array(fc.integer(), { maxLength: 4 }).map((items) => new LazyArray(items, (x) => ({ n: x, s: `line\n${x}` }))),
    fc.dictionary(fc.string({ maxLength: 6 }), tie('value'), { maxKeys: 4 }),
  ),
})).value;

const joined = (pieces: Iterable<string>) => [...pieces].join('');

describe('jsonPieces', () => {
  it('joined, equals JSON.stringify(value, null, 2) of the materialised value', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 6 }), values, { maxKeys: 5 }), (value) => {
        expect(joined(jsonPieces(value))).toBe(escapeJsonText(JSON.stringify(materialize(value), null, 2)));
      }),
      { numRuns: 500 },
    );
  });

  it('writes C1 controls, line separators and bidi characters as \\uXXXX; the parsed value is unchanged', () => {
    const text = 'a\u0085b\u2028c\u2029d\u202ee\u2066f\u200fg\u061ch\u007f\\\u2028';
    const out = joined(jsonPieces({ [text]: [text, new LazyArray([text], (x) => ({ x }))] }));
    expect(out).not.toMatch(/[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/);
    expect(out).toContain('\\u202e');
    expect(JSON.parse(out)).toEqual({ [text]: [text, [{ x: text }]] });
  });

  it('maps each lazy element once, in order, when it is written', () => {
    const seen: number[] = [];
    const value = { a: new LazyArray([1, 2, 3], (x) => (seen.push(x), { x })) };
    const pieces = jsonPieces(value);
    expect(seen).toEqual([]);
    const text = joined(pieces);
    expect(seen).toEqual([1, 2, 3]);
    expect(text).toBe(JSON.stringify({ a: [{ x: 1 }, { x: 2 }, { x: 3 }] }, null, 2));
  });

  it('writes empty lazy arrays and objects with no writable keys as JSON does', () => {
    const value = { empty: new LazyArray([], (x) => x), none: { f: () => 1, u: undefined }, list: [undefined, () => 1] };
    expect(joined(jsonPieces(value))).toBe(JSON.stringify({ empty: [], none: { f: () => 1, u: undefined }, list: [undefined, () => 1] }, null, 2));
  });
});

describe('batched', () => {
  it('keeps the text and makes every batch but the last at least the batch size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 30 })), fc.integer({ min: 1, max: 64 }), (pieces, size) => {
        const batches = [...batched(pieces, size)];
        expect(batches.join('')).toBe(pieces.join(''));
        batches.slice(0, -1).forEach((b) => expect(b.length).toBeGreaterThanOrEqual(size));
        expect(batches.every((b) => b.length > 0)).toBe(true);
      }),
    );
  });
});
