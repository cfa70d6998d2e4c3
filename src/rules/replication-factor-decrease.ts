import { atBase, BASE_LOCATION, changedTopics, knownValue } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'replication-factor-decrease',
    level: 'warning',
    kind: 'change',
    description: "A topic's replication factor is not lowered.",
    rationale:
      'Replication is the durability invariant (replication.factor >= 3): every replica removed is one broker failure less between the topic and lost acknowledged writes or offline partitions. Lowering it should be a deliberate, reviewed decision.',
    tags: ['change', 'durability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.replicationFactor) continue;
      const from = knownValue(b.replicationFactor);
      if (from === undefined) continue;
      const related = [atBase(base, b.replicationFactor.loc, `replication factor at ${base.ref}`)];
      if (!h.replicationFactor) {
        if (from <= 1) continue;
        ctx.report({
          entity: h,
          field: 'replicationFactor',
          loc: nameLoc(h),
          message:
            `${describeEntity(h)} no longer declares its replication factor (it was ${spelled(b.replicationFactor)} at ${BASE_LOCATION}), so it falls back to the broker's default.replication.factor (Kafka's own default is 1). ` +
            `Fewer replicas mean that fewer broker failures lose acknowledged writes or take partitions offline. Keep \`replicationFactor: ${spelled(b.replicationFactor)}\`.`,
          related,
        });
        continue;
      }
      const to = knownValue(h.replicationFactor);
      if (to === undefined || to >= from) continue;
      ctx.report({
        entity: h,
        field: 'replicationFactor',
        loc: h.replicationFactor.loc,
        message:
          `${describeEntity(h)} lowers its replication factor from ${spelled(b.replicationFactor)} (at ${BASE_LOCATION}) to ${spelled(h.replicationFactor)}. ` +
          `Each replica removed is one broker failure less before acknowledged writes are lost or partitions go offline. Keep ${spelled(b.replicationFactor)}, or have the platform team approve the lower durability for this topic.`,
        related,
      });
    }
  },
});
