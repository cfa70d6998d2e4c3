import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { julieOpsAdapter } from '../../src/sources/julieops/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[julieops.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the julieOps adapter read the file. */
const { read } = adapterTester(julieOpsAdapter, 'topologies/orders.yaml');


const DESCRIPTOR = `context: "contextOrg"
company: "acme"
env: "prod"
source: "source"
projects:
  - name: "foo"
    consumers:
      - principal: "User:App0"
        group: "foo-readers"
      - principal: "User:App1"
    producers:
      - principal: "User:App3"
    topics:
      - name: "foo"
        config:
          replication.factor: "3"
          num.partitions: "6"
          min.insync.replicas: "2"
          retention.ms: "86400000"
        metadata:
          x-dr-tier: tier-1
          owner: foo-team
      - dataType: "avro"
        name: "bar"
        config:
          replication.factor: "1"
  - name: "bar"
    topics:
      - name: "baz"
        consumers:
          - principal: "User:App9"
            group: "baz-only"
`;

describe('julieops adapter: descriptors', () => {
  it('detects descriptors with context (JulieOps) or team (Kafka Topology Builder) and projects', () => {
    expect(julieOpsAdapter.detect(root(DESCRIPTOR), 'a.yaml')).toBe(true);
    expect(julieOpsAdapter.detect(root('team: t\nsource: s\nprojects: []\n'), 'a.yaml')).toBe(true);
    expect(julieOpsAdapter.detect(root('projects:\n  - name: a\n'), 'a.yaml')).toBe(false);
    expect(julieOpsAdapter.detect(root('context: a\nprojects: nope\n'), 'a.yaml')).toBe(false);
  });

  it('composes names as JulieOps does by default: context, other keys in order, project, topic, dataType', () => {
    const { topics, problems } = read(DESCRIPTOR);
    expect(problems).toEqual([]);
    expect(topics.map((t) => value(t.name))).toEqual([
      'contextOrg.acme.prod.source.foo.foo',
      'contextOrg.acme.prod.source.foo.bar.avro',
      'contextOrg.acme.prod.source.bar.baz',
    ]);
    expect(span(DESCRIPTOR, topics[0]!.name.loc)).toBe('14:15-14:20');
    expect(span(DESCRIPTOR, topics[1]!.name.loc)).toBe('24:15-24:20');
  });

  it('reads replication.factor and num.partitions as typed fields (not configs) and the rest raw', () => {
    const t = read(DESCRIPTOR).topics[0]!;
    expect(t.replicationFactor).toMatchObject({ value: 3, raw: '"3"' });
    expect(span(DESCRIPTOR, t.replicationFactor!.loc)).toBe('16:31-16:34');
    expect(t.partitions).toMatchObject({ value: 6, raw: '"6"' });
    expect(span(DESCRIPTOR, t.partitions!.loc)).toBe('17:27-17:30');
    expect(Object.keys(t.config)).toEqual(['min.insync.replicas', 'retention.ms']);
    expect(value(t.minInsyncReplicas)).toBe(2);
    expect(value(t.retentionMs)).toBe(86_400_000);
    expect(read(DESCRIPTOR).topics[1]!.partitions).toBeUndefined();
  });

  it('reads topic metadata as labels and ownership', () => {
    const t = read(DESCRIPTOR).topics[0]!;
    expect(value(t.labels['x-dr-tier'])).toBe('tier-1');
    expect(value(t.owner)).toBe('foo-team');
    expect(span(DESCRIPTOR, t.owner!.loc)).toBe('22:18-22:26');
  });

  it('makes consumer groups from consumers with a group: project-level for all its topics, topic-level for one', () => {
    const { consumerGroups } = read(DESCRIPTOR);
    expect(consumerGroups.map((g) => value(g.name))).toEqual(['foo-readers', 'baz-only']);
    const foo = consumerGroups.find((g) => value(g.name) === 'foo-readers')!;
    expect(foo.topics.map(value)).toEqual(['contextOrg.acme.prod.source.foo.foo', 'contextOrg.acme.prod.source.foo.bar.avro']);
    expect(span(DESCRIPTOR, foo.name.loc)).toBe('9:16-9:29');
    expect(value(foo.labels['principal'])).toBe('User:App0');
    const baz = consumerGroups.find((g) => value(g.name) === 'baz-only')!;
    expect(baz.topics.map(value)).toEqual(['contextOrg.acme.prod.source.bar.baz']);
  });

  it('makes the name unknown when a part is a placeholder', () => {
    const text = 'context: "${CONTEXT}"\nprojects:\n  - name: p\n    topics:\n      - name: t\n';
    const t = read(text).topics[0]!;
    expect(t.name).toMatchObject({ kind: 'unknown', raw: '${CONTEXT}.p.t' });
    expect(span(text, t.name.loc)).toBe('5:15-5:16');
  });

  it('reports a topic without a name as a schema problem and keeps the others', () => {
    const text = 'context: c\nprojects:\n  - name: p\n    topics:\n      - config: {}\n      - name: ok\n';
    const { topics, problems } = read(text);
    expect(topics.map((t) => value(t.name))).toEqual(['c.p.ok']);
    expect(problems[0]).toMatchObject({ ruleId: 'schema' });
    expect(span(text, problems[0]!.loc)).toBe('5:9-5:19');
  });
});

describe.skipIf(!HAS_CORPUS)('julieops adapter: corpus file (../shared/corpus)', () => {
  it('nikoleta (Kafka Topology Builder, team/source): team.source.project.topic, RF and partitions typed', () => {
    const path = 'julieops/nerdynick__kafka-topology-builder-travisci-demo__topologies__nikoleta.yml';
    const text = load(path);
    const { topics, consumerGroups, problems } = read(text, path);
    expect(problems).toEqual([]);
    expect(consumerGroups).toEqual([]);
    expect(topics.map((t) => value(t.name))).toEqual(['nikoleta.test.mytest.topic1', 'nikoleta.test.mytest.topic2']);
    expect(span(text, topics[0]!.name.loc)).toBe('12:15-12:21');
    expect(value(topics[0]!.replicationFactor)).toBe(3);
    expect(span(text, topics[0]!.replicationFactor!.loc)).toBe('14:31-14:32');
    expect(value(topics[1]!.partitions)).toBe(3);
    expect(topics[0]!.config).toEqual({});
  });
});
