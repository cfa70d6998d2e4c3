import { defineRule } from '../model/rule.js';
import { toBoolean } from '../model/values.js';
import { describeEntity, spelled } from './lib/report.js';

const KEY = 'unclean.leader.election.enable';

export default defineRule({
  meta: {
    id: 'unclean-leader-election',
    level: 'error',
    kind: 'static',
    description: 'Topics do not enable unclean.leader.election.enable.',
    rationale:
      'The durability invariant requires `unclean.leader.election.enable = false`. An unclean election makes a replica outside the ISR the leader, and the acknowledged writes it never received are lost. The handbook allows it only as an incident decision: "do not enable unclean leader election for critical topics unless data-loss trade-off is accepted".',
    tags: ['durability'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const f = topic.config[KEY];
      if (f?.kind !== 'known' || toBoolean(f.value) !== true) continue;
      ctx.report({
        entity: topic,
        field: `config.${KEY}`,
        loc: f.loc,
        message: `${describeEntity(topic)} sets ${KEY} to ${spelled(f)}: a replica that is not in sync can become leader, and acknowledged writes it never received are silently lost. Remove the setting (the default is false) or set it to false; enable it only during an incident, as a recorded decision that accepts the data loss.`,
      });
    }
  },
});
