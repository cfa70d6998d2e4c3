import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { kafkaGitopsAdapter } from '../../src/sources/kafka-gitops/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[kafka-gitops.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the kafkaGitops adapter read the file. */
const { read } = adapterTester(kafkaGitopsAdapter, 'state.yaml');


const STATE = `settings:
  topics:
    defaults:
      replication: 2
topics:
  orders.created.v1:
    partitions: 6
    replication: 3
    configs:
      cleanup.policy: compact
      min.insync.replicas: 2
  orders.audit.v1:
    partitions: 1

services:
  billing:
    type: application
    principal: User:billing
    group-id: billing-orders
    produces:
      - invoices.v1
    consumes:
      - orders.created.v1
  shipping:
    type: application
    consumes:
      - orders.created.v1
      - orders.audit.v1
  publisher:
    type: application
    produces:
      - orders.created.v1
  stream:
    type: kafka-streams
    application-id: order-enricher
    consumes:
      - orders.created.v1
  connect:
    type: kafka-connect
    connectors:
      s3-sink:
        consumes:
          - orders.audit.v1
`;

describe('kafka-gitops adapter: desired-state files', () => {
  it('detects topics maps, services and settings, but not native catalogs or docker-compose files', () => {
    expect(kafkaGitopsAdapter.detect(root(STATE), 'a.yaml')).toBe(true);
    expect(kafkaGitopsAdapter.detect(root('settings:\n  files:\n    topics: topics.yaml\n'), 'a.yaml')).toBe(true);
    expect(kafkaGitopsAdapter.detect(root('topics:\n  - topic: orders.v1\n    partitions: 3\n'), 'a.yaml')).toBe(false);
    expect(kafkaGitopsAdapter.detect(root('services:\n  web:\n    image: nginx\n'), 'a.yaml')).toBe(false);
    expect(kafkaGitopsAdapter.detect(root('topics:\n  a:\n    image: nginx\n'), 'a.yaml')).toBe(false);
  });

  it('reads topics by key with partitions, replication and configs at exact positions', () => {
    const { topics, problems } = read(STATE);
    expect(problems).toEqual([]);
    expect(topics.map((t) => value(t.name))).toEqual(['orders.created.v1', 'orders.audit.v1']);
    const t = topics[0]!;
    expect(span(STATE, t.name.loc)).toBe('6:3-6:20');
    expect(value(t.partitions)).toBe(6);
    expect(span(STATE, t.partitions!.loc)).toBe('7:17-7:18');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(STATE, t.replicationFactor!.loc)).toBe('8:18-8:19');
    expect(value(t.cleanupPolicy)).toEqual(['compact']);
    expect(value(t.minInsyncReplicas)).toBe(2);
  });

  it('applies settings.topics.defaults.replication to a topic without one: located at the topic, origin at the default', () => {
    const t = read(STATE).topics[1]!;
    expect(t.replicationFactor).toMatchObject({ kind: 'known', value: 2, raw: '2' });
    expect(span(STATE, t.replicationFactor!.loc)).toBe('12:3-12:18');
    const origin = (t.replicationFactor as { origin?: { start: number; end: number; file: string } }).origin!;
    expect(span(STATE, origin)).toBe('4:20-4:21');
  });

  it('makes consumer groups from consuming services: group-id, else the service name; streams application-id; connect-<connector>', () => {
    const { consumerGroups } = read(STATE);
    expect(consumerGroups.map((g) => value(g.name))).toEqual(['billing-orders', 'shipping', 'order-enricher', 'connect-s3-sink']);
    const [billing, shipping, , sink] = consumerGroups;
    expect(span(STATE, billing!.name.loc)).toBe('19:15-19:29');
    expect(billing!.topics.map(value)).toEqual(['orders.created.v1']);
    expect(value(billing!.labels['principal'])).toBe('User:billing');
    expect(span(STATE, shipping!.name.loc)).toBe('24:3-24:11');
    expect(shipping!.topics.map(value)).toEqual(['orders.created.v1', 'orders.audit.v1']);
    expect(span(STATE, sink!.name.loc)).toBe('41:7-41:14');
    expect(sink!.topics.map(value)).toEqual(['orders.audit.v1']);
  });

  it('reports an unknown topic key as a schema problem with a suggestion', () => {
    const text = 'topics:\n  a.v1:\n    partition: 3\n    replication: 3\n';
    const { problems } = read(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toContain('did you mean `partitions`?');
    expect(span(text, problems[0]!.loc)).toBe('3:5-3:14');
  });
});

describe.skipIf(!HAS_CORPUS)('kafka-gitops adapter: corpus files (../shared/corpus)', () => {
  it('topics.yaml: my-test-topic with 6 partitions and replication 3', () => {
    const path = 'kafka-gitops/devshawn__kafka-gitops__examples__confluent-cloud__topics.yaml';
    const text = load(path);
    const t = read(text, path).topics[0]!;
    expect(value(t.name)).toBe('my-test-topic');
    expect(span(text, t.name.loc)).toBe('2:3-2:16');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(text, t.replicationFactor!.loc)).toBe('4:18-4:19');
  });

  it('services.yaml: my-test-service consumes my-test-topic, so a consumer group of that name', () => {
    const path = 'kafka-gitops/devshawn__kafka-gitops__examples__confluent-cloud__services.yaml';
    const text = load(path);
    const g = read(text, path).consumerGroups[0]!;
    expect(value(g.name)).toBe('my-test-service');
    expect(span(text, g.name.loc)).toBe('2:3-2:18');
    expect(g.topics.map(value)).toEqual(['my-test-topic']);
    expect(span(text, g.topics[0]!.loc)).toBe('5:9-5:22');
  });

  it('state.yaml (settings only) is recognised and declares nothing', () => {
    const path = 'kafka-gitops/devshawn__kafka-gitops__examples__confluent-cloud__state.yaml';
    const text = load(path);
    expect(kafkaGitopsAdapter.detect(root(text), path)).toBe(true);
    const out = read(text, path);
    expect(out.topics).toEqual([]);
    expect(out.consumerGroups).toEqual([]);
  });
});
