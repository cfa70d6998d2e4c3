import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, git, jsonFindings, makeRepo, tempDir, where, write } from './helpers.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const BASE = {
  'kafka/orders.yaml': lines(
    'topics:',
    '  - topic: orders.created.v1',
    '    owner: team-a',
    '    key: orderId',
    '    partitions: 12',
    '    replicationFactor: 3',
    '    minInsyncReplicas: 2',
    '    cleanupPolicy: delete',
    '    retention: P30D',
    '    schemaCompatibility: FULL',
    '    drTier: tier-1',
    '    config:',
    '      unclean.leader.election.enable: false',
    '  - topic: orders.audit.v1',
    '    deprecated: true',
    '    partitions: 6',
    '  - topic: payments.settled.v1',
    '    partitions: 3',
    '  - topic: customers.created.v1',
    '    owner: team-c',
    '    partitions: 6',
    '    retention: P7D',
  ),
  'kafka/legacy.yaml': lines('topic: legacy.events.v1', 'owner: team-legacy', 'partitions: 3'),
  'kafka/gone.yaml': lines('topics:', '  - topic: billing.invoice.v1', '    partitions: 3', '  - topic: billing.paid.v1', '    partitions: 3'),
  'kafka/groups.yaml': lines('consumerGroup: oms-ingest', 'owner: team-a', 'topics: [orders.created.v1]', 'idempotent: true'),
  'README.md': '# platform\n',
};

const HEAD = {
  'kafka/orders.yaml': lines(
    '# orders domain',
    'topics:',
    '  - topic: orders.created.v1',
    '    owner: team-b',
    '    key: customerId',
    '    partitions: 24',
    '    replicationFactor: 2',
    '    minInsyncReplicas: 1',
    '    cleanupPolicy: compact',
    '    retention: P7D',
    '    schemaCompatibility: BACKWARD',
    '    drTier: tier-2',
    '    config:',
    '      unclean.leader.election.enable: true',
    '  - topic: payments.settled.v1',
    '    partitions: 1',
    '  - topic: customers.registered.v1',
    '    owner: team-c',
    '    partitions: 6',
    '    retention: P7D',
  ),
  // legacy.yaml moved: a move, not a deletion plus an addition.
  'kafka/legacy.yaml': null,
  'kafka/moved/legacy.yaml': lines('topic: legacy.events.v1', 'owner: team-legacy', 'partitions: 3'),
  // gone.yaml deleted; one of its topics now lives in billing.yaml.
  'kafka/gone.yaml': null,
  'kafka/billing.yaml': lines('topics:', '  - topic: billing.paid.v1', '    partitions: 3'),
  'kafka/groups.yaml': lines('consumerGroup: oms-ingest', 'owner: team-z', 'topics: [orders.created.v1]', 'idempotent: true'),
};

const CHANGE_RULES = new Set([
  'partition-increase-keyed',
  'partition-decrease',
  'replication-factor-decrease',
  'min-isr-change',
  'retention-decrease',
  'cleanup-policy-change',
  'schema-compatibility-change',
  'key-change',
  'topic-deletion',
  'unclean-leader-election-enabled',
  'dr-tier-downgrade',
  'ownership-change',
]);

describe('topiclint --base on a real git repository', () => {
  let dir: string;
  let cleanup: () => void;
  let mainSha: string;

  beforeAll(() => {
    ({ dir, cleanup } = tempDir());
    ({ mainSha } = makeRepo(dir, BASE, HEAD));
  });
  afterAll(() => cleanup());

  it('reports every change rule at the changed value, with the base value and its base location', async () => {
    const { code, findings, baseRef } = await jsonFindings(dir, ['--base', 'main']);
    expect(code).toBe(1);
    expect(baseRef).toBe('main');
    const change = findings.filter((f) => CHANGE_RULES.has(f.ruleId));
    expect(change.map(where)).toEqual([
      'topic-deletion kafka/billing.yaml:1:1-1:1',
      'ownership-change kafka/groups.yaml:2:8-2:14',
      'ownership-change kafka/orders.yaml:4:12-4:18',
      'key-change kafka/orders.yaml:5:10-5:20',
      'partition-increase-keyed kafka/orders.yaml:6:17-6:19',
      'replication-factor-decrease kafka/orders.yaml:7:24-7:25',
      'min-isr-change kafka/orders.yaml:8:24-8:25',
      'cleanup-policy-change kafka/orders.yaml:9:20-9:27',
      'retention-decrease kafka/orders.yaml:10:16-10:19',
      'schema-compatibility-change kafka/orders.yaml:11:26-11:34',
      'dr-tier-downgrade kafka/orders.yaml:12:13-12:19',
      'unclean-leader-election-enabled kafka/orders.yaml:14:39-14:43',
      'partition-decrease kafka/orders.yaml:16:17-16:18',
      'topic-deletion kafka/orders.yaml:19:5-19:18',
    ]);
    const by = (rule: string, line: number) => change.find((f) => f.ruleId === rule && f.line === line)!;
    // Base values as the user spelled them, and `ref:path:line` of the base value.
    expect(by('partition-increase-keyed', 6).message).toContain('from 12 partitions (at main:kafka/orders.yaml:5) to 24');
    expect(by('partition-increase-keyed', 6).related).toEqual([{ message: 'partitions at main', ref: 'main', file: 'kafka/orders.yaml', line: 5 }]);
    expect(by('min-isr-change', 8).message).toContain('lowers min ISR from 2 (at main:kafka/orders.yaml:7) to 1. Lowered is the worse direction');
    expect(by('retention-decrease', 10).message).toContain('from P30D (30 days) at main:kafka/orders.yaml:9 to P7D (7 days)');
    expect(by('schema-compatibility-change', 11).message).toContain('weakens its schema compatibility from FULL (at main:kafka/orders.yaml:10) to BACKWARD: forward compatibility is no longer checked');
    expect(by('cleanup-policy-change', 9).message).toContain('from delete (at main:kafka/orders.yaml:8) to compact');
    expect(by('key-change', 5).message).toContain('from orderId (at main:kafka/orders.yaml:4) to customerId');
    expect(by('unclean-leader-election-enabled', 14).message).toContain('it was false at main:kafka/orders.yaml:13');
    expect(by('dr-tier-downgrade', 12).level).toBe('warning');
    expect(by('ownership-change', 4).level).toBe('note');
    // The renamed topic: a deletion of the old name at its base line, saying consumers must migrate.
    const rename = by('topic-deletion', 19);
    expect(rename.entityName).toBe('customers.created.v1');
    expect(rename.message).toContain('Topic "customers.created.v1" (defined at main:kafka/orders.yaml:19) is gone and "customers.registered.v1" is new with exactly the same settings');
    expect(rename.message).toContain('must migrate to "customers.registered.v1"');
    expect(rename.related).toEqual([
      { message: 'definition at main', ref: 'main', file: 'kafka/orders.yaml', line: 19 },
      { message: '"customers.registered.v1", the new name', file: 'kafka/orders.yaml', line: 17, column: 12 },
    ]);
    // A deleted file: line 1 of the file that now holds its other topic, naming the base location.
    const deleted = by('topic-deletion', 1);
    expect(deleted.entityName).toBe('billing.invoice.v1');
    expect(deleted.message).toContain('(defined at main:kafka/gone.yaml:2) is deleted, but it was not marked `deprecated: true` at main');
    expect(deleted.related).toEqual([{ message: 'definition at main', ref: 'main', file: 'kafka/gone.yaml', line: 2 }]);
    // A moved topic is not deleted; a deprecated topic may go; nothing about a file that is not a catalog.
    expect(change.some((f) => f.entityName === 'legacy.events.v1' || f.entityName === 'orders.audit.v1')).toBe(false);
  });

  it('runs no change rule without --base', async () => {
    const { findings } = await jsonFindings(dir, []);
    expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId))).toEqual([]);
  });

  it('accepts a commit id as the base', async () => {
    const { findings } = await jsonFindings(dir, ['--base', mainSha]);
    expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId))).toHaveLength(14);
  });

  it('compares only the paths given: a file given by name is compared with itself', async () => {
    const { findings } = await jsonFindings(dir, ['--base', 'main', 'kafka/groups.yaml']);
    expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId)).map(where)).toEqual(['ownership-change kafka/groups.yaml:2:8-2:14']);
  });

  it('reports paths relative to the repository root when run from a subfolder', async () => {
    const { findings } = await jsonFindings(path.join(dir, 'kafka'), ['--base', 'main', 'groups.yaml']);
    expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId)).map(where)).toEqual(['ownership-change kafka/groups.yaml:2:8-2:14']);
  });

  it('leaves no worktree, checkout, stash or changed ref behind', async () => {
    const refsBefore = git(dir, 'for-each-ref');
    await jsonFindings(dir, ['--base', 'main']);
    expect(git(dir, 'worktree', 'list').split('\n')).toHaveLength(1);
    expect(git(dir, 'status', '--porcelain', '--ignored')).toBe('');
    expect(git(dir, 'stash', 'list')).toBe('');
    expect(git(dir, 'rev-parse', '--abbrev-ref', 'HEAD')).toBe('feature');
    expect(git(dir, 'for-each-ref')).toBe(refsBefore);
  });

  it('fails with exit 2 and a fetch hint when the ref does not exist', async () => {
    const r = await cli(dir, ['--base', 'origin/main']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the base ref `origin/main` does not exist in this repository');
    expect(r.stderr).toContain('git fetch origin main');
  });

  it('refuses a ref that git could read as an option', async () => {
    const r = await cli(dir, ['--base=--output=/tmp/x']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is not a valid git ref for --base');
  });

  it('defaults to the pull request base in GitHub Actions, and --no-base turns that off', async () => {
    const { dir: tmp, cleanup: done } = tempDir('topiclint-event-');
    try {
      const event = path.join(tmp, 'event.json');
      writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: mainSha, ref: 'main' } } }));
      const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' };
      const withBase = await jsonFindings(dir, [], env);
      expect(withBase.baseRef).toBe('origin/main');
      expect(withBase.findings.filter((f) => CHANGE_RULES.has(f.ruleId))).toHaveLength(14);
      const off = await jsonFindings(dir, ['--no-base'], env);
      expect(off.baseRef).toBeUndefined();
      expect(off.findings.filter((f) => CHANGE_RULES.has(f.ruleId))).toEqual([]);
      // Not a pull request: no default base.
      const push = await jsonFindings(dir, [], { ...env, GITHUB_EVENT_NAME: 'push' });
      expect(push.baseRef).toBeUndefined();
    } finally {
      done();
    }
  });

  it('falls back to origin/$GITHUB_BASE_REF when the event payload names a commit this clone lacks', async () => {
    git(dir, 'update-ref', 'refs/remotes/origin/main', mainSha);
    try {
      const { dir: tmp, cleanup: done } = tempDir('topiclint-event-');
      try {
        const event = path.join(tmp, 'event.json');
        writeFileSync(event, JSON.stringify({ pull_request: { base: { sha: 'f'.repeat(40) } } }));
        const env = { GITHUB_ACTIONS: 'true', GITHUB_EVENT_NAME: 'pull_request', GITHUB_EVENT_PATH: event, GITHUB_BASE_REF: 'main' };
        const r = await jsonFindings(dir, [], env);
        expect(r.code).toBe(1);
        expect(r.findings.filter((f) => CHANGE_RULES.has(f.ruleId))).toHaveLength(14);
      } finally {
        done();
      }
    } finally {
      git(dir, 'update-ref', '-d', 'refs/remotes/origin/main');
    }
  });

  it('rejects --base together with --no-base', async () => {
    const r = await cli(dir, ['--base', 'main', '--no-base']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--base and --no-base contradict each other');
  });
});

describe('the current side of --base is the working tree', () => {
  it('sees uncommitted edits and files the base never had', async () => {
    const { dir, cleanup } = tempDir();
    try {
      makeRepo(dir, { 'topics.yaml': lines('topic: a.b.v1', 'partitions: 6') }, {});
      write(dir, { 'topics.yaml': lines('topic: a.b.v1', 'partitions: 3'), 'new.yaml': lines('topic: c.d.v1', 'partitions: 1') });
      const { code, findings } = await jsonFindings(dir, ['--base', 'main']);
      expect(code).toBe(1);
      expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId)).map(where)).toEqual(['partition-decrease topics.yaml:2:13-2:14']);
    } finally {
      cleanup();
    }
  });

  it('applies the candidate filter to the base files too, but no .gitignore: git never ignores a tracked file', async () => {
    const { dir, cleanup } = tempDir();
    try {
      makeRepo(
        dir,
        { 'generated/topics.yaml': lines('topic: gen.x.v1', 'partitions: 6'), 'node_modules/pkg/topics.yaml': lines('topic: nm.x.v1'), 'notes.txt': 'topic: txt.x.v1\n' },
        { '.gitignore': 'generated/\n', 'generated/topics.yaml': null, 'node_modules/pkg/topics.yaml': null, 'notes.txt': null },
      );
      const { findings } = await jsonFindings(dir, ['--base', 'main']);
      // generated/topics.yaml was tracked at the base and is gone now: deleted, whatever .gitignore says.
      expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId)).map((f) => [f.ruleId, f.message.includes('gen.x.v1')])).toEqual([['topic-deletion', true]]);
    } finally {
      cleanup();
    }
  });
});

describe('--base where there is no usable git history', () => {
  it('says so when the folder is not in a git repository (exit 2)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      write(dir, { 'topics.yaml': lines('topic: a.b.v1', 'partitions: 6') });
      const r = await cli(dir, ['--base', 'main']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('is not inside a git repository');
    } finally {
      cleanup();
    }
  });

  it('tells a shallow clone to fetch the base (fetch-depth: 0)', async () => {
    const { dir, cleanup } = tempDir();
    try {
      const origin = path.join(dir, 'origin');
      const clone = path.join(dir, 'clone');
      mkdirSync(origin);
      const { mainSha } = makeRepo(origin, { 'topics.yaml': lines('topic: a.b.v1', 'partitions: 6') }, { 'topics.yaml': lines('topic: a.b.v1', 'partitions: 3') });
      git(dir, 'clone', '-q', '--depth', '1', '--branch', 'feature', `file://${origin}`, clone);
      expect(git(clone, 'rev-parse', '--is-shallow-repository')).toBe('true');
      for (const ref of ['origin/main', mainSha]) {
        const r = await cli(clone, ['--base', ref]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('it is a shallow clone, which lacks the base commit');
        expect(r.stderr).toContain('`fetch-depth: 0`');
      }
      // Once fetched, it works.
      git(clone, 'fetch', '-q', '--unshallow', 'origin', 'main:refs/remotes/origin/main');
      const { code, findings } = await jsonFindings(clone, ['--base', 'origin/main']);
      expect(code).toBe(1);
      expect(findings.filter((f) => CHANGE_RULES.has(f.ruleId)).map(where)).toEqual(['partition-decrease topics.yaml:2:13-2:14']);
    } finally {
      cleanup();
    }
  });
});

describe('matching across formats and files', () => {
  it('matches a topic that moved to another file and changed there', async () => {
    const { dir, cleanup } = tempDir();
    try {
      makeRepo(
        dir,
        { 'a/topics.yaml': lines('topics:', '  - topic: x.y.v1', '    partitions: 6', '    retention: -1') },
        { 'a/topics.yaml': null, 'b/all.yaml': lines('- topic: x.y.v1', '  partitions: 6', '  retention: P14D') },
      );
      const { findings } = await jsonFindings(dir, ['--base', 'main']);
      const change = findings.filter((f) => CHANGE_RULES.has(f.ruleId));
      expect(change.map(where)).toEqual(['retention-decrease b/all.yaml:3:14-3:18']);
      expect(change[0]!.message).toContain('from -1 (infinite) at main:a/topics.yaml:4 to P14D (14 days)');
    } finally {
      cleanup();
    }
  });
});
