/** Levels that match the risk (issue #17): governance warns in `recommended`, fails in `strict`. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-levels-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  const code = await runCli({ argv, env: {}, cwd, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
  const findings = (JSON.parse(stdout) as { findings: { ruleId: string; level: string }[] }).findings;
  return { code, levels: Object.fromEntries(findings.map((f) => [f.ruleId, f.level])) };
}

// Durable, but no ownership metadata, a DR tier nobody defined, a label contradicting its field.
const TOPIC = 'topic: orders.order-created.v1\nreplicationFactor: 3\nminInsyncReplicas: 2\nowner: oms\ndrTier: gold\nlabels:\n  x-topic-owner: billing\n';

describe('levels by preset', () => {
  it('recommended (no configuration): governance rules are warnings and the run passes', async () => {
    const r = await run(repo({ 'kafka/topics.yaml': TOPIC }), '--format', 'json', '--no-base');
    expect(r.levels).toEqual({ 'ownership-metadata': 'warning', 'dr-tier': 'warning', 'metadata-consistency': 'warning' });
    expect(r.code).toBe(0);
  });

  it('recommended: warnings still fail with --fail-on warning or --max-warnings', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPIC });
    expect((await run(dir, '--format', 'json', '--no-base', '--fail-on', 'warning')).code).toBe(1);
    expect((await run(dir, '--format', 'json', '--no-base', '--max-warnings', '0')).code).toBe(1);
    expect((await run(dir, '--format', 'json', '--no-base', '--max-warnings', '3')).code).toBe(0);
  });

  it('recommended: a durability finding is still an error', async () => {
    const r = await run(repo({ 'kafka/topics.yaml': TOPIC.replace('replicationFactor: 3', 'replicationFactor: 1') }), '--format', 'json', '--no-base');
    expect(r.levels['replication-factor']).toBe('error');
    expect(r.code).toBe(1);
  });

  it('strict keeps governance at error', async () => {
    const r = await run(repo({ 'kafka/topics.yaml': TOPIC, 'topiclint.config.yaml': 'extends: [strict]\n' }), '--format', 'json', '--no-base');
    expect(r.levels).toEqual({ 'ownership-metadata': 'error', 'dr-tier': 'error', 'metadata-consistency': 'error' });
    expect(r.code).toBe(1);
  });
});
