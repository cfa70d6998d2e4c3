import { defineRule } from '../model/rule.js';
import { canExpress } from '../model/formats.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'replay-safety',
    level: 'error',
    kind: 'static',
    description: 'Consumer groups are idempotent, or declare replay prohibited with a reason.',
    rationale:
      'The replay safety invariant: "any consumer that can be replayed must be idempotent or must explicitly declare why replay is prohibited." Offset resets, DLQ replays, backfills and DR failovers all replay records; a consumer that is neither idempotent nor explicitly excluded produces duplicate side effects.',
    tags: ['replay', 'consumer'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const [group] of ctx.consumerGroups()) {
      if (!canExpress(group, 'replay')) continue;
      const { idempotent, replay, replayProhibitedReason: reason } = group;
      if (idempotent?.kind === 'known' && idempotent.value) continue;
      // A value that cannot be known statically is never judged.
      if (idempotent?.kind === 'unknown' || replay?.kind === 'unknown' || reason?.kind === 'unknown') continue;
      const prohibited = replay?.kind === 'known' && replay.value.trim().toLowerCase() === 'prohibited';
      if (prohibited && reason?.kind === 'known' && reason.value.trim() !== '') continue;
      const what = describeEntity(group);
      if (prohibited) {
        ctx.report({
          entity: group,
          field: 'replayProhibitedReason',
          loc: reason?.loc ?? replay.loc,
          message: `${what} declares replay ${spelled(replay)} but gives no reason: operators planning an offset reset, DLQ replay or DR failover cannot tell why replaying it is unsafe, or who decided. Add \`replayProhibitedReason: <why>\`, or make the consumer idempotent.`,
        });
        continue;
      }
      const at = idempotent ?? replay;
      ctx.report({
        entity: group,
        field: 'idempotent',
        loc: at?.loc ?? nameLoc(group),
        message: `${what} ${idempotent ? `has idempotent ${spelled(idempotent)}` : 'does not declare itself idempotent'}${replay ? ` and replay ${spelled(replay)}` : ''}: an offset reset, DLQ replay or DR failover re-delivers records it already processed, and their side effects happen twice. Make the consumer idempotent and declare \`idempotent: true\`, or declare \`replay: prohibited\` with a \`replayProhibitedReason\`.`,
      });
    }
  },
});
