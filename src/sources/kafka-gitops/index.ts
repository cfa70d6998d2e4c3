/**
 * kafka-gitops (devshawn/kafka-gitops) desired-state files, whole or split into `topics.yaml`,
 * `services.yaml`, ... (`settings.files`).
 *
 * Read:
 * - `topics.<name>`: the key is the topic name (located at the key); `partitions`, `replication`,
 *   `configs` (raw; `min.insync.replicas`, `retention.ms`, `cleanup.policy` also typed). A topic
 *   without `replication` takes `settings.topics.defaults.replication` from the same document: the
 *   field is located at the topic's name with `origin` at the default.
 * - `services.<name>`: consumer groups for services that consume, as kafka-gitops grants them:
 *   `application` -> `group-id` (default: the service name); `kafka-streams` -> `application-id`
 *   (default: the service name); `kafka-connect` -> `connect-<connector>` for each connector that
 *   consumes. Topics = the `consumes` list. `principal` and the service `type` become labels.
 * Ignored: `produces`, `users`, `customServiceAcls`, `customUserAcls`, `settings.topics.blacklist`,
 * `settings.ccloud`/`confluent`. A file with only `settings` (the split layout's state file) is
 * recognised and declares nothing; defaults in it do not reach topics in other files (each document
 * is read on its own).
 */
import type { AdapterProblem, ConsumerGroup, Field, Topic } from '../../model/model.js';
import { known } from '../../model/values.js';
import { configMap, locOf, numberField, stringField, stringList } from '../common/fields.js';
import { get, hasKey, type YMap, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import { typedFromConfig } from '../common/topic-config.js';

const SERVICE_TYPES = new Set(['application', 'kafka-streams', 'kafka-connect']);
const TOPIC_KEYS = ['partitions', 'replication', 'configs'];
const SETTINGS_KEYS = ['files', 'ccloud', 'confluent', 'topics', 'services'];

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.type === 'scalar' && typeof node.value === 'string' ? node.value : undefined;
}

function looksLikeTopicsMap(node: YNode | undefined): boolean {
  return (
    node?.type === 'map' &&
    node.pairs.length > 0 &&
    node.pairs.every((p) => p.value === undefined || p.value.type === 'map') &&
    node.pairs.some((p) => p.value?.type === 'map' && p.value.pairs.some((q) => TOPIC_KEYS.includes(q.key))) &&
    // `partitions: 6` and `replication: 3` are numbers in kafka-gitops; librdkafka's statistics JSON has
    // a `topics` map whose `partitions` are maps (issue #17, class C: karafka's fixture read as ours).
    node.pairs.every((p) => p.value === undefined || NUMBER_KEYS.every((k) => isScalarOrAbsent(get(p.value, k))))
  );
}

const NUMBER_KEYS = ['partitions', 'replication'];
const isScalarOrAbsent = (n: YNode | undefined): boolean => n === undefined || n.type === 'scalar';

function looksLikeServicesMap(node: YNode | undefined): boolean {
  return node?.type === 'map' && node.pairs.length > 0 && node.pairs.every((p) => SERVICE_TYPES.has(scalarString(get(p.value, 'type')) ?? ''));
}

function looksLikeSettings(node: YNode | undefined): boolean {
  return node?.type === 'map' && node.pairs.length > 0 && node.pairs.every((p) => SETTINGS_KEYS.includes(p.key));
}

export function isKafkaGitops(root: YNode): boolean {
  if (root.type !== 'map' || hasKey(root, 'apiVersion') || hasKey(root, 'kind')) return false;
  const topics = get(root, 'topics');
  const services = get(root, 'services');
  const settings = get(root, 'settings');
  if (topics !== undefined && !looksLikeTopicsMap(topics)) return false;
  if (services !== undefined && !looksLikeServicesMap(services)) return false;
  if (settings !== undefined && !looksLikeSettings(settings)) return false;
  return topics !== undefined || services !== undefined || settings !== undefined;
}

function readTopics(path: string, topics: YMap, defaultReplication: YNode | undefined, problems: AdapterProblem[]): Topic[] {
  const out: Topic[] = [];
  const def = numberField(path, defaultReplication);
  for (const p of topics.pairs) {
    const name = stringField(path, p.keyNode)!;
    const body = p.value;
    if (body?.type === 'map') {
      for (const q of body.pairs) {
        if (TOPIC_KEYS.includes(q.key)) continue;
        const close = TOPIC_KEYS.find((k) => k.startsWith(q.key.slice(0, 4)));
        problems.push({
          ruleId: 'schema',
          message: `Unknown key \`${q.key}\` in kafka-gitops topic \`${p.key}\`: kafka-gitops reads only ${TOPIC_KEYS.map((k) => `\`${k}\``).join(', ')}${close ? `; did you mean \`${close}\`?` : '.'}`,
          loc: locOf(path, q.keyNode),
          entityName: p.key,
          field: q.key,
        });
      }
    }
    const partitions = numberField(path, get(body, 'partitions'));
    let replicationFactor = numberField(path, get(body, 'replication'));
    if (!replicationFactor && def) {
      replicationFactor = def.kind === 'known' ? known(def.value, name.loc, def.raw, def.loc) : { ...def, loc: name.loc };
    }
    const config = configMap(path, get(body, 'configs'));
    out.push({
      kind: 'topic',
      name,
      loc: locOf(path, { start: p.start, end: p.end }),
      format: 'kafka-gitops',
      file: path,
      declaredIn: 'catalog',
      consumerGroups: [],
      config,
      labels: {},
      ...(partitions ? { partitions } : {}),
      ...(replicationFactor ? { replicationFactor } : {}),
      ...typedFromConfig(config),
    });
  }
  return out;
}

function group(path: string, name: Field<string>, loc: { start: number; end: number }, topics: Field<string>[], labels: Record<string, Field<string>>): ConsumerGroup {
  return { kind: 'consumerGroup', name, loc: locOf(path, loc), format: 'kafka-gitops', file: path, topics, config: {}, labels };
}

function readServices(path: string, services: YMap): ConsumerGroup[] {
  const out: ConsumerGroup[] = [];
  for (const p of services.pairs) {
    const body = p.value;
    const type = scalarString(get(body, 'type'));
    const serviceName = stringField(path, p.keyNode)!;
    const labels: Record<string, Field<string>> = {};
    const typeField = stringField(path, get(body, 'type'));
    if (typeField) labels['kafka-gitops.service-type'] = typeField;
    const principal = stringField(path, get(body, 'principal'));
    if (principal) labels['principal'] = principal;
    if (type === 'application' || type === 'kafka-streams') {
      const consumes = stringList(path, get(body, 'consumes'));
      if (consumes.length === 0) continue;
      const override = stringField(path, get(body, type === 'application' ? 'group-id' : 'application-id'));
      out.push(group(path, override ?? serviceName, p, consumes, labels));
    } else if (type === 'kafka-connect') {
      const connectors = get(body, 'connectors');
      if (connectors?.type !== 'map') continue;
      for (const c of connectors.pairs) {
        const consumes = stringList(path, get(c.value, 'consumes'));
        if (consumes.length === 0) continue;
        const cname = stringField(path, c.keyNode)!;
        const name: Field<string> = cname.kind === 'known' ? known(`connect-${cname.value}`, cname.loc) : cname;
        out.push(group(path, name, c, consumes, labels));
      }
    }
  }
  return out;
}

export function createKafkaGitopsAdapter(): YamlDocumentAdapter {
  return {
    id: 'kafka-gitops',
    detect: (root) => isKafkaGitops(root),
    read(doc, path) {
      const root = doc.root;
      if (!root || root.type !== 'map') return {};
      const topics = get(root, 'topics');
      const services = get(root, 'services');
      if (topics?.type !== 'map' && services?.type !== 'map') return {}; // settings only: recognised, declares nothing
      const defaultReplication = get(get(get(get(root, 'settings'), 'topics'), 'defaults'), 'replication');
      const problems: AdapterProblem[] = [];
      return {
        topics: topics?.type === 'map' ? readTopics(path, topics, defaultReplication, problems) : [],
        consumerGroups: services?.type === 'map' ? readServices(path, services) : [],
        problems,
      };
    },
  };
}

export const kafkaGitopsAdapter: YamlDocumentAdapter = createKafkaGitopsAdapter();
