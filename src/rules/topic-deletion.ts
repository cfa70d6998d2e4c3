import { atBase, BASE_LOCATION, compareCatalogs, deletionLocation } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'topic-deletion',
    level: 'error',
    kind: 'change',
    description: 'A topic is deleted only after it was marked `deprecated: true` (and a rename is a deletion).',
    rationale:
      'Topic mistakes are long-lived. The handbook\'s deprecation pattern (18.3): mark the topic deprecated, identify producers and consumers, stop new producers, migrate consumers, reduce retention only after replay and audit needs are met, and "delete after explicit owner approval". Deleting a live topic loses its records and breaks everyone still using it.',
    tags: ['change', 'lifecycle'],
    defaultOptions: {},
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { base: b, renamedTo } of compareCatalogs(base.catalog, ctx.catalog).deletedTopics) {
      if (!ctx.options(b)) continue;
      if (b.deprecated?.kind === 'known' && b.deprecated.value) continue;
      const where = deletionLocation(b, base.catalog, ctx.catalog);
      const name = b.name.kind === 'known' ? b.name.value : '';
      const readers = b.consumerGroups.filter((g) => g.kind === 'known').map((g) => (g.kind === 'known' ? g.value : ''));
      const readersText = readers.length ? ` (declared consumer groups: ${readers.join(', ')})` : '';
      const target = renamedTo?.name.kind === 'known' ? renamedTo.name.value : undefined;
      const message = target
        ? `${describeEntity(b)} (defined at ${BASE_LOCATION}) is gone and "${target}" is new with exactly the same settings: this is a rename, and Kafka cannot rename a topic. ` +
          `"${target}" starts empty, and "${name}" with its records and consumer offsets is deleted, so every consumer${readersText} must migrate to "${target}" (and its offsets be reset or translated) before "${name}" goes. ` +
          `Keep "${name}" with \`deprecated: true\` until consumers have moved, then delete it with the owner's approval.`
        : `${describeEntity(b)} (defined at ${BASE_LOCATION}) is deleted, but it was not marked \`deprecated: true\` at ${base.ref}. ` +
          `Deleting a live topic loses its records and breaks every producer and consumer still using it${readersText}. ` +
          `Follow the deprecation pattern: mark it \`deprecated: true\` first, migrate producers and consumers, then delete it with the owner's approval.`;
      ctx.report({
        entity: b,
        field: 'deleted',
        loc: where.loc,
        ...(where.atBaseLine ? { atBaseLine: where.atBaseLine } : {}),
        message,
        related: [
          atBase(base, nameLoc(b), `definition at ${base.ref}`),
          ...(renamedTo ? [{ loc: nameLoc(renamedTo), message: `"${target}", the new name` }] : []),
        ],
      });
    }
  },
});
