import type { Field, Known, Topic } from '../model/model.js';
import type { RelatedLocation } from '../model/rule.js';
import { defineRule } from '../model/rule.js';
import { drTierOf } from '../model/labels.js';
import { canExpress } from '../model/formats.js';
import { describeEntity, nameLoc } from './lib/report.js';

interface Options {
  /** DR tiers whose consumers must declare an offset recovery strategy. */
  tiers: string[];
}

function tierField(topic: Topic): Field<string> | undefined {
  return drTierOf(topic);
}

export default defineRule<Options>({
  meta: {
    id: 'offset-recovery',
    level: 'warning',
    kind: 'static',
    crossFile: true,
    description: 'Consumer groups of tier-0/tier-1 topics declare an offsetRecovery strategy.',
    rationale:
      '"Consumer offsets are operational state. DR must decide how to handle them": replicate offsets, reset to earliest (duplicate side effects), reset to latest (data loss from the consumer\'s view), a domain checkpoint, or manual mapping. "For critical consumers, offset recovery must be tested with real application behavior", which starts with writing the strategy down.',
    tags: ['disaster-recovery', 'consumer'],
    optionsSchema: {
      type: 'object',
      properties: {
        tiers: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true, description: 'DR tiers whose consumer groups must declare offsetRecovery.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { tiers: ['tier-0', 'tier-1'] },
  },
  check(ctx) {
    for (const [group, { tiers }] of ctx.consumerGroups()) {
      if (group.offsetRecovery || !canExpress(group, 'offsetRecovery')) continue;
      const consumed = new Map<string, Topic>();
      for (const f of group.topics) {
        if (f.kind !== 'known') continue;
        const t = ctx.index.topicsNamed(f.value)[0];
        if (t) consumed.set(f.value, t);
      }
      if (group.name.kind === 'known') for (const t of ctx.index.topicsListing(group.name.value)) if (t.name.kind === 'known') consumed.set(t.name.value, t);
      const critical: { name: string; tier: Known<string> }[] = [];
      for (const [name, t] of consumed) {
        const tier = tierField(t);
        if (tier?.kind === 'known' && tiers.includes(tier.value)) critical.push({ name, tier });
      }
      if (critical.length === 0) continue;
      const related: RelatedLocation[] = critical.map((c) => ({ loc: c.tier.loc, message: `"${c.name}" is ${c.tier.value}` }));
      const list = critical.map((c) => `"${c.name}" (${c.tier.value})`).join(', ');
      ctx.report({
        entity: group,
        field: 'offsetRecovery',
        loc: nameLoc(group),
        related,
        message: `${describeEntity(group)} consumes ${list} but declares no offsetRecovery: after a DR failover nobody knows whether it resumes from replicated offsets, replays from the earliest offset (duplicate side effects) or skips to the latest (lost records). Declare \`offsetRecovery:\` (replicate-offsets, reset-earliest, reset-latest, domain-checkpoint or manual) and test it in a DR drill.`,
      });
    }
  },
});
