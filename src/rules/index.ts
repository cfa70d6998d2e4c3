/**
 * The rule registry. A test asserts that this list, the files in this folder and docs/rules/ agree.
 * Keep it sorted by id.
 */
import type { AnyRule } from '../model/rule.js';
import cleanupPolicyChange from './cleanup-policy-change.js';
import codeTopicDefinition from './code-topic-definition.js';
import compactedTopicKey from './compacted-topic-key.js';
import connectDeadLetterQueue from './connect-dead-letter-queue.js';
import connectInternalTopics from './connect-internal-topics.js';
import consumerAutoCommit from './consumer-auto-commit.js';
import drTier from './dr-tier.js';
import drTierDowngrade from './dr-tier-downgrade.js';
import duplicateTopic from './duplicate-topic.js';
import expiredWaiver from './expired-waiver.js';
import keyChange from './key-change.js';
import maxPollInterval from './max-poll-interval.js';
import metadataConsistency from './metadata-consistency.js';
import minInsyncReplicas from './min-insync-replicas.js';
import minIsrChange from './min-isr-change.js';
import minIsrVsReplication from './min-isr-vs-replication.js';
import offsetRecovery from './offset-recovery.js';
import ownershipChange from './ownership-change.js';
import ownershipMetadata from './ownership-metadata.js';
import parseError from './parse-error.js';
import partitionDecrease from './partition-decrease.js';
import partitionIncreaseKeyed from './partition-increase-keyed.js';
import plaintextSecret from './plaintext-secret.js';
import plaintextTransport from './plaintext-transport.js';
import policyWeakened from './policy-weakened.js';
import producerAcks from './producer-acks.js';
import producerIdempotence from './producer-idempotence.js';
import producerMaxInFlight from './producer-max-in-flight.js';
import producerRetries from './producer-retries.js';
import replaySafety from './replay-safety.js';
import replicationFactor from './replication-factor.js';
import replicationFactorDecrease from './replication-factor-decrease.js';
import retention from './retention.js';
import retentionDecrease from './retention-decrease.js';
import schema from './schema.js';
import schemaCompatibility from './schema-compatibility.js';
import schemaCompatibilityChange from './schema-compatibility-change.js';
import sessionHeartbeat from './session-heartbeat.js';
import streamsProcessingGuarantee from './streams-processing-guarantee.js';
import streamsReplicationFactor from './streams-replication-factor.js';
import suppressionReason from './suppression-reason.js';
import topicDeletion from './topic-deletion.js';
import topicNaming from './topic-naming.js';
import transactionalIdUnique from './transactional-id-unique.js';
import uncleanLeaderElection from './unclean-leader-election.js';
import uncleanLeaderElectionEnabled from './unclean-leader-election-enabled.js';
import unknownConsumerGroup from './unknown-consumer-group.js';
import unknownTopic from './unknown-topic.js';
import unusedSuppression from './unused-suppression.js';

export const builtinRules: readonly AnyRule[] = [
  cleanupPolicyChange,
  codeTopicDefinition,
  compactedTopicKey,
  connectDeadLetterQueue,
  connectInternalTopics,
  consumerAutoCommit,
  drTier,
  drTierDowngrade,
  duplicateTopic,
  expiredWaiver,
  keyChange,
  maxPollInterval,
  metadataConsistency,
  minInsyncReplicas,
  minIsrChange,
  minIsrVsReplication,
  offsetRecovery,
  ownershipChange,
  ownershipMetadata,
  parseError,
  partitionDecrease,
  partitionIncreaseKeyed,
  plaintextSecret,
  plaintextTransport,
  policyWeakened,
  producerAcks,
  producerIdempotence,
  producerMaxInFlight,
  producerRetries,
  replaySafety,
  replicationFactor,
  replicationFactorDecrease,
  retention,
  retentionDecrease,
  schema,
  schemaCompatibility,
  schemaCompatibilityChange,
  sessionHeartbeat,
  streamsProcessingGuarantee,
  streamsReplicationFactor,
  suppressionReason,
  topicDeletion,
  topicNaming,
  transactionalIdUnique,
  uncleanLeaderElection,
  uncleanLeaderElectionEnabled,
  unknownConsumerGroup,
  unknownTopic,
  unusedSuppression,
];

export const builtinRulesById: ReadonlyMap<string, AnyRule> = new Map(builtinRules.map((r) => [r.meta.id, r]));
