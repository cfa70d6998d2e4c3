import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRulesById } from '../../src/rules/index.js';
import { comparePolicies } from '../../src/policy/weakened.js';
import { jsonFindings, makeRepo, tempDir, where } from './helpers.js';

const t = (...lines: string[]) => `${lines.join('\n')}\n`;
const at = (base: string | undefined, head: string | undefined, file = 'topiclint.config.yaml') =>
  comparePolicies(base, head, file, { ref: 'origin/main', rules: builtinRulesById }).map((f) => ({
    at: `${f.location.region.startLine}:${f.location.region.startColumn}-${f.location.region.endLine}:${f.location.region.endColumn}`,
    message: f.message,
    related: f.related.map((r) => `${r.external?.ref}:${r.external?.path}:${r.external?.line}`),
  }));

describe('comparePolicies (policy-weakened)', () => {
  it('reports a rule turned off, at the new level, with the base line', () => {
    const found = at(t('rules:', '  replication-factor: error', '  partition-decrease: error'), t('rules:', '  replication-factor: error', '  partition-decrease: off'));
    expect(found).toEqual([{ at: '3:23-3:26', message: expect.stringContaining('This change turns rule `partition-decrease` off (it was error)'), related: ['origin/main:topiclint.config.yaml:3'] }]);
  });

  it('reports a lowered level and a relaxed option (minimum lowered), but not a stricter one', () => {
    const found = at(
      t('rules:', '  replication-factor: [error, { minimum: 3 }]', '  retention-decrease: warning'),
      t('rules:', '  replication-factor: [warning, { minimum: 2 }]', '  retention-decrease: error'),
    );
    expect(found.map((f) => [f.at, f.message])).toEqual([
      ['2:24-2:31', expect.stringContaining('This change lowers rule `replication-factor` from error to warning, which weakens the policy t')],
      ['2:44-2:45', expect.stringContaining('This change relaxes rule `replication-factor`: option `minimum` was lowered from 3 to 2, whi')],
    ]);
    expect(at(t('rules:', '  replication-factor: [error, { minimum: 3 }]'), t('rules:', '  replication-factor: [error, { minimum: 4 }]'))).toEqual([]);
  });

  it('judges a new setting against the rule default', () => {
    expect(at(t('extends: [recommended]'), t('extends: [recommended]', 'rules:', '  replication-factor: [error, { minimum: 1 }]')).map((f) => f.at)).toEqual(['3:42-3:43']);
    expect(at(undefined, t('rules:', '  topic-deletion: note'))[0]!.message).toContain('lowers rule `topic-deletion` from error to note');
  });

  it('reports a new override that switches a rule off for some files', () => {
    const found = at(t('rules: {}'), t('rules: {}', 'overrides:', '  - files: ["dev/**"]', '    rules: { min-isr-change: off }'));
    expect(found.map((f) => [f.at, f.message])).toEqual([['4:30-4:33', expect.stringContaining('This change turns rule `min-isr-change` off in overrides[0] (it was war')]]);
  });

  it('reports dropped presets, policies, unsuppressible rules, and new excludes', () => {
    const found = at(
      t('extends: [recommended, strict]', 'policies: [policies/acme.yaml]', 'unsuppressible: [topic-deletion]'),
      t('extends: [recommended]', 'exclude: ["kafka/legacy/**"]', 'unsuppressible: []'),
    );
    expect(found.map((f) => [f.at, f.message])).toEqual([
      ['1:1-1:8', expect.stringContaining('removes `strict` from `extends` (its rules no longer apply)')],
      ['1:1-1:1', expect.stringContaining('removes `policies/acme.yaml` from `policies` (its custom r')],
      ['3:1-3:15', expect.stringContaining('removes `topic-deletion` from `unsuppressible` (it can now')],
      ['2:11-2:28', expect.stringContaining('excludes `kafka/legacy/**` from linting, which weakens the')],
    ]);
  });

  it('reports an added waiver and an extended one in a waivers file', () => {
    const base = t('waivers:', '  - rule: partition-decrease', '    target: a.b.v1', '    reason: migration', '    approvedBy: platform', '    expires: 2025-01-31');
    const head = base.replace('2025-01-31', '2026-01-31') + t('  - rule: topic-deletion', '    target: c.d.v1', '    reason: gone', '    approvedBy: me', '    expires: 2030-01-01');
    const found = at(base, head, 'topiclint.waivers.yaml');
    expect(found.map((f) => [f.at, f.message])).toEqual([
      ['6:14-6:24', expect.stringContaining('extends the waiver of `partition-decrease` for `a.b.v1` from 2025-01-31 to 2026-01-31')],
      ['7:5-7:25', expect.stringContaining('adds a waiver of `topic-deletion` for `c.d.v1` until 2030-01-01, which weakens the poli')],
    ]);
  });

  it('reports a custom rule removed or lowered in a policy file', () => {
    const rule = (level: string) => t('rules:', '  acme/dlq:', `    level: ${level}`, '    description: DLQ', '    match: { kind: consumerGroup }');
    expect(at(rule('error'), rule('note'), 'policies/acme.yaml').map((f) => f.at)).toEqual(['3:12-3:16']);
    expect(at(rule('error'), t('rules:', '  acme/other:', '    description: x', '    match: { kind: topic }'), 'policies/acme.yaml')[0]!.message).toContain('removes custom rule `acme/dlq`');
  });

  it('says nothing when nothing weakens (unchanged, stricter, or unparseable head)', () => {
    expect(at(t('rules:', '  replication-factor: warning'), t('rules:', '  replication-factor: error'))).toEqual([]);
    expect(at(t('rules: {}'), 'rules: [unclosed')).toEqual([]);
  });
});

describe('policy-weakened with --base on a real repository', () => {
  let dir: string;
  let cleanup: () => void;
  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    makeRepo(
      dir,
      { 'topiclint.config.yaml': t('rules:', '  partition-decrease: error'), 'topics.yaml': t('topic: a.b.v1', 'partitions: 6') },
      { 'topiclint.config.yaml': t('rules:', '  partition-decrease: off'), 'topiclint.waivers.yaml': t('waivers:', '  - rule: topic-deletion', '    target: x.y.v1', '    reason: r', '    approvedBy: me', '    expires: 2030-01-01') },
    );
  });
  afterAll(() => cleanup());

  it('turns each weakening into an error at the changed line', async () => {
    const { code, findings } = await jsonFindings(dir, ['--base', 'main']);
    expect(code).toBe(1);
    expect(findings.filter((f) => f.ruleId === 'policy-weakened').map(where)).toEqual(['policy-weakened topiclint.config.yaml:2:23-2:26', 'policy-weakened topiclint.waivers.yaml:2:5-2:25']);
    expect(findings.find((f) => f.file === 'topiclint.config.yaml')!.related).toEqual([{ message: 'setting at main', ref: 'main', file: 'topiclint.config.yaml', line: 2 }]);
  });

  it('is silent without --base', async () => {
    const { findings } = await jsonFindings(dir, []);
    expect(findings.filter((f) => f.ruleId === 'policy-weakened')).toEqual([]);
  });
});
