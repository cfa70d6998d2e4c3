import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { topicctlAdapter, isTopicctlCluster } from '../../src/sources/topicctl/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[topicctl.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the topicctl adapter read the file. */
const { read } = adapterTester(topicctlAdapter, 'topics/orders.yaml');


const TOPIC = `meta:
  name: orders.created.v1
  cluster: prod
  environment: prod
  region: eu-west-1
  description: Orders as they are created.
  labels:
    x-topic-owner: orders-team
    contact: orders-oncall
  consumers:
    - billing-orders
    - audit-indexer

spec:
  partitions: 12
  replicationFactor: 3
  retentionMinutes: 1440
  placement:
    strategy: in-rack
  settings:
    cleanup.policy: delete
    min.insync.replicas: 2
    max.message.bytes: 5542880
`;

describe('topicctl adapter: topic configs', () => {
  it('detects topic configs and cluster configs, not Kubernetes resources', () => {
    expect(topicctlAdapter.detect(root(TOPIC), 'a.yaml')).toBe(true);
    const cluster = 'meta:\n  name: local\n  environment: dev\nspec:\n  bootstrapAddrs:\n    - localhost:9092\n';
    expect(topicctlAdapter.detect(root(cluster), 'a.yaml')).toBe(true);
    expect(isTopicctlCluster(root(cluster))).toBe(true);
    expect(topicctlAdapter.detect(root('apiVersion: v1\nkind: X\nmeta:\n  name: a\nspec:\n  partitions: 1\n'), 'a.yaml')).toBe(false);
    expect(topicctlAdapter.detect(root('meta:\n  name: a\nspec:\n  image: nginx\n'), 'a.yaml')).toBe(false);
  });

  it('reads name, partitions, replication factor and settings with exact positions', () => {
    const { topics } = read(TOPIC);
    const t = topics[0]!;
    expect(t.format).toBe('topicctl');
    expect(value(t.name)).toBe('orders.created.v1');
    expect(span(TOPIC, t.name.loc)).toBe('2:9-2:26');
    expect(value(t.partitions)).toBe(12);
    expect(span(TOPIC, t.partitions!.loc)).toBe('15:15-15:17');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(TOPIC, t.replicationFactor!.loc)).toBe('16:22-16:23');
    expect(value(t.minInsyncReplicas)).toBe(2);
    expect(span(TOPIC, t.minInsyncReplicas!.loc)).toBe('22:26-22:27');
    expect(value(t.cleanupPolicy)).toEqual(['delete']);
    expect(Object.keys(t.config)).toEqual(['cleanup.policy', 'min.insync.replicas', 'max.message.bytes']);
  });

  it('converts retentionMinutes to milliseconds and quotes the user spelling', () => {
    const t = read(TOPIC).topics[0]!;
    expect(t.retentionMs).toMatchObject({ kind: 'known', value: 1440 * 60_000, raw: 'retentionMinutes: 1440' });
    expect(span(TOPIC, t.retentionMs!.loc)).toBe('17:21-17:25');
    const bad = read(TOPIC.replace('retentionMinutes: 1440', 'retentionMinutes: -5')).topics[0]!;
    expect(bad.retentionMs).toMatchObject({ kind: 'invalid', raw: 'retentionMinutes: -5' });
  });

  it('reads meta.consumers as the topic consumer groups and meta.labels as labels and ownership', () => {
    const t = read(TOPIC).topics[0]!;
    expect(t.consumerGroups.map(value)).toEqual(['billing-orders', 'audit-indexer']);
    expect(span(TOPIC, t.consumerGroups[1]!.loc)).toBe('12:7-12:20');
    expect(value(t.labels['x-topic-owner'])).toBe('orders-team');
    expect(t.owner).toBeUndefined(); // the x-label is where rules look for it
    expect(value(t.contact)).toBe('orders-oncall');
    expect(span(TOPIC, t.contact!.loc)).toBe('9:14-9:27');
  });

  it('recognises a cluster config and reads nothing from it', () => {
    const cluster = 'meta:\n  name: local\nspec:\n  bootstrapAddrs:\n    - localhost:9092\n';
    const doc = parseYaml(cluster);
    expect(topicctlAdapter.read(doc.documents[0]!, 'cluster.yaml', doc)).toEqual({});
  });
});

describe.skipIf(!HAS_CORPUS)('topicctl adapter: corpus files (../shared/corpus)', () => {
  it('local-cluster topic-default: RF 2, retentionMinutes 100, settings raw', () => {
    const path = 'topicctl/segmentio__topicctl__examples__local-cluster__topics__topic-default.yaml';
    const text = load(path);
    const t = read(text, path).topics[0]!;
    expect(value(t.name)).toBe('topic-default');
    expect(span(text, t.name.loc)).toBe('2:9-2:22');
    expect(value(t.replicationFactor)).toBe(2);
    expect(span(text, t.replicationFactor!.loc)).toBe('11:22-11:23');
    expect(t.retentionMs).toMatchObject({ value: 6_000_000, raw: 'retentionMinutes: 100' });
    expect(value(t.config['max.message.bytes'])).toBe(5542880);
  });

  it('msk topic-default: RF 3; topic-static: static placement is read without error', () => {
    const msk = 'topicctl/segmentio__topicctl__examples__msk__topics__topic-default.yaml';
    expect(value(read(load(msk), msk).topics[0]!.replicationFactor)).toBe(3);
    const st = 'topicctl/segmentio__topicctl__examples__local-cluster__topics__topic-static.yaml';
    const t = read(load(st), st).topics[0]!;
    expect(value(t.partitions)).toBe(10);
    expect(t.retentionMs).toMatchObject({ value: 290 * 60_000, raw: 'retentionMinutes: 290' });
  });

  it('the cluster config is recognised and declares no topics', () => {
    const path = 'topicctl/segmentio__topicctl__examples__local-cluster__cluster.yaml';
    const text = load(path);
    expect(topicctlAdapter.detect(root(text), path)).toBe(true);
    expect(read(text, path).topics).toEqual([]);
  });
});
