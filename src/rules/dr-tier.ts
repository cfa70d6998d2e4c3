import { defineRule } from '../model/rule.js';
import { drTierOf, LABEL_FOR_FIELD } from '../model/labels.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeEntity, spelled } from './lib/report.js';

interface Options {
  tiers: string[];
}

export default defineRule<Options>({
  meta: {
    id: 'dr-tier',
    level: 'warning',
    kind: 'static',
    description: 'A topic\'s DR tier (drTier or x-dr-tier) is one of the known tiers (tier-0 .. tier-3).',
    rationale:
      'RTO and RPO are business inputs: "a regulatory audit pipeline, fraud decision pipeline, and marketing analytics pipeline do not need the same DR tier". The tier decides replication, offset recovery and failover order, so a tier nobody defined (`tier1`, `gold`) silently leaves the topic out of every DR plan.',
    tags: ['ownership', 'disaster-recovery'],
    optionsSchema: {
      type: 'object',
      properties: {
        tiers: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1, uniqueItems: true, description: 'The DR tiers your platform defines.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { tiers: ['tier-0', 'tier-1', 'tier-2', 'tier-3'] },
  },
  check(ctx) {
    for (const [topic, { tiers }] of ctx.topics()) {
      // The typed field when present; the label alone otherwise (a disagreement is metadata-consistency's).
      const label = LABEL_FOR_FIELD.drTier;
      const f = drTierOf(topic);
      if (f?.kind !== 'known' || tiers.includes(f.value)) continue;
      const near = didYouMean(f.value, tiers);
      const which = topic.drTier ? 'DR tier' : label;
      ctx.report({
        entity: topic,
        field: 'drTier',
        loc: f.loc,
        message: `${describeEntity(topic)} has ${which} ${spelled(f)}, which is not a tier the platform defines (${tiers.join(', ')}): the topic falls out of every DR plan, failover order and recovery test. ${near ? `Did you mean "${near}"? ` : ''}Use one of the defined tiers.`,
      });
    }
  },
});
