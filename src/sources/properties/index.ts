/**
 * Plain Kafka client `.properties` files (producer, consumer, Streams, Connect worker and connector
 * configs) as `Client` entities. Spring's `application*.properties` belong to the Spring adapter.
 */
import type { AdapterProblem, Client, ClientRole, ConfigScalar, Field, FileRecord, SourceLocation } from '../../model/model.js';
import { isPlaceholder, known, unknown } from '../../model/values.js';
import type { AdapterOutput, InputFile, ProjectAdapter } from '../types.js';
import { parseProperties, type PropertiesEntry, type PropertiesFile } from './parse.js';
import { append } from '../../util/append.js';

export { parseProperties } from './parse.js';
export type { PropertiesEntry, PropertiesFile } from './parse.js';

const SPRING_PROPERTIES = /(^|\/)application(-[^/]*)?\.properties$/i;

/** A config field from a properties entry: trimmed like Kafka does, placeholders unknown. */
export function entryField(file: string, e: PropertiesEntry): Field<ConfigScalar> {
  const loc: SourceLocation = { file, start: e.valueStart, end: e.valueEnd };
  const value = e.value.trim();
  if (isPlaceholder(value)) return unknown(loc, 'placeholder', e.raw);
  return known(value, loc, e.raw);
}

/** Location of an entry's key. */
export function keyLoc(file: string, e: PropertiesEntry): SourceLocation {
  return { file, start: e.keyStart, end: e.keyEnd };
}

const PRODUCER_KEYS = new Set([
  'acks', 'key.serializer', 'value.serializer', 'enable.idempotence', 'transactional.id', 'transaction.timeout.ms', 'linger.ms',
  'batch.size', 'buffer.memory', 'max.in.flight.requests.per.connection', 'compression.type', 'delivery.timeout.ms',
  'max.block.ms', 'partitioner.class', 'max.request.size',
]);
const CONSUMER_KEYS = new Set([
  'group.id', 'group.instance.id', 'key.deserializer', 'value.deserializer', 'enable.auto.commit', 'auto.commit.interval.ms',
  'auto.offset.reset', 'max.poll.records', 'max.poll.interval.ms', 'session.timeout.ms', 'heartbeat.interval.ms',
  'fetch.min.bytes', 'fetch.max.bytes', 'fetch.max.wait.ms', 'max.partition.fetch.bytes', 'isolation.level',
  'partition.assignment.strategy', 'group.protocol',
]);
const STREAMS_KEYS = new Set([
  'application.id', 'processing.guarantee', 'num.stream.threads', 'state.dir', 'default.key.serde', 'default.value.serde',
  'num.standby.replicas', 'commit.interval.ms', 'replication.factor', 'topology.optimization', 'statestore.cache.max.bytes',
  'cache.max.bytes.buffering',
]);
const WORKER_KEYS = ['config.storage.topic', 'offset.storage.topic', 'status.storage.topic', 'offset.storage.file.filename', 'plugin.path'];
const COMMON_KEYS = new Set([
  'bootstrap.servers', 'client.id', 'security.protocol', 'request.timeout.ms', 'retries', 'retry.backoff.ms', 'metadata.max.age.ms',
  'schema.registry.url', 'client.dns.lookup', 'connections.max.idle.ms', 'receive.buffer.bytes', 'send.buffer.bytes',
  'reconnect.backoff.ms', 'default.api.timeout.ms', 'basic.auth.credentials.source', 'basic.auth.user.info',
]);
/** Keys only librdkafka (confluent-kafka-go/python/dotnet, node-rdkafka) understands. */
const LIBRDKAFKA_KEYS = new Set([
  'queue.buffering.max.ms', 'queue.buffering.max.messages', 'queue.buffering.max.kbytes', 'batch.num.messages', 'message.timeout.ms',
  'socket.keepalive.enable', 'enable.auto.offset.store', 'statistics.interval.ms', 'enable.partition.eof', 'topic.metadata.refresh.interval.ms',
  'sasl.username', 'sasl.password', 'message.send.max.retries', 'debug', 'api.version.request', 'enable.ssl.certificate.verification',
  'ssl.ca.location', 'ssl.certificate.location', 'ssl.key.location',
]);
const KAFKA_PREFIXES = /^(sasl|ssl|producer|consumer|admin|main\.consumer|restore\.consumer|global\.consumer|key\.converter|value\.converter|header\.converter|schema\.registry|basic\.auth|config\.providers|topic\.creation|exactly\.once\.source|errors\.deadletterqueue)\./;

function isKafkaKey(key: string): boolean {
  return (
    PRODUCER_KEYS.has(key) || CONSUMER_KEYS.has(key) || STREAMS_KEYS.has(key) || COMMON_KEYS.has(key) || LIBRDKAFKA_KEYS.has(key) ||
    WORKER_KEYS.includes(key) || key === 'connector.class' || KAFKA_PREFIXES.test(key)
  );
}

/**
 * Keys other tools' `.properties` files use too (Gradle's wrapper has `retries` and `networkTimeout`,
 * many HTTP clients `request.timeout.ms`-like settings, loggers `debug`): on their own they are not
 * evidence of a Kafka client. A file is read as a Kafka client, worker or connector only when at least
 * one key is specific to Kafka (`bootstrap.servers`, `group.id`, `key.serializer`, `connector.class`,
 * `topics`, ...; issue #17, class C).
 */
const GENERIC_KEYS = new Set([
  'retries', 'debug', 'client.id', 'request.timeout.ms', 'retry.backoff.ms', 'batch.size', 'buffer.memory', 'compression.type',
  'state.dir', 'plugin.path', 'replication.factor', 'connections.max.idle.ms', 'receive.buffer.bytes', 'send.buffer.bytes',
  'reconnect.backoff.ms', 'metadata.max.age.ms', 'default.api.timeout.ms', 'session.timeout.ms', 'heartbeat.interval.ms',
  'client.dns.lookup', 'commit.interval.ms', 'max.request.size',
]);

/** Files of other tools that are `.properties` by convention, never Kafka settings. */
const NOT_KAFKA_FILES = /(^|\/)(gradle-wrapper|maven-wrapper|gradle|local|sonar-project|lombok\.config|log4j2?|logging|simplelogger|messages(_[\w-]+)?)\.properties$/i;

/** Whether a properties file's keys (and name) say it configures Kafka. */
export function hasKafkaEvidence(keys: Iterable<string>, path: string): boolean {
  if (NOT_KAFKA_FILES.test(path)) return false;
  for (const k of keys) if (k === 'topics' || (isKafkaKey(k) && !GENERIC_KEYS.has(k))) return true;
  return false;
}

/** The role a file name suggests, for files whose keys alone are ambiguous. */
function roleFromName(path: string): ClientRole | undefined {
  const base = path.split('/').pop()!.toLowerCase();
  if (/^connect-(distributed|standalone)|worker/.test(base)) return 'connect-worker';
  if (/connector|(sink|source)\.properties$/.test(base)) return 'connector';
  if (/stream/.test(base)) return 'streams';
  if (/producer/.test(base)) return 'producer';
  if (/consumer/.test(base)) return 'consumer';
  if (/admin/.test(base)) return 'admin';
  return undefined;
}

/** Classify a file by its keys and, where they are ambiguous, its name. */
export function classify(keys: ReadonlySet<string>, path: string): ClientRole {
  if (keys.has('connector.class')) return 'connector';
  if (WORKER_KEYS.some((k) => keys.has(k)) || (keys.has('group.id') && (keys.has('key.converter') || keys.has('value.converter')))) return 'connect-worker';
  if (keys.has('application.id') || keys.has('processing.guarantee')) return 'streams';
  let producer = 0;
  let consumer = 0;
  for (const k of keys) {
    if (PRODUCER_KEYS.has(k)) producer++;
    if (CONSUMER_KEYS.has(k)) consumer++;
  }
  const byName = roleFromName(path);
  if (producer > 0 && consumer === 0) return 'producer';
  if (consumer > 0 && producer === 0) return 'consumer';
  if (byName) return byName;
  if (producer > consumer) return 'producer';
  if (consumer > producer) return 'consumer';
  return 'unknown';
}

function baseName(path: string): string {
  return path.split('/').pop()!.replace(/\.properties$/i, '');
}

function splitList(file: string, e: PropertiesEntry): Field<string>[] {
  const f = entryField(file, e);
  if (f.kind !== 'known') return [f as Field<string>];
  const out: Field<string>[] = [];
  // Locate each comma-separated name within the value as written (continuations keep positions).
  const re = /[^,\s\\]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(e.raw))) {
    const loc = { file, start: e.valueStart + m.index, end: e.valueStart + m.index + m[0].length };
    out.push(known(m[0], loc, m[0]));
  }
  return out;
}

export interface PropertiesReadResult {
  readonly client?: Client;
  readonly problems: AdapterProblem[];
  readonly record: FileRecord;
}

/** Read one plain Kafka `.properties` file. */
export function readKafkaProperties(path: string, text: string, parsed: PropertiesFile = parseProperties(text)): PropertiesReadResult {
  const problems: AdapterProblem[] = parsed.problems.map((p) => ({
    ruleId: 'parse-error',
    message: `Properties syntax error: ${p.message}. Fix the escape; Java fails to load the file.`,
    loc: { file: path, start: p.start, end: p.end },
  }));
  // The last occurrence of a key wins, as in java.util.Properties.
  const byKey = new Map<string, PropertiesEntry>();
  for (const e of parsed.entries) byKey.set(e.key, e);
  const keys = new Set(byKey.keys());
  if (!hasKafkaEvidence(keys, path)) {
    const reason = !parsed.entries.length ? 'empty properties file' : NOT_KAFKA_FILES.test(path) ? 'a properties file of another tool' : 'no Kafka client settings in this properties file';
    return { problems, record: { path, status: problems.length ? 'parse-error' : 'not-catalog', formats: [], reason } };
  }
  const role = classify(keys, path);
  const config: Record<string, Field<ConfigScalar>> = {};
  for (const [k, e] of byKey) config[k] = entryField(path, e);
  const library = [...keys].some((k) => LIBRDKAFKA_KEYS.has(k)) ? 'librdkafka' : 'java';
  const nameKey = role === 'connector' ? 'name' : role === 'streams' ? 'application.id' : role === 'connect-worker' ? 'group.id' : 'client.id';
  const nameEntry = byKey.get(nameKey) ?? byKey.get('client.id');
  const first = parsed.entries.find((e) => isKafkaKey(e.key)) ?? parsed.entries[0]!;
  let name: Field<string>;
  if (nameEntry) {
    const f = entryField(path, nameEntry);
    name = f.kind === 'known' ? known(String(f.value), f.loc, f.raw) : (f as Field<string>);
  } else {
    // Implicit name: the file's own name, located at the first Kafka setting.
    name = known(baseName(path), keyLoc(path, first));
  }
  const produces: Field<string>[] = [];
  const consumes: Field<string>[] = [];
  if (role === 'connector') {
    const topics = byKey.get('topics');
    if (topics) append(consumes, splitList(path, topics));
    const dlq = byKey.get('errors.deadletterqueue.topic.name');
    if (dlq && dlq.value.trim() !== '') produces.push(...splitList(path, dlq));
  }
  const groupEntry = role === 'consumer' ? byKey.get('group.id') : undefined;
  const groupId = groupEntry ? (entryField(path, groupEntry) as Field<string>) : undefined;
  const lastEntry = parsed.entries[parsed.entries.length - 1]!;
  const client: Client = {
    kind: 'client',
    name,
    loc: { file: path, start: parsed.entries[0]!.start, end: lastEntry.end },
    format: 'properties',
    file: path,
    role,
    library,
    config,
    produces,
    consumes,
    ...(groupId ? { groupId } : {}),
  };
  return { client, problems, record: { path, status: problems.length ? 'parse-error' : 'linted', formats: ['properties'] } };
}

export const propertiesAdapter: ProjectAdapter = {
  id: 'properties',
  claims: (path) => /\.properties$/i.test(path) && !SPRING_PROPERTIES.test(path),
  declaresCatalogEntities: false,
  async read(files: readonly InputFile[]): Promise<AdapterOutput> {
    const out: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      const r = readKafkaProperties(f.path, f.text);
      if (r.client) out.clients.push(r.client);
      append(out.problems, r.problems);
      out.files.push(r.record);
    }
    return out;
  },
};
