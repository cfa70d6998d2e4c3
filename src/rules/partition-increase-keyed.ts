import { atBase, BASE_LOCATION, changedTopics, knownValue } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'partition-increase-keyed',
    level: 'error',
    kind: 'change',
    description: 'Partitions are not increased on a keyed or compacted topic.',
    rationale:
      'Kafka ordering is per partition, and a key is placed by hashing it over the partition count. Increasing partitions changes future key distribution, so ordering assumptions break (handbook 18.2: "increase partitions: sometimes safe"; "do not increase partitions on a keyed topic without checking ordering and key distribution consequences").',
    tags: ['change', 'ordering'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === undefined || to === undefined || to <= from || !h.partitions || !b.partitions) continue;
      const key = h.key && h.key.kind !== 'invalid' ? h.key : b.key && b.key.kind !== 'invalid' ? b.key : undefined;
      const compacted = (knownValue(h.cleanupPolicy) ?? knownValue(b.cleanupPolicy) ?? []).includes('compact');
      if (!key && !compacted) continue;
      const what = [key ? `keyed by ${spelled(key)}` : '', compacted ? 'compacted' : ''].filter(Boolean).join(' and ');
      ctx.report({
        entity: h,
        field: 'partitions',
        loc: h.partitions.loc,
        message:
          `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) to ${spelled(h.partitions)}, and it is ${what}. ` +
          `Kafka places a key by hashing it over the partition count, so after the increase existing keys land on other partitions: per-key ordering breaks between old and new records${compacted ? ', and compaction keeps an old value of a key on its former partition beside the new one' : ''}. ` +
          `Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it; if ordering and key placement truly do not matter, have the owning team approve and suppress this finding with a reason.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)],
      });
    }
  },
});
