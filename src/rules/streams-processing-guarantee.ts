import type { RelatedLocation } from '../model/rule.js';
import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, readString, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'streams-processing-guarantee',
    level: 'warning',
    kind: 'static',
    description: 'Kafka Streams apps writing to tier-0/tier-1 topics use processing.guarantee=exactly_once_v2.',
    rationale:
      'Duplicate output is a common Kafka Streams incident: in at-least-once mode a retry or restart re-emits records. Topics in the most critical DR tiers need exactly_once_v2 (the older exactly_once and exactly_once_beta are deprecated).',
    tags: ['client', 'streams', 'durability'],
    crossFile: true,
    optionsSchema: {
      type: 'object',
      properties: { tiers: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'DR tiers whose writers need exactly-once.' } },
      additionalProperties: false,
    },
    defaultOptions: { tiers: ['tier-0', 'tier-1'] },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { tiers }] of ctx.clients()) {
      if (client.role !== 'streams') continue;
      const wanted = new Set(tiers.map((t) => t.toLowerCase()));
      const critical: { name: string; tier: string; related: RelatedLocation }[] = [];
      for (const f of client.produces) {
        if (f.kind !== 'known' || critical.some((c) => c.name === f.value)) continue;
        const tier = ctx.index.topicsNamed(f.value)[0]?.drTier;
        if (tier?.kind !== 'known' || !wanted.has(tier.value.toLowerCase())) continue;
        critical.push({ name: f.value, tier: tier.value, related: { loc: tier.loc, message: `topic "${f.value}" is ${tier.value} here` } });
      }
      if (critical.length === 0) continue;
      const pg = resolve(client, 'processing.guarantee', (v) => readString(v)?.toLowerCase());
      if (pg.state === 'unknown' || pg.value === 'exactly_once_v2') continue;
      const deprecated = pg.value === 'exactly_once' || pg.value === 'exactly_once_beta';
      const list = critical.map((c) => `"${c.name}" (${c.tier})`).join(', ');
      report({
        entity: client,
        field: 'config.processing.guarantee',
        loc: pg.loc,
        related: critical.map((c) => c.related),
        message: deprecated
          ? `${describeClient(client)} uses ${shown('processing.guarantee', pg)}, deprecated and removed in Kafka 4.0, and writes to ${list}. Use \`processing.guarantee=exactly_once_v2\`.`
          : `${describeClient(client)} runs with ${shown('processing.guarantee', pg)}${defaultNote(pg)} and writes to ${list}: a retry or restart re-emits records, so those critical topics get duplicates. Set \`processing.guarantee=exactly_once_v2\`.`,
      });
    }
  },
});
