import { defineRule } from '../model/rule.js';
import { toNumber } from '../model/values.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'code-topic-definition',
    level: 'error',
    kind: 'static',
    description: 'Topics created from code (createTopics, TopicBuilder) have a replication factor of at least 3 and a min ISR.',
    rationale:
      'The durability invariant holds for every critical topic, wherever it is created: replication.factor >= 3 and min.insync.replicas >= 2. A topic created by application code bypasses catalog review, so its definition is checked where it is written.',
    tags: ['durability', 'client'],
    optionsSchema: {
      type: 'object',
      properties: {
        minimumReplicationFactor: { type: 'integer', minimum: 1, description: 'Smallest acceptable replication factor.' },
        minimumInsyncReplicas: { type: 'integer', minimum: 1, description: 'Smallest acceptable min.insync.replicas.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { minimumReplicationFactor: 3, minimumInsyncReplicas: 2 },
  },
  check(ctx) {
    for (const topic of ctx.catalog.topics) {
      if (topic.declaredIn !== 'code') continue;
      const opts = ctx.options(topic);
      if (!opts) continue;
      const rf = topic.replicationFactor;
      if (rf?.kind === 'known' && rf.value !== -1 && rf.value < opts.minimumReplicationFactor) {
        ctx.report({
          entity: topic,
          field: 'replicationFactor',
          loc: rf.loc,
          ...(rf.origin ? { related: [{ loc: rf.origin, message: 'the value is defined here' }] } : {}),
          message: `${describeEntity(topic)} is created from code with replication factor ${spelled(rf)}, below ${opts.minimumReplicationFactor}: one broker failure can lose acknowledged writes or make it unavailable. Create it with at least ${opts.minimumReplicationFactor} replicas (or declare it in the catalog).`,
        });
      }
      const isrField = topic.minInsyncReplicas ?? topic.config['min.insync.replicas'];
      if (!isrField) {
        ctx.report({
          entity: topic,
          field: 'minInsyncReplicas',
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} is created from code without \`min.insync.replicas\`, so acks=all can succeed with a single replica in sync. Add \`min.insync.replicas\` = ${opts.minimumInsyncReplicas} to its config.`,
        });
      } else if (isrField.kind === 'known') {
        const n = typeof isrField.value === 'number' ? isrField.value : toNumber(isrField.value as string);
        if (n !== undefined && n < opts.minimumInsyncReplicas) {
          ctx.report({
            entity: topic,
            field: 'minInsyncReplicas',
            loc: isrField.loc,
            ...(isrField.origin ? { related: [{ loc: isrField.origin, message: 'the value is defined here' }] } : {}),
            message: `${describeEntity(topic)} is created from code with \`min.insync.replicas\` ${spelled(isrField)}, below ${opts.minimumInsyncReplicas}: acks=all can succeed with a single replica in sync. Set it to ${opts.minimumInsyncReplicas} or more.`,
          });
        }
      }
    }
  },
});
