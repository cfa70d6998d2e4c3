import { defineRule } from '../model/rule.js';
import { canExpress } from '../model/formats.js';
import { describeEntity, spelled } from './lib/report.js';

export default defineRule({
  meta: {
    id: 'compacted-topic-key',
    level: 'error',
    kind: 'static',
    description: 'A compacted topic (cleanup policy includes compact) declares its message key.',
    rationale:
      'Compaction keeps the latest record per key, so the key is the topic\'s contract: "change cleanup policy" is risky because "compaction/delete semantics differ greatly". Without a declared key, producers are free to send unkeyed records (which a compacted topic rejects) or to change the key, and compaction then deletes records that were still needed.',
    tags: ['contract', 'retention'],
    defaultOptions: {},
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const cp = topic.cleanupPolicy;
      if (cp?.kind !== 'known' || !cp.value.includes('compact')) continue;
      if (topic.key || !canExpress(topic, 'key')) continue;
      ctx.report({
        entity: topic,
        field: 'key',
        loc: cp.loc,
        message: `${describeEntity(topic)} has cleanup policy ${spelled(cp)} but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (\`key: <field>\`).`,
      });
    }
  },
});
