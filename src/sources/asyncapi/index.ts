/**
 * AsyncAPI 2.x and 3.x documents: Kafka channels as topics, Kafka operation bindings as consumer groups.
 *
 * A channel is a Kafka topic when it has a `bindings.kafka` object, or when every server of the
 * document speaks Kafka (`protocol: kafka` / `kafka-secure`). Its name is `bindings.kafka.topic` when
 * given, else the channel address (3.x `address`, 2.x the channel key). A parameterised address
 * (`adeo-{env}-costing`) or a null/absent 3.x address makes the name Unknown.
 *
 * Read: `bindings.kafka.partitions`, `.replicas`, `.topicConfiguration` (raw config, lists such as
 * `cleanup.policy: [delete]` joined with commas; `min.insync.replicas`, `retention.ms`,
 * `cleanup.policy` typed); `x-*` extensions with scalar values on `info`, the channel and its Kafka
 * binding as labels (channel over info; ownership keys as in `../ownership.ts`); `info.contact.email`
 * (else `.name`) as the topic's `contact` when no `x-contact` says otherwise.
 * Consumer groups: operation bindings (3.x `operations.*`, 2.x `channels.*.publish|subscribe`) whose
 * `groupId` is a literal (a string, or a schema with `const` or a one-value `enum`) become a
 * ConsumerGroup on the operation's channel, with a literal `clientId` as `client.id`. A `groupId`
 * schema without a literal value (the group is chosen by each consumer) makes no consumer group.
 * Ignored: messages, schemas, servers (beyond their protocol), `bindingVersion`, `x-*` extensions
 * whose value is an object.
 */
import type { ConfigScalar, ConsumerGroup, Field, Topic } from '../../model/model.js';
import { known, unknown } from '../../model/values.js';
import { configMap, locOf, numberField, stringField } from '../common/fields.js';
import { get, type YMap, type YNode } from '../../yaml/tree.js';
import type { YamlDocumentAdapter } from '../types.js';
import { ownershipFields, resolveOwnership, type OwnershipOptions } from '../common/ownership.js';
import { typedFromConfig } from '../common/topic-config.js';

function scalarString(node: YNode | undefined): string | undefined {
  return node && node.type === 'scalar' && node.value !== null ? String(node.value) : undefined;
}

export function asyncApiVersion(root: YNode): 2 | 3 | undefined {
  const v = scalarString(get(root, 'asyncapi'));
  if (!v) return undefined;
  if (/^2\./.test(v)) return 2;
  if (/^3\./.test(v)) return 3;
  return undefined;
}

/** `x-*` keys with scalar values. */
function extensions(path: string, node: YNode | undefined): Record<string, Field<string>> {
  const out: Record<string, Field<string>> = {};
  if (node?.type !== 'map') return out;
  for (const p of node.pairs) {
    if (!p.key.startsWith('x-') || p.value?.type !== 'scalar' || p.value.value === null) continue;
    out[p.key] = stringField(path, p.value)!;
  }
  return out;
}

function allServersKafka(root: YNode): boolean {
  const servers = get(root, 'servers');
  if (servers?.type !== 'map' || servers.pairs.length === 0) return false;
  return servers.pairs.every((p) => /^kafka(-secure)?$/i.test(scalarString(get(p.value, 'protocol')) ?? ''));
}

const PARAM = /\{[^}]+\}/;

function nameField(path: string, node: YNode, what: string): Field<string> {
  const f = stringField(path, node)!;
  if (f.kind === 'known' && PARAM.test(f.value)) {
    return unknown(f.loc, `the ${what} \`${f.value}\` has parameters (${f.value.match(/\{[^}]+\}/g)!.join(', ')}) filled in at runtime`, f.raw);
  }
  return f;
}

/** A literal group id: a string, or a schema with `const` or a one-value `enum`. */
function literal(path: string, node: YNode | undefined): Field<string> | undefined {
  if (!node) return undefined;
  if (node.type === 'scalar') return node.value === null ? undefined : stringField(path, node);
  const c = get(node, 'const');
  if (c?.type === 'scalar' && c.value !== null) return stringField(path, c);
  const e = get(node, 'enum');
  if (e?.type === 'seq' && e.items.length === 1 && e.items[0]!.type === 'scalar') return stringField(path, e.items[0]);
  return undefined;
}

interface ChannelTopic {
  readonly id: string;
  readonly topic: Topic;
}

/** Does the document describe at least one Kafka channel? (AsyncAPI for MQTT/AMQP is not ours.) */
export function hasKafkaChannels(root: YNode): boolean {
  const channels = get(root, 'channels');
  if (channels?.type !== 'map' || channels.pairs.length === 0) return false;
  return allServersKafka(root) || channels.pairs.some((p) => get(get(p.value, 'bindings'), 'kafka') !== undefined);
}

export function createAsyncApiAdapter(options?: OwnershipOptions): YamlDocumentAdapter {
  return {
    id: 'asyncapi',
    detect: (root) => root.type === 'map' && asyncApiVersion(root) !== undefined && hasKafkaChannels(root),
    read(doc, path) {
      const root = doc.root;
      if (!root || root.type !== 'map') return {};
      const version = asyncApiVersion(root)!;
      const info = get(root, 'info');
      const infoLabels = extensions(path, info);
      const contactNode = get(get(info, 'contact'), 'email') ?? get(get(info, 'contact'), 'name');
      const kafkaEverywhere = allServersKafka(root);
      const channels = get(root, 'channels');
      const topics: ChannelTopic[] = [];
      for (const p of channels?.type === 'map' ? channels.pairs : []) {
        const ch = p.value;
        const binding = get(get(ch, 'bindings'), 'kafka');
        if (!binding && !kafkaEverywhere) continue;
        let name: Field<string>;
        const explicit = get(binding, 'topic');
        if (explicit && explicit.type === 'scalar' && explicit.value !== null) name = nameField(path, explicit, 'topic');
        else if (version === 2) name = nameField(path, p.keyNode, 'channel');
        else {
          const address = get(ch, 'address');
          if (address && address.type === 'scalar' && address.value !== null) name = nameField(path, address, 'address');
          else {
            const at = address ?? p.keyNode;
            name = unknown(locOf(path, at), `channel \`${p.key}\` has ${address ? 'a null' : 'no'} address: AsyncAPI leaves it to be known at runtime`, p.key);
          }
        }
        const config: Record<string, Field<ConfigScalar>> = { ...configMap(path, get(binding, 'topicConfiguration')) };
        const own = resolveOwnership({ labels: { ...infoLabels, ...extensions(path, ch), ...extensions(path, binding) }, filePath: path }, options);
        const fields: { -readonly [K in keyof ReturnType<typeof ownershipFields>]: ReturnType<typeof ownershipFields>[K] } = { ...ownershipFields(own) };
        if (!fields.contact && !own.sources.contact && contactNode) {
          const c = stringField(path, contactNode);
          if (c) fields.contact = c;
        }
        const partitions = numberField(path, get(binding, 'partitions'));
        const replicationFactor = numberField(path, get(binding, 'replicas'));
        topics.push({
          id: p.key,
          topic: {
            kind: 'topic',
            name,
            loc: locOf(path, { start: p.start, end: p.end }),
            format: 'asyncapi',
            file: path,
            declaredIn: 'catalog',
            consumerGroups: [],
            config,
            labels: own.labels,
            ...(partitions ? { partitions } : {}),
            ...(replicationFactor ? { replicationFactor } : {}),
            ...typedFromConfig(config),
            ...fields,
          },
        });
      }
      
      const groups = new Map<string, ConsumerGroup & { topics: Field<string>[] }>();
      const addGroup = (op: YNode | undefined, channelId: string | undefined): void => {
        const kb = get(get(op, 'bindings'), 'kafka');
        const gid = literal(path, get(kb, 'groupId'));
        const target = topics.find((t) => t.id === channelId);
        if (!gid || !target || !op) return;
        const key = gid.kind === 'known' ? gid.value : `?${gid.loc.start}`;
        const existing = groups.get(key);
        if (existing) {
          existing.topics.push(target.topic.name);
          return;
        }
        const clientId = literal(path, get(kb, 'clientId'));
        groups.set(key, {
          kind: 'consumerGroup',
          name: gid,
          loc: locOf(path, op),
          format: 'asyncapi',
          file: path,
          topics: [target.topic.name],
          config: clientId ? { 'client.id': clientId.kind === 'known' ? known<ConfigScalar>(clientId.value, clientId.loc, clientId.raw) : clientId } : {},
          labels: extensions(path, op),
        });
      };
      if (version === 3) {
        const ops = get(root, 'operations');
        for (const p of ops?.type === 'map' ? ops.pairs : []) {
          const ref = scalarString(get(get(p.value, 'channel'), '$ref'));
          const m = ref ? /^#\/channels\/(.+)$/.exec(ref) : null;
          addGroup(p.value, m ? decodePointer(m[1]!) : undefined);
        }
      } else {
        for (const p of (channels as YMap).pairs) {
          for (const verb of ['publish', 'subscribe']) addGroup(get(p.value, verb), p.key);
        }
      }
      return { topics: topics.map((t) => t.topic), consumerGroups: [...groups.values()] };
    },
  };
}

/** JSON pointer segment decoding (`~1` = `/`, `~0` = `~`). */
function decodePointer(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

export const asyncApiAdapter: YamlDocumentAdapter = createAsyncApiAdapter();
