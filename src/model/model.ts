/**
 * The one model. Every input format (our catalog YAML, Strimzi, Terraform, Spring, Java, TypeScript, ...)
 * is an adapter into these types; rules read only these types and never know which format a value
 * came from.
 *
 * Locations are UTF-16 offsets into the decoded file text (what every parser we use gives), converted
 * to line/column only when a finding is reported. That keeps adapters cheap and models serialisable.
 */

/** A span of a file: `start` inclusive, `end` exclusive, both UTF-16 offsets into the file text. */
export interface SourceLocation {
  /** Repository-relative path with `/` separators (or the path as given when outside the root). */
  readonly file: string;
  readonly start: number;
  readonly end: number;
}

/** A value read from a file, with where it was written and how the user spelled it. */
export interface Known<T> {
  readonly kind: 'known';
  readonly value: T;
  readonly loc: SourceLocation;
  /** The user's own spelling (`"3"`, `P90D`, `retentionMinutes: 60`), quoted in messages. */
  readonly raw?: string;
  /**
   * The other place involved when a value travels through a name. Code adapters locate the value at
   * its use (`acks: ACKS`) and put the constant's definition here; Terraform locates it at the literal
   * the user edits (a `.tfvars` entry) and puts the referring expression (`var.topics`) here. Rules
   * offer it as a related location.
   */
  readonly origin?: SourceLocation;
}

/** A value that cannot be known statically (a variable, `${PLACEHOLDER}`, a method call). Never a guess. */
export interface Unknown {
  readonly kind: 'unknown';
  readonly loc: SourceLocation;
  /** Why it is unknown, for `--verbose`: "environment variable", "method call", ... */
  readonly reason: string;
  readonly raw?: string;
}

/** A value that is present but cannot be read as the type the field needs (`retention: soon`). */
export interface Invalid {
  readonly kind: 'invalid';
  readonly loc: SourceLocation;
  readonly raw: string;
  /** What was expected, for the message: "an ISO-8601 duration such as P7D". */
  readonly expected: string;
}

export type Field<T> = Known<T> | Unknown | Invalid;

/** Raw config values as formats write them; rules coerce with helpers in `core/values.ts`. */
export type ConfigScalar = string | number | boolean | null;

export type ConfigMap = Readonly<Record<string, Field<ConfigScalar>>>;

export type EntityKind = 'topic' | 'consumerGroup' | 'client';

interface EntityBase {
  readonly kind: EntityKind;
  /** The entity's name, located at the name's value (or at the entry when the name is implicit). */
  readonly name: Field<string>;
  /** The whole entry: where "missing field" findings point when there is no better place. */
  readonly loc: SourceLocation;
  /** Adapter id (`catalog`, `strimzi`, `terraform`, ...): for display, `--verbose`, and which fields the format can express (`model/formats.ts`). */
  readonly format: string;
  /** The file the entity is defined in (same as `loc.file`). */
  readonly file: string;
}

export type Classification = 'public' | 'internal' | 'confidential' | 'restricted';

export interface Topic extends EntityBase {
  readonly kind: 'topic';
  readonly owner?: Field<string>;
  readonly classification?: Field<string>;
  /** The declared message key (`quoteId`); absent means unkeyed. */
  readonly key?: Field<string>;
  readonly partitions?: Field<number>;
  readonly replicationFactor?: Field<number>;
  /** Typed field, or `min.insync.replicas` from the config when the format has no typed field. */
  readonly minInsyncReplicas?: Field<number>;
  /** Normalised, lower-case policies: `['delete']`, `['compact']`, `['compact', 'delete']`. */
  readonly cleanupPolicy?: Field<readonly string[]>;
  /**
   * Retention in milliseconds; -1 means infinite. Holds the typed retention field (ISO-8601, minutes,
   * hours, ... in the format's own unit, quoted back through `raw`), else `retention.ms` from config.
   */
  readonly retentionMs?: Field<number>;
  readonly schemaCompatibility?: Field<string>;
  readonly drTier?: Field<string>;
  readonly contact?: Field<string>;
  readonly schemaOwner?: Field<string>;
  readonly deprecated?: Field<boolean>;
  /** Consumer groups the topic declares as its readers. */
  readonly consumerGroups: readonly Field<string>[];
  /** Raw Kafka topic configs exactly as written (`retention.ms`, `unclean.leader.election.enable`, ...). */
  readonly config: ConfigMap;
  /** Ownership labels (`x-topic-owner`, `x-dr-tier`, ...), wherever the format keeps them. */
  readonly labels: Readonly<Record<string, Field<string>>>;
  /**
   * Where the topic is declared. `catalog` for declarative catalogs (our format, Strimzi, Terraform, ...);
   * `code` for topics created by application code (`admin.createTopics`, `TopicBuilder`), which are
   * judged by `code-topic-definition` instead of the catalog rules.
   */
  readonly declaredIn: 'catalog' | 'code';
  /**
   * The Kafka cluster the topic lives on, as the format says it (NAIS `spec.pool`, topicctl
   * `meta.cluster`, Strimzi `strimzi.io/cluster`) or as its path says it (NAIS `dev-gcp/` folders, a
   * Terraform root module's folder): known with where it was read (a path-derived cluster is located at
   * the start of the file and has `raw` naming its source), unknown when templated, absent when the
   * format says nothing. Names are compared within a cluster (`duplicate-topic`, `unknown-topic`).
   */
  readonly cluster?: Field<string>;
}

export type ReplayPolicy = 'allowed' | 'prohibited';

export interface ConsumerGroup extends EntityBase {
  readonly kind: 'consumerGroup';
  readonly owner?: Field<string>;
  readonly topics: readonly Field<string>[];
  readonly idempotent?: Field<boolean>;
  readonly replay?: Field<string>;
  readonly replayProhibitedReason?: Field<string>;
  readonly offsetRecovery?: Field<string>;
  readonly dlq?: Field<string>;
  readonly freshnessSlo?: Field<string>;
  /** The cluster the group consumes from, as for `Topic.cluster`. */
  readonly cluster?: Field<string>;
  readonly config: ConfigMap;
  readonly labels: Readonly<Record<string, Field<string>>>;
}

export type ClientRole = 'producer' | 'consumer' | 'streams' | 'connect-worker' | 'connector' | 'admin' | 'unknown';

/**
 * A Kafka client as configured in a `.properties` file, Spring config, TypeScript or Java code.
 * Config keys are normalised to Kafka's dotted names (`enable.auto.commit`, `acks`).
 */
export interface Client extends EntityBase {
  readonly kind: 'client';
  readonly role: ClientRole;
  /** Whose defaults apply: `java` (Apache Kafka Java client), `spring`, `kafkajs`, `confluent-js`, `librdkafka`. */
  readonly library: string;
  /** Spring profile (or other environment) the settings belong to; absent for the default profile. */
  readonly profile?: string;
  readonly config: ConfigMap;
  readonly produces: readonly Field<string>[];
  readonly consumes: readonly Field<string>[];
  /** Consumer group id, where the client has one. */
  readonly groupId?: Field<string>;
}

export type Entity = Topic | ConsumerGroup | Client;

/** What became of one input file. Nothing is silently skipped: every file ends in one of these. */
export type FileStatus =
  | 'linted' // at least one entity or client was read
  | 'not-catalog' // parsed, but no format recognised it
  | 'not-lintable' // recognised but cannot be linted (template syntax, too large, binary); see `reason`
  | 'parse-error'; // the parser failed; a `parse-error` finding says where

export interface FileRecord {
  readonly path: string;
  readonly status: FileStatus;
  /** Adapter ids that read entities from this file. */
  readonly formats: readonly string[];
  readonly reason?: string;
}

/**
 * A problem an adapter found while reading (`parse-error`, `schema`, ...). Reported through the rule
 * of the same id, so it can be configured, suppressed and baselined like any other finding.
 */
export interface AdapterProblem {
  readonly ruleId: string;
  readonly message: string;
  readonly loc: SourceLocation;
  /** Name of the entity the problem belongs to, when known (for fingerprints and `when` overrides). */
  readonly entityName?: string;
  readonly field?: string;
}

/** An inline suppression comment found in a file. */
export interface SuppressionComment {
  readonly file: string;
  readonly kind: 'next-line' | 'line' | 'file';
  readonly rules: readonly string[];
  readonly reason?: string;
  /** Location of the comment itself (for `suppression-reason` / `unused-suppression` findings). */
  readonly loc: SourceLocation;
  /** For `next-line` and `line`: the 1-based line it applies to. */
  readonly line?: number;
}

/** Everything read from the input files: the one model that every rule runs on. */
export interface Catalog {
  readonly topics: readonly Topic[];
  readonly consumerGroups: readonly ConsumerGroup[];
  readonly clients: readonly Client[];
  readonly files: readonly FileRecord[];
  readonly problems: readonly AdapterProblem[];
  readonly suppressions: readonly SuppressionComment[];
}

/** What an adapter returns for one file (or one YAML document). */
export interface ReadResult {
  topics?: Topic[];
  consumerGroups?: ConsumerGroup[];
  clients?: Client[];
  problems?: AdapterProblem[];
}
