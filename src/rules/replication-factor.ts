import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'replication-factor',
    level: 'error',
    kind: 'static',
    description: 'Topics declare a replication factor of at least 3.',
    rationale:
      'The durability invariant: with fewer than three replicas, one broker failure or maintenance leaves a single copy, and an acknowledged write can depend on exactly one broker.',
    tags: ['durability'],
    optionsSchema: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, description: 'Smallest acceptable replication factor.' } },
      additionalProperties: false,
    },
    defaultOptions: { minimum: 3 },
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const rf = topic.replicationFactor;
      if (!rf) {
        ctx.report({
          entity: topic,
          field: 'replicationFactor',
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no replication factor, so it gets the broker default. Set \`replicationFactor: ${minimum}\` (or more) so that one broker failure cannot lose acknowledged writes.`,
        });
      } else if (rf.kind === 'known' && rf.value < minimum) {
        ctx.report({
          entity: topic,
          field: 'replicationFactor',
          loc: rf.loc,
          message: `${describeEntity(topic)} has replication factor ${spelled(rf)}, below the minimum of ${minimum}: a single broker failure can lose acknowledged writes or make the topic unavailable. Raise it to at least ${minimum}.`,
        });
      }
    }
  },
});
