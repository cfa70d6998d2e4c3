/**
 * The pre-commit hook with the real `pre-commit` tool (Debian package `pre-commit`; `.ci/run` installs
 * it): the manifest validates, and `pre-commit try-repo` installs this repository as a `language: node`
 * hook (npm install from the registry, so it needs the network: skip with CI_SKIP_PRE_COMMIT=1) and
 * runs it on the staged files of a test repository. The whole catalog is linted, so a client's topic
 * defined in a file that is not staged is known, but only findings in the staged files are reported.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { available, commitAll, git, remove, REPO_ROOT, tempDir, write } from './helpers.js';

const HAVE_PRE_COMMIT = available('pre-commit');
const SKIP_TRY_REPO = process.env['CI_SKIP_PRE_COMMIT'] === '1';
const NOT_INSTALLED = 'pre-commit is not installed (Debian package `pre-commit`, or `pip install pre-commit`); the pre-commit tests are skipped';

interface Hook {
  id: string;
  entry: string;
  language: string;
  files?: string;
  require_serial?: boolean;
  pass_filenames?: boolean;
}
const hooks = parse(readFileSync(path.join(REPO_ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

describe('.pre-commit-hooks.yaml', () => {
  const hook = hooks.find((h) => h.id === 'topiclint')!;

  it('declares the topiclint hook: node, --pre-commit, file names passed, one process', () => {
    expect(hook).toBeDefined();
    expect(hook.language).toBe('node');
    expect(hook.entry).toBe('topiclint --pre-commit');
    expect(hook.pass_filenames).not.toBe(false);
    // One process: the whole catalog is read once, not once per batch of files.
    expect(hook.require_serial).toBe(true);
  });

  it('passes the files topiclint reads and nothing else', () => {
    const files = new RegExp(hook.files!);
    for (const f of ['kafka/topics.yaml', 'topics.yml', 'catalog.json', 'topiclint.config.yaml', 'src/main/resources/application.properties', 'infra/topics.tf', 'envs/prod.tfvars', 'src/main/java/Producer.java', 'src/producer.ts', 'src/consumer.mjs']) {
      expect(files.test(f), f).toBe(true);
    }
    for (const f of ['README.md', 'Dockerfile', 'image.png', 'go.sum']) expect(files.test(f), f).toBe(false);
  });

  it.runIf(!HAVE_PRE_COMMIT)('is validated by pre-commit (skipped)', (ctx) => ctx.skip(NOT_INSTALLED));

  it.runIf(HAVE_PRE_COMMIT)('is accepted by `pre-commit validate-manifest`', () => {
    const r = spawnSync('pre-commit', ['validate-manifest', '.pre-commit-hooks.yaml'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
});

/**
 * A committed copy of this working tree (what git would commit: tracked and untracked files, minus
 * the ignored), so try-repo installs the current sources, not only the last commit.
 */
function snapshotOfWorkingTree(): string {
  const dir = tempDir('topiclint-hook-src-');
  const files = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: REPO_ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
  for (const f of files) {
    const from = path.join(REPO_ROOT, f);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted, not yet committed
    mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    copyFileSync(from, path.join(dir, f));
  }
  git(dir, 'init', '-q');
  commitAll(dir, 'snapshot');
  return dir;
}

describe.skipIf(!HAVE_PRE_COMMIT || SKIP_TRY_REPO)('pre-commit try-repo on a test repository', () => {
  const dirs: string[] = [];
  afterAll(() => dirs.forEach(remove));

  it('lints the whole catalog but reports only the staged files, and fails the commit on their errors', () => {
    const source = snapshotOfWorkingTree();
    const target = tempDir('topiclint-hook-repo-');
    const home = tempDir('topiclint-pre-commit-home-');
    dirs.push(source, target, home);
    git(target, 'init', '-q');
    // Committed before: the catalog, with an old violation nobody is touching now.
    write(target, {
      'kafka/topics.yaml': 'topics:\n  - topic: orders.created.v1\n    partitions: 6\n    replicationFactor: 3\n  - topic: orders.legacy.v1\n    partitions: 6\n    replicationFactor: 1\n',
      'README.md': '# catalog\n',
    });
    commitAll(target, 'catalog');
    // Staged now: a client of a topic defined in the (unstaged) catalog, a client of a topic that
    // does not exist, and a new catalog file with replication factor 1.
    write(target, {
      'svc/orders/application.yml': 'spring:\n  kafka:\n    producer:\n      acks: all\n    template:\n      default-topic: orders.created.v1\n',
      'svc/billing/application.yml': 'spring:\n  kafka:\n    producer:\n      acks: all\n    template:\n      default-topic: orders.unknwon.v1\n',
      'kafka/payments.yaml': 'topics:\n  - topic: payments.settled.v1\n    partitions: 3\n    replicationFactor: 1\n',
    });
    git(target, 'add', 'svc', 'kafka/payments.yaml');

    const r = spawnSync('pre-commit', ['try-repo', source, 'topiclint', '--verbose', '--color', 'never'], {
      cwd: target,
      encoding: 'utf8',
      env: { ...process.env, PRE_COMMIT_HOME: home, PRE_COMMIT_COLOR: 'never' },
      timeout: 420_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(out).not.toContain('An unexpected error has occurred');
    expect(out).toMatch(/^topiclint\.+Failed$/m);
    expect(r.status).toBe(1);
    // The staged files' findings, with their paths.
    expect(out).toContain('kafka/payments.yaml');
    expect(out).toMatch(/Topic "payments\.settled\.v1" has replication factor 1[^\n]*replication-factor/);
    expect(out).toContain('svc/billing/application.yml');
    expect(out).toMatch(/"orders\.unknwon\.v1", which the catalog does not define/);
    // The catalog was read although not staged: orders.created.v1 is known.
    expect(out).not.toMatch(/"orders\.created\.v1", which the catalog does not define/);
    // Findings outside the staged files are not reported.
    expect(out).not.toContain('orders.legacy.v1');
    expect(out).not.toMatch(/^kafka\/topics\.yaml$/m);
    const duration = /- duration: ([\d.]+)s/.exec(out);
    expect(duration).not.toBeNull();
    // The hook's own run time (the environment is installed once, before): measured for docs/pre-commit.md.
    console.info(`topiclint pre-commit hook: ${duration![1]}s on a small repository`);
    expect(Number(duration![1])).toBeLessThan(10);
  }, 480_000);
});
