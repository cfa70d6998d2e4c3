import rule from '../../src/rules/min-isr-vs-replication.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\nminInsyncReplicas: 2\n' } },
    { name: 'numbers as strings', files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: "4"\nminInsyncReplicas: "3"\n' } },
    { name: 'either side missing is left to the other rules', files: { 'topics.yaml': 'topic: orders.created.v1\nminInsyncReplicas: 5\n' } },
    { name: 'an unknown replication factor is not judged', files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: ${RF}\nminInsyncReplicas: 2\n' } },
  ],
  invalid: [
    {
      name: 'equal: one broker down blocks acks=all writes',
      files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\nminInsyncReplicas: 3\n' },
      errors: [{ line: 3, column: 20, endLine: 3, endColumn: 21, message: 'equal to its replication factor 3: a single broker down (failure or a rolling restart) blocks every acks=all write with NotEnoughReplicas. Keep min.insync.replicas below the replication factor: raise the replication factor to 4, or lower min.insync.replicas to 2.', related: [{ message: 'replication factor 3', file: 'topics.yaml', line: 2, column: 20 }] }],
    },
    {
      name: 'greater: never writable',
      files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 2\nminInsyncReplicas: 3\n' },
      errors: [{ line: 3, column: 20, endLine: 3, endColumn: 21, message: 'above its replication factor 2', related: [{ message: 'replication factor 2', file: 'topics.yaml', line: 2, column: 20 }] }],
    },
    {
      name: 'min ISR from the config, number as a string',
      files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\nconfig:\n  min.insync.replicas: "3"\n' },
      errors: [{ line: 4, column: 24, endLine: 4, endColumn: 27, message: 'min.insync.replicas "3", equal to', related: [{ message: 'replication factor 3', file: 'topics.yaml', line: 2, column: 20 }] }],
    },
    {
      name: 'in a list of topics',
      files: { 'topics.yaml': 'topics:\n  - topic: a.b.v1\n    replicationFactor: 1\n    minInsyncReplicas: 1\n' },
      errors: [{ line: 4, column: 24, endLine: 4, endColumn: 25, message: /raise the replication factor to 2\.$/, related: [{ message: 'replication factor 1', file: 'topics.yaml', line: 3, column: 24 }] }],
    },
  ],
});
