import type { Topic } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { drTierOf } from '../model/labels.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeEntity, spelled } from './lib/report.js';

const LEVELS = ['BACKWARD', 'BACKWARD_TRANSITIVE', 'FORWARD', 'FORWARD_TRANSITIVE', 'FULL', 'FULL_TRANSITIVE', 'NONE'] as const;

interface Options {
  /** Compatibility levels not allowed on topics of the DR tiers in `tiers`. */
  forbid: string[];
  /** DR tiers `forbid` applies to; `"*"` means every topic, with or without a tier. */
  tiers: string[];
}

function tierOf(topic: Topic): string | undefined {
  const f = drTierOf(topic);
  return f?.kind === 'known' ? f.value : undefined;
}

export default defineRule<Options>({
  meta: {
    id: 'schema-compatibility',
    level: 'error',
    kind: 'static',
    description: 'schemaCompatibility is a Schema Registry level, and not NONE on tier-0/tier-1 topics.',
    rationale:
      'The contract plane (schemas, compatibility rules) fails as "breaking schema" and "incompatible event semantics". "Replicating topic bytes is useless if consumers cannot deserialize them": with NONE, any producer deploy can publish a schema existing consumers cannot read, and for a tier-0/tier-1 topic that is an outage in every consuming domain. Changing compatibility needs "contract governance".',
    tags: ['contract'],
    optionsSchema: {
      type: 'object',
      properties: {
        forbid: { type: 'array', items: { enum: [...LEVELS] }, uniqueItems: true, description: 'Compatibility levels not allowed on topics of the tiers in `tiers`.' },
        tiers: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'DR tiers the `forbid` list applies to; "*" for every topic.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { forbid: ['NONE'], tiers: ['tier-0', 'tier-1'] },
  },
  check(ctx) {
    for (const [topic, { forbid, tiers }] of ctx.topics()) {
      const f = topic.schemaCompatibility;
      if (f?.kind !== 'known') continue;
      const level = f.value.trim().toUpperCase();
      if (!(LEVELS as readonly string[]).includes(level)) {
        const near = didYouMean(level, LEVELS);
        ctx.report({
          entity: topic,
          field: 'schemaCompatibility',
          loc: f.loc,
          message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}, which is not a Schema Registry compatibility level: the registry rejects it or keeps its default, so nobody knows which schema changes are allowed. ${near ? `Did you mean ${near}? ` : ''}Use one of ${LEVELS.join(', ')}.`,
        });
        continue;
      }
      if (!forbid.includes(level)) continue;
      const tier = tierOf(topic);
      if (!tiers.includes('*') && (tier === undefined || !tiers.includes(tier))) continue;
      ctx.report({
        entity: topic,
        field: 'schemaCompatibility',
        loc: f.loc,
        message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}${tier ? `, not allowed on a ${tier} topic` : ', which the policy forbids'}: ${level === 'NONE' ? 'any producer deploy can publish a schema that existing consumers cannot deserialize' : 'schema changes allowed by this level can break existing consumers or replays'}. Use BACKWARD_TRANSITIVE (or FULL_TRANSITIVE) and evolve the schema compatibly, or publish breaking changes to a new topic version.`,
      });
    }
  },
});
