/**
 * Names the Java Kafka clients give to config keys and values: `ProducerConfig.ACKS_CONFIG` is
 * `acks`. Kafka names its constants systematically (`FOO_BAR_CONFIG = "foo.bar"`); the table lists
 * the constants that break that pattern, and the pattern is applied to the rest of these classes.
 */

export type RoleHint = 'producer' | 'consumer' | 'streams' | 'admin';

/** Classes whose `*_CONFIG` constants are Kafka config keys, with the client kind they imply. */
export const CONFIG_CLASSES: Readonly<Record<string, RoleHint | undefined>> = {
  ProducerConfig: 'producer',
  ConsumerConfig: 'consumer',
  StreamsConfig: 'streams',
  AdminClientConfig: 'admin',
  CommonClientConfigs: undefined,
  SaslConfigs: undefined,
  SslConfigs: undefined,
  TopicConfig: undefined,
  AbstractKafkaSchemaSerDeConfig: undefined,
  KafkaAvroSerializerConfig: undefined,
  KafkaAvroDeserializerConfig: undefined,
  AbstractKafkaAvroSerDeConfig: undefined,
};

/** Constants whose key does not follow `FOO_BAR_CONFIG -> foo.bar`. */
const EXCEPTIONS: Readonly<Record<string, string>> = {
  MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION: 'max.in.flight.requests.per.connection',
  SASL_JAAS_CONFIG: 'sasl.jaas.config',
  SASL_CLIENT_CALLBACK_HANDLER_CLASS: 'sasl.client.callback.handler.class',
  SASL_LOGIN_CALLBACK_HANDLER_CLASS: 'sasl.login.callback.handler.class',
  SASL_LOGIN_CLASS: 'sasl.login.class',
  MIN_IN_SYNC_REPLICAS_CONFIG: 'min.insync.replicas',
  LOCAL_LOG_RETENTION_MS_CONFIG: 'local.retention.ms',
  LOCAL_LOG_RETENTION_BYTES_CONFIG: 'local.retention.bytes',
  REMOTE_LOG_STORAGE_ENABLE_CONFIG: 'remote.storage.enable',
  FLUSH_MESSAGES_INTERVAL_CONFIG: 'flush.messages',
  TRANSACTION_TIMEOUT_CONFIG: 'transaction.timeout.ms',
  DEFAULT_DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG: 'default.deserialization.exception.handler',
  DEFAULT_PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG: 'default.production.exception.handler',
  DEFAULT_TIMESTAMP_EXTRACTOR_CLASS_CONFIG: 'default.timestamp.extractor',
  DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG: 'deserialization.exception.handler',
  PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG: 'processing.exception.handler',
  PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG: 'production.exception.handler',
  DEFAULT_KEY_SERDE_CLASS_CONFIG: 'default.key.serde',
  DEFAULT_VALUE_SERDE_CLASS_CONFIG: 'default.value.serde',
  USER_INFO_CONFIG: 'basic.auth.user.info',
  SCHEMA_REGISTRY_USER_INFO_CONFIG: 'schema.registry.basic.auth.user.info',
  CACHE_MAX_BYTES_BUFFERING_CONFIG: 'cache.max.bytes.buffering',
};

/** The dotted key of a config constant, or undefined when the name is not a config key constant. */
export function configKeyOf(field: string): string | undefined {
  const ex = EXCEPTIONS[field];
  if (ex) return ex;
  if (!/^[A-Z][A-Z0-9_]*_CONFIG$/.test(field) || field.endsWith('_DOC_CONFIG')) return undefined;
  return field.slice(0, -'_CONFIG'.length).toLowerCase().replace(/_/g, '.');
}

/** `StreamsConfig.producerPrefix(key)` and friends. */
export const KEY_PREFIX_METHODS: Readonly<Record<string, string>> = {
  producerPrefix: 'producer.',
  consumerPrefix: 'consumer.',
  mainConsumerPrefix: 'main.consumer.',
  restoreConsumerPrefix: 'restore.consumer.',
  globalConsumerPrefix: 'global.consumer.',
  adminClientPrefix: 'admin.',
  topicPrefix: 'topic.',
};

/** Well-known value constants (`StreamsConfig.EXACTLY_ONCE_V2`), keyed `Class.FIELD`. */
export const VALUE_CONSTANTS: Readonly<Record<string, string | number | boolean>> = {
  'StreamsConfig.EXACTLY_ONCE_V2': 'exactly_once_v2',
  'StreamsConfig.EXACTLY_ONCE': 'exactly_once',
  'StreamsConfig.EXACTLY_ONCE_BETA': 'exactly_once_beta',
  'StreamsConfig.AT_LEAST_ONCE': 'at_least_once',
  'StreamsConfig.OPTIMIZE': 'all',
  'StreamsConfig.NO_OPTIMIZATION': 'none',
  'TopicConfig.CLEANUP_POLICY_COMPACT': 'compact',
  'TopicConfig.CLEANUP_POLICY_DELETE': 'delete',
  'Boolean.TRUE': true,
  'Boolean.FALSE': false,
  'Integer.MAX_VALUE': 2147483647,
  'Short.MAX_VALUE': 32767,
};

/** Enum types whose constant's name is the config value (`SecurityProtocol.SASL_SSL.name()`). */
export const NAME_ENUMS: ReadonlySet<string> = new Set(['SecurityProtocol', 'IsolationLevel', 'OffsetResetStrategy', 'CompressionType', 'AutoOffsetResetStrategy']);

export const PRODUCER_KEYS: ReadonlySet<string> = new Set([
  'acks', 'enable.idempotence', 'transactional.id', 'max.in.flight.requests.per.connection', 'linger.ms', 'batch.size',
  'compression.type', 'delivery.timeout.ms', 'key.serializer', 'value.serializer', 'buffer.memory', 'max.block.ms',
  'partitioner.class', 'transaction.timeout.ms', 'max.request.size',
]);

export const CONSUMER_KEYS: ReadonlySet<string> = new Set([
  'group.id', 'enable.auto.commit', 'auto.offset.reset', 'max.poll.interval.ms', 'max.poll.records', 'session.timeout.ms',
  'heartbeat.interval.ms', 'key.deserializer', 'value.deserializer', 'isolation.level', 'auto.commit.interval.ms',
  'fetch.min.bytes', 'fetch.max.wait.ms', 'group.instance.id', 'partition.assignment.strategy', 'group.protocol',
]);

export const STREAMS_KEYS: ReadonlySet<string> = new Set([
  'application.id', 'processing.guarantee', 'num.stream.threads', 'num.standby.replicas', 'default.key.serde',
  'default.value.serde', 'state.dir', 'commit.interval.ms', 'topology.optimization', 'statestore.cache.max.bytes',
]);

const COMMON_KEYS: ReadonlySet<string> = new Set([
  'bootstrap.servers', 'client.id', 'security.protocol', 'retries', 'request.timeout.ms', 'retry.backoff.ms',
  'sasl.mechanism', 'sasl.jaas.config', 'ssl.truststore.location', 'ssl.truststore.password', 'ssl.keystore.location',
  'ssl.keystore.password', 'ssl.key.password', 'schema.registry.url', 'basic.auth.user.info', 'basic.auth.credentials.source',
]);

/** Is a key spelled as a string literal (`"acks"`) a Kafka client config key we know? */
export function isKnownClientKey(key: string): boolean {
  const bare = key.replace(/^(producer|consumer|main\.consumer|restore\.consumer|global\.consumer|admin)\./, '');
  return PRODUCER_KEYS.has(bare) || CONSUMER_KEYS.has(bare) || STREAMS_KEYS.has(bare) || COMMON_KEYS.has(bare) || /^(sasl|ssl)\./.test(bare);
}
