import { defineRule } from '../model/rule.js';
import { describeClient, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'streams-replication-factor',
    level: 'error',
    kind: 'static',
    description: 'Kafka Streams apps create their internal topics with a replication factor of at least 3.',
    rationale:
      'Changelog and repartition topics hold a Streams app\'s state; the handbook asks "Are Kafka Streams internal topics governed?". With replication.factor below 3, one broker failure can lose the changelog, and the app restores from nothing or stops.',
    tags: ['client', 'streams', 'durability'],
    optionsSchema: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, description: 'Smallest acceptable replication factor for internal topics.' } },
      additionalProperties: false,
    },
    defaultOptions: { minimum: 3 },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== 'streams') continue;
      const rf = resolve(client, 'replication.factor', readNumber);
      // -1 (the default since Kafka 3.0) uses the broker's default.replication.factor.
      if (rf.state !== 'set' || rf.value === -1 || rf.value >= minimum) continue;
      report({
        entity: client,
        field: 'config.replication.factor',
        loc: rf.loc,
        message: `${describeClient(client)} sets ${shown('replication.factor', rf)} for its internal changelog and repartition topics, below ${minimum}: one broker failure can lose the app's state. Set \`replication.factor\` to ${minimum} or more (or -1 for the broker default, where that is ${minimum}).`,
      });
    }
  },
});
