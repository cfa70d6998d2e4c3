/**
 * The rule registry. A test asserts that this list, the files in this folder and docs/rules/ agree.
 * Keep it sorted by id.
 */
import type { AnyRule } from '../core/rule.js';
import cleanupPolicyChange from './cleanup-policy-change.js';
import drTierDowngrade from './dr-tier-downgrade.js';
import duplicateTopic from './duplicate-topic.js';
import keyChange from './key-change.js';
import minIsrChange from './min-isr-change.js';
import ownershipChange from './ownership-change.js';
import parseError from './parse-error.js';
import partitionDecrease from './partition-decrease.js';
import partitionIncreaseKeyed from './partition-increase-keyed.js';
import policyWeakened from './policy-weakened.js';
import replicationFactor from './replication-factor.js';
import replicationFactorDecrease from './replication-factor-decrease.js';
import retentionDecrease from './retention-decrease.js';
import schema from './schema.js';
import schemaCompatibilityChange from './schema-compatibility-change.js';
import topicDeletion from './topic-deletion.js';
import uncleanLeaderElectionEnabled from './unclean-leader-election-enabled.js';

export const builtinRules: readonly AnyRule[] = [
  cleanupPolicyChange,
  drTierDowngrade,
  duplicateTopic,
  keyChange,
  minIsrChange,
  ownershipChange,
  parseError,
  partitionDecrease,
  partitionIncreaseKeyed,
  policyWeakened,
  replicationFactor,
  replicationFactorDecrease,
  retentionDecrease,
  schema,
  schemaCompatibilityChange,
  topicDeletion,
  uncleanLeaderElectionEnabled,
];

export const builtinRulesById: ReadonlyMap<string, AnyRule> = new Map(builtinRules.map((r) => [r.meta.id, r]));
