import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

interface Guarantees {
  readonly backward: boolean;
  readonly forward: boolean;
  readonly transitive: boolean;
}

/** What each Schema Registry level checks. */
const LEVELS: Record<string, Guarantees> = {
  NONE: { backward: false, forward: false, transitive: false },
  BACKWARD: { backward: true, forward: false, transitive: false },
  BACKWARD_TRANSITIVE: { backward: true, forward: false, transitive: true },
  FORWARD: { backward: false, forward: true, transitive: false },
  FORWARD_TRANSITIVE: { backward: false, forward: true, transitive: true },
  FULL: { backward: true, forward: true, transitive: false },
  FULL_TRANSITIVE: { backward: true, forward: true, transitive: true },
};

/** Schema Registry's default when a subject sets no level. */
const REGISTRY_DEFAULT = 'BACKWARD';

/** What a move from `from` to `to` stops checking; empty when nothing is lost. */
export function lostGuarantees(from: string, to: string): string[] {
  const a = LEVELS[from];
  const b = LEVELS[to];
  if (!a || !b) return [];
  const lost: string[] = [];
  if (a.backward && !b.backward) lost.push('backward compatibility is no longer checked, so consumers on the new schema may fail on records already in the topic');
  if (a.forward && !b.forward) lost.push('forward compatibility is no longer checked, so consumers still on the old schema may fail on new records');
  if (a.transitive && !b.transitive && (b.backward || b.forward)) lost.push('only the latest schema version is checked instead of all earlier ones, so replays of old records may break');
  return lost;
}

export default defineRule({
  meta: {
    id: 'schema-compatibility-change',
    level: 'warning',
    kind: 'change',
    description: "A change to a topic's schema compatibility level is flagged for review, and a weakened one says what it stops checking.",
    rationale:
      'Changing schema compatibility is risky: "contract governance required" (handbook 18.2). Schema compatibility is the contract between producers and every consumer; weakening it (FULL to BACKWARD, anything to NONE) lets producers register schemas that existing consumers cannot read.',
    tags: ['change', 'contract'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.schemaCompatibility;
      const hf = h.schemaCompatibility;
      if (!bf && !hf) continue;
      if ((bf && bf.kind !== 'known') || (hf && hf.kind !== 'known')) continue;
      const from = bf ? bf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      const to = hf ? hf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      // Values that are not Schema Registry levels are `schema-compatibility`'s business.
      if (from === to || !LEVELS[from] || !LEVELS[to]) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const toText = hf ? spelled(hf) : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const lost = lostGuarantees(from, to);
      const message =
        lost.length > 0
          ? `${describeEntity(h)} weakens its schema compatibility from ${fromText} to ${toText}: ${to === 'NONE' ? 'no compatibility check at all remains, so any schema can be registered and existing consumers can break' : lost.join('; ')}. ` +
            'Weakening the contract needs the schema owner and the consuming teams to approve; keep the previous level unless they have.'
          : `${describeEntity(h)} changes its schema compatibility from ${fromText} to ${toText} (stronger). ` +
            'Existing schema versions may not satisfy the new level, and registrations that passed before will be rejected. Contract governance applies: have the schema owner approve and check the registered versions first.';
      ctx.report({
        entity: h,
        field: 'schemaCompatibility',
        loc: hf?.loc ?? nameLoc(h),
        message,
        ...(bf ? { related: [atBase(base, bf.loc, `schema compatibility at ${base.ref}`)] } : {}),
      });
    }
  },
});
