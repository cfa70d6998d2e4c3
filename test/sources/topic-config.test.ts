/**
 * Config keys -> typed fields, written once (src/sources/common/topic-config.ts, issue #16): every adapter
 * that keeps a raw Kafka config map derives `retentionMs`, `minInsyncReplicas` and `cleanupPolicy` the same
 * way, and a value that cannot be read gets one wording, whatever the format. Before, the same bad
 * `retention.ms` read "a number of milliseconds" (Java, TypeScript), "…, or -1" (catalog, Terraform) or
 * "…, or -1 for infinite" (the Kubernetes-style adapters).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lint } from '../../src/lint.js';
import { known, unknown } from '../../src/model/values.js';
import { javaAdapter } from '../../src/sources/java/index.js';
import { typescriptAdapter } from '../../src/sources/typescript/index.js';
import { CLEANUP_POLICY_EXPECTED, MIN_INSYNC_REPLICAS_EXPECTED, RETENTION_MS_EXPECTED, typedFromConfig } from '../../src/sources/common/topic-config.js';

/** One catalog file per format, each with `retention.ms: soon`: what `retention` must report the same way. */
const FILES: Record<string, string> = {
  'catalog/topics.yaml': 'topic: a.catalog.v1\nconfig:\n  retention.ms: soon\n',
  'k8s/strimzi.yaml': 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: a.strimzi.v1\nspec:\n  partitions: 3\n  replicas: 3\n  config:\n    retention.ms: soon\n',
  'k8s/cfk.yaml': 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: a-cfk\nspec:\n  name: a.cfk.v1\n  replicas: 3\n  partitionCount: 3\n  configs:\n    retention.ms: soon\n',
  'topicctl/a.yaml': 'meta:\n  name: a.topicctl.v1\n  cluster: local\n  environment: dev\n  region: eu\n  description: a topic\nspec:\n  partitions: 3\n  replicationFactor: 3\n  settings:\n    retention.ms: soon\n',
  'gitops/state.yaml': 'topics:\n  a.gitops.v1:\n    partitions: 3\n    replication: 3\n    configs:\n      retention.ms: soon\n',
  'julie/descriptor.yaml': 'context: "ctx"\nprojects:\n  - name: "p"\n    topics:\n      - name: "a.julie.v1"\n        config:\n          retention.ms: "soon"\n',
  'asyncapi/asyncapi.yaml': 'asyncapi: 3.0.0\ninfo:\n  title: A\n  version: 1.0.0\nchannels:\n  a:\n    address: a.asyncapi.v1\n    bindings:\n      kafka:\n        partitions: 3\n        topicConfiguration:\n          retention.ms: soon\n',
  'tf/main.tf': 'resource "kafka_topic" "a" {\n  name               = "a.terraform.v1"\n  partitions         = 3\n  replication_factor = 3\n  config = {\n    "retention.ms" = "soon"\n  }\n}\n',
};

/** Topics declared in code (rules see them only through client checks): their readers give the same field. */
const CODE: Record<string, string> = {
  'src/main/java/com/acme/KafkaConfig.java':
    'package com.acme;\n\nimport org.springframework.context.annotation.Bean;\nimport org.springframework.kafka.config.TopicBuilder;\nimport org.apache.kafka.clients.admin.NewTopic;\n\npublic class KafkaConfig {\n    @Bean\n    public NewTopic a() {\n        return TopicBuilder.name("a.java.v1").partitions(3).replicas(3).config("retention.ms", "soon").build();\n    }\n}\n',
  'src/admin.ts':
    "import { Kafka } from 'kafkajs';\n\nconst admin = new Kafka({ brokers: ['b:9092'] }).admin();\n\nexport async function setup(): Promise<void> {\n  await admin.createTopics({ topics: [{ topic: 'a.typescript.v1', numPartitions: 3, replicationFactor: 3, configEntries: [{ name: 'retention.ms', value: 'soon' }] }] });\n}\n",
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'topiclint-topic-config-'));
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('config keys -> typed fields, one wording', () => {
  it('a retention.ms that cannot be read: the same message in every format', async () => {
    const result = await lint({ cwd: dir, paths: ['.'] });
    const retention = result.findings.filter((f) => f.ruleId === 'retention');
    expect(retention.map((f) => f.location.file).sort()).toEqual(Object.keys(FILES).sort());
    for (const f of retention) expect(f.message, f.location.file).toMatch(/has retention "?soon"?, which cannot be read: .* Write a number of milliseconds, or -1 for infinite\.$/);
  });

  it('Java and TypeScript topics declared in code: the same invalid field, the same expectation', async () => {
    const input = Object.entries(CODE).map(([p, text]) => ({ path: p, text }));
    for (const adapter of [javaAdapter, typescriptAdapter]) {
      const out = await adapter.read(input.filter((f) => adapter.claims(f.path)));
      expect(out.topics.map((t) => [adapter.id, t.retentionMs])).toEqual([[adapter.id, expect.objectContaining({ kind: 'invalid', expected: RETENTION_MS_EXPECTED })]]);
    }
  });

  it('min.insync.replicas and cleanup.policy: the same parsing and wording for every adapter', () => {
    const at = { file: 'a.yaml', start: 0, end: 1 };
    const bad = typedFromConfig({ 'min.insync.replicas': known('two', at), 'retention.ms': known('soon', at), 'cleanup.policy': known('sometimes', at) });
    expect(bad.minInsyncReplicas).toMatchObject({ kind: 'invalid', raw: '"two"', expected: MIN_INSYNC_REPLICAS_EXPECTED });
    expect(bad.retentionMs).toMatchObject({ kind: 'invalid', expected: RETENTION_MS_EXPECTED });
    expect(bad.cleanupPolicy).toMatchObject({ kind: 'invalid', expected: CLEANUP_POLICY_EXPECTED });
    const good = typedFromConfig({ 'min.insync.replicas': known('2', at), 'retention.ms': known(-1, at), 'cleanup.policy': known('delete,compact', at) });
    expect(good.minInsyncReplicas).toMatchObject({ kind: 'known', value: 2 });
    expect(good.retentionMs).toMatchObject({ kind: 'known', value: -1 });
    expect(good.cleanupPolicy).toMatchObject({ kind: 'known', value: ['compact', 'delete'] });
  });

  it('an absent key gives no field, unless the whole map is unknown (then each typed field is)', () => {
    expect(typedFromConfig({})).toEqual({});
    const computed = unknown({ file: 'a.tf', start: 0, end: 1 }, 'computed');
    expect(typedFromConfig({}, computed)).toEqual({ minInsyncReplicas: computed, retentionMs: computed, cleanupPolicy: computed });
  });
});
