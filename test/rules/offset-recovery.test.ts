import rule from '../../src/rules/offset-recovery.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOPICS = 'topics:\n  - topic: orders.created.v1\n    drTier: tier-1\n  - topic: clicks.v1\n    drTier: tier-3\n  - topic: ledger.v1\n    x-dr-tier: tier-0\n';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\noffsetRecovery: replicate-offsets\n' } },
    { name: 'a consumer of a tier-3 topic only', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: analytics\ntopics: [clicks.v1]\n' } },
    { name: 'tiers from options', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\n' }, options: { tiers: ['tier-0'] } },
    { name: 'an undefined topic is unknown-topic\'s concern', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [nowhere.v1]\n' } },
    { name: 'a placeholder strategy counts as declared', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\noffsetRecovery: ${RECOVERY}\n' } },
  ],
  invalid: [
    {
      name: 'a group consuming a tier-1 topic',
      files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1, clicks.v1]\n' },
      errors: [{ file: 'groups.yaml', line: 1, column: 16, endLine: 1, endColumn: 23, level: 'warning', message: 'Consumer group "billing" consumes "orders.created.v1" (tier-1) but declares no offsetRecovery', related: [{ message: '"orders.created.v1" is tier-1', file: 'topics.yaml', line: 3, column: 13 }] }],
    },
    {
      name: 'a group the tier-0 topic lists as its reader (tier from the x-label)',
      files: { 'topics.yaml': TOPICS.replace('x-dr-tier: tier-0\n', 'x-dr-tier: tier-0\n    consumerGroups: [ledger-sync]\n'), 'groups.yaml': 'consumerGroup: ledger-sync\nidempotent: true\n' },
      errors: [{ file: 'groups.yaml', line: 1, column: 16, endLine: 1, endColumn: 27, message: '"ledger.v1" (tier-0)', related: [{ message: '"ledger.v1" is tier-0', file: 'topics.yaml', line: 7, column: 16 }] }],
    },
  ],
});
