import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../../src/model/config.js';
import type { Finding } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { baselineStep, createBaseline, inlineSuppressionStep, parseBaseline, scanSuppressions, waiverStep, type Waiver } from '../../src/policy/exceptions.js';
import { builtinRules } from '../../src/rules/index.js';
import replicationFactor from '../../src/rules/replication-factor.js';
import { loadConfigFromText } from '../../src/config/index.js';

const at = (f: Finding) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}-${f.location.region.endLine}:${f.location.region.endColumn} ${f.ruleId}${f.suppression ? ` [${f.suppression.source}: ${f.suppression.justification}]` : ''}`;

async function run(files: Record<string, string>, config: ResolvedConfig = { rules: {}, overrides: [] }, extra: { waivers?: Waiver[]; today?: string; wholeRepository?: boolean } = {}) {
  const settings = { config, rules: builtinRules };
  const steps = [inlineSuppressionStep(settings), ...(extra.waivers ? [waiverStep({ ...settings, waivers: extra.waivers, today: extra.today ?? '2026-01-01', ...(extra.wholeRepository ? { wholeRepository: true } : {}) })] : [])];
  const result = await lintFiles(Object.entries(files).map(([path, text]) => ({ path, text })), { rules: [replicationFactor, ...builtinRules.filter((r) => r.meta.kind === 'meta')], config, postprocess: steps });
  return result;
}

describe('inline suppression comments', () => {
  it('scans YAML, .properties, TypeScript and Java comment styles', () => {
    expect(scanSuppressions('a.yaml', 'x: 1 # topiclint-disable-next-line replication-factor, retention -- MM2 replicates\ny: 2\n')).toMatchObject([{ kind: 'next-line', rules: ['replication-factor', 'retention'], reason: 'MM2 replicates', line: 2 }]);
    expect(scanSuppressions('p.properties', '! topiclint-disable-file producer-acks -- legacy\nacks=1\n')).toMatchObject([{ kind: 'file', rules: ['producer-acks'], reason: 'legacy' }]);
    expect(scanSuppressions('A.java', 'class A {\n  // topiclint-disable-next-line producer-acks -- batch job\n  props.put("acks", "1");\n}\n')).toMatchObject([{ rules: ['producer-acks'], line: 3 }]);
    expect(scanSuppressions('a.ts', '/* topiclint-disable-next-line producer-acks -- test double */\nconst p = kafka.producer();\n')).toMatchObject([{ rules: ['producer-acks'], reason: 'test double', line: 2 }]);
    expect(scanSuppressions('a.ts', '/*\n * topiclint-disable-next-line producer-acks\n */\nconst p = 1;\n')).toEqual([]);
    expect(scanSuppressions('a.json', '{"a": "# topiclint-disable-file"}')).toEqual([]);
    expect(scanSuppressions('a.yaml', 'no marker here\n')).toEqual([]);
  });

  it('a next-line comment with a reason suppresses the finding below it (inSource, justification = reason)', async () => {
    const r = await run({ 'kafka/t.yaml': 'topics:\n  - topic: a.b.v1\n    # topiclint-disable-next-line replication-factor -- replicated by MM2, OPS-12\n    replicationFactor: 1\n  - topic: c.d.v1\n    replicationFactor: 1\n' });
    expect(r.findings.map(at)).toEqual(['kafka/t.yaml:4:24-4:25 replication-factor [inline: replicated by MM2, OPS-12]', 'kafka/t.yaml:6:24-6:25 replication-factor']);
    expect(r.findings[0]!.suppression?.kind).toBe('inSource');
    expect(r.stats.suppressed).toBe(1);
  });

  it('a disable-line comment at the end of a line suppresses that line only; an unused one is reported at the comment', async () => {
    expect(scanSuppressions('A.java', '  props.put("acks", "1"); // topiclint-disable-line producer-acks -- batch job\n')).toMatchObject([{ kind: 'line', rules: ['producer-acks'], reason: 'batch job', line: 1 }]);
    const r = await run({ 'kafka/t.yaml': 'topic: a.b.v1\nreplicationFactor: 1 # topiclint-disable-line replication-factor -- sandbox\n---\ntopic: c.d.v1 # topiclint-disable-line replication-factor -- wrong line\nreplicationFactor: 1\n' });
    expect(r.findings.map(at)).toEqual([
      'kafka/t.yaml:2:20-2:21 replication-factor [inline: sandbox]',
      'kafka/t.yaml:4:15-4:72 unused-suppression',
      'kafka/t.yaml:5:20-5:21 replication-factor',
    ]);
    expect(r.findings[1]!.message).toBe('`topiclint-disable-line replication-factor` suppresses nothing: no `replication-factor` finding on line 4. Remove it (or the rule id) so it cannot hide a future finding.');
  });

  it('a suppression without a reason still suppresses but is a suppression-reason finding at the comment', async () => {
    const r = await run({ 't.yaml': '# topiclint-disable-file replication-factor\ntopic: a.b.v1\nreplicationFactor: 1\n' });
    expect(r.findings.map(at)).toEqual(['t.yaml:1:1-1:44 suppression-reason', 't.yaml:3:20-3:21 replication-factor [inline: ]']);
    expect(r.findings[0]!.message).toContain('gives no reason');
  });

  it('a suppression that hides nothing, or names no rule, is unused-suppression (with did-you-mean)', async () => {
    const r = await run({ 't.yaml': 'topic: a.b.v1\n# topiclint-disable-next-line replication-factor -- not needed\nreplicationFactor: 3\n# topiclint-disable-next-line replicaton-factor -- typo\npartitions: 3\n' });
    expect(r.findings.map(at)).toEqual(['t.yaml:2:1-2:63 unused-suppression', 't.yaml:4:1-4:56 unused-suppression']);
    expect(r.findings[1]!.message).toContain('Did you mean `replication-factor`?');
  });

  it('an unsuppressible rule stays visible and the comment itself is reported', async () => {
    const config: ResolvedConfig = { rules: {}, overrides: [], unsuppressible: ['replication-factor'] };
    const r = await run({ 't.yaml': 'topic: a.b.v1\n# topiclint-disable-next-line replication-factor -- please\nreplicationFactor: 1\n' }, config);
    expect(r.findings.map(at)).toEqual(['t.yaml:2:1-2:59 unused-suppression', 't.yaml:3:20-3:21 replication-factor']);
    expect(r.findings[0]!.message).toContain('unsuppressible');
  });

  it('meta rules follow the configured level (off silences them)', async () => {
    const r = await run({ 't.yaml': '# topiclint-disable-file replication-factor\ntopic: a.b.v1\nreplicationFactor: 1\n' }, { rules: { 'suppression-reason': { level: 'off' } }, overrides: [] });
    expect(r.findings.map(at)).toEqual(['t.yaml:3:20-3:21 replication-factor [inline: ]']);
  });
});

describe('waivers', () => {
  const WAIVERS = 'waivers:\n  - rule: replication-factor\n    target: orders.created.v1\n    reason: migrating to the new cluster\n    approvedBy: platform-team\n    expires: 2026-03-01\n  - rule: replication-factor\n    target: "envs/dev/**"\n    reason: dev has one broker\n    approvedBy: platform-team\n    expires: 2026-01-10\n';
  const load = (today: string) => {
    const { loaded, errors } = loadConfigFromText(`waivers: topiclint.waivers.yaml\n`, '/repo/topiclint.config.yaml', { root: '/repo', readFile: (p) => (p === '/repo/topiclint.waivers.yaml' ? WAIVERS : undefined) });
    expect(errors).toEqual([]);
    return { waivers: [...loaded.waivers], today };
  };
  const files = { 'kafka/t.yaml': 'topic: orders.created.v1\nreplicationFactor: 1\n', 'envs/dev/t.yaml': 'topic: dev.thing.v1\nreplicationFactor: 1\n', 'kafka/u.yaml': 'topic: other.v1\nreplicationFactor: 1\n' };

  it('waive by topic name and by file glob (external, justification with the approver), others still fail', async () => {
    const r = await run(files, undefined, load('2026-01-01'));
    const visible = r.findings.filter((f) => !f.suppression).map(at);
    expect(visible).toEqual(['kafka/u.yaml:2:20-2:21 replication-factor', 'topiclint.waivers.yaml:11:14-11:24 expired-waiver']);
    const waived = r.findings.filter((f) => f.suppression?.source === 'waiver');
    expect(waived.map((f) => f.location.file)).toEqual(['envs/dev/t.yaml', 'kafka/t.yaml']);
    expect(waived[1]!.suppression).toEqual({ kind: 'external', source: 'waiver', justification: 'migrating to the new cluster (waiver approved by platform-team, expires 2026-03-01)' });
  });

  it('a waiver expiring within 14 days is an expired-waiver warning at its expires line', async () => {
    const r = await run(files, undefined, load('2026-01-01'));
    const w = r.findings.find((f) => f.ruleId === 'expired-waiver')!;
    expect(w.level).toBe('warning');
    expect(w.message).toContain('expires on 2026-01-10, in 9 days');
  });

  it('an expired waiver stops applying and is an error', async () => {
    const r = await run(files, undefined, load('2026-01-11'));
    expect(r.findings.filter((f) => !f.suppression).map((f) => `${at(f)} ${f.level}`)).toEqual([
      'envs/dev/t.yaml:2:20-2:21 replication-factor error',
      'kafka/u.yaml:2:20-2:21 replication-factor error',
      'topiclint.waivers.yaml:11:14-11:24 expired-waiver error',
    ]);
  });

  it('a waiver that waives nothing is unused-suppression at the waiver, when its target was linted', async () => {
    const fixed = { 'kafka/t.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n', 'envs/dev/t.yaml': 'topic: dev.thing.v1\nreplicationFactor: 3\n' };
    // The whole repository: both waivers are judged; each is reported at its list entry.
    const whole = await run(fixed, undefined, { ...load('2026-01-01'), wholeRepository: true });
    const unused = whole.findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(unused.map(at)).toEqual(['topiclint.waivers.yaml:2:5-2:29 unused-suppression', 'topiclint.waivers.yaml:7:5-7:29 unused-suppression']);
    expect(unused[0]!.message).toBe('The waiver for `replication-factor` on `orders.created.v1` (approved by platform-team) waives nothing: no `replication-factor` finding matches it. The finding was fixed, or its target was renamed or deleted; remove the waiver so that it cannot hide a future finding.');
    expect(unused[0]!.level).toBe('warning');
    // Only some paths linted: a topic-name waiver cannot be judged, a glob over a linted file can.
    const part = await run(fixed, undefined, load('2026-01-01'));
    expect(part.findings.filter((f) => f.ruleId === 'unused-suppression').map(at)).toEqual(['topiclint.waivers.yaml:7:5-7:29 unused-suppression']);
    const elsewhere = await run({ 'kafka/t.yaml': fixed['kafka/t.yaml'] }, undefined, load('2026-01-01'));
    expect(elsewhere.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('a used waiver is not reported, and unused-suppression off silences unused waivers', async () => {
    const r = await run(files, undefined, { ...load('2026-01-01'), wholeRepository: true });
    expect(r.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
    const off = await run({ 'kafka/t.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n' }, { rules: { 'unused-suppression': { level: 'off' } }, overrides: [] }, { ...load('2026-01-01'), wholeRepository: true });
    expect(off.findings.filter((f) => f.ruleId === 'unused-suppression')).toEqual([]);
  });

  it('a waiver of an unsuppressible rule does not apply and is reported', async () => {
    const w = load('2026-01-01');
    const r = await run(files, { rules: {}, overrides: [], unsuppressible: ['replication-factor'] }, w);
    expect(r.findings.filter((f) => f.suppression)).toEqual([]);
    expect(r.findings.filter((f) => f.ruleId === 'unused-suppression').map(at)).toEqual(['topiclint.waivers.yaml:2:5-2:29 unused-suppression', 'topiclint.waivers.yaml:7:5-7:29 unused-suppression']);
  });

  it('waiver mistakes are config errors at their line: unknown rule, bad date, missing approver', () => {
    const bad = 'waivers:\n  - rule: replicaton-factor\n    target: a.b.v1\n    reason: r\n    approvedBy: me\n    expires: 2026-02-30\n  - rule: replication-factor\n    target: a.b.v1\n    reason: r\n    expires: 2026-02-01\n';
    const { errors } = loadConfigFromText('waivers: w.yaml\n', '/repo/topiclint.config.yaml', { root: '/repo', readFile: (p) => (p === '/repo/w.yaml' ? bad : undefined) });
    expect(errors.map((e) => `${e.file}:${e.line}:${e.column} ${e.message}`)).toEqual([
      'w.yaml:7:5 Missing required key `approvedBy` in `waivers.1`.',
      'w.yaml:2:11 The waiver names rule `replicaton-factor`, which does not exist. Did you mean `replication-factor`?',
      'w.yaml:6:14 `expires: 2026-02-30` is not a calendar date; write YYYY-MM-DD.',
    ]);
  });
});

describe('baseline', () => {
  it('round trip: stable sorted JSON; unchanged findings suppressed (external), new ones not, fixed ones absent', async () => {
    const config: ResolvedConfig = { rules: {}, overrides: [] };
    const first = await lintFiles([{ path: 't.yaml', text: 'topics:\n  - topic: b.v1\n    replicationFactor: 1\n  - topic: a.v1\n    replicationFactor: 2\n' }], { rules: [replicationFactor], config });
    const text = createBaseline(first.findings);
    expect(createBaseline([...first.findings].reverse())).toBe(text);
    const parsed = parseBaseline(text);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.entries.map((e) => [e.file, e.line, e.ruleId])).toEqual([['t.yaml', 3, 'replication-factor'], ['t.yaml', 5, 'replication-factor']]);
    const second = await lintFiles([{ path: 't.yaml', text: '# a comment moves every line\ntopics:\n  - topic: b.v1\n    replicationFactor: 1\n  - topic: a.v1\n    replicationFactor: 3\n  - topic: c.v1\n    replicationFactor: 1\n' }], {
      rules: [replicationFactor],
      config,
      postprocess: [baselineStep({ entries: parsed.entries, config, baselineFile: '.topiclint-baseline.json' })],
    });
    expect(second.findings.map((f) => `${f.location.region.startLine} ${f.baselineState} ${f.suppression?.source ?? '-'}`)).toEqual(['4 unchanged baseline', '5 absent baseline', '8 new -']);
    expect(second.stats.baselineFixed).toBe(1);
    expect(second.stats.suppressed).toBe(1);
    expect(parseBaseline('{"x": 1}')).toHaveProperty('error');
  });
});
