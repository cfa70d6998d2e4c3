/**
 * Whatever happens to a catalog between runs (files changed, added, deleted, changed back, a cache file
 * damaged), a `--cache` run gives exactly the result of a run without the cache. fast-check drives
 * random edit sequences through the lint API, so every layer of the cache is crossed: whole-result
 * reuse, units copied from the saved state, units read by position or from the whole units file,
 * units linted again, and the state rewritten once it no longer fits.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheWritesSettled, lint } from '../../src/lint.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-edits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A small catalog file whose content depends on `version`: duplicates, unknown groups and plain findings across files. */
function fileText(slot: number, version: number): string {
  const docs = [
    `topic: shop.t${slot}.v1\nowner: team-a\npartitions: ${3 + version}\nreplicationFactor: ${version % 2 ? 1 : 3}\nminInsyncReplicas: 2\nconsumerGroups: [g${version % 3}]\n`,
    `topic: shop.shared${version % 2}.v1\nreplicationFactor: 3\n`,
  ];
  if (version % 4 === 3) docs.push('consumerGroup: g1\nowner: team-b\ntopics: [shop.t0.v1, shop.missing.v1]\nreplay: allowed\nidempotent: true\n');
  return docs.join('---\n');
}

type Edit = { kind: 'write'; slot: number; version: number } | { kind: 'delete'; slot: number } | { kind: 'damage'; file: 'state-v1.bin' | 'units-v3.txt' | 'units-v3.dir.json' | 'index-v3.json' };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('write' as const), slot: fc.integer({ min: 0, max: 11 }), version: fc.integer({ min: 0, max: 5 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), slot: fc.integer({ min: 0, max: 11 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('damage' as const), file: fc.constantFrom('state-v1.bin' as const, 'units-v3.txt' as const, 'units-v3.dir.json' as const, 'index-v3.json' as const) }) },
);

describe('--cache through random edit sequences', () => {
  it('gives the result of a run without the cache after every edit', { timeout: 120_000 }, async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(edit, { minLength: 1, maxLength: 3 }), { minLength: 3, maxLength: 7 }), async (rounds) => {
        const root = path.join(dir, `case-${n++}`);
        const cache = path.join(root, '.topiclint-cache');
        const options = { cwd: root, root, paths: ['.'] };
        const withCache = { ...options, cache: true, cacheSalt: 'edits', cacheLocation: cache };
        mkdirSync(root, { recursive: true });
        // Each write gets its own modification time, well in the past: unchanged files are then
        // recognised by their metadata alone (not read), as they are between real runs.
        let clock = Date.now() / 1000 - 3600;
        const put = (file: string, text: string) => {
          writeFileSync(file, text);
          clock += 1;
          utimesSync(file, clock, clock);
        };
        for (let slot = 0; slot < 8; slot++) put(path.join(root, `f${slot}.yaml`), fileText(slot, 0));
        for (const round of [[], ...rounds]) {
          for (const e of round) {
            const file = path.join(root, e.kind === 'damage' ? path.join('.topiclint-cache', e.file) : `f${e.slot}.yaml`);
            if (e.kind === 'write') put(file, fileText(e.slot, e.version));
            else if (e.kind === 'delete') rmSync(file, { force: true });
            else {
              await cacheWritesSettled();
              try {
                const bytes = readFileSync(file);
                const at = Math.floor(bytes.length / 2);
                bytes[at] = bytes[at]! ^ 0x41;
                writeFileSync(file, bytes);
              } catch {
                /* not written yet */
              }
            }
          }
          const expected = JSON.stringify(await lint(options));
          expect(JSON.stringify(await lint(withCache))).toBe(expected);
        }
        await cacheWritesSettled();
      }),
      { numRuns: 12, seed: 20261124 },
    );
  });
});
