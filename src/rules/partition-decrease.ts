import { atBase, BASE_LOCATION, changedTopics, knownValue } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'partition-decrease',
    level: 'error',
    kind: 'change',
    description: "A topic's partition count is never decreased.",
    rationale:
      'Kafka cannot remove partitions from a topic: decreasing partitions is "no normal direct operation" and "requires new topic/migration pattern" (handbook 18.2). Tools react badly: Terraform\'s Kafka provider destroys and recreates the topic, losing its data and consumer offsets.',
    tags: ['change', 'availability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === undefined || to === undefined || to >= from || !h.partitions || !b.partitions) continue;
      ctx.report({
        entity: h,
        field: 'partitions',
        loc: h.partitions.loc,
        message:
          `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) down to ${spelled(h.partitions)}. ` +
          `Kafka cannot remove partitions: the change fails, or a tool such as Terraform's Kafka provider destroys and recreates the topic, losing all its records and consumer offsets. ` +
          `Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)],
      });
    }
  },
});
