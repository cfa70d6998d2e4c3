import { atBase, BASE_LOCATION, changedTopics, knownValue } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

/** Kafka's own default for `min.insync.replicas`. */
const KAFKA_DEFAULT = 1;

export default defineRule({
  meta: {
    id: 'min-isr-change',
    level: 'warning',
    kind: 'change',
    description: "A change to a topic's min ISR is flagged for review; lowering it is the worse direction.",
    rationale:
      'Changing min ISR is risky: it "changes the durability/availability trade-off" (handbook 18.2). Lowered, fewer replicas acknowledge an acks=all write, so fewer failures lose data ("do not reduce min.insync.replicas without explicit incident commander approval"); raised, producers get NotEnoughReplicas sooner when brokers fail.',
    tags: ['change', 'durability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.minInsyncReplicas && !h.minInsyncReplicas) continue;
      // Absent means the broker default; a value that cannot be known is never judged.
      if ((b.minInsyncReplicas && b.minInsyncReplicas.kind !== 'known') || (h.minInsyncReplicas && h.minInsyncReplicas.kind !== 'known')) continue;
      const from = knownValue(b.minInsyncReplicas) ?? KAFKA_DEFAULT;
      const to = knownValue(h.minInsyncReplicas) ?? KAFKA_DEFAULT;
      if (from === to) continue;
      const fromText = b.minInsyncReplicas ? `${spelled(b.minInsyncReplicas)} (at ${BASE_LOCATION})` : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const toText = h.minInsyncReplicas ? spelled(h.minInsyncReplicas) : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const rf = knownValue(h.replicationFactor);
      const message =
        to < from
          ? `${describeEntity(h)} lowers min ISR from ${fromText} to ${toText}. Lowered is the worse direction: an acks=all write is acknowledged by fewer in-sync replicas, so fewer broker failures can lose acknowledged data. ` +
            'The handbook says not to reduce min.insync.replicas without explicit incident commander approval: keep the previous value, or record that approval in the pull request.'
          : `${describeEntity(h)} raises min ISR from ${fromText} to ${toText}. Raised is safer for durability but costs availability: acks=all producers get NotEnoughReplicas errors as soon as fewer than ${to} replicas are in sync` +
            (rf !== undefined ? ` (with replication factor ${rf}, after ${Math.max(0, rf - to + 1)} broker failure${rf - to + 1 === 1 ? '' : 's'})` : '') +
            '. Check that the replication factor leaves headroom for maintenance and that producers handle the error before merging.';
      ctx.report({
        entity: h,
        field: 'minInsyncReplicas',
        loc: h.minInsyncReplicas?.loc ?? nameLoc(h),
        message,
        ...(b.minInsyncReplicas ? { related: [atBase(base, b.minInsyncReplicas.loc, `min ISR at ${base.ref}`)] } : {}),
      });
    }
  },
});
