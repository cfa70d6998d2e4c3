import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import { drTierOf } from '../model/labels.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, spelled } from './lib/report.js';

const tierNumber = (s: string): number | undefined => {
  const m = /^tier-?(\d+)$/i.exec(s.trim());
  return m ? Number(m[1]) : undefined;
};

export default defineRule({
  meta: {
    id: 'dr-tier-downgrade',
    level: 'warning',
    kind: 'change',
    description: "A topic's DR tier does not move to a less critical tier without review.",
    rationale:
      'RTO and RPO are business inputs: "engineering cannot choose RTO/RPO alone", and the DR tier encodes that decision (handbook 24.3). Moving a topic to a less critical tier weakens its replication, failover and recovery commitments, which its consumers rely on.',
    tags: ['change', 'disaster-recovery', 'ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = drTierOf(b);
      const hf = drTierOf(h);
      if (!bf || !hf || bf.kind !== 'known' || hf.kind !== 'known') continue;
      const from = tierNumber(bf.value);
      const to = tierNumber(hf.value);
      if (from === undefined || to === undefined || to <= from) continue;
      ctx.report({
        entity: h,
        field: 'drTier',
        loc: hf.loc,
        message:
          `${describeEntity(h)} moves from DR tier ${spelled(bf)} (at ${BASE_LOCATION}) to the less critical ${spelled(hf)}. ` +
          'Its recovery point and recovery time commitments, replication and failover priority weaken, and consumers that depend on the old tier lose them. ' +
          'RTO/RPO are business decisions: have the owner and the consuming teams approve the downgrade, or keep the tier.',
        related: [atBase(base, bf.loc, `DR tier at ${base.ref}`)],
      });
    }
  },
});
