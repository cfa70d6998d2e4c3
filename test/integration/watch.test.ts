/**
 * `topiclint --watch`: the loop driven by a fake watcher (debounce, ignored paths, no overlapping
 * runs, stop), the CLI run inside it on a real folder, and one real `fs.watch` run of the bundled CLI
 * ended with SIGINT.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { isTempFileFor } from '../../src/util/safe-write.js';
import { CLEAR_SCREEN, watchCommand, watchLoop, withoutWatchFlag, type WatchFactory } from '../../src/watch.js';
import { remove, REPO_ROOT, tempDir, write } from './helpers.js';

/** A watcher the test triggers by hand. */
function fakeWatcher() {
  const watched: { target: string; onChange: (p: string | undefined) => void }[] = [];
  let closed = 0;
  const factory: WatchFactory = (target, onChange) => {
    watched.push({ target, onChange });
    return { close: () => void closed++ };
  };
  return {
    factory,
    /** The targets are not on disk: say they exist, as one identity that never changes. */
    identify: () => 'fake',
    watched,
    emit: (p: string | undefined) => watched.forEach((w) => w.onChange(p)),
    closed: () => closed,
  };
}

async function until(predicate: () => boolean, ms = 5000): Promise<void> {
  const end = Date.now() + ms;
  while (!predicate()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchLoop', () => {
  it('runs once at start, once per burst of changes (debounced), and stops when aborted', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    let runs = 0;
    const done = watchLoop({ targets: ['/repo/kafka', '/repo/svc'], signal: ac.signal, watch: w.factory, identify: w.identify, debounceMs: 30, run: async () => void runs++ });
    await until(() => w.watched.length === 2);
    expect(runs).toBe(1);
    expect(w.watched.map((x) => x.target)).toEqual(['/repo/kafka', '/repo/svc']);
    // An editor's save: several events within the debounce window.
    w.emit('/repo/kafka/topics.yaml');
    w.emit('/repo/kafka/topics.yaml');
    w.emit(undefined);
    await until(() => runs === 2);
    await sleep(100);
    expect(runs).toBe(2);
    ac.abort();
    expect(await done).toBe(2);
    expect(w.closed()).toBe(2);
    // After the stop, changes start nothing.
    w.emit('/repo/kafka/topics.yaml');
    await sleep(60);
    expect(runs).toBe(2);
  });

  it('ignores .git/, node_modules/, the cache and the files the run writes', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    let runs = 0;
    const done = watchLoop({ targets: ['/repo'], signal: ac.signal, watch: w.factory, identify: w.identify, debounceMs: 10, ignore: (p) => p === '/repo/.sarif/topiclint.sarif', run: async () => void runs++ });
    await until(() => w.watched.length === 1);
    for (const p of ['/repo/.git/index', '/repo/node_modules/x/y.yaml', '/repo/.topiclint-cache/models.json', '/repo/.sarif/topiclint.sarif']) w.emit(p);
    await sleep(80);
    expect(runs).toBe(1);
    w.emit('/repo/kafka/gitops.yaml');
    await until(() => runs === 2);
    ac.abort();
    await done;
  });

  it('never overlaps runs: a change during a run gives exactly one more run after it', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    let runs = 0;
    let active = 0;
    let maxActive = 0;
    let release: (() => void) | undefined;
    const done = watchLoop({
      targets: ['/repo'],
      signal: ac.signal,
      watch: w.factory,
      identify: w.identify,
      debounceMs: 10,
      run: async () => {
        runs++;
        active++;
        maxActive = Math.max(maxActive, active);
        if (runs === 2) await new Promise<void>((r) => (release = r));
        active--;
      },
    });
    await until(() => w.watched.length === 1);
    w.emit('/repo/a.yaml');
    await until(() => release !== undefined); // run 2 is in progress
    w.emit('/repo/a.yaml');
    await sleep(40);
    w.emit('/repo/b.yaml');
    await sleep(40);
    expect(runs).toBe(2);
    release!();
    await until(() => runs === 3);
    await sleep(60);
    expect(runs).toBe(3);
    expect(maxActive).toBe(1);
    ac.abort();
    expect(await done).toBe(3);
  });

  it('a failing run is reported and the loop goes on', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    const errors: unknown[] = [];
    let runs = 0;
    const done = watchLoop({
      targets: ['/repo'],
      signal: ac.signal,
      watch: w.factory,
      identify: w.identify,
      debounceMs: 10,
      onError: (e) => errors.push(e),
      run: async () => {
        runs++;
        if (runs === 1) throw new Error('boom');
      },
    });
    await until(() => w.watched.length === 1);
    w.emit('/repo/a.yaml');
    await until(() => runs === 2);
    ac.abort();
    expect(await done).toBe(2);
    expect(errors).toHaveLength(1);
  });
});

describe('watchLoop: a target that goes away', () => {
  it('reports it gone once, closes its watcher, and on its return watches it again and lints', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    let present = true;
    let generation = 1; // a new folder made in its place has a new identity
    const events: string[] = [];
    let runs = 0;
    const done = watchLoop({
      targets: ['/repo/kafka'],
      signal: ac.signal,
      watch: w.factory,
      identify: () => (present ? `inode-${generation}` : undefined),
      pollMs: 10,
      debounceMs: 10,
      onTarget: (e) => events.push(`${e.kind} ${e.target}`),
      run: async () => void runs++,
    });
    await until(() => runs === 1);
    present = false;
    await until(() => events.length === 1);
    await sleep(50);
    expect(events).toEqual(['gone /repo/kafka']); // once, not at every check
    expect(w.closed()).toBe(1);
    expect(runs).toBe(1);
    present = true;
    generation = 2;
    await until(() => runs === 2);
    expect(events).toEqual(['gone /repo/kafka', 'back /repo/kafka']);
    expect(w.watched).toHaveLength(2);
    // Deleted and made again between two checks: watched again and linted, nothing to report.
    generation = 3;
    await until(() => runs === 3);
    expect(w.watched).toHaveLength(3);
    expect(events).toHaveLength(2);
    ac.abort();
    await done;
  });

  it('a target missing at the start is reported and waited for', async () => {
    const ac = new AbortController();
    const w = fakeWatcher();
    let present = false;
    const events: string[] = [];
    let runs = 0;
    const done = watchLoop({ targets: ['/repo/kafka'], signal: ac.signal, watch: w.factory, identify: () => (present ? 'x' : undefined), pollMs: 10, debounceMs: 10, onTarget: (e) => events.push(e.kind), run: async () => void runs++ });
    await until(() => runs === 1);
    expect(events).toEqual(['gone']);
    expect(w.watched).toHaveLength(0);
    present = true;
    await until(() => runs === 2);
    expect(events).toEqual(['gone', 'back']);
    ac.abort();
    await done;
  });

  it('recognises the temporary file a report or baseline is written through as the run’s own write', () => {
    expect(isTempFileFor('/r/kafka/baseline.json', '/r/kafka/baseline.json')).toBe(true);
    expect(isTempFileFor('/r/kafka/baseline.json', '/r/kafka/.baseline.json.0a1b2c3d4e5f.tmp')).toBe(true);
    expect(isTempFileFor('/r/kafka/baseline.json', '/r/kafka/.baseline.json.notahex.tmp')).toBe(false);
    expect(isTempFileFor('/r/kafka/baseline.json', '/r/other/.baseline.json.0a1b.tmp')).toBe(false);
    expect(isTempFileFor('/r/kafka/baseline.json', '/r/kafka/topics.yaml')).toBe(false);
  });
});

describe('topiclint --watch', () => {
  let dir = '';
  afterEach(() => {
    if (dir) remove(dir);
    dir = '';
  });

  it('drops --watch from the arguments of each run, but not a path called --watch after --', () => {
    expect(withoutWatchFlag(['--watch', '-f', 'compact', 'kafka'])).toEqual(['-f', 'compact', 'kafka']);
    expect(withoutWatchFlag(['kafka', '--watch', '--', '--watch'])).toEqual(['kafka', '--', '--watch']);
  });

  async function watchTwice(isTTY: boolean, format: string[] = []) {
    dir = tempDir('topiclint-watch-');
    write(dir, { '.git/HEAD': 'ref: refs/heads/main\n', 'kafka/topics.yaml': 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 1\n' });
    let stdout = '';
    let stderr = '';
    let terminal = ''; // both streams in order, as an editor's terminal shows them
    const io = {
      argv: ['--watch', '--no-base', '--concurrency', 'off', '--no-color', ...format, 'kafka'],
      env: {},
      cwd: dir,
      isTTY,
      stdout: (s: string) => void ((stdout += s), (terminal += s)),
      stderr: (s: string) => void ((stderr += s), (terminal += s)),
    };
    const ac = new AbortController();
    const w = fakeWatcher();
    const codes: number[] = [];
    const done = watchCommand({
      io,
      positionals: ['kafka'],
      watch: w.factory,
      identify: w.identify,
      signal: ac.signal,
      debounceMs: 20,
      runCli: async (argv) => {
        const code = await runCli({ ...io, argv });
        codes.push(code);
        if (codes.length === 2) ac.abort();
        return code;
      },
    });
    // The watcher is set up before the first run (so no save is missed); wait for that run to end.
    await until(() => w.watched.length === 1 && codes.length === 1, 20_000);
    expect(w.watched[0]!.target).toBe(path.join(dir, 'kafka'));
    const first = stdout;
    // The fix, then the change event the watcher would send.
    writeFileSync(path.join(dir, 'kafka/topics.yaml'), 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n');
    w.emit(path.join(dir, 'kafka/topics.yaml'));
    const code = await done;
    return { code, codes, first, stdout, stderr, terminal };
  }

  it('lints, lints again after a change, never exits on findings, and exits 0 when stopped', async () => {
    const r = await watchTwice(false);
    expect(r.code).toBe(0);
    // The CLI's own run each time (exit 1: errors), and the loop went on after the first.
    expect(r.codes).toEqual([1, 1]);
    expect(r.first).toContain('replication-factor');
    expect(r.first).toMatch(/kafka\/topics\.yaml/);
    // The second report is after the fix: the replication factor error is gone.
    expect(r.stdout.slice(r.first.length)).toContain('kafka/topics.yaml');
    expect(r.stdout.slice(r.first.length)).not.toContain('replication-factor');
    expect(r.stderr).toContain('topiclint: watching kafka for changes');
    // Not a terminal: nothing is cleared, both reports stay in the log.
    expect(r.stdout).not.toContain(CLEAR_SCREEN);
  }, 60_000);

  it('clears the screen before each report on a terminal', async () => {
    const r = await watchTwice(true);
    expect(r.stdout.split(CLEAR_SCREEN)).toHaveLength(3);
    expect(r.stdout.startsWith(CLEAR_SCREEN)).toBe(true);
  }, 60_000);

  it('prints the begin and end lines the background task in docs/ide.md waits for, problems between them', async () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs/ide.md'), 'utf8');
    const block = [...doc.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!).find((b) => b.includes('"background"'));
    expect(block, 'docs/ide.md has the --watch background task').toBeDefined();
    const task = JSON.parse(block!) as { command: string; isBackground: boolean; problemMatcher: { pattern: { regexp: string; file: number; line: number }; background: { beginsPattern: string; endsPattern: string } } };
    expect(task.isBackground).toBe(true);
    expect(task.command).toContain('--watch --format compact');
    const begins = new RegExp(task.problemMatcher.background.beginsPattern);
    const ends = new RegExp(task.problemMatcher.background.endsPattern);
    const problem = new RegExp(task.problemMatcher.pattern.regexp);
    const r = await watchTwice(false, ['--format', 'compact']);
    const lines = r.terminal.split('\n');
    const kinds = lines.map((l) => (begins.test(l) ? 'begin' : ends.test(l) ? 'end' : problem.test(l) ? 'problem' : l === '' ? '' : 'other')).filter(Boolean);
    expect(kinds.filter((k) => k === 'other')).toEqual([]);
    // begin, problems..., end, begin, problems..., end
    expect(kinds.join(' ')).toMatch(/^begin( problem)+ end begin( problem)* end$/);
    const first = lines.map((l) => problem.exec(l)).find((m) => m && m[6] === 'replication-factor');
    expect(first?.[1]).toBe('kafka/topics.yaml');
    expect(first?.[2]).toBe('3');
  }, 60_000);

  it('checks the other options before watching: --annotations without --output exits 2', async () => {
    let stderr = '';
    const code = await runCli({ argv: ['--watch', '--annotations'], env: {}, cwd: REPO_ROOT, isTTY: false, stdout: () => {}, stderr: (s) => void (stderr += s) });
    expect(code).toBe(2);
    expect(stderr).toContain('--annotations');
    expect(stderr).toContain('--output');
  });
});

const BUNDLED_CLI = path.join(REPO_ROOT, 'action/dist/topiclint.js');

describe.skipIf(!existsSync(BUNDLED_CLI))('topiclint --watch with the real fs.watch (bundled CLI)', () => {
  it('re-lints when a file is saved and ends with exit code 0 on SIGINT', async () => {
    const dir = tempDir('topiclint-watch-real-');
    try {
      write(dir, { '.git/HEAD': 'ref: refs/heads/main\n', 'kafka/topics.yaml': 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 1\n' });
      const script = `import { runCli } from ${JSON.stringify(new URL(`file://${BUNDLED_CLI}`).href)};
process.exitCode = await runCli({ argv: process.argv.slice(1), env: process.env, cwd: process.cwd(), isTTY: false, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });`;
      const child = spawn(process.execPath, ['--input-type=module', '-e', script, '--', '--watch', '--no-base', '--no-color', 'kafka'], { cwd: dir, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (d: Buffer) => void (stdout += d.toString()));
      child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      await until(() => stderr.includes('watching kafka'), 30_000);
      expect(stdout).toContain('replication-factor');
      const before = stdout.length;
      writeFileSync(path.join(dir, 'kafka/topics.yaml'), 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n  - topic: orders.paid.v1\n    replicationFactor: 2\n');
      await until(() => stdout.length > before && stderr.split('watching kafka').length === 3, 30_000);
      expect(stdout.slice(before)).toContain('orders.paid.v1');
      child.kill('SIGINT');
      expect(await exited).toBe(0);
    } finally {
      remove(dir);
    }
  }, 90_000);
});
