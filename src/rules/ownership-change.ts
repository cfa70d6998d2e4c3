import { atBase, BASE_LOCATION, compareCatalogs, type Pair } from '../model/change.js';
import { ownerOf } from '../model/labels.js';
import type { ConsumerGroup, Topic } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'ownership-change',
    level: 'note',
    kind: 'change',
    description: 'A change of owner is pointed out so that both teams review it.',
    rationale:
      'Ownership must be encoded in metadata, because "if ownership lives only in people\'s heads, incident response becomes archaeology" (handbook 4). A new owner takes over schema, retention, compaction, key and SLA decisions and the on-call; both the old and the new team should approve the handover.',
    tags: ['change', 'ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const changes = compareCatalogs(base.catalog, ctx.catalog);
    const pairs: Pair<Topic | ConsumerGroup>[] = [...changes.topics, ...changes.groups];
    for (const { base: b, head: h } of pairs) {
      if (b === h || !ctx.options(h)) continue;
      const bf = ownerOf(b);
      const hf = ownerOf(h);
      if (!bf || !hf || bf.kind !== 'known' || hf.kind !== 'known' || bf.value.trim() === hf.value.trim()) continue;
      ctx.report({
        entity: h,
        field: 'owner',
        loc: hf.loc,
        message:
          `${describeEntity(h)} changes owner from ${spelled(bf)} (at ${BASE_LOCATION}) to ${spelled(hf)}. ` +
          'The owner answers for its schema, retention, key and on-call; a handover nobody agreed to leaves an orphan. ' +
          `Have reviewers from both ${spelled(bf)} and ${spelled(hf)} approve this change.`,
        related: [atBase(base, bf.loc, `owner at ${base.ref}`)],
      });
    }
  },
});
