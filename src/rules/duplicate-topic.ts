import type { Topic } from '../core/model.js';
import { defineRule } from '../core/rule.js';
import { describeEntity, nameLoc } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'duplicate-topic',
    level: 'error',
    kind: 'static',
    crossFile: true,
    description: 'A topic is defined only once in the catalog.',
    rationale:
      'Two definitions of one topic disagree sooner or later, and whichever is applied last silently wins: ownership, retention and partitions stop being reviewable.',
    tags: ['ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    const first = new Map<string, Topic>();
    for (const [topic] of ctx.topics()) {
      if (topic.name.kind !== 'known') continue;
      const prior = first.get(topic.name.value);
      if (!prior) {
        first.set(topic.name.value, topic);
        continue;
      }
      ctx.report({
        entity: topic,
        field: `definition:${topic.file}`,
        loc: nameLoc(topic),
        message: `${describeEntity(topic)} is already defined in ${prior.file}. Keep one definition and delete this one, or rename it if it is a different topic.`,
        related: [{ loc: nameLoc(prior), message: 'first definition' }],
      });
    }
  },
});
