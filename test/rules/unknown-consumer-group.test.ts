import rule from '../../src/rules/unknown-consumer-group.js';
import { ruleTester } from '../helpers/rule-tester.js';

const GROUPS = 'consumerGroups:\n  - consumerGroup: oms-order-ingestion\n  - consumerGroup: audit-event-indexer\n';

ruleTester(rule).run({
  valid: [
    { files: { 'groups.yaml': GROUPS, 'topics.yaml': 'topic: a.b.v1\nconsumerGroups: [oms-order-ingestion, audit-event-indexer]\n' } },
    { name: 'no consumer group defined anywhere: nothing to check against', files: { 'topics.yaml': 'topic: a.b.v1\nconsumerGroups: [anyone]\n' } },
    { name: 'a placeholder', files: { 'groups.yaml': GROUPS, 'topics.yaml': 'topic: a.b.v1\nconsumerGroups: ["${GROUP}"]\n' } },
    {
      name: 'a group defined by a client group id',
      files: { 'groups.yaml': GROUPS, 'topics.yaml': 'topic: a.b.v1\nconsumerGroups: [billing-service]\n', 'application.yml': 'spring:\n  kafka:\n    consumer:\n      group-id: billing-service\n' },
    },
  ],
  invalid: [
    {
      name: 'a topic listing an undefined group',
      files: { 'groups.yaml': GROUPS, 'topics.yaml': 'topic: a.b.v1\nconsumerGroups:\n  - oms-order-ingestion\n  - audit-event-indexr\n' },
      errors: [{ file: 'topics.yaml', line: 4, column: 5, endLine: 4, endColumn: 23, level: 'warning', message: 'Topic "a.b.v1" lists consumer group "audit-event-indexr", which has no definition: nobody owns its lag, replay safety or offset recovery. Did you mean "audit-event-indexer"?' }],
    },
    {
      name: 'in one multi-document file, flow list',
      files: { 'catalog.yaml': 'consumerGroup: g1\n---\ntopic: a.b.v1\nconsumerGroups: [g1, g2]\n' },
      errors: [{ line: 4, column: 22, endLine: 4, endColumn: 24, message: 'consumer group "g2"' }],
    },
  ],
});
