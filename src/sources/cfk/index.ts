/**
 * Confluent for Kubernetes `KafkaTopic` (`platform.confluent.io/v1beta1`).
 *
 * Read: `spec.name` (else `metadata.name`; CFK uses `spec.name` when both are set), `spec.replicas`,
 * `spec.partitionCount`, `spec.configs` (raw; `min.insync.replicas`, `retention.ms`,
 * `cleanup.policy` also as typed fields), `metadata.labels`/`annotations` for ownership.
 * Ignored: `metadata.namespace`, `spec.kafkaRest`, `spec.kafkaRestClassRef`, `spec.kafkaClusterRef`.
 */
import type { AdapterProblem } from '../../model/model.js';
import { locOf, stringField } from '../common/fields.js';
import { get, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import type { OwnershipOptions } from '../common/ownership.js';
import { kubernetesTopic } from '../strimzi/index.js';

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
      return { topics: [topic] };
    },
  };
}

export const cfkAdapter: YamlDocumentAdapter = createCfkAdapter();
