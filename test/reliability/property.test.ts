/**
 * Property tests (fast-check): whatever the input, a run never throws, every input file ends up with
 * exactly one FileRecord (linted, not a catalog, parse error or not lintable), every finding's region
 * lies inside its file, every formatter renders the result, and the SARIF validates against the
 * official 2.1.0 schema.
 *
 * Two sources of input: (a) generated catalogs — random topics, consumer groups and Strimzi
 * KafkaTopics with random field values and types, missing fields, numbers as strings, unicode,
 * several documents per file, CRLF, BOM, JSON; (b) real files (../shared/corpus and examples/)
 * mutated: truncated, bytes flipped, lines deleted, scalars replaced by lists or maps, stray YAML
 * punctuation inserted.
 *
 * Bytes go through the same decoding as the lint API (decodeFile, BOM dropped); files it refuses
 * become not-lintable records, as in `lint()`. numRuns stays small so the suite stays fast; a failure
 * prints the seed and the shrunk counterexample (re-run with `fc.assert(..., { seed, path })`).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/util/decode.js';
import type { LintResult } from '../../src/model/finding.js';
import type { FileRecord } from '../../src/model/model.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { formatters, summary } from '../../src/formatters/index.js';
import { sarifLog } from '../../src/formatters/sarif.js';
import { builtinRules } from '../../src/rules/index.js';
import type { InputFile } from '../../src/sources/types.js';
import { sarifValidatorOrFail, type Validator } from '../helpers/sarif-schema.js';

/** More runs when hunting (`TOPICLINT_FC_RUNS=2000 npx vitest run test/reliability/property.test.ts`). */
const RUNS = Number(process.env['TOPICLINT_FC_RUNS']) || 0;

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const CORPUS = path.resolve(repo, '../shared/corpus');
const EXAMPLES = path.join(repo, 'examples');

let validate: Validator | undefined;
beforeAll(() => {
  validate = sarifValidatorOrFail('property tests');
});

// ---------------------------------------------------------------------------------------------
// Running and checking

/** What `readInputs` does with bytes: decode (refusing binary and non-UTF-8), drop a BOM. */
function decodeAll(raw: readonly { path: string; bytes: Uint8Array }[]): { files: InputFile[]; records: FileRecord[] } {
  const files: InputFile[] = [];
  const records: FileRecord[] = [];
  for (const r of raw) {
    const d = decodeFile(r.bytes);
    if (!d.ok) records.push({ path: r.path, status: 'not-lintable', formats: [], reason: d.reason });
    else files.push({ path: r.path, text: d.text.charCodeAt(0) === 0xfeff ? d.text.slice(1) : d.text });
  }
  return { files, records };
}

async function lintBytes(raw: readonly { path: string; bytes: Uint8Array }[]): Promise<{ result: LintResult; texts: Map<string, string>; refused: FileRecord[] }> {
  const { files, records } = decodeAll(raw);
  const result = await lintFiles(files, { rules: builtinRules, ...(records.length ? { notLintable: records } : {}) });
  const texts = new Map(files.map((f) => [f.path, f.text]));
  for (const r of records) texts.set(r.path, '');
  return { result, texts, refused: records };
}

/** Lines as the line index counts them (LF, CRLF and a lone CR each end a line), in UTF-16 units. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

function checkRegion(where: string, file: string, region: { startLine: number; startColumn: number; endLine: number; endColumn: number }, texts: Map<string, string>): void {
  const text = texts.get(file);
  expect(text, `${where}: finding in ${file}, which is not an input file`).toBeDefined();
  const lens = lineLengths(text!);
  const { startLine, startColumn, endLine, endColumn } = region;
  const label = `${where} ${file}:${startLine}:${startColumn}-${endLine}:${endColumn} (file has ${lens.length} lines)`;
  for (const n of [startLine, startColumn, endLine, endColumn]) expect(Number.isInteger(n), label).toBe(true);
  expect(startLine, label).toBeGreaterThanOrEqual(1);
  expect(endLine, label).toBeLessThanOrEqual(lens.length);
  expect(endLine > startLine || (endLine === startLine && endColumn >= startColumn), `${label}: ends before it starts`).toBe(true);
  expect(startColumn, label).toBeGreaterThanOrEqual(1);
  expect(endColumn, label).toBeGreaterThanOrEqual(1);
  expect(startColumn, `${label}: start column past the end of its line`).toBeLessThanOrEqual(lens[startLine - 1]! + 1);
  expect(endColumn, `${label}: end column past the end of its line`).toBeLessThanOrEqual(lens[endLine - 1]! + 1);
}

function checkRun(inputPaths: readonly string[], result: LintResult, texts: Map<string, string>, refused: readonly FileRecord[] = []): void {
  // Every input file ends up linted or reported: exactly one record each, and no record for anything else.
  const recorded = result.files.map((f) => f.path);
  expect([...recorded].sort()).toEqual([...inputPaths].sort());
  for (const f of result.files) expect(['linted', 'not-catalog', 'parse-error', 'not-lintable']).toContain(f.status);
  // Files the decoder refused are also reported as findings (templates and the like are only listed).
  for (const f of refused) {
    expect(result.files.find((x) => x.path === f.path)?.status).toBe('not-lintable');
    expect(result.findings.some((x) => x.location.file === f.path && x.ruleId === 'parse-error'), `${f.path} refused but not reported`).toBe(true);
  }
  for (const f of result.files.filter((x) => x.status === 'not-lintable')) expect(f.reason, `${f.path}: not lintable without a reason`).toBeTruthy();
  expect(result.stats.filesScanned).toBe(inputPaths.length);
  for (const f of result.findings) {
    expect(f.message.length, `${f.ruleId}: empty message`).toBeGreaterThan(0);
    expect(builtinRules.some((r) => r.meta.id === f.ruleId), `unknown rule id ${f.ruleId}`).toBe(true);
    checkRegion(f.ruleId, f.location.file, f.location.region, texts);
    for (const rel of f.related) if (rel.location) checkRegion(`${f.ruleId} (related)`, rel.location.file, rel.location.region, texts);
  }
  // Every output renders; SARIF validates against the official schema.
  for (const [name, format] of Object.entries(formatters)) expect(typeof format(result, {}), name).toBe('string');
  expect(typeof summary(result)).toBe('string');
  const log = sarifLog(result);
  if (validate) {
    const ok = validate(JSON.parse(JSON.stringify(log)));
    expect(ok, JSON.stringify(validate.errors, null, 1)?.slice(0, 2000)).toBe(true);
  }
}

// ---------------------------------------------------------------------------------------------
// (a) Generated catalogs

const funnyText = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.constantFrom('ünïcødé', '注文.作成.v1', '🚀.rocket.v1', 'a\tb', 'line\nbreak', '  padded  ', '#not-a-comment', '*star', '&amp', "quote'd", 'back\\slash', '\u202eevil', ''),
);

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: -3, max: 200 }) },
  { weight: 3, arbitrary: fc.constantFrom('3', '2', '1', '0', '-1', '24', '1e3', '0x10', 'three', 'P7D', 'P90D', 'PT1H', '7d', 'infinite', '604800000', 'compact', 'delete', 'compact,delete', 'BACKWARD', 'FULL_TRANSITIVE', 'NONE', 'tier-0', 'tier-1', 'tier-9', 'public', 'confidential', 'true', 'false', 'yes', '${TOPIC_RF}', '{{ .Values.rf }}', 'allowed', 'prohibited', 'reset-earliest', '~', 'null') },
  { weight: 2, arbitrary: funnyText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: scalar },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }) },
  { weight: 1, arbitrary: fc.dictionary(fc.constantFrom('a', 'b', 'value', 'x-y'), scalar, { maxKeys: 2 }) },
);

const topicName = fc.oneof(
  fc.constantFrom('orders.order-created.v1', 'orders.order-created.v1', 'payments.payment-settled.v2', 'cpq.quote-priced.v1.dlq', 'Orders_Created', 'x'),
  funnyText,
  scalar,
);
const groupName = fc.oneof(fc.constantFrom('billing', 'audit-indexer', 'oms-order-ingestion'), funnyText);

const topicConfig = fc.dictionary(
  fc.constantFrom('min.insync.replicas', 'retention.ms', 'cleanup.policy', 'unclean.leader.election.enable', 'segment.bytes', 'max.message.bytes', 'weird key'),
  value,
  { maxKeys: 4 },
);

const topicEntry = fc.record(
  {
    topic: topicName,
    owner: value,
    classification: value,
    key: value,
    partitions: value,
    replicationFactor: value,
    minInsyncReplicas: value,
    cleanupPolicy: fc.oneof(value, fc.constant(['compact', 'delete'])),
    retention: value,
    schemaCompatibility: value,
    drTier: value,
    contact: value,
    schemaOwner: value,
    deprecated: value,
    consumerGroups: fc.oneof(fc.array(groupName, { maxLength: 3 }), value),
    config: fc.oneof({ weight: 4, arbitrary: topicConfig }, { weight: 1, arbitrary: value }),
    labels: fc.dictionary(fc.constantFrom('x-topic-owner', 'x-data-classification', 'x-retention-policy', 'x-dr-tier', 'x-contact', 'x-schema-owner', 'other'), value, { maxKeys: 3 }),
    'x-dr-tier': value,
    replicationFactr: value,
  },
  { requiredKeys: [] },
);

const groupEntry = fc.record(
  {
    consumerGroup: fc.oneof(groupName, scalar),
    owner: value,
    topics: fc.oneof(fc.array(topicName, { maxLength: 3 }), value),
    idempotent: value,
    replay: value,
    replayProhibitedReason: value,
    offsetRecovery: value,
    dlq: value,
    freshnessSlo: value,
    config: fc.dictionary(fc.constantFrom('enable.auto.commit', 'auto.offset.reset', 'max.poll.interval.ms', 'session.timeout.ms'), value, { maxKeys: 3 }),
  },
  { requiredKeys: [] },
);

const strimziTopic = fc.record({
  apiVersion: fc.constantFrom('kafka.strimzi.io/v1beta2', 'kafka.strimzi.io/v1'),
  kind: fc.constant('KafkaTopic'),
  metadata: fc.record({ name: fc.oneof(topicName, scalar), labels: fc.constant({ 'strimzi.io/cluster': 'my-cluster' }) }, { requiredKeys: ['name'] }),
  spec: fc.record({ topicName: topicName, partitions: value, replicas: value, config: topicConfig }, { requiredKeys: [] }),
});

const doc: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: topicEntry },
  { weight: 2, arbitrary: fc.record({ topics: fc.array(topicEntry, { maxLength: 4 }) }) },
  { weight: 1, arbitrary: fc.array(topicEntry, { minLength: 1, maxLength: 3 }) },
  { weight: 2, arbitrary: groupEntry },
  { weight: 1, arbitrary: fc.record({ consumerGroups: fc.array(groupEntry, { maxLength: 3 }) }) },
  { weight: 1, arbitrary: strimziTopic },
  { weight: 1, arbitrary: value },
);

const generatedFile = fc.record({
  docs: fc.array(doc, { minLength: 1, maxLength: 3 }),
  json: fc.boolean(),
  crlf: fc.boolean(),
  bom: fc.boolean(),
  flow: fc.boolean(),
  name: fc.constantFrom('topics', 'team a/topics #1', 'café/consumers', 'x%20y', 'deep/er/path'),
});

function render(f: { docs: unknown[]; json: boolean; crlf: boolean; bom: boolean; flow: boolean }): string {
  let text = f.json ? `${JSON.stringify(f.docs[0], null, 2)}\n` : f.docs.map((d: unknown) => stringify(d, { lineWidth: 0, ...(f.flow ? { collectionStyle: 'flow' as const } : {}) })).join('---\n');
  if (f.crlf) text = text.replace(/\n/g, '\r\n');
  if (f.bom) text = `\uFEFF${text}`;
  return text;
}

describe('generated catalogs through the whole pipeline', () => {
  it('never throw, record every file, keep every region inside its file, and give valid SARIF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(generatedFile, { minLength: 1, maxLength: 4 }), async (generated) => {
        const raw = generated.map((g, i) => ({ path: `${g.name}-${i}.${g.json ? 'json' : 'yaml'}`, bytes: Buffer.from(render(g), 'utf8') }));
        const { result, texts, refused } = await lintBytes(raw);
        checkRun(raw.map((r) => r.path), result, texts, refused);
      }),
      { numRuns: RUNS || 120 },
    );
  });

  it('the generators do produce findings, topics and consumer groups (the property above is not vacuous)', async () => {
    const samples = fc.sample(fc.array(generatedFile, { minLength: 2, maxLength: 4 }), { numRuns: 30, seed: 42 });
    let findings = 0;
    let topics = 0;
    let groups = 0;
    const rules = new Set<string>();
    for (const generated of samples) {
      const raw = generated.map((g, i) => ({ path: `${g.name}-${i}.${g.json ? 'json' : 'yaml'}`, bytes: Buffer.from(render(g), 'utf8') }));
      const { result } = await lintBytes(raw);
      findings += result.findings.length;
      topics += result.stats.topics;
      groups += result.stats.consumerGroups;
      result.findings.forEach((f) => rules.add(f.ruleId));
    }
    expect(topics).toBeGreaterThan(30);
    expect(groups).toBeGreaterThan(5);
    expect(findings).toBeGreaterThan(100);
    expect(rules.size).toBeGreaterThan(10);
  });
});

// ---------------------------------------------------------------------------------------------
// (b) Mutated real files

function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = path.join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (!/\.(md|tsv)$/.test(name)) out.push(p);
    }
  };
  if (existsSync(dir)) walk(dir);
  return out;
}

/** Real files as (path the linter sees, bytes): `.base`/`.head` diff-pair suffixes dropped. */
/** `topics.yaml.base` becomes `topics.base.yaml`: read as YAML, and distinct from its `.head` twin. */
function realFiles(dir: string, prefix: string): { path: string; bytes: Buffer }[] {
  return listFiles(dir).map((abs) => ({ path: `${prefix}/${path.relative(dir, abs).split(path.sep).join('/').replace(/(\.[^./]+)\.(base|head)$/, '.$2$1')}`, bytes: readFileSync(abs) }));
}

type Mutation =
  | { op: 'truncate'; at: number }
  | { op: 'flip'; at: number; mask: number }
  | { op: 'delete-line'; at: number }
  | { op: 'wrong-type'; at: number; shape: number }
  | { op: 'insert'; at: number; snippet: string };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('truncate' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('flip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), mask: fc.integer({ min: 1, max: 255 }) }),
  fc.record({ op: fc.constant('delete-line' as const), at: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('wrong-type' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), shape: fc.integer({ min: 0, max: 3 }) }),
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), snippet: fc.constantFrom('&a ', '*a', '\n---\n', '? ', '\t', '{', '[', '"', "'", ': ', '\n  - ', '<<: *x\n', '!!binary ', '%YAML 1.1\n', '\r', '\u0000', '\u00e9', '\ud83d\ude80') }),
);

/** Scalar `key: value` lines: the targets of a wrong-type mutation. */
const SCALAR_LINE = /^(\s*(?:-\s+)?)([^\s:#][^:#]*?):[ \t]+([^\s[{&*|>#][^#]*?)\s*$/;

function mutate(bytes: Buffer, m: Mutation): Buffer {
  if (bytes.length === 0) return bytes;
  const pos = Math.min(bytes.length - 1, Math.floor(m.at * bytes.length));
  switch (m.op) {
    case 'truncate':
      return bytes.subarray(0, pos);
    case 'flip': {
      const out = Buffer.from(bytes);
      out[pos] = out[pos]! ^ m.mask;
      return out;
    }
    case 'insert':
      return Buffer.concat([bytes.subarray(0, pos), Buffer.from(m.snippet, 'utf8'), bytes.subarray(pos)]);
    case 'delete-line': {
      const lines = bytes.toString('latin1').split('\n');
      lines.splice(Math.floor(m.at * lines.length), 1);
      return Buffer.from(lines.join('\n'), 'latin1');
    }
    case 'wrong-type': {
      // Replace one scalar value by a list or a map (flow or block), keeping the key where it was.
      const lines = bytes.toString('utf8').split('\n');
      const candidates = lines.map((l, i) => (SCALAR_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
      if (!candidates.length) return bytes;
      const i = candidates[Math.min(candidates.length - 1, Math.floor(m.at * candidates.length))]!;
      const [, indent, key, v] = SCALAR_LINE.exec(lines[i]!)!;
      const pad = ' '.repeat(indent!.length + 2);
      lines[i] = [`${indent}${key}: [${v}, 2]`, `${indent}${key}: { value: ${v} }`, `${indent}${key}:\n${pad}- ${v}\n${pad}- other`, `${indent}${key}:\n${pad}nested: ${v}`][m.shape]!;
      return Buffer.from(lines.join('\n'), 'utf8');
    }
  }
}

const corpusFiles = realFiles(CORPUS, 'corpus');
const exampleFiles = realFiles(EXAMPLES, 'examples');
if (!corpusFiles.length) console.warn('property tests: ../shared/corpus is absent; mutated real files come from examples/ only');
const realInputs = [...corpusFiles, ...exampleFiles];

describe.skipIf(realInputs.length === 0)('mutated real files (../shared/corpus and examples/)', () => {
  it('the unmutated files pass the same checks', async () => {
    const { result, texts } = await lintBytes(realInputs);
    checkRun(realInputs.map((r) => r.path), result, texts);
    expect(result.stats.filesLinted).toBeGreaterThan(5);
  });

  it('truncated, flipped, cut, retyped: never throw, every file recorded, regions inside, valid SARIF', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: realInputs.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (which, mutations) => {
        const original = realInputs[which]!;
        const bytes = mutations.reduce(mutate, original.bytes);
        // The mutated file beside an untouched sibling, so cross-file rules see more than one file.
        const sibling = realInputs[(which + 1) % realInputs.length]!;
        const raw = sibling.path === original.path ? [{ path: original.path, bytes }] : [{ path: original.path, bytes }, sibling];
        const { result, texts, refused } = await lintBytes(raw);
        checkRun(raw.map((r) => r.path), result, texts, refused);
      }),
      { numRuns: RUNS || 150 },
    );
  });
});
