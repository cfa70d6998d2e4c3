/**
 * "Test code is not production" (issue #17): code and client findings in test sources are left out by
 * default and counted; `testFiles` (config) and `--include-tests` (flag) change that; catalog files
 * in test folders and production files with the same content are still linted.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { lint } from '../../src/lint.js';
import { remove, tempDir, write } from './helpers.js';

const dirs: string[] = [];
afterAll(() => dirs.forEach(remove));

/** A producer with acks=0 that also creates a topic with replication factor 1. */
const JAVA = (cls: string) => `package com.acme;

import java.util.Properties;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

public class ${cls} {
    public void run(String bootstrap) {
        NewTopic topic = new NewTopic("orders.it.v1", 3, (short) 1);
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ProducerConfig.ACKS_CONFIG, "0");
        KafkaProducer<String, String> producer = new KafkaProducer<>(props);
    }
}
`;
const KAFKAJS = `import { Kafka } from 'kafkajs';
const kafka = new Kafka({ clientId: 'orders', brokers: ['localhost:9092'] });
export const producer = kafka.producer({ idempotent: false });
export async function send() {
  await producer.send({ topic: 'orders.created.v1', acks: 0, messages: [{ value: 'x' }] });
}
`;

function repo(files: Record<string, string> = {}): string {
  const dir = tempDir('topiclint-tests-');
  dirs.push(dir);
  write(dir, {
    '.git/HEAD': 'ref: refs/heads/main\n',
    'topiclint.config.yaml': 'rules:\n  ownership-metadata: off\n',
    'kafka/topics.yaml': 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n    config:\n      min.insync.replicas: 2\n',
    'src/test/java/com/acme/OrdersIT.java': JAVA('OrdersIT'),
    'src/orders.test.ts': KAFKAJS,
    'web/__tests__/producer.ts': KAFKAJS,
    ...files,
  });
  return dir;
}

async function run(cwd: string, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd, isTTY: false, stdout: (s) => void (stdout += s), stderr: (s) => void (stderr += s) });
  return { code, stdout, stderr };
}

const filesOf = (r: { findings: readonly { location: { file: string } }[] }) => [...new Set(r.findings.map((f) => f.location.file))].filter((f) => !f.startsWith("kafka/")).sort();

describe('test sources', () => {
  it('leaves out the findings of *IT.java in src/test/java, *.test.ts and __tests__/ by default, and counts the files', async () => {
    const dir = repo();
    const result = await lint({ cwd: dir });
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.file}`).filter((f) => !f.includes(" kafka/"))).toEqual([]);
    expect(result.stats.testFilesLeftOut).toBe(3);
    // Read all the same: the client in the test file does not vanish from the model.
    expect(result.stats.clients).toBeGreaterThan(0);
  });

  it('still reports a production file with the same content', async () => {
    const dir = repo({ 'src/main/java/com/acme/Orders.java': JAVA('Orders'), 'src/orders.ts': KAFKAJS });
    const result = await lint({ cwd: dir });
    expect(filesOf(result)).toEqual(['src/main/java/com/acme/Orders.java', 'src/orders.ts']);
    const rules = result.findings.map((f) => f.ruleId);
    expect(rules).toContain('producer-acks');
    expect(rules).toContain('code-topic-definition');
  });

  it('lints test sources as production with testFiles: [] or --include-tests', async () => {
    const dir = repo();
    const all = await lint({ cwd: dir, testFiles: [] });
    expect(filesOf(all)).toEqual(['src/orders.test.ts', 'src/test/java/com/acme/OrdersIT.java', 'web/__tests__/producer.ts']);
    expect(all.findings.filter((f) => f.location.file.endsWith('OrdersIT.java')).map((f) => f.ruleId)).toEqual(expect.arrayContaining(['producer-acks', 'code-topic-definition']));
    expect(all.stats.testFilesLeftOut).toBeUndefined();
    const cli = await run(dir, '--format', 'json', '--include-tests');
    expect(cli.code).toBe(1);
    expect((JSON.parse(cli.stdout) as { findings: { file: string }[] }).findings.some((f) => f.file === 'src/test/java/com/acme/OrdersIT.java')).toBe(true);
  });

  it('takes its globs from the config key testFiles, which replaces the default list', async () => {
    const dir = repo({ 'topiclint.config.yaml': 'rules:\n  ownership-metadata: off\ntestFiles:\n  - "web/**"\n' });
    const cli = await run(dir, '--format', 'json');
    const out = JSON.parse(cli.stdout) as { findings: { file: string }[]; summary: { testFilesLeftOut?: number } };
    expect([...new Set(out.findings.map((f) => f.file))].sort()).toEqual(['src/orders.test.ts', 'src/test/java/com/acme/OrdersIT.java']);
    expect(out.summary.testFilesLeftOut).toBe(1);
    const none = await run(repo({ 'topiclint.config.yaml': 'rules:\n  ownership-metadata: off\ntestFiles: []\n' }), '--format', 'json');
    expect((JSON.parse(none.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it('says how many files it left out: stylish summary line, JSON summary, SARIF run properties', async () => {
    const dir = repo();
    const stylish = await run(dir);
    expect(stylish.code).toBe(0);
    expect(stylish.stdout).toContain('3 test files left out (--include-tests to lint them)');
    const sarif = JSON.parse((await run(dir, '--format', 'sarif')).stdout) as { runs: { properties?: { testFilesLeftOut?: number } }[] };
    expect(sarif.runs[0]!.properties?.testFilesLeftOut).toBe(3);
  });

  it('never leaves out a catalog file in a test folder', async () => {
    const dir = repo({ 'src/test/resources/topics.yaml': 'topics:\n  - topic: orders.fixture.v1\n    replicationFactor: 1\n' });
    const result = await lint({ cwd: dir });
    expect(result.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toContain('replication-factor src/test/resources/topics.yaml');
  });

  it('keeps topics declared in test code known: production code using one is not an unknown-topic', async () => {
    const reader = KAFKAJS.replace('orders.created.v1', 'orders.it.v1').replace('idempotent: false', 'idempotent: true').replace('acks: 0', 'acks: -1');
    const result = await lint({ cwd: repo({ 'src/reader.ts': reader }) });
    expect(result.findings.filter((f) => f.ruleId === 'unknown-topic')).toEqual([]);
    // The same reference with no test declaring the topic is reported.
    const alone = await lint({ cwd: repo({ 'src/reader.ts': reader, 'src/test/java/com/acme/OrdersIT.java': JAVA('OrdersIT').replace('orders.it.v1', 'other.v1') }) });
    expect(alone.findings.filter((f) => f.ruleId === 'unknown-topic').map((f) => f.location.file)).toEqual(['src/reader.ts']);
  });
});
