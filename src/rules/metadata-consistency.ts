import type { Entity, Field } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { LABEL_FOR_FIELD } from '../model/labels.js';
import { describeEntity, spelled } from './lib/report.js';

/** Retention is compared by duration in the `retention` rule, so it is not compared as text here. */
const COMPARED = ['owner', 'classification', 'drTier', 'schemaOwner', 'contact'] as const;

const norm = (s: string) => s.trim().toLowerCase();

export default defineRule({
  meta: {
    id: 'metadata-consistency',
    level: 'warning',
    kind: 'static',
    description: 'A typed ownership field and its x-label, when both are present, agree.',
    rationale:
      'The handbook encodes ownership as metadata (x-topic-owner, x-data-classification, x-dr-tier, x-schema-owner, x-contact). When an entry carries both the typed field and the x-label and they differ, tools and people read different owners, classifications or DR tiers, and incident response pages the wrong team.',
    tags: ['ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    const visit = (entity: Entity) => {
      if (entity.kind === 'client') return;
      for (const field of COMPARED) {
        if (entity.kind === 'consumerGroup' && field !== 'owner') continue;
        const t = (entity as unknown as Record<string, Field<string> | undefined>)[field];
        const label = LABEL_FOR_FIELD[field];
        const l = entity.labels[label];
        if (t?.kind !== 'known' || l?.kind !== 'known') continue;
        if (norm(t.value) === norm(l.value)) continue;
        ctx.report({
          entity,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: t.loc, message: `${field} is ${spelled(t)} here` }],
          message: `${describeEntity(entity)} has ${label} ${spelled(l)} but ${field} ${spelled(t)}: tools and people reading one or the other disagree about the entry. Make them equal, or remove the label and keep the typed field.`,
        });
      }
    };
    for (const [topic] of ctx.topics()) visit(topic);
    for (const [group] of ctx.consumerGroups()) visit(group);
  },
});
