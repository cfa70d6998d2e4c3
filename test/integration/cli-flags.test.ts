/** The CLI flags of the three homes, in-process: --pre-commit and --annotations. */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { remove, tempDir, write } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

function repo(): string {
  const dir = tempDir('topiclint-flags-');
  dirs.push(dir);
  write(dir, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'topiclint.config.yaml': 'rules:\n  ownership-metadata: off\n  min-insync-replicas: off\n',
    // Not staged: the catalog, with an old violation.
    'kafka/topics.yaml': 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n  - topic: orders.legacy.v1\n    replicationFactor: 1\n',
    // Staged: a client of a known topic and of an unknown one.
    'svc/application.yml': 'spring:\n  kafka:\n    producer:\n      acks: all\n    template:\n      default-topic: orders.created.v1\n',
    'svc2/application.yml': 'spring:\n  kafka:\n    producer:\n      acks: all\n    template:\n      default-topic: orders.unknwon.v1\n',
  });
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

interface JsonFinding {
  ruleId: string;
  file: string;
  line: number;
}
const where = (stdout: string) => (JSON.parse(stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.ruleId} ${f.file}:${f.line}`);

describe('--pre-commit', () => {
  it('reads the whole catalog but reports only the files given, and exits on their findings only', async () => {
    const dir = repo();
    const clean = await run(dir, '--pre-commit', '--no-base', '--format', 'json', 'svc/application.yml');
    // orders.created.v1 is defined in a file that was not given: still known. The legacy error is not reported.
    expect(where(clean.stdout)).toEqual([]);
    expect(clean.code).toBe(0);
    const dirty = await run(dir, '--pre-commit', '--no-base', '--format', 'json', 'svc/application.yml', 'svc2/application.yml');
    expect(where(dirty.stdout)).toEqual(['unknown-topic svc2/application.yml:6']);
    expect(dirty.code).toBe(1);
  });

  it('takes file names relative to the working folder, from a sub-folder too', async () => {
    const dir = repo();
    const r = await run(path.join(dir, 'svc2'), '--pre-commit', '--no-base', '--format', 'json', 'application.yml');
    expect(where(r.stdout)).toEqual(['unknown-topic svc2/application.yml:6']);
  });

  it('without file names reports everything, like a plain run', async () => {
    const dir = repo();
    const all = await run(dir, '--pre-commit', '--no-base', '--format', 'json');
    const plain = await run(dir, '--no-base', '--format', 'json');
    expect(where(all.stdout)).toEqual(where(plain.stdout));
    expect(where(all.stdout)).toEqual(expect.arrayContaining(['replication-factor kafka/topics.yaml:5', 'unknown-topic svc2/application.yml:6']));
    expect(all.code).toBe(1);
  });
});

describe('--annotations', () => {
  it('without --output is a usage error that says why', async () => {
    const r = await run(repo(), '--annotations', '--no-base');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--annotations .*stdout.*--output/);
    expect(r.stdout).toBe('');
  });

  it('with --output: the report goes to the file, only workflow commands to stdout', async () => {
    const dir = repo();
    const r = await run(dir, '--format', 'sarif', '--output', 'out/topiclint.sarif', '--annotations', '--no-base');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=svc2/application.yml,line=6,endLine=6,col=22,endColumn=39,title=topiclint%3A unknown-topic::');
    expect(r.stdout.split('\n').filter((l) => l && !l.startsWith('::'))).toEqual([]);
  });
});
