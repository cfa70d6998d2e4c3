/**
 * Every change rule through the path users take: a real git repository (a base commit on main, the pull
 * request's commit on a branch), `topiclint --base main` run by `runCli`, and the JSON report. One
 * repository holds every case, each rule in its own file so no case disturbs another; the table pins
 * each rule's finding with its exact file, position, message and related base location.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinRules } from '../../src/rules/index.js';
import { jsonFindings, makeRepo, tempDir, type JsonFinding } from './helpers.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

interface ChangeCase {
  readonly rule: string;
  readonly file: string;
  readonly base: string;
  readonly head: string;
  /** `line:column-endLine:endColumn` of the finding. */
  readonly at: string;
  readonly message: string;
  /** The base location the finding points back to (`ref:path:line`), when the rule names one. */
  readonly related: readonly string[];
}

const CASES: readonly ChangeCase[] = [
  {
    rule: 'partition-increase-keyed',
    file: 'kafka/partition-increase-keyed.yaml',
    base: lines('topic: pik.orders.v1', 'key: orderId', 'partitions: 6'),
    head: lines('topic: pik.orders.v1', 'key: orderId', 'partitions: 12'),
    at: '3:13-3:15',
    message:
      'Topic "pik.orders.v1" goes from 6 partitions (at main:kafka/partition-increase-keyed.yaml:3) to 12, and it is keyed by orderId. Kafka places a key by hashing it over the partition count, so after the increase existing keys land on other partitions: per-key ordering breaks between old and new records. Keep 6 partitions, or create a new topic with 12 partitions and migrate producers and consumers to it; if ordering and key placement truly do not matter, have the owning team approve and suppress this finding with a reason.',
    related: ['main:kafka/partition-increase-keyed.yaml:3'],
  },
  {
    rule: 'partition-decrease',
    file: 'kafka/partition-decrease.yaml',
    base: lines('topic: pd.orders.v1', 'partitions: 6'),
    head: lines('topic: pd.orders.v1', 'partitions: 3'),
    at: '2:13-2:14',
    message:
      'Topic "pd.orders.v1" goes from 6 partitions (at main:kafka/partition-decrease.yaml:2) down to 3. Kafka cannot remove partitions: the change fails, or a tool such as Terraform\'s Kafka provider destroys and recreates the topic, losing all its records and consumer offsets. Keep 6 partitions, or create a new topic with 3 partitions and migrate producers and consumers to it.',
    related: ['main:kafka/partition-decrease.yaml:2'],
  },
  {
    rule: 'replication-factor-decrease',
    file: 'kafka/replication-factor-decrease.yaml',
    base: lines('topic: rfd.orders.v1', 'replicationFactor: 4'),
    head: lines('topic: rfd.orders.v1', 'replicationFactor: 3'),
    at: '2:20-2:21',
    message:
      'Topic "rfd.orders.v1" lowers its replication factor from 4 (at main:kafka/replication-factor-decrease.yaml:2) to 3. Each replica removed is one broker failure less before acknowledged writes are lost or partitions go offline. Keep 4, or have the platform team approve the lower durability for this topic.',
    related: ['main:kafka/replication-factor-decrease.yaml:2'],
  },
  {
    rule: 'min-isr-change',
    file: 'kafka/min-isr-change.yaml',
    base: lines('topic: mic.orders.v1', 'minInsyncReplicas: 2'),
    head: lines('topic: mic.orders.v1', 'minInsyncReplicas: 3'),
    at: '2:20-2:21',
    message:
      'Topic "mic.orders.v1" raises min ISR from 2 (at main:kafka/min-isr-change.yaml:2) to 3. Raised is safer for durability but costs availability: acks=all producers get NotEnoughReplicas errors as soon as fewer than 3 replicas are in sync. Check that the replication factor leaves headroom for maintenance and that producers handle the error before merging.',
    related: ['main:kafka/min-isr-change.yaml:2'],
  },
  {
    rule: 'retention-decrease',
    file: 'kafka/retention-decrease.yaml',
    base: lines('topic: rd.orders.v1', 'retention: P30D'),
    head: lines('topic: rd.orders.v1', 'retention: P7D'),
    at: '2:12-2:15',
    message:
      'Topic "rd.orders.v1" shortens retention from P30D (30 days) at main:kafka/retention-decrease.yaml:2 to P7D (7 days). Records older than 7 days are deleted as soon as this applies: consumers that lag or need to replay lose that history, and deleted records cannot be restored. Keep the previous retention, or shorten it only after the consumers\' owners confirm that no replay or audit need depends on the older records.',
    related: ['main:kafka/retention-decrease.yaml:2'],
  },
  {
    rule: 'cleanup-policy-change',
    file: 'kafka/cleanup-policy-change.yaml',
    base: lines('topic: cpc.orders.v1', 'key: orderId', 'cleanupPolicy: delete'),
    head: lines('topic: cpc.orders.v1', 'key: orderId', 'cleanupPolicy: compact'),
    at: '3:16-3:23',
    message:
      'Topic "cpc.orders.v1" changes its cleanup policy from delete (at main:kafka/cleanup-policy-change.yaml:3) to compact. Delete and compact semantics differ greatly: compaction keeps only the latest record per key (and needs every record keyed), delete drops records by age regardless of key, so consumers and replays see different data than they were built for. Keep the previous policy, or create a new topic with the new policy and migrate producers and consumers to it.',
    related: ['main:kafka/cleanup-policy-change.yaml:3'],
  },
  {
    rule: 'schema-compatibility-change',
    file: 'kafka/schema-compatibility-change.yaml',
    base: lines('topic: scc.orders.v1', 'schemaCompatibility: FULL'),
    head: lines('topic: scc.orders.v1', 'schemaCompatibility: BACKWARD'),
    at: '2:22-2:30',
    message:
      'Topic "scc.orders.v1" weakens its schema compatibility from FULL (at main:kafka/schema-compatibility-change.yaml:2) to BACKWARD: forward compatibility is no longer checked, so consumers still on the old schema may fail on new records. Weakening the contract needs the schema owner and the consuming teams to approve; keep the previous level unless they have.',
    related: ['main:kafka/schema-compatibility-change.yaml:2'],
  },
  {
    rule: 'key-change',
    file: 'kafka/key-change.yaml',
    base: lines('topic: kc.orders.v1', 'key: orderId'),
    head: lines('topic: kc.orders.v1', 'key: customerId'),
    at: '2:6-2:16',
    message:
      'Topic "kc.orders.v1" changes its key from orderId (at main:kafka/key-change.yaml:2) to customerId. The key decides which partition a record goes to, and so per-key ordering and, on compacted topics, which records survive: records keyed the old way and the new way interleave in one log. Keep the key, or publish the new keying on a new topic version and migrate consumers to it.',
    related: ['main:kafka/key-change.yaml:2'],
  },
  {
    rule: 'topic-deletion',
    file: 'kafka/topic-deletion.yaml',
    base: lines('topics:', '  - topic: td.kept.v1', '  - topic: td.dropped.v1'),
    head: lines('topics:', '  - topic: td.kept.v1'),
    at: '3:1-3:1',
    message:
      'Topic "td.dropped.v1" (defined at main:kafka/topic-deletion.yaml:3) is deleted, but it was not marked `deprecated: true` at main. Deleting a live topic loses its records and breaks every producer and consumer still using it. Follow the deprecation pattern: mark it `deprecated: true` first, migrate producers and consumers, then delete it with the owner\'s approval.',
    related: ['main:kafka/topic-deletion.yaml:3'],
  },
  {
    rule: 'unclean-leader-election-enabled',
    file: 'kafka/unclean-leader-election-enabled.yaml',
    base: lines('topic: ule.orders.v1', 'config:', '  unclean.leader.election.enable: false'),
    head: lines('topic: ule.orders.v1', 'config:', '  unclean.leader.election.enable: true'),
    at: '3:35-3:39',
    message:
      'Topic "ule.orders.v1" switches unclean.leader.election.enable on (true; it was false at main:kafka/unclean-leader-election-enabled.yaml:3). A replica outside the ISR can then become leader, and acknowledged writes it never received are lost. Keep it off; enable it only as a recorded incident decision that accepts the data loss, and switch it back afterwards.',
    related: ['main:kafka/unclean-leader-election-enabled.yaml:3'],
  },
  {
    rule: 'dr-tier-downgrade',
    file: 'kafka/dr-tier-downgrade.yaml',
    base: lines('topic: dtd.orders.v1', 'drTier: tier-1'),
    head: lines('topic: dtd.orders.v1', 'drTier: tier-2'),
    at: '2:9-2:15',
    message:
      'Topic "dtd.orders.v1" moves from DR tier tier-1 (at main:kafka/dr-tier-downgrade.yaml:2) to the less critical tier-2. Its recovery point and recovery time commitments, replication and failover priority weaken, and consumers that depend on the old tier lose them. RTO/RPO are business decisions: have the owner and the consuming teams approve the downgrade, or keep the tier.',
    related: ['main:kafka/dr-tier-downgrade.yaml:2'],
  },
  {
    rule: 'ownership-change',
    file: 'kafka/ownership-change.yaml',
    base: lines('topic: oc.orders.v1', 'owner: team-a'),
    head: lines('topic: oc.orders.v1', 'owner: team-b'),
    at: '2:8-2:14',
    message:
      'Topic "oc.orders.v1" changes owner from team-a (at main:kafka/ownership-change.yaml:2) to team-b. The owner answers for its schema, retention, key and on-call; a handover nobody agreed to leaves an orphan. Have reviewers from both team-a and team-b approve this change.',
    related: ['main:kafka/ownership-change.yaml:2'],
  },
  {
    rule: 'policy-weakened',
    file: 'topiclint.config.yaml',
    base: lines('rules:', '  topic-naming: error'),
    head: lines('rules:', '  topic-naming: warning'),
    at: '2:17-2:24',
    message:
      'This change lowers rule `topic-naming` from error to warning, which weakens the policy that judges this pull request. A change that relaxes topiclint must not pass unseen in the same diff it may excuse. Have the platform team that owns the policy review and approve it, or revert it.',
    related: ['main:topiclint.config.yaml:2'],
  },
];

const related = (f: JsonFinding) => f.related.map((r) => (r.ref ? `${r.ref}:${r.file}:${r.line}` : `${r.file}:${r.line}`));

describe('every change rule through `topiclint --base` on a real git repository', () => {
  let findings: JsonFinding[];
  let code: number;
  let cleanup: () => void;

  beforeAll(async () => {
    const repo = tempDir('topiclint-change-rules-');
    cleanup = repo.cleanup;
    makeRepo(repo.dir, Object.fromEntries(CASES.map((c) => [c.file, c.base])), Object.fromEntries(CASES.map((c) => [c.file, c.head])));
    ({ code, findings } = await jsonFindings(repo.dir, ['--base', 'main']));
  });
  afterAll(() => cleanup());

  it('covers every built-in change rule', () => {
    const changeRules = builtinRules.filter((r) => r.meta.kind === 'change').map((r) => r.meta.id).sort();
    expect(CASES.map((c) => c.rule).sort()).toEqual(changeRules);
    expect(code).toBe(1);
  });

  it.each(CASES)('$rule: exact file, position, message and base location', (c) => {
    const mine = findings.filter((f) => f.ruleId === c.rule);
    expect(mine.map((f) => f.file)).toEqual([c.file]);
    const f = mine[0]!;
    expect(`${f.line}:${f.column}-${f.endLine}:${f.endColumn}`).toBe(c.at);
    expect(f.message).toBe(c.message);
    expect(related(f)).toEqual(c.related);
  });
});
