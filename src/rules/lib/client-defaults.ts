/**
 * Effective client settings: the value a client configures, else its library's default. Rules judge
 * the effective value and say when it comes from a default. Unknown values (placeholders, variables,
 * method calls) resolve to `unknown` and are never judged.
 *
 * Defaults, per library (the `Client.library` adapters set):
 * - `java`: the Apache Kafka Java client since Kafka 3.0 (`acks=all`, `enable.idempotence=true`,
 *   `enable.auto.commit=true`, `session.timeout.ms=45000`). With `legacy` (clients before 3.0):
 *   `acks=1`, `enable.idempotence=false`, `session.timeout.ms=10000`.
 * - `spring`: Spring Boot passes the Java client's defaults through (Spring Boot 2.6+ ships Kafka
 *   clients 3.x), except that Spring Kafka sets `enable.auto.commit=false` unless it is set.
 * - `kafkajs`: `acks=-1` for `send`, `idempotent: false`, `retry.retries: 5`, `sessionTimeout: 30000`,
 *   `heartbeatInterval: 3000`; KafkaJS commits offsets after `eachMessage`/`eachBatch` resolves.
 * - `confluent-js`, `librdkafka`: librdkafka's defaults (`acks=-1`, `enable.idempotence=false`,
 *   `enable.auto.commit=true`, `session.timeout.ms=45000`).
 */
import type { Client, ConfigScalar, Known, SourceLocation } from '../../model/model.js';
import { toBoolean, toNumber } from '../../model/values.js';
import { nameLoc } from './report.js';

export type Resolved<T> =
  /** Set in the client's config. */
  | { readonly state: 'set'; readonly value: T; readonly field: Known<ConfigScalar>; readonly key: string; readonly loc: SourceLocation }
  /** Not set: the library's default applies. `note` is "(default for the Java client when unset)". */
  | { readonly state: 'default'; readonly value: T; readonly note: string; readonly loc: SourceLocation }
  /** Set to a value that cannot be known or read, or not set where the library's default is unknown. */
  | { readonly state: 'unknown' };

export interface DefaultsOptions {
  /** Judge Java/Spring clients by the defaults of Kafka clients before 3.0 (`acks=1`, no idempotence). */
  readonly legacy?: boolean;
}

/** Other spellings adapters may keep for a Kafka key (KafkaJS option names). */
const ALIASES: Readonly<Record<string, readonly string[]>> = {
  'enable.idempotence': ['idempotent'],
  'max.in.flight.requests.per.connection': ['maxInFlightRequests'],
  retries: ['retry.retries'],
  'enable.auto.commit': ['autoCommit'],
  'session.timeout.ms': ['sessionTimeout'],
  'heartbeat.interval.ms': ['heartbeatInterval'],
  'transactional.id': ['transactionalId'],
  'group.id': ['groupId'],
};

type Defaults = Readonly<Record<string, ConfigScalar>>;

const JAVA: Defaults = {
  acks: 'all',
  'enable.idempotence': true,
  'max.in.flight.requests.per.connection': 5,
  retries: 2147483647,
  'enable.auto.commit': true,
  'session.timeout.ms': 45000,
  'heartbeat.interval.ms': 3000,
  'max.poll.interval.ms': 300000,
  'security.protocol': 'PLAINTEXT',
  'processing.guarantee': 'at_least_once',
};
const JAVA_LEGACY: Defaults = { ...JAVA, acks: '1', 'enable.idempotence': false, 'session.timeout.ms': 10000 };
const LIBRDKAFKA: Defaults = {
  acks: 'all',
  'enable.idempotence': false,
  'max.in.flight.requests.per.connection': 1000000,
  retries: 2147483647,
  'enable.auto.commit': true,
  'session.timeout.ms': 45000,
  'heartbeat.interval.ms': 3000,
  'max.poll.interval.ms': 300000,
  'security.protocol': 'PLAINTEXT',
};
const KAFKAJS: Defaults = {
  acks: 'all',
  'enable.idempotence': false,
  retries: 5,
  'session.timeout.ms': 30000,
  'heartbeat.interval.ms': 3000,
};

const LABEL: Readonly<Record<string, string>> = {
  java: 'the Java client',
  spring: 'Spring Kafka',
  kafkajs: 'KafkaJS',
  'confluent-js': '@confluentinc/kafka-javascript',
  librdkafka: 'librdkafka',
};

/** How a library is named in messages. */
export function libraryLabel(library: string): string {
  return LABEL[library] ?? library;
}

/** The library's default for a key, and whose default it is; undefined when not known. */
export function libraryDefault(library: string, key: string, opts: DefaultsOptions = {}): { value: ConfigScalar; note: string } | undefined {
  let table: Defaults | undefined;
  let who = libraryLabel(library);
  if (library === 'java') table = opts.legacy ? JAVA_LEGACY : JAVA;
  else if (library === 'spring') {
    if (key === 'enable.auto.commit') return { value: false, note: '(default for Spring Kafka when unset)' };
    table = opts.legacy ? JAVA_LEGACY : JAVA;
    who = 'the Java client Spring Boot uses';
  } else if (library === 'kafkajs') table = KAFKAJS;
  else if (library === 'confluent-js' || library === 'librdkafka') table = LIBRDKAFKA;
  const value = table?.[key];
  if (value === undefined) return undefined;
  return { value, note: `(default for ${who} when unset)` };
}

/** The config entry of a key (or one of its aliases), with the key it was found under. */
export function configEntry(client: Client, key: string): { key: string; field: Client['config'][string] } | undefined {
  const direct = client.config[key];
  if (direct) return { key, field: direct };
  for (const alias of ALIASES[key] ?? []) {
    const f = client.config[alias];
    if (f) return { key: alias, field: f };
  }
  return undefined;
}

/** Resolve a key to its effective value, read with `read` (which returns undefined for unreadable values). */
export function resolve<T>(client: Client, key: string, read: (v: ConfigScalar) => T | undefined, opts: DefaultsOptions = {}): Resolved<T> {
  const entry = configEntry(client, key);
  if (entry) {
    const f = entry.field;
    if (f.kind !== 'known') return { state: 'unknown' };
    const value = read(f.value);
    if (value === undefined) return { state: 'unknown' };
    return { state: 'set', value, field: f, key: entry.key, loc: f.loc };
  }
  const d = libraryDefault(client.library, key, opts);
  if (!d) return { state: 'unknown' };
  const value = read(d.value);
  if (value === undefined) return { state: 'unknown' };
  return { state: 'default', value, note: d.note, loc: nameLoc(client) };
}

/** `acks` normalised: `all` (`all`, `-1`), `0` or `1`. */
export function readAcks(v: ConfigScalar): 'all' | '0' | '1' | undefined {
  const s = String(v).trim().toLowerCase();
  if (s === 'all' || s === '-1') return 'all';
  if (s === '0' || s === '1') return s;
  return undefined;
}

export const readBoolean = (v: ConfigScalar): boolean | undefined => toBoolean(v);
export const readNumber = (v: ConfigScalar): number | undefined => toNumber(v);
export const readString = (v: ConfigScalar): string | undefined => (v === null ? undefined : String(v).trim());

/** How the setting is spelled in a message: `acks=1` as the user wrote it, or `acks=all` for a default. */
export function shown<T>(key: string, r: Resolved<T>): string {
  if (r.state === 'set') {
    const raw = r.field.raw ?? String(r.field.value);
    // A value written as a name (`KafkaSettings.ACKS`, `Acks.Leader`) is shown with what it stands for.
    return r.field.origin && raw !== String(r.field.value) ? `\`${r.key}\` ${raw} (= ${JSON.stringify(r.field.value)})` : `\`${r.key}\` ${raw}`;
  }
  if (r.state === 'default') return `\`${key}\` ${String(r.value)}`;
  return `\`${key}\``;
}

/** " (default for the Java client when unset)" for defaults, "" for set values. */
export function defaultNote<T>(r: Resolved<T>): string {
  return r.state === 'default' ? ` ${r.note}` : '';
}

/** A client's own name for messages: `producer "orders-service" (profile prod)`. */
export function describeClient(client: Client): string {
  const name = client.name.kind === 'known' ? client.name.value : '(unnamed)';
  const role = client.role === 'unknown' ? 'Kafka client' : client.role === 'connect-worker' ? 'Connect worker' : client.role === 'streams' ? 'Streams app' : client.role.charAt(0).toUpperCase() + client.role.slice(1);
  return `${role} "${name}"${client.profile ? ` (profile ${client.profile})` : ''}`;
}
