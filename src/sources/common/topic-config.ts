/**
 * Kafka topic configs that the model also holds as typed fields (`min.insync.replicas`,
 * `retention.ms`, `cleanup.policy`), read in one place for every adapter that keeps a raw config map
 * (Strimzi, CFK, topicctl, kafka-gitops, JulieOps, AsyncAPI bindings, Terraform, Java, TypeScript, and
 * the catalog's `config:` when it has no typed field): the same parsing, and one wording of what a
 * value that cannot be read should be (rules quote it, e.g. retention's "Write …").
 */
import type { ConfigScalar, Field, Topic } from '../../model/model.js';
import { mapField, parseCleanupPolicy, parseRetention, toNumber } from '../../model/values.js';

/** The typed fields a config map can give. */
export type ConfigTypedFields = Pick<Topic, 'minInsyncReplicas' | 'retentionMs' | 'cleanupPolicy'>;

/** What to write instead of a `min.insync.replicas` that is not a number. */
export const MIN_INSYNC_REPLICAS_EXPECTED = 'a whole number';
/** What to write instead of a `retention.ms` that cannot be read. */
export const RETENTION_MS_EXPECTED = 'a number of milliseconds, or -1 for infinite';
/** What to write instead of a `cleanup.policy` that is neither policy. */
export const CLEANUP_POLICY_EXPECTED = '`delete`, `compact` or `compact,delete`';

/** `min.insync.replicas` as a number (`"2"` as written in most maps counts). */
export function minInsyncReplicasFrom(value: Field<ConfigScalar>): Field<number> {
  return mapField(value, (v) => toNumber(v), MIN_INSYNC_REPLICAS_EXPECTED);
}

/** `retention.ms` in milliseconds (-1 for infinite). */
export function retentionMsFrom(value: Field<ConfigScalar>): Field<number> {
  return mapField(value, (v) => parseRetention(v), RETENTION_MS_EXPECTED);
}

/** `cleanup.policy` as its sorted policies (`compact,delete` and `[delete, compact]` are one value). */
export function cleanupPolicyFrom(value: Field<ConfigScalar>): Field<readonly string[]> {
  return mapField(value, (v) => parseCleanupPolicy(v), CLEANUP_POLICY_EXPECTED);
}

/**
 * The typed fields a Kafka config map gives, each present only when its key is. `whenAbsent` stands for
 * an absent key when the map itself could not be known (Terraform's computed `config = var.x`): a key
 * it may hold is then unknown, not absent.
 */
export function typedFromConfig(config: Readonly<Record<string, Field<ConfigScalar>>>, whenAbsent?: Field<never>): ConfigTypedFields {
  const out: { -readonly [K in keyof ConfigTypedFields]?: ConfigTypedFields[K] } = {};
  const isr = config['min.insync.replicas'];
  const retention = config['retention.ms'];
  const cleanup = config['cleanup.policy'];
  if (isr || whenAbsent) out.minInsyncReplicas = isr ? minInsyncReplicasFrom(isr) : whenAbsent;
  if (retention || whenAbsent) out.retentionMs = retention ? retentionMsFrom(retention) : whenAbsent;
  if (cleanup || whenAbsent) out.cleanupPolicy = cleanup ? cleanupPolicyFrom(cleanup) : whenAbsent;
  return out;
}
