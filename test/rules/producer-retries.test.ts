import rule from '../../src/rules/producer-retries.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'producer.properties': 'acks=all\nretries=3\n' } },
    { name: 'unset: the client retries until delivery.timeout.ms', files: { 'producer.properties': 'acks=all\n' } },
    { files: { 'producer.properties': 'retries=${RETRIES}\n' } },
  ],
  invalid: [
    {
      files: { 'producer.properties': 'acks=all\nretries = 0\n' },
      errors: [{ line: 2, column: 11, endLine: 2, endColumn: 12, level: 'warning', message: 'sets `retries` 0' }],
    },
    {
      name: 'Spring typed setting',
      files: { 'application.yml': 'spring:\n  kafka:\n    producer:\n      retries: 0\n' },
      errors: [{ line: 4, column: 16, endLine: 4, endColumn: 17, message: 'Producer "application" sets `retries` 0: any transient broker error (leader election, timeout) fails the send instead of being retried, and idempotence is turned off. Remove the setting (the client retries until `delivery.timeout.ms`) or bound delivery with `delivery.timeout.ms` instead.' }],
    },
  ],
});
