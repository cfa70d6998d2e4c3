import rule from '../../src/rules/metadata-consistency.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { name: 'field and top-level label agree', files: { 'topics.yaml': 'topic: a.b.v1\nowner: oms-team\nx-topic-owner: oms-team\n' } },
    { name: 'field and label under labels: agree, ignoring case', files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: tier-1\nlabels:\n  x-dr-tier: Tier-1\n' } },
    { name: 'only one of them present', files: { 'topics.yaml': 'topic: a.b.v1\nowner: oms-team\nx-contact: oms-oncall\n' } },
    { name: 'a placeholder is not compared', files: { 'topics.yaml': 'topic: a.b.v1\nowner: ${OWNER}\nx-topic-owner: oms-team\n' } },
    { name: 'retention is compared by the retention rule, not here', files: { 'topics.yaml': 'topic: a.b.v1\nretention: P7D\nx-retention-policy: P90D\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: a.b.v1\nowner: oms-team\nx-topic-owner: billing-team\n' },
      errors: [{ line: 3, column: 16, endLine: 3, endColumn: 28, message: 'has x-topic-owner billing-team but owner oms-team', related: [{ message: 'owner is oms-team here', file: 'topics.yaml', line: 2, column: 8 }] }],
    },
    {
      name: 'label under labels:',
      files: { 'topics.yaml': 'topic: a.b.v1\nclassification: internal\nlabels:\n  x-data-classification: "confidential"\n' },
      errors: [{ line: 4, column: 26, endLine: 4, endColumn: 40, message: 'x-data-classification "confidential" but classification internal', related: [{ message: 'classification is internal here', file: 'topics.yaml', line: 2, column: 17 }] }],
    },
    {
      name: 'several fields, each reported',
      files: { 'topics.yaml': 'topic: a.b.v1\ndrTier: tier-1\ncontact: a\nschemaOwner: s\nx-dr-tier: tier-2\nx-contact: b\nx-schema-owner: s\n' },
      errors: [
        { line: 5, column: 12, endLine: 5, endColumn: 18, message: 'x-dr-tier', related: [{ message: 'drTier is tier-1 here', file: 'topics.yaml', line: 2, column: 9 }] },
        { line: 6, column: 12, endLine: 6, endColumn: 13, message: 'x-contact', related: [{ message: 'contact is a here', file: 'topics.yaml', line: 3, column: 10 }] },
      ],
    },
    {
      name: 'a consumer group owner',
      files: { 'groups.yaml': 'consumerGroup: billing-ingest\nowner: billing\nlabels: { x-topic-owner: payments }\n' },
      errors: [{ line: 3, column: 26, endLine: 3, endColumn: 34, message: 'Consumer group "billing-ingest" has x-topic-owner payments but owner billing', related: [{ message: 'owner is billing here', file: 'groups.yaml', line: 2, column: 8 }] }],
    },
  ],
});
