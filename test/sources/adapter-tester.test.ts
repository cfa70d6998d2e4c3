/** The adapter tester reads through the real registry, and its assertions can fail. */
import { describe, expect, it } from 'vitest';
import { naisAdapter } from '../../src/sources/nais/index.js';
import { strimziAdapter } from '../../src/sources/strimzi/index.js';
import { adapterTester, readFiles, readYaml } from '../helpers/adapter-tester.js';

const STRIMZI = `apiVersion: kafka.strimzi.io/v1beta2
kind: KafkaTopic
metadata:
  name: payments
spec:
  topicName: payment.transactions.v1
  partitions: 12
  config:
    min.insync.replicas: "2"
`;

describe('adapterTester', () => {
  it('reads a file through readYamlFile and asserts a field by value, kind, spelling and exact position', () => {
    const r = adapterTester(strimziAdapter, 'k8s/topic.yaml').read(STRIMZI);
    expect(r.file('k8s/topic.yaml')).toMatchObject({ status: 'linted', formats: ['strimzi'] });
    const t = r.topic('payment.transactions.v1');
    r.expectField(t.name, { kind: 'known', value: 'payment.transactions.v1', at: '6:14-6:37' });
    r.expectField(t.partitions, { value: 12, at: '7:15-7:17' });
    r.expectField(t.minInsyncReplicas, { value: 2, raw: '"2"', at: '9:26-9:29', origin: null });
    expect(() => r.expectField(t.partitions, { value: 12, at: '7:15-7:18' })).toThrow();
    expect(() => r.expectField(t.partitions, { value: 6 })).toThrow();
    expect(() => r.topic('no.such.topic')).toThrow(/No topic named "no.such.topic"/);
  });

  it('fails when the registry gives the file to another adapter than the one under test', () => {
    expect(() => adapterTester(naisAdapter, '.nais/topic.yaml').read(STRIMZI)).toThrow(/must be read by the nais adapter/);
  });

  it('fails on a file the real parser rejects, where a copied read loop would hide the error', () => {
    expect(() => adapterTester(strimziAdapter, 'k8s/topic.yaml').read(`${STRIMZI}  bad: [unclosed\n`)).toThrow(/must parse without error/);
    const r = readYaml('topic: [unclosed\n', 'kafka/broken.yaml');
    expect(r.file('kafka/broken.yaml').status).toBe('parse-error');
  });

  it('reads several files, project files included, through readCatalog', async () => {
    const r = await readFiles({ 'k8s/topic.yaml': STRIMZI, 'svc/producer.properties': 'acks=1\n', 'README.md': '# x\n' });
    expect(r.topics.map((t) => t.format)).toEqual(['strimzi']);
    expect(r.clients.map((c) => c.format)).toEqual(['properties']);
    expect(r.file('README.md').status).toBe('not-catalog');
  });
});
