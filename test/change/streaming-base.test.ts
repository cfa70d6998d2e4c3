/**
 * A `--base` run streams the current catalog and runs the change rules only on what can differ
 * (src/change-subset.ts). It must give exactly the result of the whole-catalog pipeline, which keeps
 * both catalogs whole: the same findings, positions, fingerprints, suppressions and stats. Compared on
 * real git repositories: changes, deletions, renames, moves, duplicates in unchanged files, consumer
 * groups, CODEOWNERS, suppressions, added and deleted files, a changed client file (read by a project
 * adapter, so the whole catalogs are compared), and the corpus's real change pairs.
 */
import { existsSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheWritesSettled, lint, lintAsWholeCatalog } from '../../src/lint.js';
import { EMPTY_CONFIG } from '../../src/model/config.js';
import { inlineSuppressionStep } from '../../src/policy/exceptions.js';
import { builtinRules } from '../../src/rules/index.js';
import { makeRepo, tempDir } from './helpers.js';

const cleanups: (() => void)[] = [];
afterAll(() => cleanups.forEach((c) => c()));

const lines = (...l: string[]) => `${l.join('\n')}\n`;
const topic = (name: string, extra: string[] = []) => lines(`topic: ${name}`, 'owner: team-a', 'partitions: 12', 'replicationFactor: 3', 'minInsyncReplicas: 2', 'retention: P7D', 'cleanupPolicy: delete', ...extra);

async function bothWays(base: Record<string, string | null>, head: Record<string, string | null>) {
  const { dir, cleanup } = tempDir('topiclint-stream-base-');
  cleanups.push(cleanup);
  makeRepo(dir, base, head);
  // Inline suppressions as the CLI applies them.
  const options = { cwd: dir, root: dir, paths: ['.'], baseRef: 'main', postprocess: [inlineSuppressionStep({ config: EMPTY_CONFIG, rules: builtinRules })] };
  const streamed = await lint(options);
  const whole = await lintAsWholeCatalog(options);
  return { streamed, whole };
}

const BASE: Record<string, string | null> = {
  'kafka/orders.yaml': [topic('orders.created.v1'), topic('orders.paid.v1'), topic('orders.old.v1'), topic('orders.moving.v1')].join('---\n'),
  'kafka/billing.yaml': [topic('billing.invoices.v1'), topic('billing.dup.v1')].join('---\n'),
  'kafka/shared.yaml': [topic('billing.dup.v1'), topic('shared.quiet.v1')].join('---\n'),
  'kafka/groups.yaml': lines('consumerGroup: billing', 'owner: team-b', 'topics: [orders.created.v1]', 'replay: allowed', 'idempotent: true'),
  'kafka/gone.yaml': topic('gone.topic.v1'),
  'kafka/untouched.yaml': [topic('untouched.a.v1'), topic('untouched.b.v1')].join('---\n'),
  '.github/CODEOWNERS': '/kafka/ @acme/platform\n',
};

describe('a streaming --base run gives the whole-catalog result', () => {
  it('changes, deletions, a rename, a move, duplicates in unchanged files, groups, suppressions, added and deleted files', async () => {
    const head: Record<string, string | null> = {
      // partitions down, retention down, a deletion, a rename (same settings, new name), a move out
      'kafka/orders.yaml': [
        topic('orders.created.v1').replace('partitions: 12', 'partitions: 6'),
        topic('orders.paid.v1').replace('retention: P7D', 'retention: P1D'),
        topic('orders.new-name.v1'),
      ].join('---\n'),
      // the duplicate changes here, its twin in shared.yaml does not; a suppressed decrease
      'kafka/billing.yaml': [topic('billing.invoices.v1').replace('partitions: 12', '# topiclint-disable-next-line partition-decrease -- approved\npartitions: 3'), topic('billing.dup.v1').replace('partitions: 12', 'partitions: 1')].join('---\n'),
      'kafka/moved.yaml': topic('orders.moving.v1'),
      'kafka/groups.yaml': lines('consumerGroup: billing', 'owner: team-c', 'topics: [orders.created.v1, orders.old.v1]', 'replay: allowed', 'idempotent: true'),
      'kafka/gone.yaml': null,
      'kafka/added.yaml': topic('added.topic.v1'),
    };
    const { streamed, whole } = await bothWays(BASE, head);
    const fired = new Set(whole.findings.map((f) => f.ruleId));
    for (const id of ['partition-decrease', 'retention-decrease', 'topic-deletion', 'ownership-change']) expect(fired, id).toContain(id);
    expect(whole.findings.some((f) => f.suppression)).toBe(true);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('a topic removed from a changed file but still defined in an unchanged one is no deletion', async () => {
    const { streamed, whole } = await bothWays(BASE, { 'kafka/billing.yaml': topic('billing.invoices.v1') });
    expect(whole.findings.filter((f) => f.ruleId === 'topic-deletion')).toEqual([]);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('when nothing changed, and when only files without topics changed', async () => {
    const same = await bothWays(BASE, {});
    expect(JSON.stringify(same.streamed)).toBe(JSON.stringify(same.whole));
    const notes = await bothWays(BASE, { 'README.md': '# notes\n', 'kafka/untouched.yaml': `# a comment\n${BASE['kafka/untouched.yaml']!}` });
    expect(JSON.stringify(notes.streamed)).toBe(JSON.stringify(notes.whole));
  });

  it('with client code: a changed TypeScript file, and a deleted topic whose name now lives in code', async () => {
    const admin = (partitions: number) =>
      lines(
        "import { Kafka } from 'kafkajs';",
        "const kafka = new Kafka({ clientId: 'svc', brokers: ['b:9093'] });",
        'export async function ensure(): Promise<void> {',
        '  const admin = kafka.admin();',
        `  await admin.createTopics({ topics: [{ topic: 'gone.topic.v1', numPartitions: ${partitions}, replicationFactor: 3 }] });`,
        '}',
      );
    const base = { ...BASE, 'svc/src/admin.ts': admin(3) };
    const head = { 'svc/src/admin.ts': admin(6), 'kafka/gone.yaml': null, 'kafka/orders.yaml': topic('orders.created.v1') };
    const { streamed, whole } = await bothWays(base, head);
    const deletion = whole.findings.find((f) => f.ruleId === 'topic-deletion' && f.message.includes('gone.topic.v1'));
    expect(deletion?.location.file).toBe('svc/src/admin.ts');
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });

  it('when a client settings file changed, and when a Terraform file changed (the whole catalogs are compared then)', async () => {
    const tf = (partitions: number) => lines('resource "kafka_topic" "gone" {', '  name               = "gone.topic.v1"', `  partitions         = ${partitions}`, '  replication_factor = 3', '}');
    const base = { ...BASE, 'app/producer.properties': lines('bootstrap.servers=b:9093', 'acks=all', 'enable.idempotence=true'), 'infra/topics.tf': tf(12) };
    const props = await bothWays(base, { 'app/producer.properties': lines('bootstrap.servers=b:9093', 'acks=1'), 'kafka/orders.yaml': topic('orders.created.v1').replace('partitions: 12', 'partitions: 2') });
    expect(JSON.stringify(props.streamed)).toBe(JSON.stringify(props.whole));
    const head = { 'infra/topics.tf': tf(4), 'kafka/orders.yaml': topic('orders.created.v1').replace('partitions: 12', 'partitions: 2') };
    const { streamed, whole } = await bothWays(base, head);
    expect(whole.findings.some((f) => f.ruleId === 'partition-decrease')).toBe(true);
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });
});

const PAIRS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/diff-pairs');
const pairs = existsSync(PAIRS) ? [...new Set(readdirSync(PAIRS).map((f) => f.replace(/\.(base|head)$/, '')))].sort() : [];
if (!pairs.length) console.warn('streaming-base.test: ../shared/corpus/diff-pairs is absent; the real change pairs are skipped');

describe.skipIf(!pairs.length)('on the real change pairs of ../shared/corpus/diff-pairs', () => {
  it.each(pairs)('%s', async (pair) => {
    // The file under a short name with its own extension, beside an unchanged catalog.
    const name = `infra/${pair.split('__').pop()!}`;
    const read = (side: string) => readFileSync(path.join(PAIRS, `${pair}.${side}`), 'utf8');
    const { streamed, whole } = await bothWays({ ...BASE, [name]: read('base') }, { [name]: read('head') });
    expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  });
});

/** Every file of the work tree modified a minute ago: outside the cache's racy window, so the cache vouches for them by their metadata. */
function age(dir: string): void {
  const then = Date.now() / 1000 - 60;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name === '.git') continue;
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else utimesSync(p, then, then);
    }
  };
  walk(dir);
}

describe('a streaming --base run with --cache gives the whole-catalog result', () => {
  it('after a plain run, when the cache vouches for every file, and after a file changes; a plain run after it keeps no change finding', async () => {
    const { dir, cleanup } = tempDir('topiclint-stream-base-cache-');
    cleanups.push(cleanup);
    const cacheDir = tempDir('topiclint-stream-base-cache-dir-');
    cleanups.push(cacheDir.cleanup);
    const head: Record<string, string | null> = {
      'kafka/orders.yaml': [topic('orders.created.v1').replace('partitions: 12', 'partitions: 6'), topic('orders.paid.v1'), topic('orders.moving.v1')].join('---\n'),
      'kafka/gone.yaml': null,
      'kafka/added.yaml': topic('added.topic.v1'),
    };
    makeRepo(dir, BASE, head);
    age(dir);
    const plain = { cwd: dir, root: dir, paths: ['.'], postprocess: [inlineSuppressionStep({ config: EMPTY_CONFIG, rules: builtinRules })] };
    const withBase = { ...plain, baseRef: 'main' };
    const cached = { cache: true, cacheSalt: 'streaming-base', cacheLocation: cacheDir.dir };
    const same = async () => {
      const streamed = await lint({ ...withBase, ...cached });
      await cacheWritesSettled();
      const whole = await lintAsWholeCatalog(withBase);
      expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
      return whole;
    };
    // A plain run first: its whole result is kept, and a --base run must not take it (it has no change findings).
    await lint({ ...plain, ...cached });
    await cacheWritesSettled();
    const first = await same();
    expect(new Set(first.findings.map((f) => f.ruleId))).toContain('partition-decrease');
    expect(first.findings.some((f) => f.ruleId === 'topic-deletion')).toBe(true);
    // Every file vouched for by the cache now: their git ids come from the index, recorded last time.
    const index = JSON.parse(readFileSync(path.join(cacheDir.dir, 'index-v3.json'), 'utf8')) as { complete: boolean; files: unknown[][] };
    expect(index.complete).toBe(false);
    expect(index.files.filter((e) => typeof e[5] === 'string' && /^[0-9a-f]{40}$/.test(e[5])).length).toBe(index.files.length);
    await same();
    // A change after the cache was written: that file is read, the others are not.
    writeFileSync(path.join(dir, 'kafka/orders.yaml'), [topic('orders.created.v1').replace('partitions: 12', 'partitions: 3'), topic('orders.paid.v1').replace('retention: P7D', 'retention: P1D')].join('---\n'));
    const third = await same();
    expect(new Set(third.findings.map((f) => f.ruleId))).toContain('retention-decrease');
    // A plain run with the same cache: the base run's change findings are not reused.
    const again = await lint({ ...plain, ...cached });
    await cacheWritesSettled();
    expect(JSON.stringify(again)).toBe(JSON.stringify(await lint(plain)));
    expect(again.findings.some((f) => ['partition-decrease', 'retention-decrease', 'topic-deletion'].includes(f.ruleId))).toBe(false);
  });
});
