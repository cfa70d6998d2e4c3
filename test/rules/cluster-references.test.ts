/**
 * unknown-topic and unknown-consumer-group resolve references within the referring entity's cluster
 * when it is known (issue #17); without a known cluster, any cluster's definition counts.
 */
import unknownTopic from '../../src/rules/unknown-topic.js';
import unknownGroup from '../../src/rules/unknown-consumer-group.js';
import { ruleTester } from '../helpers/rule-tester.js';

const tctl = (cluster: string, consumers = '[]') => `meta:\n  name: orders\n  cluster: ${cluster}\n  consumers: ${consumers}\nspec:\n  partitions: 3\n  replicationFactor: 3\n`;
const clusters = (map: Record<string, string[]>) => ({ rules: {}, overrides: [], clusters: map });

ruleTester(unknownTopic).run({
  valid: [
    { name: 'a group on the topic\'s cluster', files: { 'a.yaml': tctl('prod'), 'groups/prod.yaml': 'consumerGroup: billing\ntopics: [orders]\n' }, config: clusters({ prod: ['groups/prod.yaml'] }) },
    { name: 'a group without a cluster: any cluster\'s topic counts', files: { 'a.yaml': tctl('prod'), 'groups.yaml': 'consumerGroup: billing\ntopics: [orders]\n' } },
    { name: 'a client (no cluster) reading a topic of some cluster', files: { 'a.yaml': tctl('prod'), 'sink.properties': 'name=s\nconnector.class=JdbcSinkConnector\ntopics=orders\n' } },
  ],
  invalid: [
    {
      name: 'a group on a cluster where the topic is not defined',
      files: { 'a.yaml': tctl('prod'), 'groups/dev.yaml': 'consumerGroup: billing\ntopics: [orders]\n' },
      config: clusters({ dev: ['groups/dev.yaml'] }),
      errors: [{ file: 'groups/dev.yaml', line: 2, column: 10, endLine: 2, endColumn: 16, message: 'Consumer group "billing" consumes topic "orders", which the catalog defines only on other clusters than `dev`' }],
    },
  ],
});

ruleTester(unknownGroup).run({
  valid: [
    { name: 'the group defined on the topic\'s cluster', files: { 'a.yaml': tctl('prod', '[billing]'), 'groups/prod.yaml': 'consumerGroup: billing\ntopics: [orders]\n' }, config: clusters({ prod: ['groups/prod.yaml'] }) },
    { name: 'the group defined without a cluster', files: { 'a.yaml': tctl('prod', '[billing]'), 'groups.yaml': 'consumerGroup: billing\ntopics: [orders]\n' } },
  ],
  invalid: [
    {
      name: 'the group defined only on another cluster',
      files: { 'a.yaml': tctl('prod', '[billing]'), 'groups/dev.yaml': 'consumerGroup: billing\ntopics: [orders]\n' },
      config: clusters({ dev: ['groups/dev.yaml'] }),
      errors: [{ file: 'a.yaml', line: 4, column: 15, endLine: 4, endColumn: 22, message: 'lists consumer group "billing", which is defined only on other clusters than this topic\'s: nobody owns' }],
    },
  ],
});
