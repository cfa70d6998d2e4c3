import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, readAcks, resolve, shown } from './lib/client-defaults.js';
import { judges, onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'producer-acks',
    level: 'error',
    kind: 'static',
    description: 'Producers write with acks=all (-1).',
    rationale:
      'The durability invariant: producer.acks = all, so that a write acknowledged by the producer does not depend on exactly one broker. With acks=1 the leader alone acknowledges; with acks=0 nobody does, and a leader failure loses acknowledged records.',
    tags: ['client', 'durability'],
    optionsSchema: {
      type: 'object',
      properties: {
        legacyClientDefaults: { type: 'boolean', description: 'Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (acks=1).' },
      },
      additionalProperties: false,
    },
    defaultOptions: { legacyClientDefaults: false },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const acks = resolve(client, 'acks', readAcks, { legacy: opts.legacyClientDefaults });
      if (!judges(client, ['producer'], acks) || acks.state === 'unknown' || acks.value === 'all') continue;
      const who = acks.value === '0' ? 'no broker at all acknowledges a write' : 'only the partition leader acknowledges a write';
      report({
        entity: client,
        field: 'config.acks',
        loc: acks.loc,
        message: `${describeClient(client)} writes with ${shown('acks', acks)}${defaultNote(acks)}: ${who}, so a leader failure before the followers copy it loses records the producer was told are written. Set \`acks\` to \`all\` (durability invariant: producer.acks = all).`,
      });
    }
  },
});
