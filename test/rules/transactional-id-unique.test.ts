import rule from '../../src/rules/transactional-id-unique.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'a/producer.properties': 'transactional.id=orders-tx\n', 'b/producer.properties': 'transactional.id=payments-tx\n' } },
    {
      name: 'one application under two profiles never runs twice at once',
      files: { 'svc/application.yml': 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  kafka:\n    producer:\n      transaction-id-prefix: tx-\n' },
    },
    { name: 'unknown ids are not compared', files: { 'a/producer.properties': 'transactional.id=${TX}\n', 'b/producer.properties': 'transactional.id=${TX}\n' } },
  ],
  invalid: [
    {
      files: { 'a/producer.properties': 'transactional.id=orders-tx\n', 'b/producer.properties': 'acks=all\ntransactional.id = orders-tx\n' },
      errors: [{ file: 'b/producer.properties', line: 2, column: 20, endLine: 2, endColumn: 29, message: 'already used by Producer "producer"', related: [{ message: 'Producer "producer" uses the same transactional.id here', file: 'a/producer.properties', line: 1, column: 18 }] }],
    },
    {
      name: 'a Spring prefix and a properties file',
      files: { 'orders/application.yml': 'spring:\n  kafka:\n    producer:\n      transaction-id-prefix: shared-\n', 'billing/application.properties': 'spring.kafka.producer.transaction-id-prefix=shared-\n' },
      errors: [{ file: 'billing/application.properties', line: 1, column: 45, endLine: 1, endColumn: 52, message: 'already used by Producer "orders"', related: [{ message: 'Producer "orders" uses the same transactional.id here', file: 'orders/application.yml', line: 4, column: 30 }] }],
    },
  ],
});
