import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, readBoolean, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'producer-max-in-flight',
    level: 'error',
    kind: 'static',
    description: 'Idempotent producers keep at most 5 requests in flight per connection.',
    rationale:
      'The broker deduplicates and orders only the last 5 batches of an idempotent producer. With more requests in flight the Java client silently turns idempotence off (when it is on by default) or refuses to start (when it is set), so retries can duplicate and reorder records.',
    tags: ['client', 'durability', 'ordering'],
    optionsSchema: {
      type: 'object',
      properties: { maximum: { type: 'integer', minimum: 1, description: 'Most in-flight requests allowed with idempotence.' } },
      additionalProperties: false,
    },
    defaultOptions: { maximum: 5 },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { maximum }] of ctx.clients()) {
      if (client.role !== 'producer' && client.role !== 'unknown') continue;
      const inflight = resolve(client, 'max.in.flight.requests.per.connection', readNumber);
      if (inflight.state !== 'set' || inflight.value <= maximum) continue;
      const idem = resolve(client, 'enable.idempotence', readBoolean);
      if (idem.state === 'unknown' || !idem.value) continue;
      const effect =
        idem.state === 'default'
          ? `idempotence is on${defaultNote(idem)}, and this silently turns it off`
          : 'idempotence is enabled, and the client refuses to start with this combination';
      report({
        entity: client,
        field: 'config.max.in.flight.requests.per.connection',
        loc: inflight.loc,
        message: `${describeClient(client)} allows ${shown('max.in.flight.requests.per.connection', inflight)} in-flight requests, more than the ${maximum} the broker tracks for an idempotent producer: ${effect}, so retries can duplicate and reorder records. Set it to ${maximum} or less.`,
      });
    }
  },
});
