/**
 * Discovery: which files a run considers. Folders that are never inputs are not entered at all
 * (dependencies, git's own, topiclint's cache wherever it is, folders a .gitignore excludes), file
 * patterns of every .gitignore on the way apply, config include/exclude globs filter, a path named
 * explicitly is taken as given, and links out of the repository are reported, not followed.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { discover } from '../src/discover.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-discover-'));
  made.push(dir);
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

const yamlOnly = (p: string) => /\.ya?ml$/.test(p) || p.endsWith('.json');
const paths = async (root: string, extra: Partial<Parameters<typeof discover>[0]> = {}) => {
  const r = await discover({ root, cwd: root, paths: ['.'], isCandidate: yamlOnly, ...extra });
  return { files: r.files.map((f) => f.path), problems: r.problems };
};

describe('discover', () => {
  it('never enters dependency, git and cache folders, nor folders a .gitignore excludes', async () => {
    const root = tree({
      'kafka/topics.yaml': '',
      'node_modules/pkg/topics.yaml': '',
      'svc/node_modules/pkg/topics.yaml': '',
      '.git/config.yaml': '',
      '.topiclint-cache/index-v3.json': '',
      '.gitignore': 'build/\n*.tmp.yaml\n',
      'build/topics.yaml': '',
      'svc/build/deep/topics.yaml': '',
      'svc/.gitignore': 'generated/\n!generated/keep.yaml\n',
      'svc/generated/keep.yaml': '',
      'svc/topics.yaml': '',
      'svc/scratch.tmp.yaml': '',
    });
    const { files, problems } = await paths(root);
    // As in git, a file in an excluded folder cannot be re-included by a negation.
    expect(files).toEqual(['kafka/topics.yaml', 'svc/topics.yaml']);
    expect(problems).toEqual([]);
  });

  it('skips a cache folder kept anywhere in the repository', async () => {
    const root = tree({ 'kafka/topics.yaml': '', 'tmp/lint-cache/index-v3.json': '', 'tmp/other.yaml': '' });
    const { files } = await paths(root, { neverEnter: [path.join(root, 'tmp/lint-cache')] });
    expect(files).toEqual(['kafka/topics.yaml', 'tmp/other.yaml']);
  });

  it('applies include and exclude globs, but takes a file named explicitly as given', async () => {
    const root = tree({ 'kafka/a.yaml': '', 'kafka/drafts/b.yaml': '', 'other/c.yaml': '', 'notes.txt': '' });
    expect((await paths(root, { include: ['kafka/**'], exclude: ['**/drafts/**'] })).files).toEqual(['kafka/a.yaml']);
    const explicit = await discover({ root, cwd: root, paths: ['notes.txt', 'other'], isCandidate: yamlOnly, include: ['kafka/**'] });
    expect(explicit.files.map((f) => f.path)).toEqual(['notes.txt']);
    // Exclusion wins even over a file named explicitly.
    expect((await discover({ root, cwd: root, paths: ['kafka/drafts/b.yaml'], isCandidate: yamlOnly, exclude: ['**/drafts/**'] })).files).toEqual([]);
  });

  it('lints a folder that is itself named node_modules when it is given explicitly', async () => {
    const root = tree({ 'node_modules/pkg/topics.yaml': '' });
    const r = await discover({ root, cwd: root, paths: ['node_modules'], isCandidate: yamlOnly });
    expect(r.files.map((f) => f.path)).toEqual(['node_modules/pkg/topics.yaml']);
  });

  it('lists files in path order, and reports links out of the repository and paths that do not exist', async () => {
    const outside = tree({ 'secret.yaml': '' });
    const root = tree({ 'kafka/z.yaml': '', 'kafka/a.yaml': '' });
    symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, 'kafka/link.yaml'));
    const r = await discover({ root, cwd: root, paths: ['.', 'missing'], isCandidate: yamlOnly });
    expect(r.files.map((f) => f.path)).toEqual(['kafka/a.yaml', 'kafka/z.yaml']);
    expect(r.problems.map((p) => p.path)).toEqual(['kafka/link.yaml', 'missing']);
    expect(r.problems[0]!.reason).toMatch(/outside the repository; not followed/);
  });

  it('never enters a link to a folder, so files are listed once and a link loop ends', async () => {
    const root = tree({ 'kafka/topics.yaml': '', 'kafka/deep/more.yaml': '' });
    symlinkSync('kafka', path.join(root, 'alias'));
    symlinkSync('..', path.join(root, 'kafka/deep/up'));
    const { files, problems } = await paths(root);
    expect(files).toEqual(['kafka/deep/more.yaml', 'kafka/topics.yaml']);
    expect(problems).toEqual([]);
  });

  it('reports problems in path order, whatever order the folders are listed in', async () => {
    const outside = tree({ 'secret.yaml': '' });
    const root = tree({ 'b/x.yaml': '', 'a/x.yaml': '' });
    for (const d of ['b', 'a']) symlinkSync(path.join(outside, 'secret.yaml'), path.join(root, d, 'link.yaml'));
    const r = await discover({ root, cwd: root, paths: ['missing', '.'], isCandidate: yamlOnly });
    expect(r.problems.map((p) => p.path)).toEqual(['a/link.yaml', 'b/link.yaml', 'missing']);
  });
});

/** Root lists any folder whatever its mode: probe whether chmod 000 actually hides one here. */
const foldersCanBeHidden = (() => {
  const probe = tree({ 'hidden/probe.yaml': '' });
  chmodSync(path.join(probe, 'hidden'), 0);
  try {
    readdirSync(path.join(probe, 'hidden'));
    return false;
  } catch {
    return true;
  } finally {
    chmodSync(path.join(probe, 'hidden'), 0o755);
  }
})();
if (!foldersCanBeHidden) console.warn('discover: running with privileges that list chmod-000 folders (root?); the unreadable-folder case is skipped');

describe.skipIf(!foldersCanBeHidden)('a folder that cannot be read', () => {
  it('is reported with the reason, not skipped silently', async () => {
    const root = tree({ 'kafka/topics.yaml': '', 'locked/inside.yaml': '' });
    chmodSync(path.join(root, 'locked'), 0);
    try {
      const { files, problems } = await paths(root);
      expect(files).toEqual(['kafka/topics.yaml']);
      expect(problems).toEqual([{ path: 'locked', reason: 'folder cannot be read (EACCES); nothing in it was linted' }]);
    } finally {
      chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});
