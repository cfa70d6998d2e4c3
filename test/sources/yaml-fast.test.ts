/**
 * The fast YAML path must build exactly the tree the full composer builds, or step aside. Checked on
 * hand-written edge cases, on random documents (fast-check) and on the real corpus.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { parseYamlFast, resolvePlain } from '../../src/sources/yaml/fast.js';
import { parseYaml, type YFile } from '../../src/sources/yaml/tree.js';

const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');

/** Documents without their own end offset (the two paths may differ on trailing blank lines). */
function roots(f: YFile): unknown {
  return JSON.parse(JSON.stringify(f.documents.map((d) => ({ root: d.root, start: d.start }))));
}

/** Returns whether the fast path took the file. */
function expectSameTree(text: string, mustBeFast = true): boolean {
  const fast = parseYamlFast(text);
  if (fast === undefined) {
    if (mustBeFast) throw new Error(`the fast path stepped aside for:\n${text}`);
    return false;
  }
  const full = parseYaml(text);
  expect(full.errors).toEqual([]);
  expect(roots(fast)).toEqual(roots(full));
  return true;
}

describe('fast YAML path', () => {
  it.each([
    ['plain map', 'topic: a.b.v1\npartitions: 3\n'],
    ['quoted values keep their quotes out of raw', 'a: "3"\nb: \'x\'\nc: "multi\\nline"\n'],
    ['flow collections', 'a: { x: 1, y: [1, 2, "3"] }\nb: []\nc: {}\n'],
    ['empty values', 'a:\nb: ~\nc: null\nlist:\n  -\n  - 1\n'],
    ['empty values followed by spaces or a comment', 'a:   \nb: 1\nlist:\n  - # c\n  - 2\n'],
    ['block scalars', 'a: |\n  line one\n  line two\nb: >-\n  folded\n  text\n'],
    ['several documents', 'a: 1\n---\nb: 2\n---\n'],
    ['numbers and booleans of the core schema', 'a: 0x1F\nb: 0o17\nc: 1.5e3\nd: .inf\ne: True\nf: yes\ng: 012\nh: -1\n'],
    ['comments everywhere', '# head\na: 1 # trailing\n# between\nb:\n  - x # item\n'],
    ['CRLF line endings', 'a: 1\r\nb:\r\n  c: 2\r\n'],
    ['non-ASCII text', 'name: "Größe ✓"\nowner: équipe\n'],
  ])('%s', (_name, text) => {
    expectSameTree(text);
  });

  it.each([
    ['anchors and aliases', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 3\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
    ['syntax errors', 'a: "unclosed\n'],
    ['explicit keys', '? a\n: 1\n'],
    ['directives', '%YAML 1.2\n---\na: 1\n'],
  ])('steps aside for %s', (_name, text) => {
    expect(parseYamlFast(text)).toBeUndefined();
  });

  it('resolves plain scalars like the core schema', () => {
    expect([resolvePlain('3'), resolvePlain('-1'), resolvePlain('true'), resolvePlain('~'), resolvePlain(''), resolvePlain('P7D'), resolvePlain('1.0')]).toEqual([3, -1, true, null, null, 'P7D', 1]);
  });

  it('builds the same tree as the composer for random documents', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9._-]{0,12}$/);
    const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 4 })),
    })).node;
    let fastRuns = 0;
    fc.assert(
      fc.property(fc.array(fc.dictionary(key, value, { maxKeys: 6 }), { minLength: 1, maxLength: 3 }), fc.boolean(), (docs, flow) => {
        const text = docs.map((d) => stringify(d, flow ? { collectionStyle: 'flow' } : {})).join('---\n');
        if (expectSameTree(text, false)) fastRuns++;
      }),
      { numRuns: 300 },
    );
    // The comparison means something only if the fast path takes most documents.
    expect(fastRuns).toBeGreaterThan(250);
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
      expectSameTree(readFileSync(path.join(corpus, f), 'utf8'));
    });
  });
});
if (!existsSync(corpus)) console.warn(`yaml-fast: ../shared/corpus not found at ${corpus}; corpus cases skipped`);
