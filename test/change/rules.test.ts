/** Each change rule through the rule tester: base and head catalogs, exact positions. */
import cleanupPolicyChange from '../../src/rules/cleanup-policy-change.js';
import drTierDowngrade from '../../src/rules/dr-tier-downgrade.js';
import keyChange from '../../src/rules/key-change.js';
import minIsrChange from '../../src/rules/min-isr-change.js';
import ownershipChange from '../../src/rules/ownership-change.js';
import partitionDecrease from '../../src/rules/partition-decrease.js';
import partitionIncreaseKeyed from '../../src/rules/partition-increase-keyed.js';
import replicationFactorDecrease from '../../src/rules/replication-factor-decrease.js';
import retentionDecrease from '../../src/rules/retention-decrease.js';
import schemaCompatibilityChange from '../../src/rules/schema-compatibility-change.js';
import topicDeletion from '../../src/rules/topic-deletion.js';
import uncleanLeaderElectionEnabled from '../../src/rules/unclean-leader-election-enabled.js';
import { ruleTester } from '../helpers/rule-tester.js';

const t = (...lines: string[]) => `${lines.join('\n')}\n`;

ruleTester(partitionIncreaseKeyed).run({
  valid: [
    { name: 'unkeyed delete topic may grow', base: { 'a.yaml': t('topic: a.b.v1', 'partitions: 6') }, files: { 'a.yaml': t('topic: a.b.v1', 'partitions: 12') } },
    { name: 'same count', base: { 'a.yaml': t('topic: a.b.v1', 'key: id', 'partitions: 6') }, files: { 'a.yaml': t('topic: a.b.v1', 'key: id', 'partitions: 6') } },
    { name: 'a new keyed topic is not a change', base: { 'a.yaml': t('topic: x.y.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'key: id', 'partitions: 6') } },
    { name: 'unknown count is not judged', base: { 'a.yaml': t('topic: a.b.v1', 'key: id', 'partitions: 6') }, files: { 'a.yaml': t('topic: a.b.v1', 'key: id', 'partitions: ${P}') } },
  ],
  invalid: [
    {
      name: 'keyed topic grows',
      base: { 'a.yaml': t('topic: a.b.v1', 'key: orderId', 'partitions: 6') },
      files: { 'a.yaml': t('topic: a.b.v1', 'key: orderId', 'partitions: "12"') },
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 17, level: 'error', message: 'goes from 6 partitions (at base:a.yaml:3) to "12", and it is keyed by orderId', related: [{ message: 'partitions at base', external: { ref: 'base', path: 'a.yaml', line: 3, column: 13 } }] }],
    },
    {
      name: 'compacted topic without key grows',
      base: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: compact', 'partitions: 6') },
      files: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: compact', 'partitions: 8') },
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 14, message: 'and it is compacted', related: [{ message: 'partitions at base', external: { ref: 'base', path: 'a.yaml', line: 3, column: 13 } }] }],
    },
  ],
});

ruleTester(partitionDecrease).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'partitions: 6') }, files: { 'a.yaml': t('topic: a.b.v1', 'partitions: 6') } },
    { name: 'removed partitions field is not a decrease', base: { 'a.yaml': t('topic: a.b.v1', 'partitions: 6') }, files: { 'a.yaml': t('topic: a.b.v1') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'partitions: 200') },
      files: { 'a.yaml': t('# shrunk', 'topic: a.b.v1', 'partitions: 10') },
      errors: [{ line: 3, column: 13, endLine: 3, endColumn: 15, level: 'error', message: 'goes from 200 partitions (at base:a.yaml:2) down to 10', related: [{ message: 'partitions at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 13 } }] }],
    },
  ],
});

ruleTester(replicationFactorDecrease).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 3') }, files: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 4') } },
    { name: 'unset at both sides', base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'partitions: 3') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 3') },
      files: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 2') },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, level: 'warning', message: 'lowers its replication factor from 3 (at base:a.yaml:2) to 2', related: [{ message: 'replication factor at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 20 } }] }],
    },
    {
      name: 'removed: falls back to the broker default; points at the name',
      base: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 3') },
      files: { 'a.yaml': t('topic: a.b.v1', 'partitions: 3') },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, message: 'no longer declares its replication factor (it was 3 at base:a.yaml:2)', related: [{ message: 'replication factor at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 20 } }] }],
    },
  ],
});

ruleTester(minIsrChange).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'minInsyncReplicas: 2') }, files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  min.insync.replicas: "2"') } },
    { name: 'unset is the broker default 1', base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'minInsyncReplicas: 1') } },
  ],
  invalid: [
    {
      name: 'lowered says it is worse',
      base: { 'a.yaml': t('topic: a.b.v1', 'minInsyncReplicas: 2') },
      files: { 'a.yaml': t('topic: a.b.v1', 'minInsyncReplicas: 1') },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, level: 'warning', message: 'lowers min ISR from 2 (at base:a.yaml:2) to 1. Lowered is the worse direction', related: [{ message: 'min ISR at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 20 } }] }],
    },
    {
      name: 'raised says what it costs',
      base: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 3', 'minInsyncReplicas: 2') },
      files: { 'a.yaml': t('topic: a.b.v1', 'replicationFactor: 3', 'minInsyncReplicas: 3') },
      errors: [{ line: 3, column: 20, endLine: 3, endColumn: 21, message: /raises min ISR from 2 \(at base:a\.yaml:3\) to 3\. Raised is safer .* after 1 broker failure\)/, related: [{ message: 'min ISR at base', external: { ref: 'base', path: 'a.yaml', line: 3, column: 20 } }] }],
    },
    {
      name: 'removed: back to the broker default, at the name',
      base: { 'a.yaml': t('topic: a.b.v1', 'minInsyncReplicas: 2') },
      files: { 'a.yaml': t('topic: a.b.v1') },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, message: 'lowers min ISR from 2 (at base:a.yaml:2) to unset (the broker default, 1', related: [{ message: 'min ISR at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 20 } }] }],
    },
  ],
});

ruleTester(retentionDecrease).run({
  valid: [
    { name: 'longer', base: { 'a.yaml': t('topic: a.b.v1', 'retention: P7D') }, files: { 'a.yaml': t('topic: a.b.v1', 'retention: P30D') } },
    { name: 'same length, other spelling', base: { 'a.yaml': t('topic: a.b.v1', 'retention: P1D') }, files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  retention.ms: 86400000') } },
    { name: 'from unset to longer than the broker default', base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'retention: P14D') } },
    { name: 'unknown is not judged', base: { 'a.yaml': t('topic: a.b.v1', 'retention: P7D') }, files: { 'a.yaml': t('topic: a.b.v1', 'retention: ${RETENTION}') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'retention: P90D') },
      files: { 'a.yaml': t('topic: a.b.v1', 'retention: P30D') },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 16, level: 'warning', message: 'shortens retention from P90D (90 days) at base:a.yaml:2 to P30D (30 days)', related: [{ message: 'retention at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 12 } }] }],
    },
    {
      name: 'from infinite',
      base: { 'a.yaml': t('topic: a.b.v1', 'retention: -1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'retention: P365D') },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 17, message: 'from -1 (infinite) at base:a.yaml:2 to P365D (365 days)', related: [{ message: 'retention at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 12 } }] }],
    },
    {
      name: 'from unset (the broker default) to a shorter value',
      base: { 'a.yaml': t('topic: a.b.v1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  retention.ms: 1800000') },
      errors: [{ line: 3, column: 17, endLine: 3, endColumn: 24, message: 'from unset (the broker default, 7 days) to 1800000 (30 minutes)' }],
    },
    {
      name: 'from unset when the brokers keep data forever',
      options: { brokerDefaultMs: -1 },
      base: { 'a.yaml': t('topic: a.b.v1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'retention: P3650D') },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 18, message: 'from unset (the broker default, infinite)' }],
    },
  ],
});

ruleTester(cleanupPolicyChange).run({
  valid: [
    { name: 'spelling differs only', base: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: "compact,delete"') }, files: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: [delete, compact]') } },
    { name: 'unset is delete', base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: delete') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: delete') },
      files: { 'a.yaml': t('topic: a.b.v1', 'cleanupPolicy: compact') },
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 23, level: 'error', message: 'from delete (at base:a.yaml:2) to compact', related: [{ message: 'cleanup policy at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 16 } }] }],
    },
    {
      name: 'from unset to compact',
      base: { 'a.yaml': t('topic: a.b.v1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  cleanup.policy: compact') },
      errors: [{ line: 3, column: 19, endLine: 3, endColumn: 26, message: "from unset (Kafka's default, delete) to compact" }],
    },
  ],
});

ruleTester(schemaCompatibilityChange).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: FULL') }, files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: full') } },
    { name: 'not a registry level: another rule', base: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: FULL') }, files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: LOOSE') } },
  ],
  invalid: [
    {
      name: 'FULL to BACKWARD is weakened',
      base: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: FULL') },
      files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: BACKWARD') },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 30, level: 'warning', message: 'weakens its schema compatibility from FULL (at base:a.yaml:2) to BACKWARD: forward compatibility is no longer checked', related: [{ message: 'schema compatibility at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 22 } }] }],
    },
    {
      name: 'anything to NONE is weakened',
      base: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: BACKWARD_TRANSITIVE') },
      files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: NONE') },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 26, message: 'to NONE: no compatibility check at all remains', related: [{ message: 'schema compatibility at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 22 } }] }],
    },
    {
      name: 'transitive to plain is weakened',
      base: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: BACKWARD_TRANSITIVE') },
      files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: BACKWARD') },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 30, message: 'only the latest schema version is checked', related: [{ message: 'schema compatibility at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 22 } }] }],
    },
    {
      name: 'stronger is still a change, and says so',
      base: { 'a.yaml': t('topic: a.b.v1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'schemaCompatibility: FULL_TRANSITIVE') },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 37, message: 'changes its schema compatibility from unset (the Schema Registry default, BACKWARD) to FULL_TRANSITIVE (stronger)' }],
    },
  ],
});

ruleTester(keyChange).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'key: id') }, files: { 'a.yaml': t('topic: a.b.v1', 'key: id') } },
    { name: 'declaring a key on an unkeyed topic', base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'key: id') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'key: orderId') },
      files: { 'a.yaml': t('topic: a.b.v1', 'key: customerId') },
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 16, level: 'error', message: 'changes its key from orderId (at base:a.yaml:2) to customerId', related: [{ message: 'key at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 6 } }] }],
    },
    {
      name: 'key removed: at the name',
      base: { 'a.yaml': t('topic: a.b.v1', 'key: orderId') },
      files: { 'a.yaml': t('topic: a.b.v1') },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, message: 'no longer declares its key orderId (at base:a.yaml:2)', related: [{ message: 'key at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 6 } }] }],
    },
  ],
});

ruleTester(topicDeletion).run({
  valid: [
    { name: 'deprecated at the base may go', base: { 'a.yaml': t('- topic: a.b.v1', '  deprecated: true', '- topic: c.d.v1') }, files: { 'a.yaml': t('- topic: c.d.v1') } },
    { name: 'moved to another file', base: { 'a.yaml': t('topic: a.b.v1', 'partitions: 3') }, files: { 'b.yaml': t('topic: a.b.v1', 'partitions: 3') } },
  ],
  invalid: [
    {
      name: 'deleted from a file that still exists: its base line there',
      base: { 'a.yaml': t('- topic: c.d.v1', '- topic: a.b.v1', '  partitions: 3') },
      files: { 'a.yaml': t('- topic: c.d.v1', '  partitions: 6') },
      errors: [{ file: 'a.yaml', line: 2, column: 3, endLine: 2, endColumn: 16, level: 'error', message: 'Topic "a.b.v1" (defined at base:a.yaml:2) is deleted, but it was not marked `deprecated: true`', related: [{ message: 'definition at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 10 } }] }],
    },
    {
      name: 'file deleted: line 1 of the file that holds its other topics now',
      base: { 'a.yaml': t('- topic: c.d.v1', '- topic: a.b.v1'), 'z.yaml': t('topic: z.z.v1') },
      files: { 'b.yaml': t('# moved here', '- topic: c.d.v1'), 'z.yaml': t('topic: z.z.v1') },
      errors: [{ file: 'b.yaml', line: 1, column: 1, endLine: 1, endColumn: 1, message: '(defined at base:a.yaml:2) is deleted', related: [{ message: 'definition at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 10 } }] }],
    },
    {
      name: 'a rename is a deletion of the old name; consumers must migrate',
      base: { 'a.yaml': t('topic: orders.v1', 'partitions: 6', 'consumerGroups: [billing]') },
      files: { 'a.yaml': t('topic: orders.v2', 'partitions: 6', 'consumerGroups: [billing]') },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 17, message: /is gone and "orders\.v2" is new with exactly the same settings: this is a rename.*every consumer \(declared consumer groups: billing\) must migrate/, related: [{ message: 'definition at base', external: { ref: 'base', path: 'a.yaml', line: 1, column: 8 } }, { message: '"orders.v2", the new name', file: 'a.yaml', line: 1, column: 8 }] }],
    },
  ],
});

ruleTester(uncleanLeaderElectionEnabled).run({
  valid: [
    { base: { 'a.yaml': t('topic: a.b.v1', 'config:', '  unclean.leader.election.enable: true') }, files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  unclean.leader.election.enable: true') } },
    { base: { 'a.yaml': t('topic: a.b.v1') }, files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  unclean.leader.election.enable: false') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1') },
      files: { 'a.yaml': t('topic: a.b.v1', 'config:', '  unclean.leader.election.enable: "true"') },
      errors: [{ line: 3, column: 35, endLine: 3, endColumn: 41, level: 'error', message: 'switches unclean.leader.election.enable on ("true"; it was unset, which is false)' }],
    },
  ],
});

ruleTester(drTierDowngrade).run({
  valid: [
    { name: 'upgrade', base: { 'a.yaml': t('topic: a.b.v1', 'drTier: tier-2') }, files: { 'a.yaml': t('topic: a.b.v1', 'drTier: tier-1') } },
    { name: 'label and field agree', base: { 'a.yaml': t('topic: a.b.v1', 'x-dr-tier: tier-1') }, files: { 'a.yaml': t('topic: a.b.v1', 'drTier: tier-1') } },
  ],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'drTier: tier-0') },
      files: { 'a.yaml': t('topic: a.b.v1', 'labels:', '  x-dr-tier: tier-3') },
      errors: [{ line: 3, column: 14, endLine: 3, endColumn: 20, level: 'warning', message: 'moves from DR tier tier-0 (at base:a.yaml:2) to the less critical tier-3', related: [{ message: 'DR tier at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 9 } }] }],
    },
  ],
});

ruleTester(ownershipChange).run({
  valid: [{ base: { 'a.yaml': t('topic: a.b.v1', 'owner: team-a') }, files: { 'a.yaml': t('topic: a.b.v1', 'x-topic-owner: team-a') } }],
  invalid: [
    {
      base: { 'a.yaml': t('topic: a.b.v1', 'owner: team-a') },
      files: { 'a.yaml': t('topic: a.b.v1', 'owner: team-b') },
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 14, level: 'note', message: 'changes owner from team-a (at base:a.yaml:2) to team-b', related: [{ message: 'owner at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 8 } }] }],
    },
    {
      name: 'consumer groups too',
      base: { 'g.yaml': t('consumerGroup: billing', 'owner: team-a') },
      files: { 'g.yaml': t('consumerGroup: billing', 'owner: team-b') },
      errors: [{ line: 2, column: 8, endLine: 2, endColumn: 14, message: 'Consumer group "billing" changes owner', related: [{ message: 'owner at base', external: { ref: 'base', path: 'g.yaml', line: 2, column: 8 } }] }],
    },
  ],
});
