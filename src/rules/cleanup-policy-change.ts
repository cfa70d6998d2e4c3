import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'cleanup-policy-change',
    level: 'error',
    kind: 'change',
    description: "A topic's cleanup policy is not changed.",
    rationale:
      'Changing the cleanup policy is risky: "compaction/delete semantics differ greatly" (handbook 18.2). Compaction keeps the latest record per key indefinitely and needs every record keyed; delete drops records by age regardless of key. Consumers built for one break under the other.',
    tags: ['change', 'retention', 'contract'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.cleanupPolicy;
      const hf = h.cleanupPolicy;
      if (!bf && !hf) continue;
      if ((bf && bf.kind !== 'known') || (hf && hf.kind !== 'known')) continue;
      // Unset is Kafka's default, `delete`.
      const from = bf ? bf.value.join(',') : 'delete';
      const to = hf ? hf.value.join(',') : 'delete';
      if (from === to) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : 'unset (Kafka\'s default, delete)';
      const toText = hf ? spelled(hf) : "unset (Kafka's default, delete)";
      ctx.report({
        entity: h,
        field: 'cleanupPolicy',
        loc: hf?.loc ?? nameLoc(h),
        message:
          `${describeEntity(h)} changes its cleanup policy from ${fromText} to ${toText}. ` +
          `Delete and compact semantics differ greatly: compaction keeps only the latest record per key (and needs every record keyed), delete drops records by age regardless of key, so consumers and replays see different data than they were built for. ` +
          `Keep the previous policy, or create a new topic with the new policy and migrate producers and consumers to it.`,
        ...(bf ? { related: [atBase(base, bf.loc, `cleanup policy at ${base.ref}`)] } : {}),
      });
    }
  },
});
