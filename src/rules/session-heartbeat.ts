import { defineRule } from '../model/rule.js';
import { describeClient, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

export default defineRule({
  meta: {
    id: 'session-heartbeat',
    level: 'warning',
    kind: 'static',
    description: 'Consumers send heartbeats at most every third of the session timeout.',
    rationale:
      'A heartbeat/session timeout mismatch is a common cause of rebalance storms: with heartbeat.interval.ms above a third of session.timeout.ms, one or two delayed heartbeats make the coordinator drop a healthy member.',
    tags: ['client', 'liveness'],
    defaultOptions: {},
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!['consumer', 'streams', 'unknown'].includes(client.role)) continue;
      const hb = resolve(client, 'heartbeat.interval.ms', readNumber);
      const st = resolve(client, 'session.timeout.ms', readNumber);
      if (hb.state === 'unknown' || st.state === 'unknown') continue;
      if (hb.state !== 'set' && st.state !== 'set') continue;
      if (hb.value * 3 <= st.value) continue;
      const at = hb.state === 'set' ? hb : st;
      const note = (r: typeof hb) => (r.state === 'default' ? ` ${r.note}` : '');
      report({
        entity: client,
        field: `config.${at === hb ? 'heartbeat.interval.ms' : 'session.timeout.ms'}`,
        loc: at.loc,
        message: `${describeClient(client)} has ${shown('heartbeat.interval.ms', hb)}${note(hb)} and ${shown('session.timeout.ms', st)}${note(st)}: the heartbeat interval is above a third of the session timeout, so one or two late heartbeats get a healthy member removed and trigger a rebalance. Keep \`heartbeat.interval.ms\` at most a third of \`session.timeout.ms\`.`,
      });
    }
  },
});
