/**
 * NAIS `Topic` (`kafka.nais.io/v1`, https://docs.nais.io/persistence/kafka/).
 *
 * Name: NAIS creates the Kafka topic `<metadata.namespace>.<metadata.name>` (the "fully qualified
 * name"); the composed name is located at `metadata.name`. Without `metadata.namespace` the namespace
 * is only chosen at deploy time, so the name is unknown.
 *
 * `spec.config`: `partitions`, `replication`, `minimumInSyncReplicas` and `cleanupPolicy` become typed
 * fields; `retentionHours` becomes `retentionMs` (hours x 3 600 000; `-1` = infinite) quoting the
 * user's spelling (`retentionHours: 168`); `retentionBytes`, `maxMessageBytes`, `segmentHours`,
 * `localRetentionHours` become the Kafka configs `retention.bytes`, `max.message.bytes`, `segment.ms`,
 * `local.retention.ms` (hours converted to ms), also quoting the user's spelling.
 *
 * Ownership: the `team` label (and any ownership label/annotation, see `../ownership.ts`).
 * `spec.acl`: recorded as labels `acl.<team>.<application>` = `read|write|readwrite`, NOT as consumer
 * groups: a NAIS ACL names an application, not a `group.id`, grants access to this very topic (so
 * `unknown-topic` could never fire) and carries nothing that `replay-safety` or `offset-recovery` could
 * judge; consumer groups made from it would only produce findings the user cannot fix in this file.
 * Cluster: `spec.pool`; when the pool is templated or absent, the `dev-gcp/`, `prod-gcp/`, `dev-fss/`,
 * `prod-fss/` folder the file is in; a templated pool outside such a folder is an unknown cluster.
 * Ignored: NAIS platform defaults (a value not written is absent, not assumed).
 */
import type { ConfigScalar, Field, Topic } from '../../model/model.js';
import { invalid, known, mapField, parseCleanupPolicy, unknown } from '../../model/values.js';
import { locOf, numberField, stringField } from '../common/fields.js';
import { get, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import { kubernetesOwnership, ownershipFields, type OwnershipOptions } from '../common/ownership.js';
import { naisFolderCluster, pathCluster, unknownCluster, writtenCluster } from '../common/cluster.js';

const HOUR_MS = 3_600_000;

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

export function isNaisTopic(node: YNode | undefined): boolean {
  return scalarString(get(node, 'kind')) === 'Topic' && scalarString(get(node, 'apiVersion')) === 'kafka.nais.io/v1';
}

/** `key: value` as the user wrote it, for messages. */
function spelled(key: string, node: YNode): string {
  return node.type === 'scalar' ? `${key}: ${node.quoted ? JSON.stringify(node.raw) : node.raw}` : `${key}: ...`;
}

/** A NAIS hours value converted to ms (`-1` stays -1), quoting `key: value`. */
function hoursField(path: string, config: YNode | undefined, key: string): Field<number> | undefined {
  const node = get(config, key);
  const n = numberField(path, node, 'a whole number of hours, or -1 for infinite');
  if (!n || !node) return n;
  if (n.kind === 'unknown') return { ...n, raw: spelled(key, node) };
  if (n.kind === 'invalid') return invalid(n.loc, spelled(key, node), n.expected);
  if (!Number.isInteger(n.value) || n.value < -1) return invalid(n.loc, spelled(key, node), 'a whole number of hours, or -1 for infinite');
  return known(n.value === -1 ? -1 : n.value * HOUR_MS, n.loc, spelled(key, node));
}

function rawNumber(path: string, config: YNode | undefined, key: string): Field<ConfigScalar> | undefined {
  const node = get(config, key);
  const n = numberField(path, node);
  if (!n || !node) return undefined;
  return n.kind === 'known' ? known<ConfigScalar>(n.value, n.loc, spelled(key, node)) : n;
}

function topicName(path: string, metadata: YNode | undefined): Field<string> | undefined {
  const nameNode = get(metadata, 'name');
  const name = stringField(path, nameNode);
  if (!name || name.kind !== 'known' || !nameNode) return name;
  const ns = stringField(path, get(metadata, 'namespace'));
  if (!ns) {
    return unknown(name.loc, 'NAIS prefixes the topic name with the team namespace, and `metadata.namespace` is not set in this file', name.raw);
  }
  if (ns.kind !== 'known') return unknown(name.loc, 'the namespace that prefixes the topic name is not known statically', name.raw);
  return known(`${ns.value}.${name.value}`, name.loc);
}

/** `spec.pool`, else the cluster folder; a templated pool outside a cluster folder is unknown. */
function naisCluster(path: string, spec: YNode | undefined): Field<string> | undefined {
  const pool = writtenCluster(path, get(spec, 'pool'));
  if (pool?.kind === 'known') return pool;
  const folder = naisFolderCluster(path);
  if (folder) return pathCluster(path, folder);
  return pool ? unknownCluster(pool, 'the NAIS pool is templated') : undefined;
}

export function createNaisAdapter(options?: OwnershipOptions): YamlDocumentAdapter {
  return {
    id: 'nais',
    detect: (root) => root.type === 'map' && isNaisTopic(root),
    read(doc, path) {
      const node = doc.root;
      if (!node) return {};
      const metadata = get(node, 'metadata');
      const spec = get(node, 'spec');
      const name = topicName(path, metadata);
      if (!name) {
        return {
          problems: [{ ruleId: 'schema', message: 'This NAIS Topic has no `metadata.name`, so its topic has no name. Add `metadata.name`.', loc: locOf(path, metadata ?? node) }],
        };
      }
      const cfg = get(spec, 'config');
      const config: Record<string, Field<ConfigScalar>> = {};
      const retentionBytes = rawNumber(path, cfg, 'retentionBytes');
      if (retentionBytes) config['retention.bytes'] = retentionBytes;
      const maxMessageBytes = rawNumber(path, cfg, 'maxMessageBytes');
      if (maxMessageBytes) config['max.message.bytes'] = maxMessageBytes;
      const segment = hoursField(path, cfg, 'segmentHours');
      if (segment) config['segment.ms'] = segment;
      const localRetention = hoursField(path, cfg, 'localRetentionHours');
      if (localRetention) config['local.retention.ms'] = localRetention;

      const own = kubernetesOwnership(path, metadata, options);
      const labels = { ...own.labels };
      const acl = get(spec, 'acl');
      if (acl?.type === 'seq') {
        for (const entry of acl.items) {
          const team = scalarString(get(entry, 'team'));
          const app = scalarString(get(entry, 'application'));
          const access = stringField(path, get(entry, 'access'));
          if (team !== undefined && app !== undefined && access) labels[`acl.${team}.${app}`] = access;
        }
      }

      const partitions = numberField(path, get(cfg, 'partitions'));
      const replicationFactor = numberField(path, get(cfg, 'replication'));
      const minInsyncReplicas = numberField(path, get(cfg, 'minimumInSyncReplicas'));
      const retentionMs = hoursField(path, cfg, 'retentionHours');
      const cpNode = get(cfg, 'cleanupPolicy');
      const cp = stringField(path, cpNode);
      const cleanupPolicy = cp && cpNode ? mapField({ ...cp, ...(cp.kind === 'known' ? { raw: spelled('cleanupPolicy', cpNode) } : {}) }, (v) => parseCleanupPolicy(v), '`delete`, `compact` or `compact,delete`') : undefined;

      const topic: Topic = {
        kind: 'topic',
        name,
        loc: locOf(path, node),
        format: 'nais',
        file: path,
        declaredIn: 'catalog',
        consumerGroups: [],
        config,
        labels,
        ...(partitions ? { partitions } : {}),
        ...(replicationFactor ? { replicationFactor } : {}),
        ...(minInsyncReplicas ? { minInsyncReplicas } : {}),
        ...(retentionMs ? { retentionMs } : {}),
        ...(cleanupPolicy ? { cleanupPolicy } : {}),
        ...ownershipFields(own),
      };
      const cluster = naisCluster(path, spec);
      if (cluster) return { topics: [{ ...topic, cluster }] };
      return { topics: [topic] };
    },
  };
}

export const naisAdapter: YamlDocumentAdapter = createNaisAdapter();
