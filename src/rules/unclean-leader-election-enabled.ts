import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import { defineRule } from '../model/rule.js';
import { toBoolean } from '../model/values.js';
import { describeEntity, spelled } from './lib/report.js';

const KEY = 'unclean.leader.election.enable';

export default defineRule({
  meta: {
    id: 'unclean-leader-election-enabled',
    level: 'error',
    kind: 'change',
    description: 'Unclean leader election is not switched on for an existing topic.',
    rationale:
      'Unclean leader election "can restore availability by electing a replica outside ISR, but it can lose acknowledged data". For critical topics it is "a last-resort business decision, not an engineering optimization", and the handbook says not to enable it unless the data-loss trade-off is accepted.',
    tags: ['change', 'durability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const hf = h.config[KEY];
      if (!hf || hf.kind !== 'known' || toBoolean(hf.value) !== true) continue;
      const bf = b.config[KEY];
      if (bf && (bf.kind !== 'known' || toBoolean(bf.value) !== false)) continue;
      ctx.report({
        entity: h,
        field: `config.${KEY}`,
        loc: hf.loc,
        message:
          `${describeEntity(h)} switches ${KEY} on (${spelled(hf)}; it was ${bf ? `${spelled(bf)} at ${BASE_LOCATION}` : 'unset, which is false'}). ` +
          'A replica outside the ISR can then become leader, and acknowledged writes it never received are lost. ' +
          `Keep it off; enable it only as a recorded incident decision that accepts the data loss, and switch it back afterwards.`,
        ...(bf ? { related: [atBase(base, bf.loc, `${KEY} at ${base.ref}`)] } : {}),
      });
    }
  },
});
