/** CODEOWNERS is the last source of a topic's owner, for every format. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';
import ownershipMetadata from '../src/rules/ownership-metadata.js';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

function repo(files: Record<string, string>): string {
  dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-codeowners-'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  mkdirSync(path.join(dir, '.git'), { recursive: true });
  return dir;
}

const strimzi = 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders.created.v1\n  labels:\n    x-data-classification: internal\n    x-retention-policy: P7D\n    x-dr-tier: tier-2\n    x-contact: oncall\nspec:\n  replicas: 3\n';

describe('CODEOWNERS', () => {
  it('gives a topic without an owner the owners of its file', async () => {
    const cwd = repo({ '.github/CODEOWNERS': '# owners\n/kafka/orders/ @acme/orders-team\n', 'kafka/orders/topic.yaml': strimzi });
    const result = await lint({ cwd, paths: ['.'], rules: [ownershipMetadata] });
    expect(result.findings.filter((f) => f.ruleId === 'ownership-metadata')).toEqual([]);
  });

  it('without CODEOWNERS the missing owner is reported', async () => {
    const cwd = repo({ 'kafka/orders/topic.yaml': strimzi });
    const result = await lint({ cwd, paths: ['.'], rules: [ownershipMetadata] });
    expect(result.findings.map((f) => f.ruleId)).toEqual(['ownership-metadata']);
    expect(result.findings[0]!.message).toContain('owner');
  });
});
