import rule from '../../src/rules/unknown-topic.js';
import { ruleTester } from '../helpers/rule-tester.js';

const TOPICS = 'topics:\n  - topic: orders.created.v1\n  - topic: orders.shipped.v1\n  - topic: payments.settled.v1\n';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1, payments.settled.v1]\n' } },
    { name: 'a wildcard that matches defined topics', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: audit\ntopics: ["orders.*"]\n' } },
    { name: 'a placeholder topic', files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: audit\ntopics: ["${TOPIC}"]\n' } },
    { name: 'no catalog of topics at all', files: { 'groups.yaml': 'consumerGroup: audit\ntopics: [anything.v1]\n' } },
    { name: 'a client reading a defined topic', files: { 'topics.yaml': TOPICS, 'sink.properties': 'name=s\nconnector.class=JdbcSinkConnector\ntopics=payments.settled.v1\n' } },
  ],
  invalid: [
    {
      name: 'a group in another file names an undefined topic, with a suggestion',
      files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: billing\ntopics:\n  - orders.created.v1\n  - orders.create.v1\n' },
      errors: [{ file: 'groups.yaml', line: 4, column: 5, endLine: 4, endColumn: 21, message: 'Consumer group "billing" consumes topic "orders.create.v1", which the catalog does not define: the topic has no owner and no reviewed settings, and the group may read nothing at all. Did you mean "orders.created.v1"?' }],
    },
    {
      name: 'a wildcard that matches nothing',
      files: { 'topics.yaml': TOPICS, 'groups.yaml': 'consumerGroup: audit\ntopics: ["invoices.*"]\n' },
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 22, message: 'consumes topic "invoices.*"' }],
    },
    {
      name: 'groups and topics in one multi-document file',
      files: { 'catalog.yaml': 'topic: orders.created.v1\n---\nconsumerGroups:\n  - consumerGroup: a\n    topics: [orders.created.v1]\n  - consumerGroup: b\n    topics: [refunds.issued.v1]\n' },
      errors: [{ line: 7, column: 14, endLine: 7, endColumn: 31, message: 'Consumer group "b"' }],
    },
    {
      name: 'a client (connector) reading an undefined topic',
      files: { 'topics.yaml': TOPICS, 'sink.properties': 'name=s\nconnector.class=JdbcSinkConnector\ntopics=payments.settled.v1,orders.create.v1\n' },
      errors: [{ file: 'sink.properties', line: 3, column: 28, endLine: 3, endColumn: 44, message: 'Did you mean "orders.created.v1"?' }],
    },
  ],
});
