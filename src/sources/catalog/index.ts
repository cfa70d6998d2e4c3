/**
 * The native topiclint catalog format: topic entries (`topic:`), consumer group entries
 * (`consumerGroup:`), lists of them under `topics:` / `consumerGroups:` or as a top-level sequence.
 */
import type { AdapterProblem, ConsumerGroup, Field, Topic } from '../../model/model.js';
import { invalid, known, mapField, parseCleanupPolicy, parseRetention } from '../../model/values.js';
import { consumerGroupSchema, topicSchema } from '../../schemas/catalog.js';
import type { AdapterOutput, YamlDocumentAdapter } from '../types.js';
import { booleanField, configMap, labelMap, locOf, numberField, stringField, stringList } from '../common/fields.js';
import { CLEANUP_POLICY_EXPECTED, typedFromConfig } from '../common/topic-config.js';
import { get, getPair, type YMap, type YNode } from '../../yaml/tree.js';
import { validateNode } from '../../yaml/validate.js';

const RETENTION_EXPECTED = 'an ISO-8601 duration such as P7D, or -1 / infinite';

const isMap = (n: YNode | undefined): n is YMap => n?.type === 'map';
/**
 * Keys that make a map another tool's, not a catalog entry: a Kafka Connect connector config
 * (`connector.class`, `tasks.max`, converters) or a client config (`bootstrap.servers`) also has a
 * `topic:` key (issue #17, class C).
 */
const FOREIGN_KEYS = ['connector.class', 'tasks.max', 'key.converter', 'value.converter', 'bootstrap.servers', 'schema.registry.url'];

/**
 * A catalog entry: a map with `topic:` (or `consumerGroup:`) holding a name, i.e. a scalar or nothing;
 * a `topic:` holding a map or a list (a test fixture wrapping a Kubernetes resource) names no topic.
 */
const hasName = (n: YNode | undefined, key: string): boolean => {
  if (!isMap(n)) return false;
  const pair = getPair(n, key);
  if (!pair || (pair.value !== undefined && pair.value.type !== 'scalar')) return false;
  return !FOREIGN_KEYS.some((k) => getPair(n, k) !== undefined);
};

/** The entry maps of a document, by kind. */
function entries(root: YNode): { topics: YMap[]; groups: YMap[] } {
  const topics: YMap[] = [];
  const groups: YMap[] = [];
  const take = (n: YNode | undefined) => {
    if (!isMap(n)) return;
    if (hasName(n, 'topic')) topics.push(n);
    else if (hasName(n, 'consumerGroup')) groups.push(n);
  };
  if (root.type === 'seq') root.items.forEach(take);
  else if (isMap(root)) {
    if (hasName(root, 'topic') || hasName(root, 'consumerGroup')) take(root);
    else {
      const t = get(root, 'topics');
      if (t?.type === 'seq') for (const i of t.items) if (isMap(i)) topics.push(i);
      const g = get(root, 'consumerGroups');
      if (g?.type === 'seq') for (const i of g.items) if (isMap(i)) groups.push(i);
    }
  }
  return { topics, groups };
}

export function isCatalogDocument(root: YNode): boolean {
  if (root.type === 'seq') return root.items.some((i) => hasName(i, 'topic') || hasName(i, 'consumerGroup'));
  if (!isMap(root)) return false;
  if (hasName(root, 'topic') || hasName(root, 'consumerGroup')) return true;
  const t = get(root, 'topics');
  if (t?.type === 'seq' && t.items.some((i) => hasName(i, 'topic'))) return true;
  const g = get(root, 'consumerGroups');
  return g?.type === 'seq' && g.items.some((i) => hasName(i, 'consumerGroup'));
}

/** Typed field first, else the x-label that may stand for it is not merged: rules compare both. */
function labelsOf(file: string, node: YMap): Record<string, Field<string>> {
  return { ...labelMap(file, get(node, 'labels')), ...labelMap(file, node, (k) => k.startsWith('x-')) };
}

function readTopic(file: string, node: YMap): Topic {
  const config = configMap(file, get(node, 'config'));
  // A typed field wins; without one, the same key of `config:` gives it.
  const fromConfig = typedFromConfig(config);
  const cleanupNode = get(node, 'cleanupPolicy');
  let cleanupPolicy: Field<readonly string[]> | undefined;
  if (cleanupNode) {
    const raw = cleanupNode.type === 'seq' ? cleanupNode.items.map((i) => (i.type === 'scalar' ? String(i.value) : '?')) : cleanupNode.type === 'scalar' ? String(cleanupNode.value) : undefined;
    const parsed = parseCleanupPolicy(raw);
    const spelled = cleanupNode.type === 'seq' ? `[${(raw as string[]).join(', ')}]` : String(raw);
    cleanupPolicy = parsed ? known(parsed, locOf(file, cleanupNode), spelled) : invalid(locOf(file, cleanupNode), spelled, CLEANUP_POLICY_EXPECTED);
  } else cleanupPolicy = fromConfig.cleanupPolicy;
  const retentionNode = get(node, 'retention');
  let retentionMs: Field<number> | undefined;
  if (retentionNode) {
    const f = stringField(file, retentionNode);
    retentionMs = f && f.kind === 'known' ? mapField(f, (v) => parseRetention(v), RETENTION_EXPECTED) : (f as Field<number> | undefined);
  } else retentionMs = fromConfig.retentionMs;
  const nameNode = get(node, 'topic');
  return {
    kind: 'topic',
    format: 'catalog',
    file,
    declaredIn: 'catalog',
    loc: locOf(file, node),
    name: stringField(file, nameNode) ?? known('', locOf(file, node)),
    owner: stringField(file, get(node, 'owner')),
    classification: stringField(file, get(node, 'classification')),
    key: stringField(file, get(node, 'key')),
    partitions: numberField(file, get(node, 'partitions')),
    replicationFactor: numberField(file, get(node, 'replicationFactor')),
    minInsyncReplicas: numberField(file, get(node, 'minInsyncReplicas')) ?? fromConfig.minInsyncReplicas,
    cleanupPolicy,
    retentionMs,
    schemaCompatibility: stringField(file, get(node, 'schemaCompatibility')),
    drTier: stringField(file, get(node, 'drTier')),
    contact: stringField(file, get(node, 'contact')),
    schemaOwner: stringField(file, get(node, 'schemaOwner')),
    deprecated: booleanField(file, get(node, 'deprecated')),
    consumerGroups: stringList(file, get(node, 'consumerGroups')),
    config,
    labels: labelsOf(file, node),
  };
}

function readGroup(file: string, node: YMap): ConsumerGroup {
  return {
    kind: 'consumerGroup',
    format: 'catalog',
    file,
    loc: locOf(file, node),
    name: stringField(file, get(node, 'consumerGroup')) ?? known('', locOf(file, node)),
    owner: stringField(file, get(node, 'owner')),
    topics: stringList(file, get(node, 'topics')),
    idempotent: booleanField(file, get(node, 'idempotent')),
    replay: stringField(file, get(node, 'replay')),
    replayProhibitedReason: stringField(file, get(node, 'replayProhibitedReason')),
    offsetRecovery: stringField(file, get(node, 'offsetRecovery')),
    dlq: stringField(file, get(node, 'dlq')),
    freshnessSlo: stringField(file, get(node, 'freshnessSlo')),
    config: configMap(file, get(node, 'config')),
    labels: labelsOf(file, node),
  };
}

function schemaProblems(file: string, node: YMap, schema: object, nameKey: string): AdapterProblem[] {
  const nameNode = get(node, nameKey);
  const entityName = nameNode?.type === 'scalar' ? String(nameNode.value) : undefined;
  return validateNode(node, schema).map((e) => ({
    ruleId: 'schema',
    message: e.message,
    loc: { file, start: e.start, end: e.end },
    ...(entityName !== undefined ? { entityName } : {}),
    field: e.path,
  }));
}

export const catalogAdapter: YamlDocumentAdapter = {
  id: 'catalog',
  detect: (root) => isCatalogDocument(root),
  read(doc, path): Partial<AdapterOutput> {
    const out = { topics: [] as Topic[], consumerGroups: [] as ConsumerGroup[], problems: [] as AdapterProblem[] };
    if (!doc.root) return out;
    const { topics, groups } = entries(doc.root);
    // Problems are appended one by one: a list of 200,000 wrong entries would overflow `push(...problems)`.
    for (const t of topics) {
      for (const p of schemaProblems(path, t, topicSchema, 'topic')) out.problems.push(p);
      if (hasName(t, 'topic')) out.topics.push(readTopic(path, t));
    }
    for (const g of groups) {
      for (const p of schemaProblems(path, g, consumerGroupSchema, 'consumerGroup')) out.problems.push(p);
      if (hasName(g, 'consumerGroup')) out.consumerGroups.push(readGroup(path, g));
    }
    return out;
  },
};
