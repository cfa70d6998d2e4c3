import rule from '../../src/rules/dr-tier.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: tier-0\n' } },
    { name: 'from the label', files: { 'topics.yaml': 'topic: a.b.v1\nlabels:\n  x-dr-tier: tier-3\n' } },
    { name: 'no tier at all is ownership-metadata\'s concern', files: { 'topics.yaml': 'topic: a.b.v1\n' } },
    { name: 'a placeholder', files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: "${TIER}"\n' } },
    { name: 'tiers from options', files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: gold\n' }, options: { tiers: ['gold', 'silver'] } },
    { name: 'a valid typed tier wins over a differing label (metadata-consistency reports that)', files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: tier-1\nx-dr-tier: tier-9\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: tier1\n' },
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 14, message: 'has DR tier tier1, which is not a tier the platform defines (tier-0, tier-1, tier-2, tier-3): the topic falls out of every DR plan, failover order and recovery test. Did you mean "tier-1"?' }],
    },
    {
      name: 'a top-level x-dr-tier label',
      files: { 'topics.yaml': 'topic: a.b.v1\nx-dr-tier: gold\n' },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 16, message: 'has x-dr-tier gold' }],
    },
    {
      name: 'a number',
      files: { 'topics.yaml': 'topics:\n  - topic: a.b.v1\n    drTier: 1\n' },
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 14, message: 'DR tier 1' }],
    },
  ],
});
