import type { ConsumerGroup } from '../model/model.js';
import { servesCluster } from '../model/catalog-index.js';
import { defineRule } from '../model/rule.js';
import { suggester } from '../util/did-you-mean.js';
import { describeEntity } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'unknown-consumer-group',
    level: 'warning',
    kind: 'static',
    crossFile: true,
    description: 'Consumer groups a topic lists as its readers have a definition.',
    rationale:
      'A consumer group belongs to its consuming team, which answers for "lag, idempotency, retry, DLQ". A group a topic names but nobody defines has no owner, no replay policy and no offset recovery strategy, so it is invisible to lag triage, replay checklists and DR plans.',
    tags: ['ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    const defined = new Set<string>();
    // Groups defined only as consumer-group entries (no client), by name: a topic on a known cluster
    // needs one on its cluster (or without a known one).
    const groupsOnly = new Map<string, ConsumerGroup[]>();
    for (const g of ctx.catalog.consumerGroups) {
      if (g.name.kind !== 'known') continue;
      defined.add(g.name.value);
      groupsOnly.set(g.name.value, [...(groupsOnly.get(g.name.value) ?? []), g]);
    }
    // A client with a group id (Spring, .properties, code) is a definition of its group too.
    for (const c of ctx.catalog.clients) {
      if (c.groupId?.kind !== 'known') continue;
      defined.add(c.groupId.value);
      groupsOnly.delete(c.groupId.value);
    }
    // A repository that defines no consumer group at all keeps them elsewhere: nothing to check against.
    if (defined.size === 0) return;
    const suggest = suggester(defined); // bounded work however many unknown names there are
    for (const group of ctx.index.listedGroupNames()) {
      const onClusters = groupsOnly.get(group);
      if (defined.has(group) && !onClusters) continue;
      for (const topic of ctx.index.topicsListing(group)) {
        if (topic.declaredIn !== 'catalog' || ctx.options(topic) === undefined) continue;
        if (onClusters?.some((g) => servesCluster(g, topic))) continue;
        for (const f of topic.consumerGroups) {
          if (f.kind !== 'known' || f.value !== group) continue;
          const near = onClusters ? undefined : suggest(f.value);
          ctx.report({
            entity: topic,
            field: `consumerGroups:${f.value}`,
            loc: f.loc,
            message: `${describeEntity(topic)} lists consumer group "${f.value}", ${onClusters ? 'which is defined only on other clusters than this topic\'s' : 'which has no definition'}: nobody owns its lag, replay safety or offset recovery. ${near ? `Did you mean "${near}"? ` : ''}Add a \`consumerGroup: ${f.value}\` entry with its owner, or remove it from the list.`,
          });
        }
      }
    }
  },
});
