import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

interface Options {
  minimum: number;
}

export default defineRule<Options>({
  meta: {
    id: 'min-insync-replicas',
    level: 'error',
    kind: 'static',
    description: 'Topics declare min.insync.replicas (typed field or topic config) of at least 2.',
    rationale:
      'The durability invariant asks for `min.insync.replicas >= 2` on critical topics: with `acks=all`, a write is then acknowledged only once at least two replicas have it, so an acknowledged write never depends on exactly one broker. With 1 (the broker default), `acks=all` degrades to a single copy whenever the ISR shrinks.',
    tags: ['durability'],
    optionsSchema: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, description: 'Smallest acceptable min.insync.replicas.' } },
      additionalProperties: false,
    },
    defaultOptions: { minimum: 2 },
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      if (!isr) {
        ctx.report({
          entity: topic,
          field: 'minInsyncReplicas',
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no min.insync.replicas, so it gets the broker default (usually 1): with acks=all an acknowledged write can then live on a single broker. Set \`minInsyncReplicas: ${minimum}\` (or \`config: { min.insync.replicas: ${minimum} }\`).`,
        });
      } else if (isr.kind === 'known' && isr.value < minimum) {
        ctx.report({
          entity: topic,
          field: 'minInsyncReplicas',
          loc: isr.loc,
          message: `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, below the minimum of ${minimum}: an acks=all write is acknowledged as soon as fewer than ${minimum} replicas have it, so one broker failure can lose it. Raise it to at least ${minimum}.`,
        });
      }
    }
  },
});
