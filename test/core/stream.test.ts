/**
 * The streaming pipeline (per-file rules file by file, cross-file rules on slim entities) must give
 * exactly the result of the whole-catalog pipeline: same findings, positions, related locations,
 * fingerprints, suppressions, stats and unknown values. Compared on the real corpus, the examples and
 * catalogs that exercise every cross-file rule, with config overrides, CODEOWNERS and suppressions.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lintFiles, type CoreOptions } from '../../src/engine/pipeline.js';
import { canStream, lintStream, slimTopic, type UnitCache, type UnitResult } from '../../src/engine/stream.js';
import type { SavedState } from '../../src/engine/accumulated.js';
import { decodeState, encodeState } from '../../src/cache/state-file.js';
import type { ResolvedConfig } from '../../src/model/config.js';
import { builtinRules } from '../../src/rules/index.js';
import { inlineSuppressionStep } from '../../src/policy/exceptions.js';
import type { InputFile } from '../../src/sources/types.js';
import { compilePolicies } from '../../src/policy/compile.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const corpus = path.resolve(repo, '../shared/corpus');

function readTree(dir: string, prefix: string): InputFile[] {
  const out: InputFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = path.join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push({ path: `${prefix}/${path.relative(dir, abs).split(path.sep).join('/')}`.replace(/(\.[^./]+)\.(base|head)$/, '.$2$1'), text: readFileSync(abs, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

async function both(files: InputFile[], options: Omit<CoreOptions, 'rules'> & { rules?: CoreOptions['rules'] } = {}) {
  const opts = { rules: builtinRules, ...options };
  const streamed = await lintFiles(files, opts);
  const whole = await lintFiles(files, { ...opts, wholeCatalog: true });
  return { streamed, whole };
}

const crossFileCatalog: InputFile[] = [
  {
    path: 'kafka/a.yaml',
    text: [
      'topic: orders.created.v1\nowner: team-a\nclassification: confidential\npartitions: 6\nreplicationFactor: 3\nminInsyncReplicas: 2\nretention: P7D\ndrTier: tier-0\nconsumerGroups: [billing, bilings]\n',
      'consumerGroup: billing\nowner: team-b\ntopics: [orders.created.v1, orders.creatd.v1]\nreplay: allowed\nidempotent: true\n',
      'topic: orders.dup.v1\n# topiclint-disable-next-line replication-factor -- mirrored elsewhere\nreplicationFactor: 1\n',
    ].join('---\n'),
  },
  { path: 'kafka/b.yaml', text: 'topic: orders.created.v1\nowner: team-c\nreplicationFactor: 1\n---\ntopic: orders.dup.v1\nreplicationFactor: 1\n' },
  { path: 'kafka/c.yaml', text: 'topic: orders.dup.v1\nreplicationFactor: 2\n# topiclint-disable-next-line duplicate-topic\n' },
  { path: 'app/producer.properties', text: 'bootstrap.servers=b:9093\nsecurity.protocol=PLAINTEXT\nacks=1\ntransactional.id=tx-1\n' },
  { path: 'app/other.properties', text: 'bootstrap.servers=b:9093\ntransactional.id=tx-1\n' },
  { path: 'app/src/main/resources/application.yaml', text: 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n      enable-auto-commit: true\n    producer:\n      acks: all\n' },
  { path: 'CODEOWNERS', text: '' },
];

describe('streaming and whole-catalog pipelines agree', () => {
  it('on catalogs that fire every cross-file rule, with inline suppressions', async () => {
    const rules = builtinRules;
    const config: ResolvedConfig = { rules: {}, overrides: [] };
    const { streamed, whole } = await both(crossFileCatalog, { config, postprocess: [inlineSuppressionStep({ config, rules })], collectUnknowns: true });
    const fired = new Set(whole.findings.map((f) => f.ruleId));
    for (const id of ['duplicate-topic', 'unknown-topic', 'unknown-consumer-group', 'transactional-id-unique', 'offset-recovery']) expect(fired, id).toContain(id);
    expect(whole.findings.some((f) => f.suppression)).toBe(true);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('with CODEOWNERS owners, file overrides and not-lintable files', async () => {
    const config: ResolvedConfig = { rules: { 'duplicate-topic': { level: 'warning' } }, overrides: [{ files: ['kafka/b.yaml'], rules: { 'replication-factor': { level: 'off' }, 'duplicate-topic': { level: 'note' } } }] };
    const codeowners = { path: '.github/CODEOWNERS', text: '/kafka/ @acme/platform\n' };
    const notLintable = [{ path: 'kafka/huge.yaml', status: 'not-lintable' as const, formats: [], reason: 'too large' }];
    const { streamed, whole } = await both(crossFileCatalog, { config, codeowners, notLintable });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('with topics on clusters (known, path-derived and unknown), packed and kept whole (issue #17)', async () => {
    const tctl = (cluster: string) => `meta:\n  name: orders\n  cluster: ${cluster}\nspec:\n  partitions: 3\n  replicationFactor: 3\n`;
    const nais = 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: orders\n  namespace: team\nspec:\n  pool: "${POOL}"\n';
    const files: InputFile[] = [
      { path: 'a.yaml', text: tctl('prod') },
      { path: 'b.yaml', text: tctl('dev') },
      { path: 'c.yaml', text: tctl('prod') },
      { path: 'd.yaml', text: `${tctl('"${CLUSTER}"')}---\n${tctl('"${CLUSTER}"')}` },
      { path: 'dev-gcp/a.yaml', text: nais },
      { path: 'dev-gcp/b.yaml', text: nais },
      { path: 'nais/x.yaml', text: nais },
    ];
    const { streamed, whole } = await both(files);
    expect(whole.findings.filter((f) => f.ruleId === 'duplicate-topic').map((f) => f.location.file)).toEqual(['c.yaml', 'd.yaml', 'dev-gcp/b.yaml']);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it.skipIf(!safeExists(corpus))('on the real corpus (../shared/corpus)', async () => {
    const files = [...readTree(corpus, 'corpus'), ...readTree(path.join(repo, 'examples'), 'examples')];
    const { streamed, whole } = await both(files, { collectUnknowns: true });
    expect(streamed.findings.length).toBeGreaterThan(20);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('across the topic store\'s chunk boundaries (over 4,096 topics and 16,384 listed groups)', async () => {
    // Duplicates, unknown groups and DR tiers placed on both sides of chunk boundaries.
    const files: InputFile[] = [];
    for (let f = 0; f < 90; f++) {
      const docs: string[] = [];
      for (let t = 0; t < 100; t++) {
        const i = f * 100 + t;
        const name = i % 997 === 0 ? 'shared.dup.v1' : `t${i}.v1`;
        const groups = i % 1500 === 4095 % 1500 ? '[g1, g2, missing-group]' : '[g1, g2]';
        docs.push(`topic: ${name}\nowner: team-${f % 3}\nreplicationFactor: 3\nminInsyncReplicas: 2\ndrTier: ${i % 2 ? 'tier-0' : 'tier-2'}\nconsumerGroups: ${groups}\n`);
      }
      files.push({ path: `kafka/f${String(f).padStart(3, '0')}.yaml`, text: docs.join('---\n') });
    }
    files.push({ path: 'kafka/groups.yaml', text: 'consumerGroup: g1\nowner: team-a\ntopics: [t1.v1]\nreplay: allowed\nidempotent: true\n---\nconsumerGroup: g2\nowner: team-a\ntopics: [t4097.v1, t9999.v1]\nreplay: allowed\nidempotent: true\n' });
    const { streamed, whole } = await both(files);
    expect(streamed.stats.topics).toBe(9000);
    const fired = new Set(whole.findings.map((f) => f.ruleId));
    for (const id of ['duplicate-topic', 'unknown-topic', 'unknown-consumer-group']) expect(fired, id).toContain(id);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('on the examples', async () => {
    const { streamed, whole } = await both(readTree(path.join(repo, 'examples'), 'examples'));
    expect(streamed.findings.length).toBeGreaterThan(5);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });
});

describe('when the streaming pipeline is not used', () => {
  it('a `when:` override of a cross-file rule needs whole entities', () => {
    expect(canStream(builtinRules, { rules: {}, overrides: [{ when: { partitions: { gt: 3 } }, rules: { 'duplicate-topic': { level: 'off' } } }] })).toBe(false);
    expect(canStream(builtinRules, { rules: {}, overrides: [{ when: { partitions: { gt: 3 } }, rules: { 'replication-factor': { level: 'off' } } }] })).toBe(true);
  });

  it('a custom policy that navigates to other entities', () => {
    const text = 'rules:\n  acme/readers-owned:\n    description: Readers have owners\n    match:\n      kind: topic\n      where:\n        consumerGroups: { owner: { exists: false } }\n  acme/small:\n    description: Small topics\n    match:\n      kind: topic\n      where: { partitions: { lt: 3 } }\n';
    const policies = compilePolicies(text, 'policies.yaml');
    expect(policies.problems).toEqual([]);
    expect(policies.rules.map((r) => [r.meta.id, r.meta.crossFile === true])).toEqual([['acme/readers-owned', true], ['acme/small', false]]);
    expect(canStream([...builtinRules, ...policies.rules], undefined)).toBe(false);
    expect(canStream([...builtinRules, policies.rules[1]!], undefined)).toBe(true);
  });
});

describe('slim topics', () => {
  it('keep what the cross-file rules read and drop the rest', () => {
    const loc = { file: 'a.yaml', start: 0, end: 1 };
    const k = <T,>(value: T) => ({ kind: 'known' as const, value, loc });
    const slim = slimTopic({ kind: 'topic', name: k('t'), loc, format: 'catalog', file: 'a.yaml', declaredIn: 'catalog', consumerGroups: [k('g')], config: { 'retention.ms': k('1') }, labels: { team: k('x') }, partitions: k(3), drTier: k('tier-0'), classification: k('internal') });
    expect(Object.keys(slim).sort()).toEqual(['classification', 'config', 'consumerGroups', 'declaredIn', 'drTier', 'file', 'format', 'kind', 'labels', 'loc', 'name']);
    expect(slim.config).toEqual({});
    expect(slim.labels).toEqual({});
  });
});

/**
 * An in-memory unit cache keyed by paths and contents, with the previous run's saved state kept through
 * its file encoding (src/cache/state-file.ts), and counts of where each unit came from.
 */
function memoryCache(withState: boolean) {
  const units = new Map<string, string>();
  const counts = { linted: 0, fromState: 0, fromUnits: 0 };
  let stateBytes: Buffer | undefined;
  let current: SavedState | undefined;
  const keyOf = (files: readonly InputFile[]) => files.map((f) => `${f.path}\n${f.text}`).join('\0');
  const cache: UnitCache = {
    lookup(files) {
      const key = keyOf(files);
      const saved = current?.units.findIndex((u) => u.key === key) ?? -1;
      if (saved >= 0) {
        counts.fromState++;
        return { key, saved };
      }
      const unit = units.get(key);
      if (unit === undefined) return undefined;
      counts.fromUnits++;
      return { key, unit: JSON.parse(unit) as UnitResult };
    },
    store(files, unit) {
      counts.linted++;
      const key = keyOf(files);
      units.set(key, JSON.stringify(unit, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v)));
      return key;
    },
    ...(withState
      ? {
          saved: () => (current = stateBytes && decodeState(stateBytes, 'test')),
          remember: (state: () => SavedState) => {
            stateBytes = Buffer.concat(encodeState(state(), 'test'));
          },
        }
      : {}),
  };
  return { cache, counts, reset: () => Object.assign(counts, { linted: 0, fromState: 0, fromUnits: 0 }) };
}

const byPath = (files: readonly InputFile[]) => [...files].sort((a, b) => (a.path < b.path ? -1 : 1));

describe('unit cache', () => {
  it('a cached unit stands in for its file, and only changed files are linted again', async () => {
    const { cache, counts } = memoryCache(false);
    const texts = new Map(crossFileCatalog.map((f) => [f.path, f.text]));
    // lintStream takes files in path order (lintFiles sorts them; the lint API discovers them sorted).
    const run = (files: InputFile[]) => lintStream(byPath(files), { rules: builtinRules, unitCache: cache, textOf: (p) => texts.get(p) });
    const first = await run(crossFileCatalog);
    const units = counts.linted;
    expect(JSON.stringify(await run(crossFileCatalog))).toBe(JSON.stringify(first));
    expect(counts.linted).toBe(units);
    const changed = crossFileCatalog.map((f) => (f.path === 'kafka/c.yaml' ? { ...f, text: 'topic: orders.other.v1\nreplicationFactor: 3\n' } : f));
    texts.set('kafka/c.yaml', changed.find((f) => f.path === 'kafka/c.yaml')!.text);
    const third = await run(changed);
    expect(counts.linted).toBe(units + 1);
    const whole = await lintFiles(changed, { rules: builtinRules, wholeCatalog: true });
    const brief = (r: typeof whole) => r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.region.startLine} ${f.fingerprint}`);
    expect(brief(third)).toEqual(brief(whole));
    expect(JSON.stringify(third)).toBe(JSON.stringify(whole));
  });

  it('units copied from the saved state give the result of linting everything, through changes, deletions, additions and reverts', async () => {
    const { cache, counts, reset } = memoryCache(true);
    const texts = new Map<string, string>();
    const run = async (files: InputFile[]) => {
      for (const f of files) texts.set(f.path, f.text);
      reset();
      const got = await lintStream(byPath(files), { rules: builtinRules, unitCache: cache, textOf: (p) => texts.get(p) });
      const whole = await lintFiles(files, { rules: builtinRules, wholeCatalog: true });
      expect(JSON.stringify(got)).toBe(JSON.stringify(whole));
      return { ...counts };
    };
    const cachedUnits = (await run(crossFileCatalog)).linted;
    expect(await run(crossFileCatalog)).toEqual({ linted: 0, fromState: cachedUnits, fromUnits: 0 });
    const c2 = crossFileCatalog.map((f) => (f.path === 'kafka/c.yaml' ? { ...f, text: 'topic: orders.other.v1\nreplicationFactor: 3\nconsumerGroups: [billing, ghost]\n' } : f));
    expect(await run(c2)).toEqual({ linted: 1, fromState: cachedUnits - 1, fromUnits: 0 });
    // b.yaml deleted, a new file before every other: the rest still come from the state.
    const c3 = [...c2.filter((f) => f.path !== 'kafka/b.yaml'), { path: 'aaa/first.yaml', text: 'topic: orders.created.v1\nreplicationFactor: 1\n' }];
    expect(await run(c3)).toEqual({ linted: 1, fromState: cachedUnits - 1, fromUnits: 0 });
    // c.yaml back as it was: its unit is no longer in the state, but still among the cached units.
    const c4 = c3.map((f) => (f.path === 'kafka/c.yaml' ? crossFileCatalog.find((o) => o.path === f.path)! : f));
    expect(await run(c4)).toEqual({ linted: 0, fromState: cachedUnits - 1, fromUnits: 1 });
  });

  it('units copied from the saved state across the topic store\'s chunk boundaries, with group counts that change', async () => {
    const file = (f: number, extra: boolean): InputFile => {
      const docs: string[] = [];
      for (let t = 0; t < 100; t++) {
        const i = f * 100 + t;
        const groups = extra && t === 50 ? '[g1, g2, g3, missing-group]' : i % 1500 === 4095 % 1500 ? '[g1, g2, missing-group]' : '[g1, g2]';
        docs.push(`topic: ${i % 997 === 0 ? 'shared.dup.v1' : `t${i}.v1`}\nowner: team-${f % 3}\nreplicationFactor: 3\nminInsyncReplicas: 2\ndrTier: ${i % 2 ? 'tier-0' : 'tier-2'}\nconsumerGroups: ${groups}\n`);
      }
      return { path: `kafka/f${String(f).padStart(3, '0')}.yaml`, text: docs.join('---\n') };
    };
    const groups: InputFile = { path: 'kafka/groups.yaml', text: 'consumerGroup: g1\nowner: team-a\ntopics: [t1.v1]\nreplay: allowed\nidempotent: true\n---\nconsumerGroup: g2\nowner: team-a\ntopics: [t4097.v1, t9999.v1]\nreplay: allowed\nidempotent: true\n' };
    const catalog = (changed: number) => [...Array.from({ length: 90 }, (_, f) => file(f, f === changed)), groups];
    const { cache, counts, reset } = memoryCache(true);
    const texts = new Map<string, string>();
    for (const changed of [-1, 45, 3, 88]) {
      const files = catalog(changed);
      for (const f of files) texts.set(f.path, f.text);
      reset();
      const got = await lintStream(byPath(files), { rules: builtinRules, unitCache: cache, textOf: (p) => texts.get(p) });
      expect(JSON.stringify(got)).toBe(JSON.stringify(await lintFiles(files, { rules: builtinRules, wholeCatalog: true })));
      if (changed >= 0) expect(counts.linted).toBeLessThanOrEqual(2); // the file changed now, and the one changed before
    }
  });
});

function safeExists(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    console.warn(`stream.test: ${p} is absent; the corpus comparison is skipped`);
    return false;
  }
}
