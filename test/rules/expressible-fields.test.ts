/**
 * Class E of issue #17: a rule that demands a field does not fire on an entity whose format has no
 * place for it (src/model/formats.ts), and still fires where the format can hold it.
 */
import { describe } from 'vitest';
import ownershipMetadata from '../../src/rules/ownership-metadata.js';
import compactedTopicKey from '../../src/rules/compacted-topic-key.js';
import replaySafety from '../../src/rules/replay-safety.js';
import offsetRecovery from '../../src/rules/offset-recovery.js';
import { ruleTester } from '../helpers/rule-tester.js';

const strimzi = (extra = '', config = '') =>
  `apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: main${extra}\nspec:\n  topicName: orders.created.v1\n  partitions: 3\n  replicas: 3\n${config}`;
const NAIS = 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: orders\n  namespace: oms\n  labels:\n    team: oms\nspec:\n  pool: nav-prod\n  config:\n    cleanupPolicy: compact\n';
const CONFLUENT = 'resource "confluent_kafka_topic" "orders" {\n  topic_name       = "orders.created.v1"\n  partitions_count = 3\n  config = {\n    "cleanup.policy" = "compact"\n  }\n}\n';
const GITOPS = 'topics:\n  orders.created.v1:\n    partitions: 3\n    replication: 3\nservices:\n  billing:\n    type: application\n    consumes: [orders.created.v1]\n';
const TIER1 = 'topic: orders.created.v1\ndrTier: tier-1\n';

describe('fields the format cannot express', () => {
  ruleTester(ownershipMetadata).run({
    valid: [
      { name: 'a Strimzi KafkaTopic without ownership labels', files: { 'topic.yaml': strimzi() } },
      { name: 'a NAIS Topic with its team label', files: { 'topic.yaml': NAIS } },
      { name: 'a Terraform confluent_kafka_topic', files: { 'main.tf': CONFLUENT } },
      { name: 'a kafka-gitops topic and service', files: { 'state.yaml': GITOPS } },
    ],
    invalid: [
      {
        name: 'a Strimzi KafkaTopic that adopted the ownership labels is asked for the rest',
        files: { 'topic.yaml': strimzi('\n    x-dr-tier: tier-2') },
        errors: [{ line: 9, column: 14, endLine: 9, endColumn: 31, message: 'does not declare owner (or x-topic-owner), classification (or x-data-classification), retention (or x-retention-policy), contact (or x-contact).' }],
      },
      {
        name: 'our catalog still is',
        files: { 'topics.yaml': 'topic: a.b.v1\nowner: t\n' },
        errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, message: 'does not declare classification' }],
      },
    ],
  });

  ruleTester(compactedTopicKey).run({
    valid: [
      { name: 'a compacted Strimzi KafkaTopic (no key field)', files: { 'topic.yaml': strimzi('', '  config:\n    cleanup.policy: compact\n') } },
      { name: 'a compacted NAIS Topic', files: { 'topic.yaml': NAIS } },
      { name: 'a compacted confluent_kafka_topic', files: { 'main.tf': CONFLUENT } },
    ],
    invalid: [
      {
        name: 'our catalog, with no cleanup policy change suggested',
        files: { 'topics.yaml': 'topic: a.b.v1\ncleanupPolicy: compact\n' },
        errors: [{ line: 2, column: 16, endLine: 2, endColumn: 23, message: 'Topic "a.b.v1" has cleanup policy compact but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (`key: <field>`).' }],
      },
    ],
  });

  ruleTester(replaySafety).run({
    valid: [{ name: 'a kafka-gitops service (no idempotent or replay field)', files: { 'state.yaml': GITOPS } }],
    invalid: [
      {
        name: 'a catalog consumer group',
        files: { 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\n' },
        errors: [{ line: 1, column: 16, endLine: 1, endColumn: 23, message: 'does not declare itself idempotent' }],
      },
    ],
  });

  ruleTester(offsetRecovery).run({
    valid: [{ name: 'a kafka-gitops service reading a tier-1 topic', files: { 'topics.yaml': TIER1, 'state.yaml': GITOPS.replace(/^topics:[\s\S]*?services:/, 'services:') } }],
    invalid: [
      {
        name: 'a catalog consumer group reading a tier-1 topic',
        files: { 'topics.yaml': TIER1, 'groups.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\n' },
        errors: [{ file: 'groups.yaml', line: 1, column: 16, endLine: 1, endColumn: 23, message: 'declares no offsetRecovery', related: [{ message: '"orders.created.v1" is tier-1', file: 'topics.yaml', line: 2, column: 9 }] }],
      },
    ],
  });
});
