import rule from '../../src/rules/producer-idempotence.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { name: 'Java default: on', files: { 'producer.properties': 'acks=all\n' } },
    { files: { 'producer.properties': 'enable.idempotence=true\nacks=all\nmax.in.flight.requests.per.connection=5\n' } },
    { name: 'unknown values are not judged', files: { 'producer.properties': 'enable.idempotence=${IDEMPOTENT}\nacks=${ACKS}\n' } },
    { name: 'an unknown acks does not turn idempotence off', files: { 'producer.properties': 'acks=${ACKS}\n' } },
  ],
  invalid: [
    {
      name: 'explicitly disabled',
      files: { 'producer.properties': 'acks=all\nenable.idempotence = false\n' },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 27, message: 'turns idempotence off with `enable.idempotence` false' }],
    },
    {
      name: 'on by default, silently dropped by acks=1',
      files: { 'producer.properties': 'acks=1\n' },
      errors: [{ line: 1, column: 6, endLine: 1, endColumn: 7, message: /silently turns off idempotence, otherwise on \(default for the Java client when unset\)/ }],
    },
    {
      name: 'on by default, silently dropped by retries=0 and 6 in-flight requests',
      files: { 'producer.properties': 'retries=0\nmax.in.flight.requests.per.connection=6\n' },
      errors: [
        { line: 1, column: 9, endLine: 1, endColumn: 10, message: '`retries` 0' },
        { line: 2, column: 39, endLine: 2, endColumn: 40, message: '`max.in.flight.requests.per.connection` 6' },
      ],
    },
    {
      name: 'explicitly enabled but conflicting: the client refuses to start',
      files: { 'producer.properties': 'enable.idempotence=true\nacks=1\n' },
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7, message: 'conflicts with `enable.idempotence` true', related: [{ message: 'idempotence is enabled here', file: 'producer.properties', line: 1, column: 20 }] }],
    },
    {
      name: 'Spring producer.properties',
      files: { 'application.yml': 'spring:\n  kafka:\n    producer:\n      properties:\n        enable.idempotence: false\n' },
      errors: [{ line: 5, column: 29, endLine: 5, endColumn: 34, message: 'Producer "application" turns idempotence off with `enable.idempotence` false: a retried send can write a record twice and reorder records within a partition. Remove the setting or set it to true; do not disable idempotence to reduce errors.' }],
    },
    {
      name: 'legacy defaults: off when unset, reported at the name',
      options: { legacyClientDefaults: true },
      files: { 'producer.properties': 'client.id=p\nacks=all\n' },
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 12, message: 'runs without idempotence (default for the Java client when unset)' }],
    },
  ],
});
