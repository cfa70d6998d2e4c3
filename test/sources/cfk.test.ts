import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cfkAdapter } from '../../src/sources/cfk/index.js';
import { strimziAdapter } from '../../src/sources/strimzi/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[cfk.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the cfk adapter read the file. */
const { read } = adapterTester(cfkAdapter, 'k8s/topic.yaml');


describe('cfk adapter: Confluent for Kubernetes KafkaTopic', () => {
  it('detects platform.confluent.io KafkaTopics, not Strimzi ones (and Strimzi does not take CFK ones)', () => {
    const cfk = 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\n';
    const strimzi = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\n';
    expect(cfkAdapter.detect(root(cfk), 'a.yaml')).toBe(true);
    expect(cfkAdapter.detect(root(strimzi), 'a.yaml')).toBe(false);
    expect(strimziAdapter.detect(root(cfk), 'a.yaml')).toBe(false);
  });

  it('reads spec.name over metadata.name, partitionCount, replicas and configs with exact positions', () => {
    const text = `apiVersion: platform.confluent.io/v1beta1
kind: KafkaTopic
metadata:
  name: orders-created
  labels:
    owner: orders-team
spec:
  name: orders.created.v1
  replicas: 2
  partitionCount: 12
  configs:
    min.insync.replicas: "1"
    cleanup.policy: "compact"
    retention.ms: "-1"
`;
    const { topics, problems } = read(text);
    expect(problems).toEqual([]);
    const t = topics[0]!;
    expect(t.format).toBe('cfk');
    expect(value(t.name)).toBe('orders.created.v1');
    expect(span(text, t.name.loc)).toBe('8:9-8:26');
    expect(value(t.replicationFactor)).toBe(2);
    expect(span(text, t.replicationFactor!.loc)).toBe('9:13-9:14');
    expect(value(t.partitions)).toBe(12);
    expect(span(text, t.partitions!.loc)).toBe('10:19-10:21');
    expect(t.minInsyncReplicas).toMatchObject({ value: 1, raw: '"1"' });
    expect(span(text, t.minInsyncReplicas!.loc)).toBe('12:26-12:29');
    expect(value(t.cleanupPolicy)).toEqual(['compact']);
    expect(value(t.retentionMs)).toBe(-1);
    expect(value(t.owner)).toBe('orders-team');
  });

  it('reports a KafkaTopic without a name as a schema problem', () => {
    const text = 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nspec:\n  replicas: 3\n';
    const { topics, problems } = read(text);
    expect(topics).toEqual([]);
    expect(problems[0]).toMatchObject({ ruleId: 'schema' });
    expect(span(text, problems[0]!.loc)).toBe('1:1-4:14');
  });
});

describe.skipIf(!HAS_CORPUS)('cfk adapter: corpus file (../shared/corpus)', () => {
  it('ccloud-topic: replicas 3, partitionCount 4, configs kept raw; kafkaRest ignored', () => {
    const path = 'cfk/confluentinc__confluent-kubernetes-examples__hybrid__ccloud-topic__topic.yaml';
    const text = load(path);
    const { topics, problems } = read(text, path);
    expect(problems).toEqual([]);
    expect(topics).toHaveLength(1);
    const t = topics[0]!;
    expect(value(t.name)).toBe('cloud-demo-topic');
    expect(span(text, t.name.loc)).toBe('4:9-4:25');
    expect(value(t.replicationFactor)).toBe(3);
    expect(span(text, t.replicationFactor!.loc)).toBe('7:13-7:14');
    expect(value(t.partitions)).toBe(4);
    expect(span(text, t.partitions!.loc)).toBe('8:19-8:20');
    expect(Object.keys(t.config)).toEqual(['message.timestamp.type']);
    expect(value(t.config['message.timestamp.type'])).toBe('LogAppendTime');
    expect(span(text, t.config['message.timestamp.type']!.loc)).toBe('10:29-10:44');
  });
});
