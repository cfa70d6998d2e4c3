/**
 * A hostile pull request against `topiclint --base` in CI (issue #15, part D): each case builds the
 * repository an attacker could hand us, in a temp folder, and checks the promise.
 *
 *  1. git never reaches the network nor runs a program the repository configures (partial clone
 *     promisor remotes, `remote.*.uploadpack`, `core.sshCommand`, `ext::` remotes, hooks,
 *     `core.fsmonitor`, filter drivers, textconv): no marker file appears, and a blob that cannot be
 *     had is reported (exit 2, a message saying what to do), never a crash.
 *  2. With `--base`, the baseline honours only the entries it had at the base: an entry the pull
 *     request adds is `policy-weakened` at its line, and the finding it would hide counts.
 *  3. Tracked files are always linted, whatever a `.gitignore` says (git's own meaning); a config
 *     change that narrows what is linted (`include`, `exclude`) is `policy-weakened`, naming the files.
 *  4. A cache folder inside the repository (a PR can commit one) is not used with `--base` or in CI.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareBaselines } from '../../src/policy/weakened.js';
import { cli, commitAll, git, jsonFindings, makeRepo, write } from '../change/helpers.js';

const t = (...lines: string[]) => `${lines.join('\n')}\n`;

let work: string;
let markers: string;
beforeEach(() => {
  work = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-'));
  markers = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-markers-'));
});
afterEach(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(markers, { recursive: true, force: true });
});

/** A script (outside the repository) that leaves marker `name` when run, then runs `then` if given. */
function payload(name: string, then = ''): string {
  const file = path.join(markers, `${name}.sh`);
  writeFileSync(file, `#!/bin/sh\ntouch '${path.join(markers, name)}'\n${then}\n`);
  chmodSync(file, 0o755);
  return file;
}

/** The markers left (payload scripts themselves end in .sh). */
function markersFound(): string[] {
  return readdirSync(markers).filter((n) => !n.endsWith('.sh'));
}

/** No output of a run may carry a stack trace or an internal error. */
function noCrash(r: { stdout: string; stderr: string }): void {
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
  expect(r.stdout).not.toMatch(/internal error|\n\s+at /);
}

const BASE = { 'topics.yaml': t('topic: orders.created.v1', 'partitions: 6', 'replicationFactor: 3') };
const HEAD = { 'topics.yaml': t('topic: orders.created.v1', 'partitions: 3', 'replicationFactor: 3') };

/**
 * An origin with `main` (base) and `feature` (head), and a blobless partial clone of it with `feature`
 * checked out: the base's version of topics.yaml is not in the clone, so reading it would make git
 * fetch it from the promisor remote.
 */
function partialClone(): string {
  const origin = path.join(work, 'origin');
  const clone = path.join(work, 'clone');
  git(work, 'init', '-q', origin);
  makeRepoIn(origin);
  git(origin, 'config', 'uploadpack.allowFilter', 'true');
  git(work, 'clone', '-q', '--filter=blob:none', '--no-checkout', `file://${origin}`, clone);
  git(clone, 'checkout', '-q', 'feature');
  return clone;
}

function makeRepoIn(dir: string): void {
  write(dir, BASE);
  commitAll(dir, 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, HEAD);
  commitAll(dir, 'head');
}

describe('--base: git never reaches the network nor runs a configured program', () => {
  it('the payloads work: a promisor fetch by git itself runs remote.origin.uploadpack (so the tests can fail)', () => {
    const clone = partialClone();
    git(clone, 'config', 'remote.origin.uploadpack', payload('uploadpack', 'exec git-upload-pack "$@"'));
    git(clone, 'cat-file', '-p', 'origin/main:topics.yaml');
    expect(markersFound()).toEqual(['uploadpack']);
  });

  it('partial clone: remote.origin.uploadpack is never run; the missing base blob is reported (exit 2)', async () => {
    const clone = partialClone();
    git(clone, 'config', 'remote.origin.uploadpack', payload('uploadpack', 'exec git-upload-pack "$@"'));
    const r = await cli(clone, ['--base', 'origin/main', '--format', 'json']);
    expect(markersFound()).toEqual([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('partial clone');
    noCrash(r);
  });

  it('partial clone whose promisor remote is reached over ssh: core.sshCommand is never run', async () => {
    const clone = partialClone();
    git(clone, 'config', 'remote.origin.url', 'ssh://git@example.invalid/acme/topics.git');
    git(clone, 'config', 'core.sshCommand', payload('ssh'));
    const r = await cli(clone, ['--base', 'origin/main']);
    expect(markersFound()).toEqual([]);
    expect(r.code).toBe(2);
    noCrash(r);
  });

  it('partial clone whose promisor remote is an ext:: command the repository allows: never run', async () => {
    const clone = partialClone();
    git(clone, 'config', 'remote.origin.url', `ext::${payload('ext')}`);
    git(clone, 'config', 'protocol.ext.allow', 'always');
    git(clone, 'config', 'protocol.allow', 'always');
    const r = await cli(clone, ['--base', 'origin/main']);
    expect(markersFound()).toEqual([]);
    expect(r.code).toBe(2);
    noCrash(r);
  });

  /**
   * A full repository (every blob present) with `main` and `feature`; `--base main` gives
   * partition-decrease. A .gitignore hides a folder, so discovery runs `git ls-files` too (which reads
   * the index, and would run `core.fsmonitor`).
   */
  function fullRepo(): string {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    makeRepo(dir, { ...BASE, '.gitignore': 'ignored/\n' }, HEAD);
    write(dir, { 'ignored/scratch.yaml': BASE['topics.yaml'] });
    return dir;
  }

  /** `--base main` works (the change is found: exit 1) and left no marker. */
  async function expectCleanBaseRun(dir: string): Promise<void> {
    const r = await cli(dir, ['--base', 'main', '--format', 'json']);
    noCrash(r);
    expect(markersFound()).toEqual([]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('partition-decrease');
  }

  it('hooks: none of the repository hooks runs (and they do run for a commit)', async () => {
    const dir = fullRepo();
    const hooks = ['pre-commit', 'post-commit', 'post-checkout', 'reference-transaction', 'post-index-change', 'pre-auto-gc', 'fsmonitor-watchman'];
    for (const h of hooks) {
      const script = payload(`hook-${h}`);
      writeFileSync(path.join(dir, '.git/hooks', h), `#!/bin/sh\nexec '${script}'\n`);
      chmodSync(path.join(dir, '.git/hooks', h), 0o755);
    }
    await expectCleanBaseRun(dir);
    git(dir, 'commit', '-q', '--allow-empty', '-m', 'control');
    expect(markersFound().length).toBeGreaterThan(0);
  });

  it('core.fsmonitor: the configured monitor is never run', async () => {
    const dir = fullRepo();
    git(dir, 'config', 'core.fsmonitor', payload('fsmonitor'));
    await expectCleanBaseRun(dir);
  });

  it('filter drivers (.gitattributes + filter.*.clean/smudge): never run', async () => {
    const dir = fullRepo();
    write(dir, { '.gitattributes': '*.yaml filter=evil\n' });
    git(dir, 'config', 'filter.evil.clean', `${payload('clean')}; cat`);
    git(dir, 'config', 'filter.evil.smudge', `${payload('smudge')}; cat`);
    git(dir, 'config', 'filter.evil.required', 'true');
    await expectCleanBaseRun(dir);
  });

  it('diff.*.textconv: never run', async () => {
    const dir = fullRepo();
    write(dir, { '.gitattributes': '*.yaml diff=evil\n' });
    git(dir, 'config', 'diff.evil.textconv', `${payload('textconv')}; cat`);
    await expectCleanBaseRun(dir);
  });
});

describe('--base: a pull request cannot baseline its own new findings', () => {
  const BASELINE = '.topiclint-baseline.json';
  const legacy = t('topic: legacy.orders.v1', 'partitions: 6', 'replicationFactor: 1');
  const added = t('topic: payments.created.v1', 'partitions: 6', 'replicationFactor: 1');

  /** main: one known error, baselined. feature: a new error, and the baseline rewritten to hide it too. */
  async function repo(): Promise<string> {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    git(dir, 'init', '-q');
    write(dir, { 'legacy.yaml': legacy });
    expect((await cli(dir, ['--write-baseline', BASELINE])).code).toBe(0);
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'payments.yaml': added });
    expect((await cli(dir, ['--write-baseline', BASELINE])).code).toBe(0);
    commitAll(dir, 'head: new error, baseline rewritten');
    return dir;
  }

  it('the added entry is policy-weakened at its line, naming the rule and finding; the new error counts (exit 1)', async () => {
    const dir = await repo();
    const r = await jsonFindings(dir, ['--base', 'main', '--baseline', BASELINE]);
    expect(r.code).toBe(1);
    const weakened = r.findings.filter((f) => f.ruleId === 'policy-weakened');
    // One finding per added entry, at the line that opens it, naming the rule and the place it hides.
    const failing = r.findings.filter((f) => f.level === 'error' && f.ruleId !== 'policy-weakened' && !(f as { suppression?: unknown }).suppression);
    expect(failing.length).toBeGreaterThan(0);
    expect(failing.every((f) => f.file === 'payments.yaml')).toBe(true);
    expect(weakened.length).toBeGreaterThanOrEqual(failing.length);
    const text = readFileSync(path.join(dir, BASELINE), 'utf8').split('\n');
    for (const w of weakened) {
      expect(w.file).toBe(BASELINE);
      expect(text[w.line - 1]).toBe('    {');
      expect(w.message).toMatch(/adds a baseline entry that hides `[a-z-]+` at payments\.yaml:\d+/);
    }
    for (const f of failing) expect(weakened.some((w) => w.message.includes(`hides \`${f.ruleId}\` at payments.yaml:${f.line} `))).toBe(true);
    // What the base had baselined (legacy.yaml) stays baselined.
    expect(r.findings.filter((f) => f.file === 'legacy.yaml' && !(f as { suppression?: unknown }).suppression && f.level === 'error')).toEqual([]);
  });

  it('the same through the streaming and the whole-catalog pipelines, and with the config naming the baseline', async () => {
    const dir = await repo();
    write(dir, { 'topiclint.config.yaml': t(`baseline: ${BASELINE}`) });
    commitAll(dir, 'config names the baseline');
    const r = await jsonFindings(dir, ['--base', 'main']);
    expect(r.code).toBe(1);
    const files = new Set(r.findings.filter((f) => f.ruleId === 'policy-weakened').map((f) => f.file));
    expect([...files].sort()).toEqual([BASELINE, 'topiclint.config.yaml']);
    // The whole-catalog pipeline (a config that needs whole entities) decides the same.
    write(dir, { 'topiclint.config.yaml': t(`baseline: ${BASELINE}`, 'overrides:', '  - when: { drTier: tier-1 }', '    rules: { duplicate-topic: error }') });
    const whole = await jsonFindings(dir, ['--base', 'main']);
    expect(whole.findings.filter((f) => f.ruleId === 'policy-weakened' && f.file === BASELINE).length).toBe(r.findings.filter((f) => f.ruleId === 'policy-weakened' && f.file === BASELINE).length);
  });

  it('a hostile baseline (wrong types, no base file, duplicates) is judged without a crash', () => {
    const baseline = (...findings: unknown[]) => JSON.stringify({ version: 1, tool: 'topiclint', findings }, null, 2);
    const odd = { fingerprint: 'f1', ruleId: 7, level: 'error', file: { x: 1 }, line: 'x', message: 'm'.repeat(10_000) };
    const c = compareBaselines(undefined, baseline(odd, odd), BASELINE, { ref: 'main' });
    expect(c.honoured).toEqual([]);
    expect(c.findings).toHaveLength(2);
    expect(c.findings[0]!.message.length).toBeLessThan(800);
    // An entry the base had once is honoured once; its duplicate is added.
    const twice = compareBaselines(baseline(odd), baseline(odd, odd), BASELINE, { ref: 'main' });
    expect([twice.honoured.length, twice.findings.length]).toEqual([1, 1]);
    expect(twice.findings[0]!.location.region.startLine).toBe(15); // the second entry opens on line 15
  });

  it('without --base the baseline is honoured as written (exit 0); an unchanged baseline gives no finding', async () => {
    const dir = await repo();
    expect((await jsonFindings(dir, ['--baseline', BASELINE])).code).toBe(0);
    git(dir, 'checkout', '-q', 'main');
    const r = await jsonFindings(dir, ['--base', 'main', '--baseline', BASELINE]);
    expect(r.code).toBe(0);
    expect(r.findings.filter((f) => f.ruleId === 'policy-weakened')).toEqual([]);
  });
});

describe('tracked files cannot be hidden by a .gitignore', () => {
  const bad = t('topic: orders.created.v1', 'partitions: 6', 'replicationFactor: 1');

  /** main: kafka/orders.yaml (an error) tracked. feature: the PR ignores the folder (and adds an untracked, ignored file). */
  function repo(ignore: string): string {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    makeRepo(dir, { 'kafka/orders.yaml': bad }, { '.gitignore': ignore });
    write(dir, { 'kafka/scratch.yaml': bad, 'local/notes.yaml': bad });
    return dir;
  }

  for (const ignore of ['kafka/\n', '*.yaml\n', 'kafka/orders.yaml\nkafka/scratch.yaml\n', '/*\n!/.gitignore\n']) {
    it(`.gitignore ${JSON.stringify(ignore)}: the tracked file is linted, with --base --verbose and without; untracked ignored files stay ignored`, async () => {
      const dir = repo(ignore);
      for (const argv of [[], ['--base', 'main', '--verbose']]) {
        const r = await jsonFindings(dir, argv);
        expect(r.code).toBe(1);
        const files = new Set(r.findings.filter((f) => f.ruleId === 'replication-factor').map((f) => f.file));
        expect(files.has('kafka/orders.yaml')).toBe(true);
        expect(files.has('kafka/scratch.yaml')).toBe(false);
      }
    });
  }

  it('a file the PR untracks (git rm --cached) and ignores is not linted: git no longer has it', async () => {
    const dir = repo('kafka/\n');
    git(dir, 'rm', '-q', '--cached', 'kafka/orders.yaml');
    const r = await jsonFindings(dir, []);
    expect(r.findings.filter((f) => f.file === 'kafka/orders.yaml')).toEqual([]);
  });
});

describe('a config change that narrows what is linted is policy-weakened, naming the files', () => {
  const topic = (name: string) => t(`topic: ${name}`, 'partitions: 6', 'replicationFactor: 1');
  const catalog = { 'kafka/orders.yaml': topic('orders.created.v1'), 'kafka/legacy/old.yaml': topic('legacy.old.v1'), 'kafka/legacy/older.yaml': topic('legacy.older.v1') };

  async function weakened(config: string, baseConfig?: string): Promise<{ code: number; messages: string[] }> {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    makeRepo(dir, { ...catalog, ...(baseConfig ? { 'topiclint.config.yaml': baseConfig } : {}) }, { 'topiclint.config.yaml': config });
    const r = await jsonFindings(dir, ['--base', 'main', '--verbose']);
    return { code: r.code, messages: r.findings.filter((f) => f.ruleId === 'policy-weakened').map((f) => f.message) };
  }

  it('include: [docs/**] ("0 files linted") names every catalog file it hides; exit 1', async () => {
    const r = await weakened(t('include: ["docs/**"]'), t('rules: {}'));
    expect(r.code).toBe(1);
    expect(r.messages).toHaveLength(1);
    expect(r.messages[0]).toContain('limits linting to the `include` globs, which hides 3 files linted at the base: `kafka/legacy/old.yaml`, `kafka/legacy/older.yaml`, `kafka/orders.yaml`');
  });

  it('an exclude added names the files that glob hides', async () => {
    const r = await weakened(t('exclude: ["kafka/legacy/**"]'));
    expect(r.code).toBe(1);
    expect(r.messages).toEqual([expect.stringContaining('excludes `kafka/legacy/**` from linting, which hides 2 files linted at the base: `kafka/legacy/old.yaml`, `kafka/legacy/older.yaml`')]);
  });

  it('an include narrowed names what the remaining globs no longer select; an include removed altogether is no weakening', async () => {
    const r = await weakened(t('include: ["kafka/legacy/**"]'), t('include: ["kafka/**"]'));
    expect(r.messages).toEqual([expect.stringContaining('removes `kafka/**` from `include` (fewer files are linted), which hides 1 file linted at the base: `kafka/orders.yaml`')]);
    rmSync(path.join(work, 'repo'), { recursive: true, force: true });
    expect((await weakened(t('rules: {}'), t('include: ["kafka/**"]'))).messages).toEqual([]);
  });
});

describe('a cache committed to the repository is not trusted with --base or in CI', () => {
  const clean = t('topic: orders.created.v1', 'partitions: 6', 'replicationFactor: 3');
  const bad = t('topic: orders.created.v1', 'partitions: 6', 'replicationFactor: 1');

  /**
   * The PR commits a poisoned `.topiclint-cache`: made from the clean file, whose metadata (size,
   * mtime, inode) the bad file then takes, so the cache vouches for the bad file without reading it.
   */
  async function poisoned(): Promise<string> {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    makeRepo(dir, { 'topics.yaml': clean }, {});
    const file = path.join(dir, 'topics.yaml');
    const old = new Date(Date.now() - 60_000);
    utimesSync(file, old, old);
    expect((await cli(dir, ['--cache'])).code).not.toBe(2);
    writeFileSync(file, bad); // same size, same inode
    utimesSync(file, old, old);
    git(dir, 'add', '-f', '.topiclint-cache', 'topics.yaml');
    git(dir, 'commit', '-q', '-m', 'PR: a bad topic, and a cache that vouches for it');
    return dir;
  }

  const hidden = (r: { findings: { ruleId: string; file: string }[] }) => !r.findings.some((f) => f.ruleId === 'replication-factor' && f.file === 'topics.yaml');

  it('control: a plain --cache run trusts it (the finding is hidden), so the test can fail', async () => {
    const dir = await poisoned();
    expect(hidden(await jsonFindings(dir, ['--cache']))).toBe(true);
    expect(hidden(await jsonFindings(dir, []))).toBe(false);
  });

  for (const [name, argv, env] of [
    ['--cache --base main', ['--cache', '--base', 'main'], {}],
    ['--cache with CI=true', ['--cache'], { CI: 'true' }],
  ] as const) {
    it(`${name}: the cache in the repository is not read, the finding is reported, and the run says so once`, async () => {
      const dir = await poisoned();
      const r = await jsonFindings(dir, [...argv], { ...env });
      expect(r.code).toBe(1);
      expect(hidden(r)).toBe(false);
      expect(r.stderr.match(/is inside the repository, which a pull request can write to/g)).toHaveLength(1);
    });
  }

  it('in CI, a cache outside the repository (--cache-location) is used as usual, without a notice', async () => {
    const dir = path.join(work, 'repo');
    mkdirSync(dir);
    makeRepo(dir, { 'topics.yaml': clean }, {});
    const outside = path.join(work, 'cache');
    for (let i = 0; i < 2; i++) {
      const r = await cli(dir, ['--cache', '--cache-location', outside], { CI: 'true' });
      expect([r.code, r.stderr]).toEqual([1, '']);
    }
    expect(readdirSync(outside).length).toBeGreaterThan(0);
  });
});
