import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compilePolicies } from '../../src/policy/compile.js';
import { at, example, EXAMPLES, lintWithPolicy } from './helpers.js';

describe('policies/examples', () => {
  it('ships at least eight example policy files, all valid', () => {
    const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThanOrEqual(8);
    for (const f of files) expect(compilePolicies(example(f), f).problems, f).toEqual([]);
  });

  describe('restricted-retention-cap.yaml', () => {
    const policy = example('restricted-retention-cap.yaml');
    it('reports restricted data kept longer than 30 days at the retention value, quoting it', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topic: hr.salary.v1\nclassification: restricted\nretention: P90D\n' });
      expect(found.map(at)).toEqual(['3:12-3:16 acme/restricted-retention-cap']);
      expect(found[0]!.message).toContain('keeps data for P90D');
    });
    it('reports infinite retention and missing retention (at the name)', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topics:\n  - topic: a.b.v1\n    classification: restricted\n    retention: infinite\n  - topic: c.d.v1\n    classification: restricted\n' });
      expect(found.map(at)).toEqual(['4:16-4:24 acme/restricted-retention-cap', '5:12-5:18 acme/restricted-retention-cap']);
    });
    it('accepts 30 days or less, other classifications, and the confidential cap of 90 days', async () => {
      const found = await lintWithPolicy(policy, {
        't.yaml': 'topics:\n  - topic: a.b.v1\n    classification: restricted\n    retention: P30D\n  - topic: c.d.v1\n    classification: internal\n    retention: P365D\n  - topic: e.f.v1\n    classification: confidential\n    retention: P90D\n',
      });
      expect(found).toEqual([]);
    });
    it('caps confidential topics at 90 days, read from config retention.ms too', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topic: a.b.v1\nclassification: confidential\nconfig:\n  retention.ms: 31536000000\n' });
      expect(found.map(at)).toEqual(['4:17-4:28 acme/confidential-retention-cap']);
    });
    it('does not judge a retention that cannot be known statically', async () => {
      expect(await lintWithPolicy(policy, { 't.yaml': 'topic: a.b.v1\nclassification: restricted\nretention: ${RETENTION}\n' })).toEqual([]);
    });
  });

  describe('dlq-naming.yaml', () => {
    const policy = example('dlq-naming.yaml');
    it('reports a dlq that is not <topic>.dlq at its value', async () => {
      const found = await lintWithPolicy(policy, { 'g.yaml': 'consumerGroup: billing\ndlq: billing-errors\n' });
      expect(found.map(at)).toEqual(['2:6-2:20 acme/dlq-naming']);
      expect(found[0]!.message).toContain('billing-errors');
    });
    it('accepts <domain>.<event>.vN.dlq and groups without a dlq', async () => {
      expect(await lintWithPolicy(policy, { 'g.yaml': 'consumerGroups:\n  - consumerGroup: billing\n    dlq: orders.created.v1.dlq\n  - consumerGroup: audit\n' })).toEqual([]);
    });
  });

  const CATALOG = [
    'topics:',
    '  - topic: orders.created.v1',
    '    drTier: tier-1',
    '  - topic: audit.events.v1',
    '    drTier: tier-3',
    '  - topic: legacy.orders.v1',
    '    deprecated: true',
    '',
  ].join('\n');

  describe('tier1-consumers-replicate-offsets.yaml', () => {
    const policy = example('tier1-consumers-replicate-offsets.yaml');
    it('reports a wrong offsetRecovery at its value and a missing one at the group name', async () => {
      const found = await lintWithPolicy(policy, {
        'catalog.yaml': CATALOG,
        'groups.yaml': 'consumerGroups:\n  - consumerGroup: billing\n    topics: [orders.created.v1]\n    offsetRecovery: reset-latest\n  - consumerGroup: shipping\n    topics: [audit.events.v1, orders.created.v1]\n',
      });
      expect(found.map((f) => `${f.location.file} ${at(f)}`)).toEqual(['groups.yaml 4:21-4:33 acme/tier1-consumers-replicate-offsets', 'groups.yaml 5:20-5:28 acme/tier1-consumers-replicate-offsets']);
      expect(found[0]!.message).toContain('offset recovery is reset-latest');
    });
    it('accepts replicate-offsets and consumers of lower tiers only', async () => {
      const found = await lintWithPolicy(policy, {
        'catalog.yaml': CATALOG,
        'groups.yaml': 'consumerGroups:\n  - consumerGroup: billing\n    topics: [orders.created.v1]\n    offsetRecovery: replicate-offsets\n  - consumerGroup: audit\n    topics: [audit.events.v1, unknown.topic.v1]\n',
      });
      expect(found).toEqual([]);
    });
  });

  describe('tier1-needs-dlq.yaml', () => {
    const policy = example('tier1-needs-dlq.yaml');
    it('reports a tier-1 consumer group without a dlq at its name, with the issue message', async () => {
      const found = await lintWithPolicy(policy, { 'catalog.yaml': CATALOG, 'g.yaml': 'consumerGroup: billing\ntopics: [orders.created.v1]\n' });
      expect(found.map(at)).toEqual(['1:16-1:23 acme/tier1-needs-dlq']);
      expect(found[0]!.message).toBe('billing reads tier-1 topics but declares no dlq: a poison pill would block its partition. Add `dlq: <topic>.dlq`.');
    });
    it('accepts a dlq, and groups of other tiers', async () => {
      const found = await lintWithPolicy(policy, { 'catalog.yaml': CATALOG, 'g.yaml': 'consumerGroups:\n  - consumerGroup: billing\n    topics: [orders.created.v1]\n    dlq: orders.created.v1.dlq\n  - consumerGroup: audit\n    topics: [audit.events.v1]\n' });
      expect(found).toEqual([]);
    });
  });

  describe('confidential-needs-schema-owner.yaml', () => {
    const policy = example('confidential-needs-schema-owner.yaml');
    it('reports a confidential topic without schemaOwner at its name', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topic: cpq.quote-priced.v1\nclassification: confidential\n' });
      expect(found.map(at)).toEqual(['1:8-1:27 acme/confidential-needs-schema-owner']);
    });
    it('accepts schemaOwner or the x-schema-owner label, and public topics', async () => {
      const found = await lintWithPolicy(policy, {
        't.yaml': 'topics:\n  - topic: a.b.v1\n    classification: confidential\n    schemaOwner: cpq-contracts\n  - topic: c.d.v1\n    classification: restricted\n    x-schema-owner: hr-contracts\n  - topic: e.f.v1\n    classification: public\n',
      });
      expect(found).toEqual([]);
    });
  });

  describe('compacted-infinite-retention.yaml', () => {
    const policy = example('compacted-infinite-retention.yaml');
    it('reports a time retention on a compacted topic, typed or in config', async () => {
      const found = await lintWithPolicy(policy, {
        't.yaml': 'topics:\n  - topic: a.b.v1\n    cleanupPolicy: compact\n    retention: P7D\n  - topic: c.d.v1\n    cleanupPolicy: compact\n    config:\n      retention.ms: 604800000\n',
      });
      expect(found.map(at)).toEqual(['4:16-4:19 acme/compacted-infinite-retention', '8:21-8:30 acme/compacted-infinite-retention']);
      expect(found[0]!.message).toContain('`retention` is P7D');
    });
    it('accepts infinite or no retention, and compact,delete topics', async () => {
      const found = await lintWithPolicy(policy, {
        't.yaml': 'topics:\n  - topic: a.b.v1\n    cleanupPolicy: compact\n    retention: -1\n  - topic: c.d.v1\n    cleanupPolicy: compact\n  - topic: e.f.v1\n    cleanupPolicy: compact,delete\n    retention: P7D\n',
      });
      expect(found).toEqual([]);
    });
  });

  describe('tier0-durability.yaml', () => {
    const policy = example('tier0-durability.yaml');
    it('reports a low replication factor at its value and a missing min ISR at the name', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topic: pay.settled.v1\ndrTier: tier-0\nreplicationFactor: 2\n' });
      expect(found.map(at)).toEqual(['1:8-1:22 acme/tier0-durability', '3:20-3:21 acme/tier0-durability']);
    });
    it('accepts 3 and 2 (min ISR from config too), and other tiers', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topics:\n  - topic: a.b.v1\n    drTier: tier-0\n    replicationFactor: 3\n    config: { min.insync.replicas: 2 }\n  - topic: c.d.v1\n    drTier: tier-2\n    replicationFactor: 1\n' });
      expect(found).toEqual([]);
    });
  });

  describe('deprecated-no-consumers.yaml', () => {
    const policy = example('deprecated-no-consumers.yaml');
    it('reports a consumer group of a deprecated topic at the group name', async () => {
      const found = await lintWithPolicy(policy, { 'catalog.yaml': CATALOG, 'g.yaml': 'consumerGroup: reporting\ntopics: [legacy.orders.v1]\n' });
      expect(found.map(at)).toEqual(['1:16-1:25 acme/deprecated-no-consumers']);
      expect(found[0]!.level).toBe('warning');
    });
    it('accepts consumers of live topics', async () => {
      expect(await lintWithPolicy(policy, { 'catalog.yaml': CATALOG, 'g.yaml': 'consumerGroup: reporting\ntopics: [orders.created.v1]\n' })).toEqual([]);
    });
  });

  describe('dlq-retention.yaml', () => {
    const policy = example('dlq-retention.yaml');
    it('reports a dead-letter topic kept less than 7 days', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topic: orders.created.v1.dlq\nretention: P1D\n' });
      expect(found.map(at)).toEqual(['1:8-1:29 acme/dlq-retention']);
    });
    it('accepts 7 days or more, infinite, and topics that are not DLQs', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topics:\n  - topic: a.b.v1.dlq\n    retention: P7D\n  - topic: c.d.v1.dlq\n    retention: infinite\n  - topic: e.f.v1\n    retention: PT1H\n' });
      expect(found).toEqual([]);
    });
  });

  describe('tier1-contact.yaml', () => {
    const policy = example('tier1-contact.yaml');
    it('reports a tier-1 topic (typed or x-label) without a contact', async () => {
      const found = await lintWithPolicy(policy, { 't.yaml': 'topics:\n  - topic: a.b.v1\n    drTier: tier-1\n  - topic: c.d.v1\n    x-dr-tier: tier-0\n' });
      expect(found.map(at)).toEqual(['2:12-2:18 acme/tier1-contact', '4:12-4:18 acme/tier1-contact']);
    });
    it('accepts contact or x-contact', async () => {
      expect(await lintWithPolicy(policy, { 't.yaml': 'topics:\n  - topic: a.b.v1\n    drTier: tier-1\n    contact: oncall\n  - topic: c.d.v1\n    x-dr-tier: tier-0\n    x-contact: oncall\n' })).toEqual([]);
    });
  });
});
