/**
 * The example platform repository (examples/kafka) is what `npm start` shows and what the README
 * explains. This pins every finding as (file, line, rule), so a change to a rule, an adapter or the
 * examples that adds, drops or moves a finding is noticed and examples/README.md is kept in step.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = lint({ paths: ['examples/kafka'], cwd: ROOT, root: ROOT, concurrency: 1 });

describe('examples/kafka', () => {
  it('gives exactly the documented findings', async () => {
    const result = await run;
    const found = result.findings.map((f) => [f.location.file, f.location.region.startLine, f.ruleId]);
    expect(found).toEqual([
      ['examples/kafka/orders/consumer-groups.yaml', 11, 'offset-recovery'],
      ['examples/kafka/orders/consumer-groups.yaml', 11, 'ownership-metadata'],
      ['examples/kafka/orders/consumer-groups.yaml', 11, 'replay-safety'],
      ['examples/kafka/orders/consumer-groups.yaml', 14, 'unknown-topic'],
      ['examples/kafka/orders/drafts/order-refunded.yaml', 5, 'parse-error'],
      ['examples/kafka/orders/topics.yaml', 9, 'replication-factor'],
      ['examples/kafka/orders/topics.yaml', 10, 'min-isr-vs-replication'],
      ['examples/kafka/orders/topics.yaml', 13, 'schema-compatibility'],
      ['examples/kafka/orders/topics.yaml', 19, 'unknown-consumer-group'],
      ['examples/kafka/orders/topics.yaml', 21, 'unclean-leader-election'],
      ['examples/kafka/orders/topics.yaml', 31, 'dr-tier'],
      ['examples/kafka/orders/topics.yaml', 33, 'metadata-consistency'],
      ['examples/kafka/orders/topics.yaml', 35, 'min-insync-replicas'],
      ['examples/kafka/orders/topics.yaml', 37, 'topic-naming'],
      ['examples/kafka/orders/topics.yaml', 43, 'compacted-topic-key'],
      ['examples/kafka/orders/topics.yaml', 44, 'retention'],
      ['examples/kafka/orders/topics.yaml', 48, 'ownership-metadata'],
      ['examples/kafka/orders/topics.yaml', 49, 'schema'],
      ['examples/kafka/orders/topics.yaml', 57, 'retention'],
      ['examples/kafka/payments/consumer-groups.yaml', 19, 'replay-safety'],
      ['examples/kafka/payments/topics.yaml', 26, 'retention'],
      ['examples/kafka/payments/topics.yaml', 31, 'duplicate-topic'],
    ]);
  });

  it('keeps the clean domain clean and reads every file', async () => {
    const result = await run;
    expect(result.findings.filter((f) => f.location.file.startsWith('examples/kafka/cpq/'))).toEqual([]);
    expect(result.files.map((f) => [f.path, f.status])).toEqual([
      ['examples/kafka/cpq/consumer-groups.yaml', 'linted'],
      ['examples/kafka/cpq/topics.yaml', 'linted'],
      ['examples/kafka/orders/consumer-groups.yaml', 'linted'],
      ['examples/kafka/orders/drafts/order-refunded.yaml', 'parse-error'],
      ['examples/kafka/orders/topics.yaml', 'linted'],
      ['examples/kafka/payments/consumer-groups.yaml', 'linted'],
      ['examples/kafka/payments/topics.yaml', 'linted'],
    ]);
  });

  it('demonstrates every catalog rule of the core', async () => {
    const result = await run;
    const fired = new Set(result.findings.map((f) => f.ruleId));
    const core = ['replication-factor', 'min-insync-replicas', 'min-isr-vs-replication', 'unclean-leader-election', 'ownership-metadata', 'metadata-consistency', 'dr-tier', 'topic-naming', 'compacted-topic-key', 'retention', 'schema-compatibility', 'duplicate-topic', 'unknown-topic', 'unknown-consumer-group', 'replay-safety', 'offset-recovery', 'parse-error', 'schema'];
    expect(core.filter((id) => !fired.has(id))).toEqual([]);
  });
});
