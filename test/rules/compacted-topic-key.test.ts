import rule from '../../src/rules/compacted-topic-key.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: compact\nkey: customerId\n' } },
    { name: 'delete needs no key', files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: delete\n' } },
    { name: 'compact,delete with a key', files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: "compact,delete"\nkey: id\n' } },
    { name: 'a key given as a placeholder', files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: compact\nkey: ${KEY}\n' } },
    { name: 'an unreadable policy is not judged here', files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: shrink\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: compact\n' },
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 23, message: 'has cleanup policy compact but declares no key' }],
    },
    {
      name: 'a list',
      files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: [compact, delete]\n' },
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 33, message: 'cleanup policy [compact, delete]' }],
    },
    {
      name: 'a block list',
      files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy:\n  - delete\n  - compact\n' },
      errors: [{ line: 3, column: 3, endLine: 4, endColumn: 12, message: 'Topic "a.b.v1" has cleanup policy [delete, compact] but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (`key: <field>`).' }],
    },
    {
      name: 'a comma-separated string, upper case',
      files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: "Compact,Delete"\n' },
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 32, message: 'Topic "a.b.v1" has cleanup policy Compact,Delete but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (`key: <field>`).' }],
    },
    {
      name: 'cleanup.policy in the config',
      files: { 'topics.yaml': 'topic: a.b.v1\nconfig:\n  cleanup.policy: compact\n' },
      errors: [{ line: 3, column: 19, endLine: 3, endColumn: 26, message: 'Topic "a.b.v1" has cleanup policy compact but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (`key: <field>`).' }],
    },
  ],
});
