import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'key-change',
    level: 'error',
    kind: 'change',
    description: 'The declared message key of an existing topic does not change.',
    rationale:
      'The key decides the partition and with it the only ordering Kafka gives ("Kafka ordering is per partition"), and for compacted topics which records survive. The key is part of what the producing team owns and reviews (handbook 4: "schema, retention, compaction, key, SLA"); changing it on a live topic mixes two orderings and two compaction identities in one log.',
    tags: ['change', 'ordering', 'contract'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bk = b.key;
      const hk = h.key;
      if (!bk || bk.kind !== 'known' || bk.value.trim() === '') continue;
      if (hk && hk.kind !== 'known') continue;
      if (hk && hk.value.trim() === bk.value.trim()) continue;
      const why =
        'The key decides which partition a record goes to, and so per-key ordering and, on compacted topics, which records survive: records keyed the old way and the new way interleave in one log. ' +
        'Keep the key, or publish the new keying on a new topic version and migrate consumers to it.';
      ctx.report({
        entity: h,
        field: 'key',
        loc: hk?.loc ?? nameLoc(h),
        message: hk
          ? `${describeEntity(h)} changes its key from ${spelled(bk)} (at ${BASE_LOCATION}) to ${spelled(hk)}. ${why}`
          : `${describeEntity(h)} no longer declares its key ${spelled(bk)} (at ${BASE_LOCATION}). ${why}`,
        related: [atBase(base, bk.loc, `key at ${base.ref}`)],
      });
    }
  },
});
