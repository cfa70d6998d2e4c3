/**
 * Spring Boot's `spring.kafka.*` properties mapped to Kafka client config names, with relaxed binding
 * (`enable-auto-commit` = `enableAutoCommit` = `enable_auto_commit` = `enable.auto.commit`).
 */

export type SpringSection = 'common' | 'producer' | 'consumer' | 'streams' | 'admin';

export interface SpringKey {
  readonly section: SpringSection;
  /** `typed` (Spring's own names), `props` (`properties.*` maps, passed to Kafka as written). */
  readonly layer: 'typed' | 'props';
  /** The Kafka config name (or a `spring.kafka.*` name for Spring-only settings). */
  readonly kafkaKey: string;
  /** Spring Duration (a number of ms, `10s`, `5m`, `PT5M`): converted to milliseconds. */
  readonly duration?: boolean;
  /** `spring.kafka.template.default-topic`: the producer's topic. */
  readonly defaultTopic?: boolean;
}

/** Relaxed-binding canonical form of a name: lower case without `-`, `_` and `.`. */
export function canon(s: string): string {
  return s.toLowerCase().replace(/[-_.]/g, '');
}

type Table = Readonly<Record<string, string | { key: string; duration: true }>>;

const SSL: Table = {
  keypassword: 'ssl.key.password',
  keystorelocation: 'ssl.keystore.location',
  keystorepassword: 'ssl.keystore.password',
  keystoretype: 'ssl.keystore.type',
  keystorekey: 'ssl.keystore.key',
  keystorecertificatechain: 'ssl.keystore.certificate.chain',
  truststorelocation: 'ssl.truststore.location',
  truststorepassword: 'ssl.truststore.password',
  truststoretype: 'ssl.truststore.type',
  truststorecertificates: 'ssl.truststore.certificates',
  protocol: 'ssl.protocol',
  bundle: 'spring.kafka.ssl.bundle',
};

const COMMON: Table = {
  bootstrapservers: 'bootstrap.servers',
  clientid: 'client.id',
  securityprotocol: 'security.protocol',
};

const TYPED: Readonly<Record<Exclude<SpringSection, 'common'>, Table>> = {
  producer: {
    ...COMMON,
    acks: 'acks',
    batchsize: 'batch.size',
    buffermemory: 'buffer.memory',
    compressiontype: 'compression.type',
    keyserializer: 'key.serializer',
    valueserializer: 'value.serializer',
    retries: 'retries',
    transactionidprefix: 'transactional.id',
  },
  consumer: {
    ...COMMON,
    autocommitinterval: { key: 'auto.commit.interval.ms', duration: true },
    autooffsetreset: 'auto.offset.reset',
    enableautocommit: 'enable.auto.commit',
    fetchmaxwait: { key: 'fetch.max.wait.ms', duration: true },
    fetchminsize: 'fetch.min.bytes',
    groupid: 'group.id',
    heartbeatinterval: { key: 'heartbeat.interval.ms', duration: true },
    isolationlevel: 'isolation.level',
    keydeserializer: 'key.deserializer',
    valuedeserializer: 'value.deserializer',
    maxpollrecords: 'max.poll.records',
    maxpollinterval: { key: 'max.poll.interval.ms', duration: true },
  },
  streams: {
    ...COMMON,
    applicationid: 'application.id',
    replicationfactor: 'replication.factor',
    statedir: 'state.dir',
    cachemaxsizebuffering: 'cache.max.bytes.buffering',
    statestorecachemaxsize: 'statestore.cache.max.bytes',
    autostartup: 'spring.kafka.streams.auto-startup',
  },
  admin: {
    ...COMMON,
    failfast: 'spring.kafka.admin.fail-fast',
    operationtimeout: 'spring.kafka.admin.operation-timeout',
    closetimeout: 'spring.kafka.admin.close-timeout',
  },
};

function fromTable(table: Table, name: string, section: SpringSection): SpringKey | undefined {
  const hit = table[canon(name)];
  if (hit === undefined) return undefined;
  return typeof hit === 'string' ? { section, layer: 'typed', kafkaKey: hit } : { section, layer: 'typed', kafkaKey: hit.key, duration: true };
}

const SECTIONS = new Set(['producer', 'consumer', 'streams', 'admin']);

/**
 * Map the segments after `spring.kafka` to a Kafka key. `section` is returned even for settings
 * that have no Kafka equivalent (they still show that the application has that kind of client).
 */
export function mapSpringKafka(rest: readonly string[]): { section: SpringSection; key?: SpringKey } | undefined {
  const head = rest[0];
  if (head === undefined) return undefined;
  const h = canon(head);
  if (SECTIONS.has(h)) {
    const section = h as Exclude<SpringSection, 'common'>;
    const tail = rest.slice(1);
    return { section, ...mapWithin(section, tail, TYPED[section]) };
  }
  if (h === 'template') {
    const name = canon(rest.slice(1).join('.'));
    if (name === 'defaulttopic') return { section: 'producer', key: { section: 'producer', layer: 'typed', kafkaKey: 'spring.kafka.template.default-topic', defaultTopic: true } };
    if (name === 'transactionidprefix') return { section: 'producer', key: { section: 'producer', layer: 'typed', kafkaKey: 'transactional.id' } };
    return { section: 'producer' };
  }
  if (h === 'listener') {
    const name = rest.slice(1).join('.');
    if (canon(name) === 'ackmode') return { section: 'consumer', key: { section: 'consumer', layer: 'typed', kafkaKey: 'spring.kafka.listener.ack-mode' } };
    return { section: 'consumer' };
  }
  if (h === 'jaas') {
    // Spring's JAAS login module settings apply JVM-wide; options (username, password) keep their names.
    const tail = rest.slice(1);
    if (tail.length === 0) return undefined;
    const first = canon(tail[0]!);
    const kafkaKey = first === 'options' ? `spring.kafka.jaas.options.${tail.slice(1).join('.')}` : `spring.kafka.jaas.${tail.map((t) => t.toLowerCase()).join('.')}`;
    return { section: 'common', key: { section: 'common', layer: 'typed', kafkaKey } };
  }
  if (['properties', 'ssl', 'security', 'bootstrapservers', 'clientid'].includes(h)) {
    return { section: 'common', ...mapWithin('common', rest, COMMON) };
  }
  return undefined;
}

function mapWithin(section: SpringSection, tail: readonly string[], table: Table): { key?: SpringKey } {
  const first = tail[0];
  if (first === undefined) return {};
  const c = canon(first);
  if (c === 'properties') {
    if (tail.length < 2) return {};
    // Map keys are passed to Kafka as written (no relaxed binding for map keys).
    return { key: { section, layer: 'props', kafkaKey: tail.slice(1).join('.') } };
  }
  if (c === 'ssl') {
    const k = fromTable(SSL, tail.slice(1).join('.'), section);
    return k ? { key: k } : {};
  }
  const k = fromTable(table, tail.join('.'), section);
  return k ? { key: k } : {};
}

/** A Spring Duration spelling in milliseconds (`500`, `500ms`, `10s`, `5m`, `2h`, `1d`, `PT5M`). */
export function springDurationMs(v: string | number | boolean | null): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  const m = /^([-+]?\d+)\s*(ns|us|ms|s|m|h|d)?$/i.exec(s);
  if (m) {
    const n = Number(m[1]);
    const unit = (m[2] ?? 'ms').toLowerCase();
    const factor: Record<string, number> = { ns: 1e-6, us: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };
    return Math.round(n * factor[unit]!);
  }
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s);
  if (iso && s.length > 1 && !/T$/i.test(s)) {
    const [, d, h, mi, sec] = iso;
    return Number(d ?? 0) * 86_400_000 + Number(h ?? 0) * 3_600_000 + Number(mi ?? 0) * 60_000 + Math.round(Number(sec ?? 0) * 1000);
  }
  return undefined;
}
