/**
 * Issue #17, class H: parse errors in files that have nothing to do with Kafka. A file that cannot be
 * parsed is a `parse-error` only with evidence that it is meant for topiclint; otherwise it is "not
 * lintable" (counted, never a finding). At most one `parse-error` per file. JSONC files read as JSONC;
 * HCL exponent numbers parse. Cases from the real-world sweep (docs/real-world.md).
 */
import { describe, expect, it } from 'vitest';
import { readCatalog, readYamlFile } from '../../src/sources/index.js';
import { blankJsonComments } from '../../src/sources/jsonc.js';

const parseErrors = (out: { problems: readonly { ruleId: string; message: string }[] }) => out.problems.filter((p) => p.ruleId === 'parse-error');

describe('one parse-error per file, never one per line', () => {
  it('a catalog with many broken lines gets one finding, the first, saying how many more', () => {
    const text = 'topics:\n  - topic: a.b.v1\n    partitions: [\n  - topic: c.d.v1\n    config: {x: 1,, y: 2}\n  - topic: "e\n';
    const out = readYamlFile({ path: 'topics.yaml', text });
    const errs = parseErrors(out);
    expect(errs).toHaveLength(1);
    expect(errs[0]!.message).toMatch(/^YAML syntax error: .*\(and \d+ more parse errors? in this file\)$/);
    expect(out.files[0]!.status).toBe('parse-error');
  });
});

describe('files with no Kafka evidence are not lintable, never errors', () => {
  it('line-delimited JSON data (demo-scene): no finding, not lintable, the first error as its reason', () => {
    const lines = Array.from({ length: 500 }, (_, i) => JSON.stringify({ id: i, name: `claim-${i}`, amount: i * 3 }));
    const out = readYamlFile({ path: 'industry-themes/healthcare/data/fhir_claims.json', text: lines.join('\n') });
    expect(parseErrors(out)).toEqual([]);
    expect(out.files).toEqual([{ path: 'industry-themes/healthcare/data/fhir_claims.json', status: 'not-lintable', formats: [], reason: expect.stringMatching(/^cannot be parsed and nothing in it is Kafka: JSON syntax error: .* \(and \d+ more parse errors in this file\)$/) }]);
  });

  it('a docker-compose file with a duplicate key, a RuboCop config, Maven @...@ placeholders', () => {
    const compose = 'services:\n  kafka:\n    image: confluentinc/cp-kafka\n    restart: always\n    restart: on-failure\n';
    const antora = 'name: spring-cloud-stream\nversion: @antora-component.version@\n';
    const rubocop = 'RSpec/MessageSpies:\n  Enabled: false\nRSpec/MessageSpies:\n  Enabled: true\n';
    for (const [path, text] of [['docker-compose/compose.yaml', compose], ['docs/antora.yml', antora], ['.rubocop.yml', rubocop]] as const) {
      const out = readYamlFile({ path, text });
      expect(parseErrors(out), path).toEqual([]);
      expect(out.files[0]!.status, path).toBe('not-lintable');
    }
  });

  it('a docker-compose file of a Kafka demo whose command embeds a connector config ("topics": ...)', () => {
    const text = 'services:\n  connect:\n    entrypoint: a\n    entrypoint: b\n    command: |\n      curl -d \'{\n        "topics": "ORDERS"\n      }\'\n';
    const out = readYamlFile({ path: 'multi-cluster-connect-and-ksql/docker-compose.yml', text });
    expect(parseErrors(out)).toEqual([]);
    expect(out.files[0]!.status).toBe('not-lintable');
  });

  it('Apache Kafka protocol schema JSON with // comments (kafka-python) is not ours', () => {
    const text = '// Licensed to the Apache Software Foundation (ASF)\n{\n  "apiKey": 37,\n  "type": "response",\n  "name": "CreatePartitionsResponse",\n  "fields": [{ "name": "Results", "type": "[]CreatePartitionsTopicResult" }]\n}\n';
    const out = readYamlFile({ path: 'kafka/protocol/schemas/resources/CreatePartitionsResponse.json', text });
    expect(parseErrors(out)).toEqual([]);
    expect(out.files[0]!.status).toBe('not-lintable');
  });

  it('JSX in a docs site, a Terraform docs example with <PLACEHOLDER>s', async () => {
    const cat = await readCatalog([
      { path: 'website/pages/en/help.js', text: "const React = require('react');\nfunction Help() {\n  const content = `Found a bug? [open an issue](https://github.com/tulios/kafkajs/issues)`;\n  return <div className=\"docMainWrapper\">{content}</div>;\n}\nmodule.exports = Help;\n" },
      { path: 'examples/data-sources/aiven_account_team_project/data-source.tf', text: 'data "aiven_account_team_project" "account_team_project1" {\n  account_id = <ACCOUNT_RESOURCE>.id\n}\n' },
    ]);
    expect(parseErrors(cat)).toEqual([]);
    expect(cat.files.map((f) => [f.path, f.status])).toEqual([
      ['website/pages/en/help.js', 'not-lintable'],
      ['examples/data-sources/aiven_account_team_project/data-source.tf', 'not-lintable'],
    ]);
  });
});

describe('files meant for topiclint keep their parse-error', () => {
  it('by name (topics.json), by Kafka keys (replicationFactor), by kind (KafkaTopic), by a Kafka import', async () => {
    expect(parseErrors(readYamlFile({ path: 'topics.json', text: '{"topic": "a.b.v1",, "replicationFactor": 3}' }))).toHaveLength(1);
    expect(parseErrors(readYamlFile({ path: 'conf/orders.yaml', text: 'topic: a.b.v1\nreplicationFactor: [3\n' }))).toHaveLength(1);
    expect(parseErrors(readYamlFile({ path: 'deploy/x.yaml', text: 'apiVersion: kafka.strimzi.io/v1beta2\nkind: KafkaTopic\nmetadata: {name: a\n' }))).toHaveLength(1);
    const cat = await readCatalog([{ path: 'src/p.js', text: "const { Kafka } = require('kafkajs');\nconst x = <div/>;\n" }]);
    expect(parseErrors(cat)).toHaveLength(1);
    expect(cat.files[0]!.status).toBe('parse-error');
  });
});

describe('JSON with comments where its tools allow them', () => {
  it('tsconfig.json and .vscode/settings.json with comments and trailing commas parse, offsets unchanged', () => {
    const text = '{\n  // base options\n  "compilerOptions": { "strict": true, /* inline */ },\n  "include": ["src", "vite.config.ts",],\n}\n';
    for (const path of ['frontend/tsconfig.json', '.vscode/settings.json', '.devcontainer/devcontainer.json', 'tsconfig.build.json']) {
      const out = readYamlFile({ path, text });
      expect(out.problems, path).toEqual([]);
      expect(out.files[0]!.status, path).toBe('not-catalog');
    }
    const blank = blankJsonComments(text);
    expect(blank).toHaveLength(text.length);
    expect(blank.split('\n').length).toBe(text.split('\n').length);
    expect(JSON.parse(blank)).toEqual({ compilerOptions: { strict: true }, include: ['src', 'vite.config.ts'] });
    expect(blankJsonComments('{"a": "http://x, }"}')).toBe('{"a": "http://x, }"}');
  });
});

describe('HCL numbers with an exponent', () => {
  it('1e+06 parses and keeps its value (conduktor)', async () => {
    const text = 'resource "kafka_topic" "t" {\n  name = "t"\n  partitions = 3\n  config = {\n    "retention.ms" = 1e+06\n    "segment.bytes" = 2E3\n  }\n}\n';
    const cat = await readCatalog([{ path: 'main.tf', text }]);
    expect(parseErrors(cat)).toEqual([]);
    expect(cat.files[0]!.status).toBe('linted');
    const t = cat.topics[0]!;
    expect(t.config['retention.ms']).toMatchObject({ kind: 'known', value: 1000000 });
  });
});

describe('a .properties file in ISO-8859-1, the format\'s own encoding', () => {
  it('is read as Latin-1, not refused as invalid UTF-8; other files still are', async () => {
    const { decodeFile } = await import('../../src/util/decode.js');
    const bytes = Uint8Array.from([...Buffer.from('# R', 'latin1'), 0xe9, ...Buffer.from('sum', 'latin1'), 0xe9, ...Buffer.from('\nspring.kafka.bootstrap-servers=b:9092\n', 'latin1')]);
    expect(decodeFile(bytes, 'src/test/resources/application.properties')).toEqual({ ok: true, text: '# Résumé\nspring.kafka.bootstrap-servers=b:9092\n' });
    expect(decodeFile(bytes, 'topics.yaml')).toMatchObject({ ok: false, reason: expect.stringContaining('not valid UTF-8') });
    expect(decodeFile(bytes)).toMatchObject({ ok: false });
  });
});
