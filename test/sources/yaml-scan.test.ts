/**
 * The scanning YAML path must build exactly the tree the full composer builds, or step aside. Checked on
 * hand-written cases, on random documents (fast-check, through `yaml`'s stringify and through a small
 * line grammar with comments and odd spacing) and on the real corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlScan, resolvePlain } from '../../src/yaml/scan.js';
import { parseYaml, type YFile } from '../../src/yaml/tree.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** Documents without their own end offset (the paths differ on where a document ends). */
function roots(f: YFile): unknown {
  return JSON.parse(JSON.stringify(f.documents.map((d) => ({ root: d.root, start: d.start }))));
}

/** Returns whether the scanner took the file; when it did, its tree must be the composer's. */
function expectSameTree(text: string, mustScan = true): boolean {
  const scanned = parseYamlScan(text);
  if (scanned === undefined) {
    if (mustScan) throw new Error(`the scanner stepped aside for:\n${text}`);
    return false;
  }
  const full = parseYaml(text);
  expect(full.errors, text).toEqual([]);
  expect(roots(scanned), text).toEqual(roots(full));
  expect(scanned.errors).toEqual([]);
  return true;
}

describe('scanning YAML path', () => {
  it.each([
    ['plain map', 'topic: a.b.v1\npartitions: 3\n'],
    ['no final newline', 'topic: a.b.v1\npartitions: 3'],
    ['quoted values keep their quotes out of raw', 'a: "3"\nb: \'x\'\nc: "multi\\nline"\nd: \'it\'\'s\'\ne: ""\nf: \'\'\n'],
    ['double-quoted escapes', 'a: "q\\"uote \\\\ back \\t tab \\u00e9 \\x41 \\/ \\0"\n'],
    ['quoted keys', '"a b": 1\n\'c: d\': 2\n"": 3\n'],
    ['flow collections of scalars', 'a: { x: 1, y: "2", z: \'w\' }\nb: []\nc: {}\nd: [1, two, "3", \'4\']\ne: [ a b , c ]\nf: {a: 1}\ng: [ ]\n'],
    ['empty values', 'a:\nb: ~\nc: null\nlist:\n  -\n  - 1\nlast:'],
    ['empty values followed by spaces or comments', 'a:   \nb:  # c\nc: 1\nlist:\n  -   \n  - # x\n  -\n'],
    ['empty value followed by comment lines', 'a:\n  # c\n\nb: 1\n'],
    ['several documents', 'a: 1\n---\nb: 2\n---\n'],
    ['document markers with comments and ends', '# head\n\n--- # first\na: 1\n# x\n...\n# y\n---\nb: 2\n...\n'],
    ['first document without a marker after comments', '# c\n\n  # d\na: 1\n---\nb: 2\n'],
    ['numbers and booleans of the core schema', 'a: 0x1F\nb: 0o17\nc: 1.5e3\nd: .inf\ne: True\nf: yes\ng: 012\nh: -1\ni: +3\nj: .nan\nk: -.inf\nl: 1.\n'],
    ['keys of the core schema', '1: a\ntrue: b\n~: c\n1.5: d\n'],
    ['comments everywhere', '# head\na: 1 # trailing\n# between\nb:\n  - x # item\n    # deep comment\n  - "y" # q\n  - [1] # f\nc: v#not-a-comment\n'],
    ['non-ASCII text', 'name: "Größe ✓"\nowner: équipe\nemoji: 🎉 ok\n'],
    ['sequences at the key indent', 'k:\n- a\n- b\nother:\n- c: 1\n  d: 2\n- e\nlast: 1\n'],
    ['maps inside items and nested blocks', 'topics:\n  - name: a\n    config:\n      x: 1\n      y:\n        - 1\n        - - 2\n          - 3\n  -   name: b\n      z: 2\n  - - - deep\n'],
    ['sequence root', '- a\n- b: 1\n  c:\n    d: e\n-\n- - x\n'],
    ['indented root', '  a: 1\n  b:\n    c: 2\n'],
    ['plain scalars with indicators inside', 'a: b:c\nb: -x\nc: x-y\nd: a, b\ne: http://x.y/z?q=1#frag\nf: :x\ng: ?x\nh: a [b] {c}\ni: ---\nj: a \'b\' "c"\nk[0]: 1\nl-: 2\n'],
    ['keys with spaces before the colon', 'a  : 1\nb c : 2\n'],
    ['long plain values', `description: ${'word '.repeat(300).trim()}\n`],
    ['CRLF line endings', 'a: 1\r\nb:\r\n  - x  \r\n  - "y" # c\r\n  -\r\nc: [1, 2]\r\n\r\n# end\r\n---\r\nd:\r\n...\r\n'],
    ['CRLF without a final line break', 'a: 1\r\nb: 2'],
  ])('%s', (_name, text) => {
    expectSameTree(text);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 3\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['duplicate keys in a flow map', 'a: { x: 1, x: 2 }\n'],
    ['keys equal once resolved', '1: a\n1.0: b\n'],
    ['syntax errors', 'a: "unclosed\n'],
    ['explicit keys', '? a\n: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
    ['block scalars', 'a: |\n  line\n'],
    ['folded scalars', 'a: >-\n  line\n'],
    ['multi-line plain scalars', 'a: one\n  two\n'],
    ['multi-line quoted scalars', 'a: "one\n  two"\n'],
    ['multi-line flow collections', 'a: [1,\n  2]\n'],
    ['nested flow collections', 'a: [1, [2]]\n'],
    ['flow maps in sequences', 'a: [{ b: 1 }]\n'],
    ['trailing commas', 'a: [1, 2,]\n'],
    ['a lone dash in a flow sequence', 'a: [-]\n'],
    ['a dash before a comma in a flow sequence', 'a: [-, b]\n'],
    ['flow map keys without values', 'a: { b }\n'],
    ['tabs', 'a:\n\tb: 1\n'],
    ['a lone CR', 'a: 1\rb: 2\n'],
    ['a lone CR at the end', 'a: 1\r'],
    ['a byte order mark', '\ufeffa: 1\n'],
    ['a scalar root', 'hello\n'],
    ['a scalar on its own line under a key', 'a:\n  value\n'],
    ['a value that is itself a mapping on one line', 'a: b: c\n'],
    ['a sequence after a value at the same indent', 'a: 1\n- b\n'],
    ['a more indented line after a value', 'a: 1\n   b: 2\n'],
    ['rare escapes', 'a: "\\U0001F600"\n'],
    ['an implicit key over 1,000 characters', `${'k'.repeat(1001)}: 1\n`],
    ['a quoted implicit key over 1,000 characters', `"${'k'.repeat(1001)}": 1\n`],
    ['spaces that put the colon over 1,000 characters after the key', `k${' '.repeat(1001)}: 1\n`],
    ['merge keys', '<<: { a: 1 }\n'],
    ['content on a document marker line', '--- a: 1\n'],
    ['a document after ... without ---', 'a: 1\n...\nb: 2\n'],
    ['empty text', ''],
    ['only comments', '# nothing\n'],
  ])('steps aside for %s', (_name, text) => {
    expect(parseYamlScan(text)).toBeUndefined();
  });

  it('resolves plain scalars like the core schema', () => {
    expect([resolvePlain('3'), resolvePlain('-1'), resolvePlain('true'), resolvePlain('~'), resolvePlain(''), resolvePlain('P7D'), resolvePlain('1.0'), resolvePlain('yes')]).toEqual([3, -1, true, null, null, 'P7D', 1, 'yes']);
  });

  it('ends documents at the next marker, after `...`, or at the end of the text', () => {
    const f = parseYamlScan('a: 1\n---\nb: 2\n...\n---\nc: 3\n\n')!;
    expect(f.documents.map((d) => [d.start, d.end])).toEqual([
      [0, 5],
      [5, 17],
      [18, 28],
    ]);
  });

  it('builds the same tree as the composer for random block documents from stringify', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}$/);
    const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.stringMatching(/^[a-zA-Z0-9 .:#,\-'"]{0,16}$/), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    let scanned = 0;
    const runs = 400;
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, value, { maxKeys: 6 }), { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (docs, compactSeq, crlf) => {
        const lf = docs.map((d) => stringify(d, { indentSeq: !compactSeq })).join('---\n');
        const text = crlf ? lf.replaceAll('\n', '\r\n') : lf;
        if (expectSameTree(text, false)) scanned++;
      }),
      { numRuns: runs },
    );
    // The comparison means something only if the scanner takes most documents.
    expect(scanned).toBeGreaterThan(runs * 0.6);
  });

  it('builds the same tree as the composer for random lines with comments and odd spacing', () => {
    const word = fc.constantFrom('a', 'b', 'x.y', '1', '-2', '0x1F', 'true', 'null', '~', 'a b', 'c:d', 'e#f', '"q"', "'s'", '"a\\"b"', "'it''s'", '[]', '{}', '[1, b]', '{ k: v }', '""', 'P7D');
    const ws = fc.constantFrom('', ' ', '   ');
    const comment = fc.constantFrom('', ' # c', '  #');
    const line = fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('key', 'item', 'itemkey', 'comment', 'blank', 'marker'), fc.constantFrom('k', 'l', 'm', '"q k"'), word, ws, comment, fc.boolean());
    let scanned = 0;
    const runs = 1000;
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 12 }), (lines) => {
        const text = lines
          .map(([depth, kind, k, w, sp, c, empty]) => {
            const indent = '  '.repeat(depth);
            const v = empty ? sp : ` ${w}`;
            switch (kind) {
              case 'key':
                return `${indent}${k}:${v}${c}`;
              case 'item':
                return `${indent}-${v}${c}`;
              case 'itemkey':
                return `${indent}- ${k}:${v}${c}`;
              case 'comment':
                return `${indent}#${sp}c`;
              case 'blank':
                return sp;
              default:
                return '---';
            }
          })
          .join('\n');
        if (parseYaml(text).errors.length > 0) {
          expect(parseYamlScan(text), text).toBeUndefined();
          return;
        }
        if (expectSameTree(text, false)) scanned++;
      }),
      { numRuns: runs },
    );
    expect(scanned).toBeGreaterThan(runs * 0.1);
  });

  describe.skipIf(!existsSync(corpus))('on the real corpus (../shared/corpus)', () => {
    const files: string[] = [];
    if (existsSync(corpus)) {
      for (const dir of readdirSync(corpus)) {
        const d = path.join(corpus, dir);
        if (!statSync(d).isDirectory()) continue;
        for (const f of readdirSync(d)) if (/\.ya?ml(\.(base|head))?$/.test(f)) files.push(path.join(dir, f));
      }
    }
    it.each(files)('%s', (f) => {
      const text = readFileSync(path.join(corpus, f), 'utf8');
      // Files outside the subset must step aside; the rest must match the composer exactly.
      if (parseYaml(text).errors.length > 0) expect(parseYamlScan(text)).toBeUndefined();
      else expectSameTree(text, false);
    });
    it('takes most corpus files', () => {
      const taken = files.filter((f) => parseYamlScan(readFileSync(path.join(corpus, f), 'utf8')) !== undefined).length;
      expect(taken).toBeGreaterThan(files.length / 2);
    });
  });
});
if (!existsSync(corpus)) console.warn(`yaml-scan: ../shared/corpus not found at ${corpus}; corpus cases skipped`);
