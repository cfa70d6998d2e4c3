import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Log, Location, Result } from 'sarif';
import { describe, expect, it } from 'vitest';
import { encodeUriPath, FINGERPRINT_KEY, GITHUB_MAX_RESULTS, pascalCase, sarif, sarifLog } from '../../src/formatters/sarif.js';
import type { FormatterOptions } from '../../src/formatters/types.js';
import type { LintResult } from '../../src/model/finding.js';
import { requireSarifValidator, sarifSchemaAbsent, sarifValidatorOrFail, underCi } from '../helpers/sarif-schema.js';
import { finding, meta, result } from './helpers.js';

function parse(r: LintResult, options: FormatterOptions = {}): Log {
  return JSON.parse(sarif(r, options)) as Log;
}
function results(log: Log): Result[] {
  return log.runs[0]!.results ?? [];
}

const odd = ['kafka/my topics.yaml', 'kafka/#1 orders.yaml', 'kafka/100%.yaml', 'kafka/zahlungsströme.yaml', 'kafka/トピック.yaml'];

/** One result of every shape the formatter writes. */
function rich(): LintResult {
  return result([
    finding({ line: 3 }),
    finding({
      ruleId: 'duplicate-topic',
      line: 9,
      message: 'Topic "orders.created.v1" is already defined in kafka/a.yaml.',
      related: [{ message: 'first definition', location: { file: 'kafka/a b.yaml', region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 26 } } }],
    }),
    finding({
      ruleId: 'replication-factor',
      line: 12,
      message: 'Replication factor decreased from 3 to 1.',
      related: [{ message: 'replication factor at origin/main', external: { ref: 'origin/main', path: 'kafka/orders.yaml', line: 12, column: 22 } }],
      baselineState: 'new',
    }),
    finding({ line: 20, suppression: { kind: 'inSource', justification: 'legacy topic, migration in JIRA-12', source: 'inline' } }),
    finding({ line: 21, suppression: { kind: 'external', justification: 'waived by platform team', source: 'waiver' }, baselineState: 'unchanged' }),
    ...odd.map((file, i) => finding({ file, line: 30 + i, ruleId: 'topic-naming', level: 'warning', message: `Topic name "x${i}" does not match.` })),
  ]);
}

describe('SARIF output validates against the official SARIF 2.1.0 schema (fails under CI, skips elsewhere, when ../shared is absent)', () => {
  const cases: [string, LintResult, FormatterOptions][] = [
    ['a result with findings, related and base-ref locations, baseline states and odd file names', rich(), {}],
    ['the same with suppressed findings included and a root URI', rich(), { includeSuppressed: true, rootUri: 'file:///home/runner/work/my%20repo' }],
    ['a result without findings', result([]), {}],
    ['a finding whose rule is not in the rule list', result([finding({ ruleId: 'acme/tier1-needs-dlq' })]), {}],
  ];
  it('a run cut to GitHub\'s result limit, with its notification', (ctx) => {
    const validate = requireSarifValidator(ctx);
    const ok = validate(sarifLog(rich(), { maxResults: 2 }));
    expect(ok ? [] : validate.errors).toEqual([]);
  });
  for (const [name, r, options] of cases) {
    it(name, (ctx) => {
      const validate = requireSarifValidator(ctx);
      const ok = validate(JSON.parse(sarif(r, options)));
      expect(ok ? [] : validate.errors).toEqual([]);
    });
  }
  it('the validator itself rejects an unencoded space in a URI (so the check has teeth)', (ctx) => {
    const validate = requireSarifValidator(ctx);
    const log = parse(result([finding({ file: 'kafka/a.yaml' })]));
    results(log)[0]!.locations![0]!.physicalLocation!.artifactLocation!.uri = 'kafka/a b.yaml';
    expect(validate(log)).toBe(false);
  });
  it('the validator rejects a deliberately broken log (control: a wrong version, a level SARIF does not know, a result without a message)', (ctx) => {
    const validate = requireSarifValidator(ctx);
    const good = parse(rich());
    expect(validate(structuredClone(good))).toBe(true);
    const breakers: [string, (log: Log) => void][] = [
      ['version', (log) => { (log as { version: string }).version = '2.0.0'; }],
      ['level', (log) => { (results(log)[0] as { level: string }).level = 'fatal'; }],
      ['message', (log) => { delete (results(log)[0] as { message?: unknown }).message; }],
      ['region', (log) => { results(log)[0]!.locations![0]!.physicalLocation!.region!.startLine = 0; }],
    ];
    for (const [what, breakIt] of breakers) {
      const log = structuredClone(good);
      breakIt(log);
      expect(validate(log), `a log with a broken ${what} must not validate`).toBe(false);
    }
  });
  it('without the schema, the gate fails under CI and skips elsewhere, naming the missing file (never a silent pass)', () => {
    const schemaPath = path.join(tmpdir(), 'topiclint-no-such-dir', 'sarif-schema-2.1.0.json');
    const notes: string[] = [];
    const ctx = { skip: (note?: string) => { notes.push(note ?? ''); throw new Error('skipped'); } };
    expect(() => requireSarifValidator(ctx, { schemaPath, env: { CI: 'true' } })).toThrow(/cannot run under CI: the SARIF 2\.1\.0 schema is absent/);
    expect(notes).toEqual([]);
    expect(() => requireSarifValidator(ctx, { schemaPath, env: {} })).toThrow('skipped');
    expect(notes).toEqual([`skipped: ${sarifSchemaAbsent(schemaPath)}`]);
    expect(() => sarifValidatorOrFail('suite', { schemaPath, env: { CI: '1' } })).toThrow(/suite: SARIF schema validation cannot run under CI/);
    expect(underCi({ CI: 'false' })).toBe(false);
    expect(underCi({ CI: '' })).toBe(false);
  });
});

describe('SARIF URIs', () => {
  it('percent-encodes spaces, #, %, colons and non-ASCII letters, keeping / as the separator', () => {
    expect(encodeUriPath('kafka/my topics.yaml')).toBe('kafka/my%20topics.yaml');
    expect(encodeUriPath('kafka/#1 orders.yaml')).toBe('kafka/%231%20orders.yaml');
    expect(encodeUriPath('kafka/100%.yaml')).toBe('kafka/100%25.yaml');
    expect(encodeUriPath('kafka/zahlungsströme.yaml')).toBe('kafka/zahlungsstr%C3%B6me.yaml');
    expect(encodeUriPath('kafka/トピック.yaml')).toBe('kafka/%E3%83%88%E3%83%94%E3%83%83%E3%82%AF.yaml');
    expect(encodeUriPath('a:b/c?d.yaml')).toBe('a%3Ab/c%3Fd.yaml');
    expect(encodeUriPath('kafka/a-b_c.d~e.yaml')).toBe('kafka/a-b_c.d~e.yaml');
  });
  it('makes paths relative: no leading / or ./; a backslash is part of the name (%5C)', () => {
    expect(encodeUriPath('./kafka/a.yaml')).toBe('kafka/a.yaml');
    expect(encodeUriPath('/kafka/a.yaml')).toBe('kafka/a.yaml');
    expect(encodeUriPath('kafka\\a.yaml')).toBe('kafka%5Ca.yaml');
  });
  it('writes the encoded URIs under %SRCROOT% in results', () => {
    const uris = results(parse(rich())).map((r) => r.locations![0]!.physicalLocation!.artifactLocation!);
    expect(uris.filter((u) => u.uri!.startsWith('kafka/') && u.uri !== 'kafka/orders.yaml').map((u) => u.uri)).toEqual([
      'kafka/my%20topics.yaml',
      'kafka/%231%20orders.yaml',
      'kafka/100%25.yaml',
      'kafka/zahlungsstr%C3%B6me.yaml',
      'kafka/%E3%83%88%E3%83%94%E3%83%83%E3%82%AF.yaml',
    ]);
    expect(new Set(uris.map((u) => u.uriBaseId))).toEqual(new Set(['%SRCROOT%']));
    // Decoding gives the path back.
    expect(decodeURIComponent('kafka/%E3%83%88%E3%83%94%E3%83%83%E3%82%AF.yaml')).toBe('kafka/トピック.yaml');
  });
  it('declares %SRCROOT% in originalUriBaseIds only when a root URI is given, ending in /', () => {
    expect(parse(rich()).runs[0]!.originalUriBaseIds).toBeUndefined();
    expect(parse(rich(), { rootUri: 'file:///work/repo' }).runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///work/repo/' } });
  });
});

describe('SARIF for GitHub code scanning', () => {
  const log = parse(rich(), { includeSuppressed: true });
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules!;
  const allLocations = (r: Result): Location[] => [...(r.locations ?? []), ...(r.relatedLocations ?? [])];

  it('lists every rule of the run, fired or not, in the order given', () => {
    expect(rules.map((r) => r.id)).toEqual(['replication-factor', 'duplicate-topic', 'topic-naming']);
    const quiet = parse(result([])).runs[0]!;
    expect(quiet.tool.driver.rules!.map((r) => r.id)).toEqual(['replication-factor', 'duplicate-topic', 'topic-naming']);
    expect(quiet.results).toEqual([]);
  });
  it('gives each rule the metadata GitHub displays', () => {
    const rf = rules[0]!;
    expect(rf).toMatchObject({
      id: 'replication-factor',
      name: 'ReplicationFactor',
      shortDescription: { text: 'Description of replication-factor.' },
      fullDescription: { text: 'Rationale of replication-factor.' },
      defaultConfiguration: { level: 'error' },
      helpUri: 'https://github.com/topiclint/topiclint/blob/main/docs/rules/replication-factor.md',
      properties: { tags: ['durability'], precision: 'very-high', 'problem.severity': 'error' },
    });
    expect(rf.help!.text).toContain('Description of replication-factor.');
    expect(rf.help!.text).toContain('Rationale of replication-factor.');
    expect(rf.help!.text).toContain(rf.helpUri);
    expect(rf.help!.markdown).toContain(`(${rf.helpUri!})`);
    expect(rules[2]!.properties!['problem.severity']).toBe('warning');
    for (const r of rules) {
      expect(r.shortDescription!.text.length).toBeGreaterThan(0);
      expect(r.fullDescription!.text.length).toBeLessThanOrEqual(1024);
    }
  });
  it('sets security-severity only for rules tagged security', () => {
    const r = parse(result([], [meta('plaintext-secret', 'error', ['client', 'security']), meta('replication-factor')])).runs[0]!.tool.driver.rules!;
    expect(r[0]!.properties!['security-severity']).toBe('8.0');
    expect(r[1]!.properties).not.toHaveProperty('security-severity');
  });
  it('points every result at its rule with ruleIndex', () => {
    for (const res of run.results!) expect(rules[res.ruleIndex!]!.id).toBe(res.ruleId);
  });
  it('adds a rule for a result whose rule is missing from the list, so ruleIndex still resolves', () => {
    const r = parse(result([finding({ ruleId: 'acme/tier1-needs-dlq' })])).runs[0]!;
    const res = r.results![0]!;
    expect(r.tool.driver.rules![res.ruleIndex!]!.id).toBe('acme/tier1-needs-dlq');
    expect(r.tool.driver.rules![res.ruleIndex!]!.name).toBe('AcmeTier1NeedsDlq');
  });
  it('writes our fingerprint and never primaryLocationLineHash', () => {
    for (const res of run.results!) {
      expect(Object.keys(res.partialFingerprints!)).toEqual([FINGERPRINT_KEY]);
      expect(res.partialFingerprints![FINGERPRINT_KEY]).toMatch(/^fp-/);
    }
    expect(sarif(rich(), { includeSuppressed: true })).not.toContain('primaryLocationLineHash');
  });
  it('uses relative URIs (no scheme, no leading / or ./) and a full region for every location, related ones included', () => {
    for (const res of run.results!) {
      expect(res.locations).toHaveLength(1);
      for (const loc of allLocations(res)) {
        const uri = loc.physicalLocation?.artifactLocation?.uri;
        expect(uri).toBeTypeOf('string');
        expect(uri).not.toMatch(/^(\/|\.\/|[a-z][a-z0-9+.-]*:)/i);
        expect(Object.keys(loc.physicalLocation!.region!)).toEqual(['startLine', 'startColumn', 'endLine', 'endColumn']);
      }
    }
  });
  it('declares UTF-16 columns', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
  });
  it('writes related locations with ids and messages, linked from the result message', () => {
    const dup = run.results!.find((r) => r.ruleId === 'duplicate-topic')!;
    expect(dup.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: { uri: 'kafka/a%20b.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 26 } },
        message: { text: 'first definition' },
      },
    ]);
    expect(dup.message.text).toBe('Topic "orders.created.v1" is already defined in kafka/a.yaml. Related: [first definition](1).');
  });
  it('names a base-ref location in the message as ref:path:line, not as a location GitHub would open at the head', () => {
    const dec = run.results!.find((r) => r.message.text!.startsWith('Replication factor decreased'))!;
    expect(dec.relatedLocations).toBeUndefined();
    expect(dec.message.text).toBe('Replication factor decreased from 3 to 1. (replication factor at origin/main: origin/main:kafka/orders.yaml:12)');
    expect(dec.properties!['baseLocations']).toEqual([{ message: 'replication factor at origin/main', ref: 'origin/main', path: 'kafka/orders.yaml', line: 12, column: 22 }]);
  });
  it('does not repeat a base-ref location the message already names', () => {
    const r = parse(
      result([finding({ message: 'Was 3 at origin/main:kafka/o.yaml:4.', related: [{ message: 'at base', external: { ref: 'origin/main', path: 'kafka/o.yaml', line: 4 } }] })]),
    );
    expect(results(r)[0]!.message.text).toBe('Was 3 at origin/main:kafka/o.yaml:4.');
  });
  it('escapes literal square brackets in messages (SARIF embedded-link syntax)', () => {
    const r = parse(result([finding({ message: 'cleanupPolicy [compact](1) is odd' })]));
    expect(results(r)[0]!.message.text).toBe('cleanupPolicy \\[compact\\](1) is odd');
  });
  it('writes baselineState when the finding has one', () => {
    const states = run.results!.map((r) => r.baselineState ?? null);
    expect(states.filter((s) => s !== null)).toEqual(['new', 'unchanged']);
  });
});

describe('SARIF within GitHub\'s upload limits', () => {
  it('keeps at most 25,000 results, the most severe, in result order, and says how many were left out', () => {
    expect(GITHUB_MAX_RESULTS).toBe(25_000);
    const r = result([
      finding({ line: 1, level: 'note', ruleId: 'topic-naming' }),
      finding({ line: 2 }),
      finding({ line: 3, level: 'warning', ruleId: 'topic-naming' }),
      finding({ line: 4 }),
      finding({ line: 5, level: 'warning', ruleId: 'topic-naming' }),
    ]);
    const run = sarifLog(r, { maxResults: 3 }).runs[0]!;
    expect(run.results!.map((x) => `${x.level}:${x.locations![0]!.physicalLocation!.region!.startLine}`)).toEqual(['error:2', 'warning:3', 'error:4']);
    expect(run.invocations![0]!.toolExecutionNotifications![0]!.message.text).toBe(
      '2 findings (the least severe) were left out of this SARIF file: GitHub code scanning rejects a run with more than 3 results. Every finding is in the json format.',
    );
    expect(sarifLog(r).runs[0]!.invocations).toBeUndefined();
  });
  it('keeps at most 20 tags per rule', () => {
    const tags = Array.from({ length: 25 }, (_, i) => `t${i}`);
    expect(sarifLog(result([], [meta('x', 'error', tags)])).runs[0]!.tool.driver.rules![0]!.properties!.tags).toHaveLength(20);
  });
});

describe('SARIF suppressions', () => {
  it('leaves suppressed findings out by default', () => {
    const log = parse(rich());
    expect(results(log)).toHaveLength(rich().findings.length - 2);
    expect(results(log).some((r) => r.suppressions)).toBe(false);
  });
  it('writes them with kind and justification when suppressed findings are included', () => {
    const sup = results(parse(rich(), { includeSuppressed: true })).filter((r) => r.suppressions);
    expect(sup.map((r) => r.suppressions)).toEqual([
      [{ kind: 'inSource', status: 'accepted', justification: 'legacy topic, migration in JIRA-12', properties: { source: 'inline' } }],
      [{ kind: 'external', status: 'accepted', justification: 'waived by platform team', properties: { source: 'waiver' } }],
    ]);
  });
});

describe('SARIF determinism', () => {
  it('is byte-identical for the same input, pretty-printed, with a fixed key order', () => {
    const a = sarif(rich(), { includeSuppressed: true });
    expect(sarif(rich(), { includeSuppressed: true })).toBe(a);
    expect(a.endsWith('}\n')).toBe(true);
    expect(a).toContain('\n  "version": "2.1.0"');
    const log = sarifLog(rich());
    expect(Object.keys(log)).toEqual(['$schema', 'version', 'runs']);
    expect(Object.keys(log.runs[0]!)).toEqual(['tool', 'results', 'columnKind']);
    expect(Object.keys(log.runs[0]!.results![0]!)).toEqual(['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'partialFingerprints']);
  });
  it('names rules in PascalCase', () => {
    expect(pascalCase('min-isr-vs-replication')).toBe('MinIsrVsReplication');
    expect(pascalCase('acme/tier1-needs-dlq')).toBe('AcmeTier1NeedsDlq');
  });
});
