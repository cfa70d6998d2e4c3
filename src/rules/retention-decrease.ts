import { atBase, BASE_LOCATION, changedTopics } from '../model/change.js';
import type { Field } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { describeMs } from '../model/values.js';
import { describeEntity, nameLoc, spelled } from './lib/report.js';

interface Options {
  /** What an unset retention means on your brokers, in ms (-1 = infinite). Kafka's default is 7 days. */
  brokerDefaultMs: number;
}

export default defineRule<Options>({
  meta: {
    id: 'retention-decrease',
    level: 'warning',
    kind: 'change',
    description: "A topic's retention is not shortened (including from infinite, or from unset to a value shorter than the broker default).",
    rationale:
      'Reducing retention is risky: it "can remove replay history" (handbook 18.2), and records past the new limit are deleted as soon as the change applies. In the deprecation pattern, retention is reduced "only after replay/audit need is satisfied".',
    tags: ['change', 'retention'],
    optionsSchema: {
      type: 'object',
      properties: {
        brokerDefaultMs: { type: 'integer', minimum: -1, description: "What an unset retention means on your brokers (log.retention.ms), in milliseconds; -1 for infinite. Kafka's default is 604800000 (7 days)." },
      },
      additionalProperties: false,
    },
    defaultOptions: { brokerDefaultMs: 604_800_000 },
  },
  check(ctx) {
    const length = (ms: number) => (ms === -1 ? Infinity : ms);
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const options = ctx.options(h)!;
      const bf: Field<number> | undefined = b.retentionMs;
      const hf: Field<number> | undefined = h.retentionMs;
      if (!bf && !hf) continue;
      if ((bf && bf.kind !== 'known') || (hf && hf.kind !== 'known')) continue;
      const def = options.brokerDefaultMs;
      const from = bf ? bf.value : def;
      const to = hf ? hf.value : def;
      if (length(to) >= length(from)) continue;
      const show = (f: Field<number> | undefined, ms: number) => {
        const human = describeMs(ms);
        const s = f ? spelled(f) : '';
        return f ? (s === human ? s : `${s} (${human})`) : `unset (the broker default, ${human})`;
      };
      const fromText = bf ? `${show(bf, from)} at ${BASE_LOCATION}` : show(undefined, from);
      ctx.report({
        entity: h,
        field: 'retention',
        loc: hf?.loc ?? nameLoc(h),
        message:
          `${describeEntity(h)} shortens retention from ${fromText} to ${show(hf, to)}. ` +
          `Records older than ${describeMs(to)} are deleted as soon as this applies: consumers that lag or need to replay lose that history, and deleted records cannot be restored. ` +
          `Keep the previous retention, or shorten it only after the consumers' owners confirm that no replay or audit need depends on the older records.`,
        ...(bf ? { related: [atBase(base, bf.loc, `retention at ${base.ref}`)] } : {}),
      });
    }
  },
});
