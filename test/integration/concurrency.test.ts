/**
 * `--concurrency` (and `LintOptions.concurrency`) stays accepted after worker threads were removed
 * (issue #16: one thread was faster on the machines measured). Above 1 the run says, once, that it
 * lints on one thread; the report is the one a run without the option gives; `auto`, `off` and 1
 * say nothing; anything else is a usage error (exit 2), as before.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { lint } from '../../src/lint.js';
import { remove, tempDir, write } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

function repo(): string {
  const dir = tempDir('topiclint-concurrency-');
  dirs.push(dir);
  write(dir, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'kafka/a.yaml': 'topic: orders.created.v1\nreplicationFactor: 1\n',
    'kafka/b.yaml': 'topic: orders.paid.v1\nreplicationFactor: 3\n',
  });
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv: ['--no-base', '--format', 'json', ...argv, '.'], env: {}, cwd, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

const ONE_THREAD = /topiclint lints on one thread/g;

describe('--concurrency after worker threads were removed', () => {
  it('above 1: the same report, and one note on stderr saying the run used one thread and why', async () => {
    const dir = repo();
    const plain = await run(dir);
    expect(plain.code).toBe(1);
    expect(plain.stderr).toBe('');
    for (const n of ['2', '8']) {
      const asked = await run(dir, '--concurrency', n);
      expect(asked.code).toBe(plain.code);
      expect(asked.stdout).toBe(plain.stdout);
      expect(asked.stderr.match(ONE_THREAD)).toHaveLength(1);
      expect(asked.stderr).toContain(`a concurrency of ${n} was asked for`);
      expect(asked.stderr).toContain('docs/performance.md');
    }
  });

  it('auto, off and 1: no note', async () => {
    const dir = repo();
    for (const value of ['auto', 'off', '1']) expect((await run(dir, '--concurrency', value)).stderr).toBe('');
  });

  it('not a whole number of threads: a usage error, no stack trace', async () => {
    const dir = repo();
    for (const value of ['0', 'two', '1.5']) {
      const r = await run(dir, '--concurrency', value);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/--concurrency takes a whole number of threads/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('the API tells onWarning once per run, and the findings are those of a run without it', async () => {
    const dir = repo();
    const warnings: string[] = [];
    const asked = await lint({ cwd: dir, root: dir, concurrency: 4, onWarning: (m) => warnings.push(m) });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(ONE_THREAD);
    expect(JSON.stringify(asked.findings)).toBe(JSON.stringify((await lint({ cwd: dir, root: dir })).findings));
  });
});
