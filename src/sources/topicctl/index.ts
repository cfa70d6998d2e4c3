/**
 * topicctl (segmentio/topicctl) topic configs: `meta` + `spec`, one topic per YAML document.
 *
 * Read: `meta.name`, `meta.labels` (labels and ownership, see `../ownership.ts`), `meta.consumers`
 * (the topic's consumer groups), `spec.partitions`, `spec.replicationFactor`, `spec.retentionMinutes`
 * (-> `retentionMs` = minutes x 60 000, quoting `retentionMinutes: 100`), `spec.settings` (raw Kafka
 * configs; `min.insync.replicas`, `cleanup.policy`, `retention.ms` also typed).
 * Cluster: `meta.cluster` (templated: unknown). Ignored: `meta.environment`, `meta.region`, `meta.description`, `spec.placement`,
 * `spec.migration`.
 *
 * A topicctl CLUSTER config (`meta` + `spec.bootstrapAddrs`/`zkAddrs`, no partitions) is recognised
 * and read as nothing: it describes a cluster, not topics. It yields a FileRecord saying so.
 */
import type { ConfigScalar, Field, Topic } from '../../model/model.js';
import { invalid, known } from '../../model/values.js';
import { configMap, locOf, numberField, stringField, stringList, labelMap } from '../common/fields.js';
import { get, hasKey, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import { ownershipFields, resolveOwnership, type OwnershipOptions } from '../common/ownership.js';
import { typedFromConfig } from '../common/topic-config.js';
import { writtenCluster } from '../common/cluster.js';

const TOPIC_SPEC_KEYS = ['partitions', 'replicationFactor', 'retentionMinutes', 'settings', 'placement'];
const CLUSTER_SPEC_KEYS = ['bootstrapAddrs', 'zkAddrs', 'zkLockPath', 'clusterID', 'versionMajor', 'defaultRetentionDropStepDuration'];

function isMap(node: YNode | undefined): boolean {
  return node !== undefined && node.type === 'map';
}

function shape(root: YNode): 'topic' | 'cluster' | undefined {
  if (root.type !== 'map' || hasKey(root, 'apiVersion') || hasKey(root, 'kind')) return undefined;
  const meta = get(root, 'meta');
  const spec = get(root, 'spec');
  if (!isMap(meta) || !isMap(spec) || !hasKey(meta, 'name')) return undefined;
  if (TOPIC_SPEC_KEYS.some((k) => hasKey(spec, k))) return 'topic';
  if (CLUSTER_SPEC_KEYS.some((k) => hasKey(spec, k))) return 'cluster';
  return undefined;
}

export function isTopicctlCluster(root: YNode): boolean {
  return shape(root) === 'cluster';
}

function retentionMinutes(path: string, spec: YNode | undefined): Field<number> | undefined {
  const node = get(spec, 'retentionMinutes');
  const n = numberField(path, node, 'a whole number of minutes');
  if (!n || !node) return n;
  const raw = `retentionMinutes: ${node.type === 'scalar' ? (node.quoted ? JSON.stringify(node.raw) : node.raw) : '...'}`;
  if (n.kind === 'unknown') return { ...n, raw };
  if (n.kind === 'invalid' || !Number.isInteger(n.value) || n.value < 0) return invalid(n.loc, raw, 'a whole number of minutes');
  return known(n.value * 60_000, n.loc, raw);
}

export function createTopicctlAdapter(options?: OwnershipOptions): YamlDocumentAdapter {
  return {
    id: 'topicctl',
    detect: (root) => shape(root) !== undefined,
    read(doc, path) {
      const root = doc.root;
      if (!root) return {};
      if (shape(root) === 'cluster') return {}; // recognised, declares nothing
      const meta = get(root, 'meta');
      const spec = get(root, 'spec');
      const name = stringField(path, get(meta, 'name'));
      if (!name) return {};
      const config: Record<string, Field<ConfigScalar>> = { ...configMap(path, get(spec, 'settings')) };
      const own = resolveOwnership({ labels: labelMap(path, get(meta, 'labels')), filePath: path }, options);
      const partitions = numberField(path, get(spec, 'partitions'));
      const replicationFactor = numberField(path, get(spec, 'replicationFactor'));
      const retentionMs = retentionMinutes(path, spec);
      const cluster = writtenCluster(path, get(meta, 'cluster'));
      const topic: Topic = {
        kind: 'topic',
        name,
        loc: locOf(path, root),
        format: 'topicctl',
        file: path,
        declaredIn: 'catalog',
        consumerGroups: stringList(path, get(meta, 'consumers')),
        config,
        labels: own.labels,
        ...(partitions ? { partitions } : {}),
        ...(replicationFactor ? { replicationFactor } : {}),
        ...typedFromConfig(config),
        ...(retentionMs ? { retentionMs } : {}),
        ...ownershipFields(own),
        ...(cluster ? { cluster } : {}),
      };
      return { topics: [topic] };
    },
  };
}

export const topicctlAdapter: YamlDocumentAdapter = createTopicctlAdapter();
