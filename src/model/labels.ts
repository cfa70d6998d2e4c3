/**
 * The label vocabulary: the typed ownership fields of an entity and the handbook's x-labels that may
 * stand for them (`owner` or `x-topic-owner`, `drTier` or `x-dr-tier`, ...). Adapters keep an x-label
 * as a label (they never copy it into the typed field), so every reader asks "the typed field, else its
 * x-label" here, in one place: rules, change matching, the engine's packed topics and the adapters
 * share one spelling of each label and one answer. Pure; imports only the model.
 */
import type { ConsumerGroup, Field, Topic } from './model.js';

/** Typed fields and the x-labels that may stand for them (the handbook's ownership metadata). */
export const LABEL_FOR_FIELD = {
  owner: 'x-topic-owner',
  classification: 'x-data-classification',
  retention: 'x-retention-policy',
  drTier: 'x-dr-tier',
  schemaOwner: 'x-schema-owner',
  contact: 'x-contact',
} as const;

/** An ownership field that an x-label may stand for. */
export type OwnershipField = keyof typeof LABEL_FOR_FIELD;

/** The ownership fields, in the handbook's order. */
export const OWNERSHIP_FIELDS = Object.keys(LABEL_FOR_FIELD) as OwnershipField[];

/** The typed field standing for an ownership entry (`retention` is the typed `retentionMs`). */
export function typedOwnershipField(topic: Topic, field: OwnershipField): Field<unknown> | undefined {
  return field === 'retention' ? topic.retentionMs : topic[field];
}

/** The x-label standing for an ownership field, as the entity spells it; undefined when absent. */
export function ownershipLabel(entity: Topic | ConsumerGroup, field: OwnershipField): Field<string> | undefined {
  return entity.labels[LABEL_FOR_FIELD[field]];
}

/** The owner: the typed field, else the `x-topic-owner` label. */
export function ownerOf(entity: Topic | ConsumerGroup): Field<string> | undefined {
  return entity.owner ?? entity.labels[LABEL_FOR_FIELD.owner];
}

/** The DR tier: the typed field, else the `x-dr-tier` label. */
export function drTierOf(topic: Topic): Field<string> | undefined {
  return topic.drTier ?? topic.labels[LABEL_FOR_FIELD.drTier];
}

/** The data classification: the typed field, else the `x-data-classification` label. */
export function classificationOf(topic: Topic): Field<string> | undefined {
  return topic.classification ?? topic.labels[LABEL_FOR_FIELD.classification];
}
