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
      // Definitions in a catalog the rule is on for; the first one on the same cluster is "the" definition.
      const definitions = named.filter((t) => t.declaredIn === 'catalog' && ctx.options(t) !== undefined);
      const first = firstOnCluster(definitions);
      definitions.forEach((topic, i) => {
        const prior = first[i];
        if (prior !== undefined) report(ctx, topic, definitions[prior]!);
      });
    }
  },
});

/**
 * For each definition, the index of the first earlier one on the same cluster (as `sameCluster` in
 * model/catalog-index.ts says: an unknown cluster matches only in its own file), in one
 * pass: the first per known cluster (or none), the first per file, and the first unknown-cluster one per file.
 */
function firstOnCluster(defs: readonly Topic[]): (number | undefined)[] {
  const byCluster = new Map<string, number>();
  const byFile = new Map<string, number>();
  const unknownByFile = new Map<string, number>();
  return defs.map((t, i) => {
    const unknown = t.cluster?.kind === 'unknown';
    const key = t.cluster?.kind === 'known' ? `k:${t.cluster.value}` : 'none';
    const candidates = unknown ? [byFile.get(t.file)] : [byCluster.get(key), unknownByFile.get(t.file)];
    const found = candidates.filter((c): c is number => c !== undefined);
    if (!byFile.has(t.file)) byFile.set(t.file, i);
    if (unknown && !unknownByFile.has(t.file)) unknownByFile.set(t.file, i);
    if (!unknown && !byCluster.has(key)) byCluster.set(key, i);
    return found.length ? Math.min(...found) : undefined;
  });
}

function report(ctx: RuleContext<Record<string, never>>, topic: Topic, prior: Topic): void {
  ctx.report({
    entity: topic,
    field: `definition:${topic.file}`,
    loc: nameLoc(topic),
    message: `${describeEntity(topic)} is already defined in ${prior.file}${onCluster(topic)}. Keep one definition and delete this one, or rename it if it is a different topic.`,
    related: [{ loc: nameLoc(prior), message: 'first definition' }],
  });
}

/** ` on cluster `prod`` when the topic's cluster is known. */
function onCluster(topic: Topic): string {
  return topic.cluster?.kind === 'known' ? ` on cluster \`${topic.cluster.value}\`` : '';
}
