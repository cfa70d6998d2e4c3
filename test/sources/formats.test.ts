import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { stringify } from 'yaml';
import { createYamlFormatAdapters, yamlFormatAdapters } from '../../src/sources/formats.js';
import { catalogAdapter } from '../../src/sources/catalog/index.js';
import { parseCodeowners } from '../../src/sources/common/ownership.js';
import { parseYaml } from '../../src/yaml/tree.js';

const SAMPLES: Record<string, string> = {
  strimzi: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: a\nspec:\n  partitions: 1\n',
  cfk: 'apiVersion: platform.confluent.io/v1beta1\nkind: KafkaTopic\nmetadata:\n  name: a\nspec:\n  replicas: 3\n',
  nais: 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: a\n  namespace: t\n',
  asyncapi: 'asyncapi: 3.0.0\nchannels:\n  a:\n    address: a.v1\n    bindings:\n      kafka:\n        partitions: 1\n',
  topicctl: 'meta:\n  name: a\nspec:\n  partitions: 1\n',
  julieops: 'context: c\nprojects:\n  - name: p\n    topics:\n      - name: t\n',
  'kafka-gitops': 'topics:\n  a:\n    partitions: 1\n',
  catalog: 'topics:\n  - topic: a.b.v1\n    partitions: 1\n',
};

describe('yamlFormatAdapters', () => {
  it('lists every format once, Kubernetes resources first', () => {
    expect(yamlFormatAdapters.map((a) => a.id)).toEqual(['strimzi', 'cfk', 'nais', 'asyncapi', 'topicctl', 'julieops', 'kafka-gitops']);
  });

  it('detectors are exclusive: each sample is recognised by exactly its own adapter (native catalog included)', () => {
    const all = [...yamlFormatAdapters, catalogAdapter];
    for (const [id, text] of Object.entries(SAMPLES)) {
      const root = parseYaml(text).documents[0]!.root!;
      expect([id, all.filter((a) => a.detect(root, 'x.yaml')).map((a) => a.id)]).toEqual([id, [id]]);
    }
  });

  it('passes ownership options (CODEOWNERS) to the adapters it builds', () => {
    const codeowners = parseCodeowners('CODEOWNERS', '* @org/kafka\n');
    const [strimzi] = createYamlFormatAdapters({ codeowners });
    const file = parseYaml(SAMPLES['strimzi']!);
    const topic = strimzi!.read(file.documents[0]!, 'k8s/a.yaml', file).topics![0]!;
    expect(topic.owner).toMatchObject({ kind: 'known', value: '@org/kafka' });
  });

  it('never throws on arbitrary YAML, including documents that look half like a format', () => {
    const keys = fc.constantFrom('apiVersion', 'kind', 'metadata', 'spec', 'name', 'topicName', 'partitions', 'replicas', 'config', 'configs', 'meta', 'projects', 'topics', 'context', 'team', 'services', 'settings', 'consumes', 'asyncapi', 'channels', 'operations', 'bindings', 'kafka', 'address', 'groupId', 'acl', 'labels', 'annotations', 'items', 'enum');
    const scalars = fc.oneof(fc.constantFrom('KafkaTopic', 'Topic', 'List', 'kafka.strimzi.io/v1beta2', 'platform.confluent.io/v1beta1', 'kafka.nais.io/v1', '3.0.0', '2.6.0', 'application', '${X}', 'a.{p}'), fc.integer(), fc.boolean(), fc.constant(null), fc.string());
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalars, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(keys, tie('node'), { maxKeys: 5 })),
    })).node;
    const kafkaRoot = fc.record({ apiVersion: fc.constantFrom('kafka.strimzi.io/v1beta2', 'platform.confluent.io/v1beta1', 'kafka.nais.io/v1'), kind: fc.constantFrom('KafkaTopic', 'Topic', 'List'), metadata: tree, spec: tree, items: tree });
    const shaped = fc.oneof(tree, kafkaRoot, fc.record({ asyncapi: fc.constantFrom('3.0.0', '2.6.0'), channels: tree, operations: tree, servers: tree }), fc.record({ context: scalars, projects: fc.array(tree, { maxLength: 3 }) }), fc.record({ meta: tree, spec: tree }), fc.record({ topics: fc.dictionary(fc.string(), tree, { maxKeys: 3 }), services: tree, settings: tree }));
    fc.assert(
      fc.property(shaped, (value) => {
        const text = stringify(value);
        const file = parseYaml(text);
        for (const doc of file.documents) {
          if (!doc.root) continue;
          for (const a of yamlFormatAdapters) if (a.detect(doc.root, 'f.yaml')) a.read(doc, 'f.yaml', file);
        }
      }),
      { numRuns: 200 },
    );
  });
});
