import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Topic } from '../../src/model/model.js';
import { strimziAdapter, createStrimziAdapter } from '../../src/sources/strimzi/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';
import { parseCodeowners } from '../../src/sources/common/ownership.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[strimzi.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);

/** Reads through the real registry (readYamlFile), checking that the strimzi adapter read the file. */
const { read } = adapterTester(strimziAdapter, 'k8s/topics.yaml');

const TWO_TOPICS = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: payment-transactions
  namespace: payments
  labels:
    strimzi.io/cluster: main
    team: payments-team
  annotations:
    topiclint.io/dr-tier: tier-1
    x-contact: payments-oncall
spec:
  topicName: payment.transactions.v1
  partitions: 12
  replicas: 3
  config:
    retention.ms: "604800000"
    min.insync.replicas: "2"
    cleanup.policy: compact,delete
    unclean.leader.election.enable: false
---
apiVersion: kafka.strimzi.io/v1
kind: KafkaTopic
metadata:
  name: audit-events
spec:
  partitions: 1
  replicas: 1
`;

describe('strimzi adapter: KafkaTopic documents', () => {
  it('detects v1beta1, v1beta2 and v1 KafkaTopics and nothing else', () => {
    const detect = (t: string) => strimziAdapter.detect(parseYaml(t).documents[0]!.root!, 'a.yaml');
    expect(detect('apiVersion: kafka.strimzi.io/v1beta1\nkind: KafkaTopic\n')).toBe(true);
    expect(detect('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\n')).toBe(true);
    expect(detect('apiVersion: kafka.strimzi.io/v1\nkind: KafkaTopic\n')).toBe(true);
    expect(detect('apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaUser\n')).toBe(false);
    expect(detect('apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\n')).toBe(false);
    expect(detect('topic: orders.v1\n')).toBe(false);
  });

  it('reads name from spec.topicName, partitions, replicas and config with exact positions', () => {
    const { topics, problems } = read(TWO_TOPICS);
    expect(problems).toEqual([]);
    expect(topics).toHaveLength(2);
    const t = topics[0]!;
    expect(t).toMatchObject({ kind: 'topic', format: 'strimzi', file: 'k8s/topics.yaml', declaredIn: 'catalog' });
    expect(value(t.name)).toBe('payment.transactions.v1');
    expect(span(TWO_TOPICS, t.name.loc)).toBe('13:14-13:37');
    expect(value(t.partitions)).toBe(12);
    expect(span(TWO_TOPICS, t.partitions!.loc)).toBe('14:15-14:17');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(TWO_TOPICS, t.replicationFactor!.loc)).toBe('15:13-15:14');
    expect(span(TWO_TOPICS, t.loc)).toBe('1:1-20:42');
  });

  it('keeps config raw and derives min ISR, retention and cleanup policy from it', () => {
    const t = read(TWO_TOPICS).topics[0]!;
    expect(value(t.config['retention.ms'])).toBe('604800000');
    expect(value(t.config['unclean.leader.election.enable'])).toBe(false);
    expect(t.minInsyncReplicas).toMatchObject({ kind: 'known', value: 2, raw: '"2"' });
    expect(span(TWO_TOPICS, t.minInsyncReplicas!.loc)).toBe('18:26-18:29');
    expect(t.retentionMs).toMatchObject({ kind: 'known', value: 604_800_000, raw: '"604800000"' });
    expect(span(TWO_TOPICS, t.retentionMs!.loc)).toBe('17:19-17:30');
    expect(value(t.cleanupPolicy)).toEqual(['compact', 'delete']);
  });

  it('maps labels and annotations to ownership: team label -> owner, topiclint.io/dr-tier -> drTier, x-contact stays a label', () => {
    const t = read(TWO_TOPICS).topics[0]!;
    expect(value(t.owner)).toBe('payments-team');
    expect(span(TWO_TOPICS, t.owner!.loc)).toBe('8:11-8:24');
    expect(value(t.drTier)).toBe('tier-1');
    expect(span(TWO_TOPICS, t.drTier!.loc)).toBe('10:27-10:33');
    expect(t.contact).toBeUndefined();
    expect(value(t.labels['x-contact'])).toBe('payments-oncall');
    expect(value(t.labels['strimzi.io/cluster'])).toBe('main');
  });

  it('falls back to metadata.name and leaves absent fields absent', () => {
    const t = read(TWO_TOPICS).topics[1]!;
    expect(value(t.name)).toBe('audit-events');
    expect(span(TWO_TOPICS, t.name.loc)).toBe('25:9-25:21');
    expect(t.minInsyncReplicas).toBeUndefined();
    expect(t.retentionMs).toBeUndefined();
    expect(t.owner).toBeUndefined();
    expect(t.config).toEqual({});
  });

  it('reads the KafkaTopics of a List and skips its other items', () => {
    const text = `apiVersion: v1
kind: List
items:
  - apiVersion: kafka.strimzi.io/v1beta2
    kind: KafkaTopic
    metadata:
      name: orders.created.v1
    spec:
      partitions: 6
  - apiVersion: v1
    kind: ConfigMap
    metadata:
      name: not-a-topic
`;
    const { topics } = read(text);
    expect(topics.map((t) => value(t.name))).toEqual(['orders.created.v1']);
    expect(span(text, topics[0]!.name.loc)).toBe('7:13-7:30');
    expect(span(text, topics[0]!.loc)).toBe('4:5-9:20');
  });

  it('makes placeholders unknown and bad numbers invalid, never a guess', () => {
    const text = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: \${TOPIC_NAME}
spec:
  partitions: many
  replicas: "\${REPLICAS}"
`;
    const t = read(text).topics[0]!;
    expect(t.name).toMatchObject({ kind: 'unknown', reason: 'placeholder' });
    expect(t.partitions).toMatchObject({ kind: 'invalid', raw: 'many' });
    expect(span(text, t.partitions!.loc)).toBe('6:15-6:19');
    expect(t.replicationFactor).toMatchObject({ kind: 'unknown' });
  });

  it('reports a KafkaTopic without any name as a schema problem at its metadata', () => {
    const text = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  namespace: x\nspec:\n  partitions: 1\n';
    const { topics, problems } = read(text);
    expect(topics).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.ruleId).toBe('schema');
    expect(span(text, problems[0]!.loc)).toBe('4:3-4:15');
  });

  it('takes the owner from CODEOWNERS when no label names one', () => {
    const codeowners = parseCodeowners('.github/CODEOWNERS', '* @org/platform\n/k8s/ @org/payments\n');
    const adapter = createStrimziAdapter({ codeowners });
    const t = read(TWO_TOPICS, 'k8s/topics.yaml', adapter).topics[1]!;
    expect(t.owner).toMatchObject({ kind: 'known', value: '@org/payments', loc: { file: '.github/CODEOWNERS', start: 22, end: 35 } });
  });
});

describe.skipIf(!HAS_CORPUS)('strimzi adapter: corpus files (../shared/corpus)', () => {
  const load = (name: string) => readFileSync(join(CORPUS, name), 'utf8');

  it('SentinelPay: four v1beta2 topics named by topicName, RF 3, min ISR "2" as strings', () => {
    const path = 'strimzi/pragyabose1011__SentinelPay__k8s__kafka__topics.yaml';
    const text = load(path);
    const { topics, problems } = read(text, path);
    expect(problems).toEqual([]);
    expect(topics.map((t) => value(t.name))).toEqual(['payment.transactions', 'payment.transactions.DLT', 'kyc.events', 'kyc.events.DLT']);
    const t = topics[0]!;
    expect(span(text, t.name.loc)).toBe('17:14-17:34');
    expect(value(t.replicationFactor)).toBe(3);
    expect(t.minInsyncReplicas).toMatchObject({ value: 2, raw: '"2"' });
    expect(span(text, t.minInsyncReplicas!.loc)).toBe('22:26-22:29');
    expect(value(t.retentionMs)).toBe(604_800_000);
    expect(value(t.cleanupPolicy)).toEqual(['delete']);
    expect(topics[1]!.cleanupPolicy).toBeUndefined();
  });

  it('kafka-on-kubernetes: replicas 1 at its exact position; the trailing empty document is ignored', () => {
    const path = 'strimzi/IvanWoo__kafka-on-kubernetes__kafka__topics.yaml';
    const text = load(path);
    const { topics } = read(text, path);
    expect(topics.map((t) => value(t.name))).toEqual(['demo.java', 'wikimedia.recentchange']);
    expect(value(topics[0]!.replicationFactor)).toBe(1);
    expect(span(text, topics[0]!.replicationFactor!.loc)).toBe('10:13-10:14');
  });

  it('diff pair: the head adds retention.ms 1800000 to every topic', () => {
    const base = load('diff-pairs/jaypark81__k8s-detection-pipeline__kafka__topics.yaml.base');
    const head = load('diff-pairs/jaypark81__k8s-detection-pipeline__kafka__topics.yaml.head');
    const b = read(base, 'kafka/topics.yaml').topics;
    const h = read(head, 'kafka/topics.yaml').topics;
    expect(b.map((t) => value(t.name))).toEqual(h.map((t) => value(t.name)));
    expect(b.every((t: Topic) => t.retentionMs === undefined)).toBe(true);
    expect(h.every((t: Topic) => value(t.retentionMs) === 1_800_000)).toBe(true);
    expect(span(head, h[0]!.retentionMs!.loc)).toBe('12:19-12:26');
  });
});
