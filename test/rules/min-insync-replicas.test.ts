import rule from '../../src/rules/min-insync-replicas.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: orders.created.v1\nminInsyncReplicas: 2\n' } },
    { name: 'from the topic config, as a string', files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  min.insync.replicas: "2"\n' } },
    { name: 'a lower minimum from options', files: { 'dev.yaml': 'topic: orders.created.v1\nminInsyncReplicas: 1\n' }, options: { minimum: 1 } },
    { name: 'an unknown value is not judged', files: { 'topics.yaml': 'topic: orders.created.v1\nminInsyncReplicas: ${MIN_ISR}\n' } },
    { name: 'a file that is not a catalog', files: { 'deploy.yaml': 'kind: Deployment\nspec:\n  replicas: 1\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: orders.created.v1\nminInsyncReplicas: 1\n' },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, message: 'min.insync.replicas 1, below the minimum of 2' }],
    },
    {
      name: 'from the topic config, a number written as a string quoted as written',
      files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  min.insync.replicas: "1"\n' },
      errors: [{ line: 3, column: 24, endLine: 3, endColumn: 27, message: 'min.insync.replicas "1"' }],
    },
    {
      name: 'the typed field is judged when both are given',
      files: { 'topics.yaml': 'topic: orders.created.v1\nminInsyncReplicas: 1\nconfig:\n  min.insync.replicas: 2\n' },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, message: 'Topic "orders.created.v1" has min.insync.replicas 1, below the minimum of 2: an acks=all write is acknowledged as soon as fewer than 2 replicas have it, so one broker failure can lose it. Raise it to at least 2.' }],
    },
    {
      name: 'missing field points at the name',
      files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'declares no min.insync.replicas' }],
    },
    {
      name: 'a higher minimum from options',
      files: { 'topics.yaml': 'topics:\n  - topic: payments.settled.v1\n    minInsyncReplicas: 2\n' },
      options: { minimum: 3 },
      errors: [{ line: 3, column: 24, endLine: 3, endColumn: 25, message: 'below the minimum of 3' }],
    },
    {
      name: 'every document of a multi-document file',
      files: { 'topics.yaml': 'topic: a.b.v1\nminInsyncReplicas: 2\n---\ntopic: c.d.v1\nminInsyncReplicas: 1\n' },
      errors: [{ line: 5, column: 20, endLine: 5, endColumn: 21, message: 'Topic "c.d.v1" has min.insync.replicas 1, below the minimum of 2: an acks=all write is acknowledged as soon as fewer than 2 replicas have it, so one broker failure can lose it. Raise it to at least 2.' }],
    },
  ],
});
