import type { Topic } from '../model/model.js';
import { defineRule, type RuleContext } from '../model/rule.js';
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
    for (const named of ctx.index.repeatedNames()) {
      // Definitions in a catalog the rule is on for; the first of them is "the" definition.
      const definitions = named.filter((t) => t.declaredIn === 'catalog' && ctx.options(t) !== undefined);
      const prior = definitions[0];
      for (const topic of definitions.slice(1)) report(ctx, topic, prior!);
    }
  },
});

function report(ctx: RuleContext<Record<string, never>>, topic: Topic, prior: Topic): void {
  ctx.report({
    entity: topic,
    field: `definition:${topic.file}`,
    loc: nameLoc(topic),
    message: `${describeEntity(topic)} is already defined in ${prior.file}. Keep one definition and delete this one, or rename it if it is a different topic.`,
    related: [{ loc: nameLoc(prior), message: 'first definition' }],
  });
}
