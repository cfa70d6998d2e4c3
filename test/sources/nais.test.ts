import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { naisAdapter } from '../../src/sources/nais/index.js';
import { parseYamlSource as parseYaml } from '../../src/sources/index.js';
import { adapterTester, span, value } from '../helpers/adapter-tester.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus');
const HAS_CORPUS = existsSync(CORPUS);
if (!HAS_CORPUS) console.warn(`[nais.test] ../shared/corpus not found at ${CORPUS}: corpus tests are skipped`);
const load = (file: string): string => readFileSync(join(CORPUS, file), 'utf8');
const root = (text: string) => parseYaml(text).documents[0]!.root!;

/** Reads through the real registry (readYamlFile), checking that the nais adapter read the file. */
const { read } = adapterTester(naisAdapter, '.nais/topic.yaml');


const TOPIC = `apiVersion: kafka.nais.io/v1
kind: Topic
metadata:
  name: payments
  namespace: teampay
  labels:
    team: teampay
spec:
  pool: nav-prod
  config:
    cleanupPolicy: compact,delete
    minimumInSyncReplicas: 1
    partitions: 6
    replication: 2
    retentionBytes: -1
    retentionHours: 72
    segmentHours: 24
    maxMessageBytes: 1048588
  acl:
    - team: teampay
      application: payments-api
      access: readwrite
    - team: ledger
      application: ledger-sink
      access: read
`;

describe('nais adapter: Topic resources', () => {
  it('detects kafka.nais.io/v1 Topic only', () => {
    expect(naisAdapter.detect(root('apiVersion: kafka.nais.io/v1\nkind: Topic\n'), 'a.yaml')).toBe(true);
    expect(naisAdapter.detect(root('apiVersion: kafka.nais.io/v1\nkind: Stream\n'), 'a.yaml')).toBe(false);
    expect(naisAdapter.detect(root('apiVersion: nais.io/v1alpha1\nkind: Application\n'), 'a.yaml')).toBe(false);
  });

  it('names the topic <namespace>.<name>, located at metadata.name', () => {
    const t = read(TOPIC).topics[0]!;
    expect(value(t.name)).toBe('teampay.payments');
    expect(span(TOPIC, t.name.loc)).toBe('4:9-4:17');
  });

  it('leaves the name unknown when metadata.namespace is not in the file', () => {
    const text = 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: payments\nspec:\n  pool: p\n';
    const t = read(text).topics[0]!;
    expect(t.name).toMatchObject({ kind: 'unknown', raw: 'payments' });
    expect(span(text, t.name.loc)).toBe('4:9-4:17');
  });

  it('reads spec.config into typed fields with exact positions', () => {
    const t = read(TOPIC).topics[0]!;
    expect(value(t.partitions)).toBe(6);
    expect(span(TOPIC, t.partitions!.loc)).toBe('13:17-13:18');
    expect(value(t.replicationFactor)).toBe(2);
    expect(span(TOPIC, t.replicationFactor!.loc)).toBe('14:18-14:19');
    expect(value(t.minInsyncReplicas)).toBe(1);
    expect(span(TOPIC, t.minInsyncReplicas!.loc)).toBe('12:28-12:29');
    expect(t.cleanupPolicy).toMatchObject({ kind: 'known', value: ['compact', 'delete'], raw: 'cleanupPolicy: compact,delete' });
    expect(span(TOPIC, t.cleanupPolicy!.loc)).toBe('11:20-11:34');
  });

  it('converts retentionHours to milliseconds and quotes the user spelling', () => {
    const t = read(TOPIC).topics[0]!;
    expect(t.retentionMs).toMatchObject({ kind: 'known', value: 72 * 3_600_000, raw: 'retentionHours: 72' });
    expect(span(TOPIC, t.retentionMs!.loc)).toBe('16:21-16:23');
    const infinite = read(TOPIC.replace('retentionHours: 72', 'retentionHours: -1')).topics[0]!;
    expect(infinite.retentionMs).toMatchObject({ kind: 'known', value: -1, raw: 'retentionHours: -1' });
    const bad = read(TOPIC.replace('retentionHours: 72', 'retentionHours: a week')).topics[0]!;
    expect(bad.retentionMs).toMatchObject({ kind: 'invalid', raw: 'retentionHours: a week' });
  });

  it('maps the other settings to Kafka config names, converting hours', () => {
    const t = read(TOPIC).topics[0]!;
    expect(t.config['retention.bytes']).toMatchObject({ value: -1, raw: 'retentionBytes: -1' });
    expect(t.config['segment.ms']).toMatchObject({ value: 24 * 3_600_000, raw: 'segmentHours: 24' });
    expect(t.config['max.message.bytes']).toMatchObject({ value: 1048588, raw: 'maxMessageBytes: 1048588' });
    expect(span(TOPIC, t.config['max.message.bytes']!.loc)).toBe('18:22-18:29');
    expect(Object.keys(t.config).sort()).toEqual(['max.message.bytes', 'retention.bytes', 'segment.ms']);
  });

  it('takes the team label as owner and records the ACL as labels, not consumer groups', () => {
    const { topics, consumerGroups } = read(TOPIC);
    const t = topics[0]!;
    expect(value(t.owner)).toBe('teampay');
    expect(span(TOPIC, t.owner!.loc)).toBe('7:11-7:18');
    expect(consumerGroups).toEqual([]);
    expect(value(t.labels['acl.teampay.payments-api'])).toBe('readwrite');
    expect(value(t.labels['acl.ledger.ledger-sink'])).toBe('read');
    expect(span(TOPIC, t.labels['acl.ledger.ledger-sink']!.loc)).toBe('25:15-25:19');
  });

  it('leaves settings that are not written absent (no NAIS defaults assumed)', () => {
    const text = 'apiVersion: kafka.nais.io/v1\nkind: Topic\nmetadata:\n  name: t\n  namespace: team\nspec:\n  pool: p\n';
    const t = read(text).topics[0]!;
    expect(t.partitions).toBeUndefined();
    expect(t.replicationFactor).toBeUndefined();
    expect(t.retentionMs).toBeUndefined();
    expect(t.config).toEqual({});
  });
});

describe.skipIf(!HAS_CORPUS)('nais adapter: corpus file (../shared/corpus)', () => {
  it('dataproduct-apps: two topics with retentionHours 168 and 6, team label as owner', () => {
    const path = 'nais/nais__dataproduct-apps__.nais__topics.yaml';
    const text = load(path);
    const { topics, problems } = read(text, path);
    expect(problems).toEqual([]);
    expect(topics.map((t) => value(t.name))).toEqual(['nais.dataproduct-apps', 'nais.dataproduct-apps-topics']);
    const [a, b] = topics;
    expect(span(text, a!.name.loc)).toBe('5:9-5:25');
    expect(a!.retentionMs).toMatchObject({ value: 168 * 3_600_000, raw: 'retentionHours: 168' });
    expect(span(text, a!.retentionMs!.loc)).toBe('24:21-24:24');
    expect(value(a!.minInsyncReplicas)).toBe(2);
    expect(value(a!.replicationFactor)).toBe(3);
    expect(value(a!.cleanupPolicy)).toEqual(['delete']);
    expect(value(b!.cleanupPolicy)).toEqual(['compact']);
    expect(b!.retentionMs).toMatchObject({ value: 6 * 3_600_000, raw: 'retentionHours: 6' });
    expect(value(a!.owner)).toBe('nais');
    expect(value(a!.labels['acl.nais.dataproduct-apps-persist'])).toBe('read');
    expect(value(a!.labels['kafka.nais.io/removeDataWhenResourceIsDeleted'])).toBe('true');
  });
});
