import { defineRule } from '../model/rule.js';
import { configEntry, describeClient, readString, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'connect-dead-letter-queue',
    level: 'error',
    kind: 'static',
    description: 'Sink connectors that tolerate errors send failed records to a dead letter queue.',
    rationale:
      'With errors.tolerance=all a connector skips records it cannot convert or transform; without errors.deadletterqueue.topic.name they are silently dropped. The Connect runbook asks "Is the DLQ useful or polluted?": there has to be one to look at.',
    tags: ['client', 'connect', 'durability'],
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== 'connector') continue;
      const tolerance = resolve(client, 'errors.tolerance', (v) => readString(v)?.toLowerCase());
      if (tolerance.state !== 'set' || tolerance.value !== 'all') continue;
      // Source connectors have no dead letter queue; only sink connectors are judged.
      const cls = client.config['connector.class'];
      if (cls?.kind === 'known' && /source/i.test(String(cls.value)) && !/sink/i.test(String(cls.value))) continue;
      const dlq = configEntry(client, 'errors.deadletterqueue.topic.name');
      if (dlq && (dlq.field.kind !== 'known' || String(dlq.field.value ?? '').trim() !== '')) continue;
      report({
        entity: client,
        field: 'config.errors.deadletterqueue.topic.name',
        loc: tolerance.loc,
        message: `${describeClient(client)} sets ${shown('errors.tolerance', tolerance)} without \`errors.deadletterqueue.topic.name\`: records that fail conversion or transformation are skipped and silently lost. Set \`errors.deadletterqueue.topic.name\` (and \`errors.deadletterqueue.context.headers.enable=true\`), or use \`errors.tolerance=none\`.`,
      });
    }
  },
});
