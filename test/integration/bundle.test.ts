/**
 * The committed bundle (action/dist/) is what the GitHub Action and the pre-commit fallback run, with
 * no build step. This test rebuilds it from the sources with scripts/bundle.mjs into a temporary
 * folder and compares every file byte for byte: it fails as soon as a source change was not followed
 * by `npm run bundle` and a commit of action/dist/.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { remove, REPO_ROOT, tempDir } from './helpers.js';

const COMMITTED = path.join(REPO_ROOT, 'action/dist');
const STALE = 'action/dist/ is stale against the sources: run `npm run bundle` and commit action/dist/.';

/** Every file under `dir`, as `/`-separated relative paths, sorted. */
function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

describe('the committed action bundle', () => {
  let fresh = '';
  let build: { status: number | null; stderr: string } = { status: null, stderr: '' };

  beforeAll(() => {
    fresh = path.join(tempDir('topiclint-bundle-'), 'dist');
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'scripts/bundle.mjs'), fresh], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 170_000 });
    build = { status: r.status, stderr: r.stderr };
  }, 180_000);

  afterAll(() => {
    if (fresh) remove(path.dirname(fresh));
  });

  it('builds from the sources', () => {
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);
    // The entries action/run.mjs and bin/topiclint.js load, and the wasm grammars; no worker script
    // (topiclint lints on one thread).
    expect(listFiles(fresh)).toEqual(expect.arrayContaining(['action.js', 'topiclint.js', 'web-tree-sitter.wasm', 'tree-sitter-hcl.wasm']));
    expect(listFiles(fresh)).not.toContain('yaml-worker.js');
  });

  it('is committed', () => {
    expect(existsSync(path.join(COMMITTED, 'action.js')), `action/dist/ is missing: run \`npm run bundle\` and commit action/dist/.`).toBe(true);
  });

  it('has exactly the files a fresh build has', () => {
    const committed = listFiles(COMMITTED);
    const built = listFiles(fresh);
    expect({ missing: built.filter((f) => !committed.includes(f)), extra: committed.filter((f) => !built.includes(f)) }, STALE).toEqual({ missing: [], extra: [] });
  });

  it('is byte for byte what a fresh build gives', () => {
    const differing = listFiles(fresh).filter((f) => existsSync(path.join(COMMITTED, f)) && !readFileSync(path.join(COMMITTED, f)).equals(readFileSync(path.join(fresh, f))));
    expect(differing, STALE).toEqual([]);
  });

  it('does not depend on where it was built (no absolute paths of the build machine)', () => {
    const leaks = listFiles(fresh)
      .filter((f) => f.endsWith('.js'))
      .filter((f) => {
        const text = readFileSync(path.join(fresh, f), 'utf8');
        return text.includes(REPO_ROOT) || text.includes(path.dirname(fresh));
      });
    expect(leaks).toEqual([]);
  });
});
