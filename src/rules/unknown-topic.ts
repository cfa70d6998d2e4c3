import { defineRule } from '../model/rule.js';
import { didYouMean } from '../util/did-you-mean.js';
import { compileRe2Source, quoteRe2, type SafeRegex } from '../util/safe-regex.js';
import { checkClientTopics } from './lib/client-topics.js';
import { describeEntity } from './lib/report.js';

/**
 * `orders.*`-style wildcards some teams write in a group's topic list, matched on RE2: the catalog
 * comes from the repository, and `*a*a*a*a*b` against a long topic name would make a backtracking
 * `RegExp` run for minutes; RE2 takes time linear in the name (src/util/safe-regex.ts).
 */
function wildcard(name: string): SafeRegex | undefined {
  if (!name.includes('*')) return undefined;
  const re = compileRe2Source(`^${name.split('*').map(quoteRe2).join('(?s:.*)')}$`, name);
  return 'problem' in re ? undefined : re;
}

export default defineRule({
  meta: {
    id: 'unknown-topic',
    level: 'error',
    kind: 'static',
    crossFile: true,
    description: 'Consumer groups and clients only use topics the catalog defines.',
    rationale:
      '"Kafka becomes dangerous when everyone can create topics but nobody owns them." A topic that a consumer group or client uses but the catalog does not define has no owner, no reviewed retention, replication or schema rules, and is often a typo: with auto-creation it appears with broker defaults, without it the consumer silently reads nothing.',
    tags: ['ownership', 'contract'],
    defaultOptions: {},
  },
  check(ctx) {
    const names = ctx.index.topicNames();
    // A repository without any topic definition has no catalog to check against.
    if (names.size === 0) return;
    for (const [group] of ctx.consumerGroups()) {
      for (const f of group.topics) {
        if (f.kind !== 'known' || names.has(f.value)) continue;
        const re = wildcard(f.value);
        if (re && [...names].some((n) => re.test(n))) continue;
        const near = re ? undefined : didYouMean(f.value, names);
        ctx.report({
          entity: group,
          field: `topics:${f.value}`,
          loc: f.loc,
          message: `${describeEntity(group)} consumes topic "${f.value}", which the catalog does not define: the topic has no owner and no reviewed settings, and the group may read nothing at all. ${near ? `Did you mean "${near}"? ` : ''}Add the topic to the catalog or fix the name.`,
        });
      }
    }
    checkClientTopics(ctx, names);
  },
});
