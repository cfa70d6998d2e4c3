import type { Field } from '../model/model.js';
import { defineRule } from '../model/rule.js';
import { describeMs, parseRetention } from '../model/values.js';
import { LABEL_FOR_FIELD } from '../model/labels.js';
import { describeEntity, spelled } from './lib/report.js';

const same = (a: Field<unknown>, b: Field<unknown>) => a.loc.file === b.loc.file && a.loc.start === b.loc.start && a.loc.end === b.loc.end;

export default defineRule({
  meta: {
    id: 'retention',
    level: 'error',
    kind: 'static',
    description: 'Retention can be read, and agrees with retention.ms and x-retention-policy where those are also given.',
    rationale:
      'Retention is part of the topic\'s contract: the producing team reviews it, and consumers depend on it to recover ("reduce retention only after replay/audit need is satisfied"). A retention nobody can read, or two declarations that disagree, means the broker applies one value while reviewers, DR plans and consumers rely on another.',
    tags: ['retention', 'ownership'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const r = topic.retentionMs;
      if (r?.kind === 'invalid') {
        ctx.report({
          entity: topic,
          field: 'retention',
          loc: r.loc,
          message: `${describeEntity(topic)} has retention ${r.raw}, which cannot be read: reviewers cannot tell how long records are kept, and the topic may be created with the broker default. Write ${r.expected}.`,
        });
        continue;
      }
      // retention.ms given next to the typed field (when the typed field is absent, it IS the retention).
      const cfg = topic.config['retention.ms'];
      if (r?.kind === 'known' && cfg?.kind === 'known' && !same(r, cfg)) {
        const ms = parseRetention(cfg.value);
        if (ms === undefined) {
          ctx.report({
            entity: topic,
            field: 'config.retention.ms',
            loc: cfg.loc,
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)}, which is not a number of milliseconds: the broker rejects or ignores it. Remove it and keep \`retention: ${spelled(r)}\`, or write a number of milliseconds (-1 for infinite).`,
          });
        } else if (ms !== r.value) {
          ctx.report({
            entity: topic,
            field: 'config.retention.ms',
            loc: cfg.loc,
            related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)} (${describeMs(ms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the broker applies one while reviewers and consumers rely on the other. Keep one declaration, or make them equal.`,
          });
        }
      }
      const label = LABEL_FOR_FIELD.retention;
      const l = topic.labels[label];
      if (l?.kind !== 'known') continue;
      const lms = parseRetention(l.value);
      if (lms === undefined) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          message: `${describeEntity(topic)} has ${label} ${spelled(l)}, which cannot be read as a retention: reviewers and DR plans cannot tell how long records are kept. Write it as an ISO-8601 duration such as P90D, or -1 for infinite.`,
        });
      } else if (r?.kind === 'known' && lms !== r.value) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
          message: `${describeEntity(topic)} has ${label} ${spelled(l)} (${describeMs(lms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the policy people read is not what the broker applies. Make them equal, or remove the label and keep the typed field.`,
        });
      }
    }
  },
});
