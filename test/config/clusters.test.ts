/**
 * The `clusters:` mapping by path (issue #17): formats that name no cluster take the first cluster whose
 * globs match their file; duplicate-topic then compares within it, in both pipelines alike.
 */
import { describe, expect, it } from 'vitest';
import { loadConfigFromText } from '../../src/config/index.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { builtinRules } from '../../src/rules/index.js';
import type { InputFile } from '../../src/sources/types.js';

const config = (text: string) => loadConfigFromText(text, '/repo/topiclint.config.yaml', { root: '/repo', readFile: () => undefined });

const files: InputFile[] = [
  { path: 'kafka/prod/topics.yaml', text: 'topic: orders\n' },
  { path: 'kafka/dev/topics.yaml', text: 'topic: orders\n' },
  { path: 'kafka/dev/more.yaml', text: 'topic: orders\n' },
  { path: 'strimzi/orders.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata:\n  name: orders\n  labels:\n    strimzi.io/cluster: prod\nspec:\n  partitions: 3\n  replicas: 3\n' },
];

async function duplicates(configText: string) {
  const { loaded, errors } = config(configText);
  expect(errors).toEqual([]);
  const opts = { rules: builtinRules, config: loaded!.config };
  const streamed = await lintFiles(files, opts);
  const whole = await lintFiles(files, { ...opts, wholeCatalog: true });
  expect(JSON.stringify(streamed)).toBe(JSON.stringify(whole));
  return whole.findings.filter((f) => f.ruleId === 'duplicate-topic').map((f) => `${f.location.file}: ${f.message.replace(/\. Keep.*/, '')}`);
}

describe('clusters: by path', () => {
  it('is read into the resolved config', () => {
    const { loaded } = config('clusters:\n  prod: ["kafka/prod/**"]\n  dev: kafka/dev/**\n');
    expect(loaded!.config.clusters).toEqual({ prod: ['kafka/prod/**'], dev: ['kafka/dev/**'] });
  });

  it('reports a bad glob', () => {
    const { errors } = config('clusters:\n  prod: ["kafka/[prod/**"]\n');
    expect(errors.length).toBeGreaterThan(0);
  });

  it('without it, files of a format that names no cluster are one cluster', async () => {
    expect(await duplicates('rules: {}\n')).toEqual(['kafka/dev/topics.yaml: Topic "orders" is already defined in kafka/dev/more.yaml', 'kafka/prod/topics.yaml: Topic "orders" is already defined in kafka/dev/more.yaml']);
  });

  it('with it, names are compared within each mapped cluster; a cluster the format names is kept and shares the names', async () => {
    expect(await duplicates('clusters:\n  prod: ["kafka/prod/**"]\n  dev: ["kafka/dev/**", "strimzi/**"]\n')).toEqual([
      'kafka/dev/topics.yaml: Topic "orders" is already defined in kafka/dev/more.yaml on cluster `dev`',
      'strimzi/orders.yaml: Topic "orders" is already defined in kafka/prod/topics.yaml on cluster `prod`',
    ]);
  });
});
