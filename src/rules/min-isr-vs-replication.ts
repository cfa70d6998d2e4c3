import { defineRule } from '../model/rule.js';
import { describeEntity, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'min-isr-vs-replication',
    level: 'error',
    kind: 'static',
    description: 'min.insync.replicas is lower than the replication factor.',
    rationale:
      'The durability invariant pairs `replication.factor >= 3` with `min.insync.replicas >= 2`: the gap between them is the number of brokers that may be down (maintenance, failure) while `acks=all` producers can still write. With min ISR equal to the replication factor, one broker down blocks every `acks=all` write (NotEnoughReplicas); above it, the topic can never be written with `acks=all`.',
    tags: ['durability', 'availability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      const rf = topic.replicationFactor;
      if (isr?.kind !== 'known' || rf?.kind !== 'known') continue;
      if (isr.value < rf.value) continue;
      const equal = isr.value === rf.value;
      ctx.report({
        entity: topic,
        field: 'minInsyncReplicas',
        loc: isr.loc,
        related: [{ loc: rf.loc, message: `replication factor ${spelled(rf)}` }],
        message: equal
          ? `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, equal to its replication factor ${spelled(rf)}: a single broker down (failure or a rolling restart) blocks every acks=all write with NotEnoughReplicas. Keep min.insync.replicas below the replication factor: raise the replication factor to ${isr.value + 1}${rf.value - 1 >= 2 ? `, or lower min.insync.replicas to ${rf.value - 1}` : ''}.`
          : `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, above its replication factor ${spelled(rf)}: there can never be that many in-sync replicas, so every acks=all write fails. Lower min.insync.replicas below the replication factor, or raise the replication factor.`,
      });
    }
  },
});
