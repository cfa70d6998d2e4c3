/**
 * Linting the shared corpus of real-world files (../shared/corpus: Strimzi, Terraform, topicctl,
 * JulieOps, Spring, .properties, ...) runs to the end without a crash, and every file topiclint
 * considers ends in exactly one FileRecord. Formats not supported yet are "not a catalog", not errors.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import { isCandidatePath } from '../src/sources/index.js';

const CORPUS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus');
const present = existsSync(CORPUS);

function walk(dir: string, rel = ''): string[] {
  return readdirSync(dir).flatMap((name) => {
    const abs = path.join(dir, name);
    const r = rel ? `${rel}/${name}` : name;
    if (name === 'node_modules' || name === '.git') return [];
    return statSync(abs).isDirectory() ? walk(abs, r) : [r];
  });
}

describe.skipIf(!present)(`corpus (${present ? CORPUS : 'skipped: ../shared/corpus is absent'})`, () => {
  it('runs to the end and gives every candidate file exactly one FileRecord', async () => {
    const result = await lint({ paths: ['.'], cwd: CORPUS, root: CORPUS });
    const paths = result.files.map((f) => f.path);
    expect(new Set(paths).size, 'a file has two records').toBe(paths.length);
    const candidates = walk(CORPUS).filter((p) => isCandidatePath(p));
    expect(candidates.length).toBeGreaterThan(0);
    expect(candidates.filter((p) => !paths.includes(p)), 'files without a FileRecord').toEqual([]);
    for (const f of result.files) expect(['linted', 'not-catalog', 'not-lintable', 'parse-error']).toContain(f.status);
    expect(result.findings.filter((f) => f.ruleId === 'internal-error').map((f) => f.message)).toEqual([]);
    expect(result.stats.filesScanned).toBe(result.files.length);
    // Every finding is placed in a file of the corpus at a real position.
    for (const f of result.findings) {
      expect(paths, f.location.file).toContain(f.location.file);
      expect(f.location.region.startLine).toBeGreaterThanOrEqual(1);
      expect(f.location.region.startColumn).toBeGreaterThanOrEqual(1);
    }
  }, 120_000);
});

if (!present) {
  describe('corpus', () => {
    it.skip('../shared/corpus is absent: the corpus test is skipped', () => {});
  });
}
