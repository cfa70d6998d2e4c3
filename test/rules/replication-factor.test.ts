import rule from '../../src/rules/replication-factor.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n' } },
    { files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: "4"\n' } },
    { files: { 'dev.yaml': 'topic: orders.created.v1\nreplicationFactor: 1\n' }, options: { minimum: 1 } },
    { name: 'an unknown value is not judged', files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: ${RF}\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 1\n' },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, message: 'replication factor 1, below the minimum of 3' }],
    },
    {
      name: 'a number written as a string is quoted as written',
      files: { 'topics.yaml': 'topics:\n  - topic: a.b.v1\n    replicationFactor: "2"\n' },
      errors: [{ line: 3, column: 24, endLine: 3, endColumn: 27, message: 'replication factor "2"' }],
    },
    {
      name: 'missing field points at the name',
      files: { 'topics.yaml': 'topic: orders.created.v1\npartitions: 3\n' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'declares no replication factor' }],
    },
    {
      name: 'every document of a multi-document file',
      files: { 'topics.yaml': 'topic: a.b.v1\nreplicationFactor: 3\n---\ntopic: c.d.v1\nreplicationFactor: 2\n' },
      errors: [{ line: 5, column: 20, endLine: 5, endColumn: 21, message: 'Topic "c.d.v1" has replication factor 2, below the minimum of 3: a single broker failure can lose acknowledged writes or make the topic unavailable. Raise it to at least 3.' }],
    },
  ],
});
