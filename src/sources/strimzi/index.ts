/**
 * Strimzi `KafkaTopic` (`kafka.strimzi.io/v1beta1`, `v1beta2`, `v1`), one per YAML document or as
 * the items of a Kubernetes `List`.
 *
 * Read: `spec.topicName` (else `metadata.name`), `spec.partitions`, `spec.replicas`, `spec.config`
 * (raw, string or number values), `min.insync.replicas` / `retention.ms` / `cleanup.policy` from the
 * config as typed fields, `metadata.labels` and `metadata.annotations` as labels and ownership
 * (see `../ownership.ts`). Cluster: the `strimzi.io/cluster` label (the Kafka resource the Topic
 * Operator manages; templated: unknown). Ignored: `metadata.namespace`, `status`.
 */
import type { AdapterProblem, Field, Topic } from '../../model/model.js';
import { configMap, locOf, numberField, stringField } from '../common/fields.js';
import { typedFromConfig } from '../common/topic-config.js';
import { writtenCluster } from '../common/cluster.js';
import { get, type YDocument, type YNode } from '../../yaml/tree.js';
import type { AdapterOutput, YamlDocumentAdapter } from '../types.js';
import { kubernetesOwnership, ownershipFields, type OwnershipOptions } from '../common/ownership.js';

export const STRIMZI_API = /^kafka\.strimzi\.io\/(v1beta1|v1beta2|v1)$/;

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function isStrimziTopic(node: YNode | undefined): boolean {
  return scalarString(get(node, 'kind')) === 'KafkaTopic' && STRIMZI_API.test(scalarString(get(node, 'apiVersion')) ?? '');
}

function isList(node: YNode): boolean {
  const items = get(node, 'items');
  return (
    (scalarString(get(node, 'kind')) ?? '').endsWith('List') &&
    items !== undefined &&
    items.type === 'seq' &&
    items.items.some(isStrimziTopic)
  );
}

/** Where a Kubernetes topic resource keeps its settings under `spec` (Strimzi and CFK differ only here). */
export interface KubernetesTopicShape {
  readonly format: string;
  readonly configKey: string;
  readonly partitionsKey: string;
}

/** A `Topic` from a Kubernetes topic resource: `spec.replicas`, partitions, raw config, ownership from metadata. */
export function kubernetesTopic(path: string, node: YNode, name: Field<string>, metadata: YNode | undefined, spec: YNode | undefined, shape: KubernetesTopicShape, options?: OwnershipOptions): Topic {
  const config = configMap(path, get(spec, shape.configKey));
  const own = kubernetesOwnership(path, metadata, options);
  const partitions = numberField(path, get(spec, shape.partitionsKey));
  const replicationFactor = numberField(path, get(spec, 'replicas'));
  return {
    kind: 'topic',
    name,
    loc: locOf(path, node),
    format: shape.format,
    file: path,
    declaredIn: 'catalog',
    consumerGroups: [],
    config,
    labels: own.labels,
    ...(partitions ? { partitions } : {}),
    ...(replicationFactor ? { replicationFactor } : {}),
    ...typedFromConfig(config),
    ...ownershipFields(own),
  };
}

export function readStrimziTopic(node: YNode, path: string, options?: OwnershipOptions): { topic?: Topic; problem?: AdapterProblem } {
  const metadata = get(node, 'metadata');
  const spec = get(node, 'spec');
  const name = stringField(path, get(spec, 'topicName')) ?? stringField(path, get(metadata, 'name'));
  if (!name) {
    return {
      problem: {
        ruleId: 'schema',
        message: 'This KafkaTopic has neither `spec.topicName` nor `metadata.name`, so its topic has no name. Add `metadata.name`.',
        loc: locOf(path, metadata ?? node),
      },
    };
  }
  const topic = kubernetesTopic(path, node, name, metadata, spec, { format: 'strimzi', configKey: 'config', partitionsKey: 'partitions' }, options);
  const cluster = writtenCluster(path, get(get(metadata, 'labels'), 'strimzi.io/cluster'));
  return { topic: cluster ? { ...topic, cluster } : topic };
}

export function createStrimziAdapter(options?: OwnershipOptions): YamlDocumentAdapter {
  return {
    id: 'strimzi',
    detect(root) {
      return root.type === 'map' && (isStrimziTopic(root) || isList(root));
    },
    read(doc: YDocument, path: string): Partial<AdapterOutput> {
      const root = doc.root;
      if (!root) return {};
      const nodes = isStrimziTopic(root) ? [root] : (get(root, 'items') as { items: readonly YNode[] } | undefined)?.items.filter(isStrimziTopic) ?? [];
      const topics: Topic[] = [];
      const problems: AdapterProblem[] = [];
      for (const n of nodes) {
        const r = readStrimziTopic(n, path, options);
        if (r.topic) topics.push(r.topic);
        if (r.problem) problems.push(r.problem);
      }
      return { topics, problems };
    },
  };
}

export const strimziAdapter: YamlDocumentAdapter = createStrimziAdapter();
