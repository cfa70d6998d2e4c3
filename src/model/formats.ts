/**
 * Which fields each input format can express (issue #17, class E). A rule that demands a field
 * (`ownership-metadata`, `compacted-topic-key`, `replay-safety`, `offset-recovery`) asks here first, so
 * nothing is demanded of an entity whose format has no place for it, and no fix is suggested that the
 * format cannot hold. Keyed by the adapter id in `Entity.format`; pure, imports only the model.
 */
import type { ConsumerGroup, Topic } from './model.js';
import { LABEL_FOR_FIELD } from './labels.js';

/** A field a rule may demand of a topic or consumer group. */
export type ExpressibleField =
  | 'owner'
  | 'classification'
  | 'retention'
  | 'drTier'
  | 'contact'
  | 'schemaOwner'
  /** A topic's declared message key. */
  | 'key'
  /** A consumer group's `idempotent` / `replay` / `replayProhibitedReason`. */
  | 'replay'
  /** A consumer group's `offsetRecovery`. */
  | 'offsetRecovery';

const OWNERSHIP: readonly ExpressibleField[] = ['owner', 'classification', 'retention', 'drTier', 'contact', 'schemaOwner'];
const EVERYTHING: ReadonlySet<ExpressibleField> = new Set<ExpressibleField>([...OWNERSHIP, 'key', 'replay', 'offsetRecovery']);
const NOTHING: ReadonlySet<ExpressibleField> = new Set<ExpressibleField>();

/**
 * Fields each format has a place of its own for. Only our catalog has typed ownership, key, replay and
 * offset-recovery fields; every other format reads ownership from free-form labels, annotations,
 * metadata or tags (docs/formats.md, "Ownership"), which become expressible for an entity once it
 * carries one of the handbook's ownership labels (`ownershipAdopted`). A format missing from this table
 * (a custom adapter) is taken to express everything, as before.
 */
export const FORMAT_FIELDS: Readonly<Record<string, ReadonlySet<ExpressibleField>>> = {
  catalog: EVERYTHING,
  strimzi: NOTHING,
  cfk: NOTHING,
  nais: NOTHING,
  topicctl: NOTHING,
  julieops: NOTHING,
  'kafka-gitops': NOTHING,
  asyncapi: NOTHING,
  terraform: NOTHING,
  properties: NOTHING,
  spring: NOTHING,
  java: NOTHING,
  typescript: NOTHING,
};

/** The labels (x-label spellings) that show an entity adopted the handbook's ownership metadata. */
const OWNERSHIP_LABELS: readonly string[] = Object.values(LABEL_FOR_FIELD).filter((l) => l !== LABEL_FOR_FIELD.owner);

/**
 * Whether the entity declares ownership metadata beyond an owner: an ownership x-label, or a typed
 * classification, DR tier, contact or schema owner (which formats other than ours fill only from
 * labels and annotations). An owner alone does not count: NAIS' team label and CODEOWNERS give one to
 * every entity.
 */
export function ownershipAdopted(entity: Topic | ConsumerGroup): boolean {
  if (OWNERSHIP_LABELS.some((l) => entity.labels[l] !== undefined)) return true;
  if (entity.kind !== 'topic') return false;
  return entity.classification !== undefined || entity.drTier !== undefined || entity.contact !== undefined || entity.schemaOwner !== undefined;
}

/** The fields the entity's format can express, with ownership fields once the entity adopted them. */
export function expressibleFields(entity: Topic | ConsumerGroup): ReadonlySet<ExpressibleField> {
  const base = FORMAT_FIELDS[entity.format] ?? EVERYTHING;
  if (base === EVERYTHING || !ownershipAdopted(entity)) return base;
  return new Set<ExpressibleField>([...base, ...OWNERSHIP]);
}

/** Whether a rule may demand `field` of the entity: its format has a place for it. */
export function canExpress(entity: Topic | ConsumerGroup, field: ExpressibleField): boolean {
  return expressibleFields(entity).has(field);
}
