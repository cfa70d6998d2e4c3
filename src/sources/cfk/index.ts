/**
 * Confluent for Kubernetes `KafkaTopic` (`platform.confluent.io/v1beta1`).
 *
 * Read: `spec.name` (else `metadata.name`; CFK uses `spec.name` when both are set), `spec.replicas`,
 * `spec.partitionCount`, `spec.configs` (raw; `min.insync.replicas`, `retention.ms`,
 * `cleanup.policy` also as typed fields), `metadata.labels`/`annotations` for ownership.
 * Cluster: `spec.kafkaClusterRef` (the `Kafka` resource, `namespace/name` when it names a namespace),
 * else `spec.kafkaRestClassRef` (the `KafkaRestClass`, as `rest:name`), else `spec.kafkaRest.kafkaClusterID`;
 * absent when none is written (CFK then uses the Kafka cluster of the topic's namespace); templated: unknown.
 * Ignored: `metadata.namespace`, the rest of `spec.kafkaRest`.
 */
import type { AdapterProblem, Field } from '../../model/model.js';
import { locOf, stringField } from '../common/fields.js';
import { get, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import type { OwnershipOptions } from '../common/ownership.js';
import { kubernetesTopic } from '../strimzi/index.js';
import { writtenCluster } from '../common/cluster.js';
import { known } from '../../model/values.js';

/** `kafkaClusterRef`, else `kafkaRestClassRef` (`rest:`), else `kafkaRest.kafkaClusterID`. */
function cfkCluster(path: string, spec: YNode | undefined): Field<string> | undefined {
  const ref = (key: string, prefix: string): Field<string> | undefined => {
    const name = writtenCluster(path, get(get(spec, key), 'name'));
    if (name?.kind !== 'known') return name;
    const ns = writtenCluster(path, get(get(spec, key), 'namespace'));
    if (ns && ns.kind !== 'known') return ns;
    return known(`${prefix}${ns ? `${ns.value}/` : ''}${name.value}`, name.loc);
  };
  return ref('kafkaClusterRef', '') ?? ref('kafkaRestClassRef', 'rest:') ?? writtenCluster(path, get(get(spec, 'kafkaRest'), 'kafkaClusterID'));
}

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function isCfkTopic(node: YNode | undefined): boolean {
  return scalarString(get(node, 'kind')) === 'KafkaTopic' && /^platform\.confluent\.io\/v1(beta1)?$/.test(scalarString(get(node, 'apiVersion')) ?? '');
}

export function createCfkAdapter(options?: OwnershipOptions): YamlDocumentAdapter {
  return {
    id: 'cfk',
    detect: (root) => root.type === 'map' && isCfkTopic(root),
    read(doc, path) {
      const node = doc.root;
      if (!node) return {};
      const metadata = get(node, 'metadata');
      const spec = get(node, 'spec');
      const name = stringField(path, get(spec, 'name')) ?? stringField(path, get(metadata, 'name'));
      if (!name) {
        const problem: AdapterProblem = {
          ruleId: 'schema',
          message: 'This KafkaTopic has neither `spec.name` nor `metadata.name`, so its topic has no name. Add `metadata.name`.',
          loc: locOf(path, metadata ?? node),
        };
        return { problems: [problem] };
      }
      const topic = kubernetesTopic(path, node, name, metadata, spec, { format: 'cfk', configKey: 'configs', partitionsKey: 'partitionCount' }, options);
      const cluster = cfkCluster(path, spec);
      return { topics: [cluster ? { ...topic, cluster } : topic] };
    },
  };
}

export const cfkAdapter: YamlDocumentAdapter = createCfkAdapter();
