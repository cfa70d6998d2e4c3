import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, readBoolean, resolve, shown } from './lib/client-defaults.js';
import { judges, onceReporter } from './lib/client-report.js';

/** Libraries whose auto-commit commits on a timer inside poll(), before the application's work is done. */
const POLL_COMMIT = new Set(['java', 'spring', 'librdkafka']);
/**
 * Spring listener ack modes that cannot run with auto-commit: Spring Kafka refuses to start such a
 * container ("Consumer cannot be configured for auto commit for ackMode"), so nothing is committed
 * early. Every other ack mode (`RECORD`, `BATCH`, ...) applies only when auto-commit is off: with
 * `enable.auto.commit=true` the container leaves committing to the consumer's timer.
 */
const CONTAINER_ACK = new Set(['manual', 'manualimmediate']);

export default defineRule({
  meta: {
    id: 'consumer-auto-commit',
    level: 'error',
    kind: 'static',
    description: 'Consumers do not auto-commit offsets before their work is done.',
    rationale:
      'The offset safety invariant: a consumer should commit an offset only after the side effect for all previous records in that partition is durably complete. Auto-commit commits whatever poll() returned on a timer, so a crash after the commit and before the work skips records for good.',
    tags: ['client', 'offsets'],
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!POLL_COMMIT.has(client.library)) continue;
      const ackMode = client.config['spring.kafka.listener.ack-mode'];
      if (ackMode?.kind === 'known' && CONTAINER_ACK.has(String(ackMode.value).toLowerCase().replace(/[-_]/g, ''))) continue;
      const auto = resolve(client, 'enable.auto.commit', readBoolean);
      if (!judges(client, ['consumer'], auto) || auto.state === 'unknown' || !auto.value) continue;
      const fix = client.library === 'spring' ? 'Remove the setting so that the listener container commits after processing' : 'Set `enable.auto.commit=false` and commit (commitSync) after the records are processed';
      report({
        entity: client,
        field: 'config.enable.auto.commit',
        loc: auto.loc,
        message: `${describeClient(client)} auto-commits offsets (${shown('enable.auto.commit', auto).replace(/^`enable.auto.commit` /, 'enable.auto.commit=')})${defaultNote(auto)}: offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. ${fix}.`,
      });
    }
  },
});
