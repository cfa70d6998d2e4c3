import { defineRule } from '../model/rule.js';
import { describeMs } from '../model/values.js';
import { describeClient, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

const KEYS = ['max.poll.interval.ms', 'consumer.max.poll.interval.ms', 'main.consumer.max.poll.interval.ms'];

export default defineRule({
  meta: {
    id: 'max-poll-interval',
    level: 'warning',
    kind: 'static',
    description: 'Consumers keep max.poll.interval.ms at or below 15 minutes.',
    rationale:
      'Increasing max.poll.interval.ms blindly can hide the problem: it may reduce rebalances but increases the time to detect a stuck consumer. Reduce processing time per poll (lower max.poll.records, a bounded worker pool) instead.',
    tags: ['client', 'liveness'],
    optionsSchema: {
      type: 'object',
      properties: { maximumMs: { type: 'integer', minimum: 1, description: 'Largest acceptable max.poll.interval.ms.' } },
      additionalProperties: false,
    },
    defaultOptions: { maximumMs: 900000 },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { maximumMs }] of ctx.clients()) {
      if (!['consumer', 'streams', 'unknown', 'connect-worker'].includes(client.role)) continue;
      for (const key of KEYS) {
        const r = resolve(client, key, readNumber);
        if (r.state !== 'set' || r.value <= maximumMs) continue;
        report({
          entity: client,
          field: `config.${key}`,
          loc: r.loc,
          message: `${describeClient(client)} sets ${shown(key, r)} (${describeMs(r.value)}), above ${describeMs(maximumMs)}: a consumer stuck in processing keeps its partitions that long before the group notices, and lag grows unseen. Lower it and make each poll cheaper (smaller \`max.poll.records\`, a bounded worker pool).`,
        });
      }
    }
  },
});
