/**
 * The real change pairs in ../shared/corpus/diff-pairs/ give the findings their change calls for,
 * through the same adapters a run uses. Each pair is skipped (with the reason) until its format's
 * adapter is registered in src/sources/index.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import { defaultSources } from '../../src/sources/index.js';

const PAIRS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/diff-pairs');
const present = existsSync(PAIRS);
const changeRules = builtinRules.filter((r) => r.meta.kind === 'change');

const terraform = defaultSources.projectAdapters.some((a) => a.id === 'terraform');
const strimzi = defaultSources.yamlDocumentAdapters.some((a) => a.id === 'strimzi') || defaultSources.yamlFileAdapters.some((a) => a.id === 'strimzi');

/** Lint the head of a pair against its base, both under the path the file had in its repository. */
async function diff(pair: string, asPath: string): Promise<Finding[]> {
  const read = (side: string) => readFileSync(path.join(PAIRS, `${pair}.${side}`), 'utf8');
  const result = await lintFiles([{ path: asPath, text: read('head') }], { rules: changeRules, base: { ref: 'origin/main', files: [{ path: asPath, text: read('base') }] } });
  return [...result.findings];
}

const summary = (f: Finding) => `${f.ruleId} ${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}`;

describe.skipIf(!present)('diff pairs from ../shared/corpus/diff-pairs (absent: corpus not checked out next to the repo)', () => {
  it.skipIf(!terraform)('otel.tf: partitions 200 -> 10 are two partition decreases (needs the Terraform adapter)', async () => {
    const found = await diff('utilitywarehouse__kafka-cluster-config__prod-merit__otel__otel.tf', 'prod-merit/otel/otel.tf');
    expect(found.map(summary)).toEqual(['partition-decrease prod-merit/otel/otel.tf:4:24', 'partition-decrease prod-merit/otel/otel.tf:68:24']);
    expect(found[0]!.message).toContain('Topic "otel.otlp_spans" goes from 200 partitions (at origin/main:prod-merit/otel/otel.tf:4) down to 10');
  });

  it.skipIf(!terraform)('topics.tfvars: test_topic_2 is deleted without deprecation (needs the Terraform adapter to read tfvars topic lists)', async () => {
    const found = await diff('ogomezso__TF-GH-Topic-Management-example__env__topics.tfvars', 'env/topics.tfvars');
    const deletions = found.filter((f) => f.ruleId === 'topic-deletion');
    expect(deletions.map((f) => f.entityName)).toEqual(['test_topic_2']);
    expect(deletions[0]!.message).toContain('(defined at origin/main:env/topics.tfvars:');
  });

  it.skipIf(!strimzi)('Strimzi topics.yaml: retention added where none was set is a retention decrease on each topic (needs the Strimzi adapter)', async () => {
    const found = await diff('jaypark81__k8s-detection-pipeline__kafka__topics.yaml', 'kafka/topics.yaml');
    expect(found.map(summary)).toEqual([
      'retention-decrease kafka/topics.yaml:12:19',
      'retention-decrease kafka/topics.yaml:26:19',
      'retention-decrease kafka/topics.yaml:40:19',
      'retention-decrease kafka/topics.yaml:54:19',
      'retention-decrease kafka/topics.yaml:68:19',
    ]);
    expect(found[0]!.message).toContain('shortens retention from unset (the broker default, 7 days) to 1800000 (30 minutes)');
  });
});
