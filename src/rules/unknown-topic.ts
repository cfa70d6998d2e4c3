import type { ConsumerGroup, Known } from '../model/model.js';
import { servesCluster } from '../model/catalog-index.js';
import { defineRule, type RuleContext } from '../model/rule.js';
import { suggester } from '../util/did-you-mean.js';
import { wildcardMatch } from '../util/wildcard.js';
import { checkClientTopics } from './lib/client-topics.js';
import { describeEntity } from './lib/report.js';

/**
 * `orders.*`-style wildcards some teams write in a group's topic list (`*`: any run of characters),
 * matched without a regular expression (src/util/wildcard.ts): the catalog comes from the repository,
 * and a `RegExp` built from `*a*a*a*a*a*b` runs for seconds to minutes against a long topic name.
 */
function wildcard(name: string): ((topic: string) => boolean) | undefined {
  if (!name.includes('*')) return undefined;
  return (topic) => wildcardMatch(name, topic);
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
    const suggest = suggester(names); // bounded work however many unknown names there are
    for (const [group] of ctx.consumerGroups()) {
      for (const f of group.topics) {
        if (f.kind !== 'known') continue;
        if (names.has(f.value)) {
          if (!ctx.index.topicsNamed(f.value).some((t) => servesCluster(t, group))) reportOtherCluster(ctx, group, f);
          continue;
        }
        const re = wildcard(f.value);
        if (re && [...names].some((n) => re(n))) continue;
        const near = re ? undefined : suggest(f.value);
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

/** The name is defined, but only on other clusters than the group's (both known). */
function reportOtherCluster(ctx: RuleContext<Record<string, never>>, group: ConsumerGroup, f: Known<string>): void {
  const cluster = group.cluster?.kind === 'known' ? group.cluster.value : '';
  ctx.report({
    entity: group,
    field: `topics:${f.value}`,
    loc: f.loc,
    message: `${describeEntity(group)} consumes topic "${f.value}", which the catalog defines only on other clusters than \`${cluster}\`: on this cluster the topic has no owner and no reviewed settings, and the group may read nothing at all. Add the topic to this cluster's catalog or fix the cluster.`,
  });
}
