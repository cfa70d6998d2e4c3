import type { SourceLocation } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, libraryLabel, readAcks, readBoolean, readNumber, resolve, shown } from './lib/client-defaults.js';
import { judges, onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'producer-idempotence',
    level: 'error',
    kind: 'static',
    description: 'Producers keep idempotence on, explicitly or through settings that do not silently turn it off.',
    rationale:
      'Without idempotence a retried send can write a record twice and reorder records within a partition. The handbook: "Do not disable idempotence to reduce errors." The Java client (Kafka 3.0+) enables it by default but silently drops it when acks is not all, retries is 0 or more than 5 requests are in flight.',
    tags: ['client', 'durability'],
    optionsSchema: {
      type: 'object',
      properties: {
        legacyClientDefaults: { type: 'boolean', description: 'Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (idempotence off).' },
        maxInFlight: { type: 'integer', minimum: 1, description: 'Most in-flight requests idempotence allows.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { legacyClientDefaults: false, maxInFlight: 5 },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const legacy = { legacy: opts.legacyClientDefaults };
      const idem = resolve(client, 'enable.idempotence', readBoolean, legacy);
      if (!judges(client, ['producer'], idem) || idem.state === 'unknown') continue;
      const name = describeClient(client);
      if (!idem.value) {
        const fix = client.library === 'kafkajs' ? 'Set `idempotent: true` (with `acks: -1`)' : 'Set `enable.idempotence=true`';
        report({
          entity: client,
          field: 'config.enable.idempotence',
          loc: idem.loc,
          message:
            idem.state === 'set'
              ? `${name} turns idempotence off with ${shown('enable.idempotence', idem)}: a retried send can write a record twice and reorder records within a partition. Remove the setting or set it to true; do not disable idempotence to reduce errors.`
              : `${name} runs without idempotence${defaultNote(idem)}: a retried send can write a record twice and reorder records within a partition. ${fix}.`,
        });
        continue;
      }
      // Idempotence is on: find settings that turn it off (default) or conflict with it (explicit).
      const conditions: { loc: SourceLocation; what: string }[] = [];
      const acks = resolve(client, 'acks', readAcks, legacy);
      if (acks.state === 'set' && acks.value !== 'all') conditions.push({ loc: acks.loc, what: shown('acks', acks) });
      const retries = resolve(client, 'retries', readNumber, legacy);
      if (retries.state === 'set' && retries.value === 0) conditions.push({ loc: retries.loc, what: shown('retries', retries) });
      const inflight = resolve(client, 'max.in.flight.requests.per.connection', readNumber, legacy);
      if (inflight.state === 'set' && inflight.value > opts.maxInFlight) conditions.push({ loc: inflight.loc, what: shown('max.in.flight.requests.per.connection', inflight) });
      for (const c of conditions) {
        if (idem.state === 'default') {
          report({
            entity: client,
            field: 'config.enable.idempotence',
            loc: c.loc,
            message: `${name} sets ${c.what}, which silently turns off idempotence, otherwise on${defaultNote(idem)}: retried sends can then duplicate and reorder records. Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests, or set \`enable.idempotence=true\` so that a conflict fails loudly.`,
          });
        } else {
          report({
            entity: client,
            field: 'config.enable.idempotence',
            loc: c.loc,
            related: [{ loc: idem.loc, message: 'idempotence is enabled here' }],
            message: `${name} sets ${c.what}, which conflicts with \`enable.idempotence\` true: ${libraryLabel(client.library)} refuses to start the producer (or drops the guarantee). Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests.`,
          });
        }
      }
    }
  },
});
