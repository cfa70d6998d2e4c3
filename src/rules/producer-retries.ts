import { defineRule } from '../model/rule.js';
import { describeClient, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'producer-retries',
    level: 'warning',
    kind: 'static',
    description: 'Producers do not set retries to 0.',
    rationale:
      'With retries=0 every transient error (a leader election, a request timeout, NotEnoughReplicas during a rolling restart) fails the send instead of being retried, and the Java client turns idempotence off. Delivery is bounded by delivery.timeout.ms, not by a retry count.',
    tags: ['client', 'durability'],
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== 'producer' && client.role !== 'unknown') continue;
      const retries = resolve(client, 'retries', readNumber);
      if (retries.state !== 'set' || retries.value !== 0) continue;
      report({
        entity: client,
        field: 'config.retries',
        loc: retries.loc,
        message: `${describeClient(client)} sets ${shown('retries', retries)}: any transient broker error (leader election, timeout) fails the send instead of being retried, and idempotence is turned off. Remove the setting (the client retries until \`delivery.timeout.ms\`) or bound delivery with \`delivery.timeout.ms\` instead.`,
      });
    }
  },
});
