import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-config-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

const TOPICS = 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 1\n';

describe('topiclint CLI with a configuration', () => {
  it('reports a waiver that waives nothing when the whole repository is linted, not when one folder is', async () => {
    const dir = repo({
      'kafka/topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\nminInsyncReplicas: 2\n',
      'other/topics.yaml': 'topic: billing.v1\nreplicationFactor: 3\nminInsyncReplicas: 2\n',
      'topiclint.waivers.yaml': 'waivers:\n  - rule: replication-factor\n    target: orders.gone.v1\n    reason: deleted last year\n    approvedBy: platform\n    expires: 2099-01-01\n',
    });
    const unused = (r: { stdout: string }) => (JSON.parse(r.stdout) as { findings: { ruleId: string; file: string; line: number }[] }).findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(unused(await run(dir, '--format', 'json', '--no-base'))).toMatchObject([{ file: 'topiclint.waivers.yaml', line: 2 }]);
    expect(unused(await run(path.join(dir, 'kafka'), '--format', 'json', '--no-base'))).toEqual([]);
    expect(unused(await run(dir, '--format', 'json', '--no-base', 'kafka'))).toEqual([]);
  });

  it('reports every config problem at file:line:col and exits 2', async () => {
    const dir = repo({
      'kafka/topics.yaml': TOPICS,
      'topiclint.config.yaml': 'rules:\n  replicaton-factor: error\n  replication-factor: [error, { minimun: 2 }]\noverrides:\n  - files: ["envs/[dev/**"]\n    rules: { replication-factor: warning }\n',
    });
    const r = await run(dir, '--concurrency', 'off', '--no-base');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('topiclint.config.yaml:2:3: Unknown rule `replicaton-factor` in `rules`. Did you mean `replication-factor`?');
    expect(r.stderr).toContain('topiclint.config.yaml:3:33: Rule `replication-factor`: Unknown key `minimun`. Did you mean `minimum`?');
    expect(r.stderr).toContain('Did you mean `minimum`?');
    expect(r.stderr).toContain('topiclint.config.yaml:5:13: `envs/[dev/**` has an unbalanced `[` bracket');
  });

  it('--config names the file; options and overrides by files change the result', async () => {
    const dir = repo({
      'envs/dev/topics.yaml': TOPICS,
      'kafka/topics.yaml': 'topic: orders.paid.v1\nreplicationFactor: 2\n',
      'conf/lint.yaml': 'rules:\n  replication-factor: [error, { minimum: 2 }]\noverrides:\n  - files: ["envs/dev/**"]\n    rules: { replication-factor: off }\n',
    });
    const r = await run(dir, '--config', 'conf/lint.yaml', '--format', 'json', '--concurrency', 'off', '--no-base');
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'replication-factor')).toEqual([]);
    const without = await run(dir, '--format', 'json', '--concurrency', 'off', '--no-base');
    expect(JSON.parse(without.stdout).findings.filter((f: { ruleId: string }) => f.ruleId === 'replication-factor')).toHaveLength(2);
  });

  it('a missing --config file is a usage error', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS });
    const r = await run(dir, '--config', 'nope.yaml', '--no-base');
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--config nope.yaml: no such file');
  });

  it('include and exclude select the files that are read', async () => {
    const dir = repo({
      'kafka/topics.yaml': TOPICS,
      'kafka/testdata/bad.yaml': TOPICS.replace('orders.created', 'other.created'),
      'other/topics.yaml': TOPICS.replace('orders.created', 'x.created'),
      'topiclint.config.yaml': 'include: ["kafka/**"]\nexclude: ["**/testdata/**"]\n',
    });
    const r = await run(dir, '--format', 'json', '--concurrency', 'off', '--no-base');
    const files = JSON.parse(r.stdout).findings.map((f: { location?: { file: string }; file?: string }) => f.location?.file ?? f.file);
    expect(new Set(files)).toEqual(new Set(['kafka/topics.yaml']));
  });

  it('init writes a starter config that loads cleanly, and refuses to overwrite it', async () => {
    const dir = repo({ 'kafka/topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n' });
    const first = await run(dir, 'init');
    expect(first.code).toBe(0);
    expect(existsSync(path.join(dir, 'topiclint.config.yaml'))).toBe(true);
    const lint = await run(dir, '--concurrency', 'off', '--no-base');
    expect(lint.stderr).toBe('');
    const again = await run(dir, 'init');
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('already exists');
  });

  it('--write-baseline then --baseline: old findings pass, new ones fail, fixed ones are counted', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS });
    const w = await run(dir, '--write-baseline', '.topiclint-baseline.json', '--concurrency', 'off', '--no-base');
    expect(w.code).toBe(0);
    const baseline = JSON.parse(readFileSync(path.join(dir, '.topiclint-baseline.json'), 'utf8'));
    const rf = baseline.findings.filter((f: { ruleId: string }) => f.ruleId === 'replication-factor');
    expect(rf).toHaveLength(1);
    expect(rf[0]).toMatchObject({ ruleId: 'replication-factor', file: 'kafka/topics.yaml', line: 3 });
    const same = await run(dir, '--baseline', '.topiclint-baseline.json', '--concurrency', 'off', '--no-base');
    expect(same.code).toBe(0);
    expect(same.stdout).toContain(`${baseline.findings.length} suppressed`);
    // A line moves and a new bad topic appears; the old one is fixed.
    writeFileSync(path.join(dir, 'kafka/topics.yaml'), '# moved\ntopics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n  - topic: orders.new.v1\n    replicationFactor: 1\n');
    const next = await run(dir, '--baseline', '.topiclint-baseline.json', '--format', 'json', '--concurrency', 'off', '--no-base');
    expect(next.code).toBe(1);
    const out = JSON.parse(next.stdout);
    const newRf = out.findings.filter((f: { ruleId: string; baselineState?: string }) => f.ruleId === 'replication-factor');
    expect(newRf.map((f: { baselineState?: string; line: number }) => `${f.line} ${f.baselineState}`)).toEqual(['6 new']);
    expect(out.findings.every((f: { baselineState?: string }) => f.baselineState === 'new')).toBe(true);
    const stylish = await run(dir, '--baseline', '.topiclint-baseline.json', '--concurrency', 'off', '--no-base');
    expect(stylish.stdout).toContain('1 baselined fixed');
  });
});
