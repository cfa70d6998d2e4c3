import rule from '../../src/rules/ownership-metadata.js';
import { ruleTester } from '../helpers/rule-tester.js';

const FULL = 'topic: orders.created.v1\nowner: oms-team\nclassification: internal\nretention: P7D\ndrTier: tier-2\ncontact: oms-oncall\n';

ruleTester(rule).run({
  valid: [
    { name: 'every typed field', files: { 'topics.yaml': FULL } },
    {
      name: 'x-labels at the top level',
      files: { 'topics.yaml': 'topic: a.b.v1\nx-topic-owner: t\nx-data-classification: internal\nx-retention-policy: P7D\nx-dr-tier: tier-2\nx-contact: c\n' },
    },
    {
      name: 'x-labels under labels:',
      files: { 'topics.yaml': 'topic: a.b.v1\nlabels:\n  x-topic-owner: t\n  x-data-classification: internal\n  x-retention-policy: P7D\n  x-dr-tier: tier-2\n  x-contact: c\n' },
    },
    {
      name: 'retention from retention.ms in the config',
      files: { 'topics.yaml': 'topic: a.b.v1\nowner: t\nclassification: internal\ndrTier: tier-2\ncontact: c\nconfig:\n  retention.ms: 604800000\n' },
    },
    { name: 'a placeholder counts as declared', files: { 'topics.yaml': FULL.replace('owner: oms-team', 'owner: ${OWNER}') } },
    { name: 'only the required fields from options', files: { 'topics.yaml': 'topic: a.b.v1\nowner: t\n' }, options: { required: ['owner'] } },
    { name: 'a consumer group with an owner', files: { 'groups.yaml': 'consumerGroup: billing-ingest\nowner: billing-team\n' } },
  ],
  invalid: [
    {
      name: 'one finding at the name listing every missing field',
      files: { 'topics.yaml': 'topic: orders.created.v1\nowner: oms-team\nclassification: internal\nretention: P7D\n' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'does not declare drTier (or x-dr-tier), contact (or x-contact).' }],
    },
    {
      name: 'a label for another field does not count',
      files: { 'topics.yaml': FULL.replace('contact: oms-oncall\n', 'x-schema-owner: oms-contracts\n') },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'does not declare contact (or x-contact). ' }],
    },
    {
      name: 'a consumer group without an owner',
      files: { 'groups.yaml': 'consumerGroup: billing-ingest\ntopics: [orders.created.v1]\n' },
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 30, message: 'Consumer group "billing-ingest" declares no owner' }],
    },
    {
      name: 'an extra required field from options',
      files: { 'topics.yaml': FULL },
      options: { required: ['owner', 'schemaOwner'] },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'schemaOwner (or x-schema-owner)' }],
    },
    {
      name: 'each topic of a list and each document',
      files: { 'topics.yaml': 'topics:\n  - topic: a.b.v1\n  - topic: c.d.v1\n---\nconsumerGroups:\n  - consumerGroup: g1\n' },
      options: { required: ['owner'] },
      errors: [
        { line: 2, column: 12, endLine: 2, endColumn: 18, message: 'Topic "a.b.v1" does not declare owner (or x-topic-owner). Without them nobody can tell during an incident who owns the topic, how sensitive its data is, how long it must be kept or how it must be recovered. Add the missing field to the entry.' },
        { line: 3, column: 12, endLine: 3, endColumn: 18, message: 'Topic "c.d.v1" does not declare owner (or x-topic-owner). Without them nobody can tell during an incident who owns the topic, how sensitive its data is, how long it must be kept or how it must be recovered. Add the missing field to the entry.' },
        { line: 6, column: 20, endLine: 6, endColumn: 22, message: 'Consumer group "g1" declares no owner (or x-topic-owner): nobody is on the hook for its lag, idempotency, retries and DLQ. Add `owner: <consuming team>`.' },
      ],
    },
  ],
});
