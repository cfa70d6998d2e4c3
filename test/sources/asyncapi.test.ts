import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { asyncApiAdapter } from '../../src/sources/asyncapi/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[asyncapi.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the asyncApi adapter read the file. */
const { read } = adapterTester(asyncApiAdapter, 'asyncapi.yaml');


const V3 = `asyncapi: 3.0.0
info:
  title: Orders
  version: 1.0.0
  x-topic-owner: orders-team
  contact:
    name: Orders team
    email: orders@example.com
channels:
  ordersCreated:
    address: orders.created.v1
    x-dr-tier: tier-1
    bindings:
      kafka:
        partitions: 12
        replicas: 3
        topicConfiguration:
          cleanup.policy: [compact, delete]
          retention.ms: 604800000
          min.insync.replicas: 2
  userEvents:
    address: users.{userId}.events
    bindings:
      kafka:
        partitions: 3
  mqttOnly:
    address: sensors/temperature
    bindings:
      mqtt:
        qos: 1
operations:
  consumeOrders:
    action: receive
    channel:
      $ref: '#/channels/ordersCreated'
    bindings:
      kafka:
        groupId:
          type: string
          enum: [billing-orders]
        clientId:
          type: string
          const: billing-1
  consumeUsers:
    action: receive
    channel:
      $ref: '#/channels/userEvents'
    bindings:
      kafka:
        groupId:
          type: string
          description: any group you like
`;

const V2 = `asyncapi: '2.6.0'
info:
  title: Payments
  version: '1'
servers:
  prod:
    url: broker:9092
    protocol: kafka
channels:
  payments.settled.v1:
    x-data-classification: confidential
    subscribe:
      bindings:
        kafka:
          groupId: ledger-sink
  payments.{region}.raw:
    publish:
      message: {}
`;

describe('asyncapi adapter: AsyncAPI 3.x', () => {
  it('detects AsyncAPI documents with Kafka channels only', () => {
    expect(asyncApiAdapter.detect(root(V3), 'a.yaml')).toBe(true);
    expect(asyncApiAdapter.detect(root(V2), 'a.yaml')).toBe(true);
    const mqtt = 'asyncapi: 3.0.0\nchannels:\n  a:\n    address: x\n    bindings:\n      mqtt: {}\n';
    expect(asyncApiAdapter.detect(root(mqtt), 'a.yaml')).toBe(false);
    expect(asyncApiAdapter.detect(root('openapi: 3.0.0\n'), 'a.yaml')).toBe(false);
  });

  it('reads Kafka channels as topics named by address, with channel binding values at exact positions', () => {
    const { topics } = read(V3);
    expect(topics.map((t) => t.name.kind === 'known' ? t.name.value : t.name.kind)).toEqual(['orders.created.v1', 'unknown']);
    const t = topics[0]!;
    expect(t.format).toBe('asyncapi');
    expect(span(V3, t.name.loc)).toBe('11:14-11:31');
    expect(value(t.partitions)).toBe(12);
    expect(span(V3, t.partitions!.loc)).toBe('15:21-15:23');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(V3, t.replicationFactor!.loc)).toBe('16:19-16:20');
    expect(t.config['cleanup.policy']).toMatchObject({ value: 'compact,delete', raw: '[compact, delete]' });
    expect(value(t.cleanupPolicy)).toEqual(['compact', 'delete']);
    expect(value(t.retentionMs)).toBe(604_800_000);
    expect(value(t.minInsyncReplicas)).toBe(2);
  });

  it('makes a parameterised address unknown, saying which parameters', () => {
    const t = read(V3).topics[1]!;
    expect(t.name).toMatchObject({ kind: 'unknown', raw: 'users.{userId}.events' });
    expect(t.name.kind === 'unknown' && t.name.reason).toContain('{userId}');
    expect(span(V3, t.name.loc)).toBe('22:14-22:35');
  });

  it('takes x-* extensions of info and channel as labels, and info.contact as contact', () => {
    const t = read(V3).topics[0]!;
    expect(value(t.labels['x-topic-owner'])).toBe('orders-team');
    expect(value(t.labels['x-dr-tier'])).toBe('tier-1');
    expect(span(V3, t.labels['x-dr-tier']!.loc)).toBe('12:16-12:22');
    expect(value(t.contact)).toBe('orders@example.com');
    expect(span(V3, t.contact!.loc)).toBe('8:12-8:30');
  });

  it('makes a consumer group from a literal groupId (enum of one), with clientId as client.id; a free groupId makes none', () => {
    const { consumerGroups } = read(V3);
    expect(consumerGroups).toHaveLength(1);
    const g = consumerGroups[0]!;
    expect(value(g.name)).toBe('billing-orders');
    expect(span(V3, g.name.loc)).toBe('40:18-40:32');
    expect(g.topics.map(value)).toEqual(['orders.created.v1']);
    expect(value(g.config['client.id'])).toBe('billing-1');
  });
});

describe('asyncapi adapter: AsyncAPI 2.x', () => {
  it('names topics by channel key when every server is Kafka, and reads groupId strings', () => {
    const { topics, consumerGroups } = read(V2);
    expect(topics.map((t) => t.name.kind)).toEqual(['known', 'unknown']);
    expect(value(topics[0]!.name)).toBe('payments.settled.v1');
    expect(span(V2, topics[0]!.name.loc)).toBe('10:3-10:22');
    expect(value(topics[0]!.labels['x-data-classification'])).toBe('confidential');
    expect(value(consumerGroups[0]!.name)).toBe('ledger-sink');
    expect(span(V2, consumerGroups[0]!.name.loc)).toBe('15:20-15:31');
    expect(consumerGroups[0]!.topics.map(value)).toEqual(['payments.settled.v1']);
  });
});

describe.skipIf(!HAS_CORPUS)('asyncapi adapter: corpus file (../shared/corpus)', () => {
  it('ADEO case study: parameterised and null addresses are unknown; replicas/partitions 3 and cleanup.policy [delete] read', () => {
    const path = 'asyncapi/asyncapi__spec__examples__adeo-kafka-request-reply-asyncapi.yml';
    const text = load(path);
    const { topics, consumerGroups, problems } = read(text, path);
    expect(problems).toEqual([]);
    expect(topics).toHaveLength(2);
    const [req, res] = topics;
    expect(req!.name).toMatchObject({ kind: 'unknown', raw: 'adeo-{env}-case-study-COSTING-REQUEST-{version}' });
    expect(span(text, req!.name.loc)).toBe('44:14-44:61');
    expect(value(req!.replicationFactor)).toBe(3);
    expect(span(text, req!.replicationFactor!.loc)).toBe('61:19-61:20');
    expect(value(req!.partitions)).toBe(3);
    expect(value(req!.cleanupPolicy)).toEqual(['delete']);
    expect(req!.retentionMs).toMatchObject({ value: 60_000_000 });
    expect(span(text, req!.retentionMs!.loc)).toBe('66:25-66:33');
    expect(value(req!.contact)).toBe('case-study@asyncapi.com');
    expect(res!.name).toMatchObject({ kind: 'unknown' });
    expect(span(text, res!.name.loc)).toBe('71:14-71:18');
    // groupId is a schema without a literal value: no consumer group
    expect(consumerGroups).toEqual([]);
  });
});
