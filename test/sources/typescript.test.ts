import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client, Field, SourceLocation, Topic } from '../../src/model/model.js';
import { LineIndex } from '../../src/model/text.js';
import { typescriptAdapter } from '../../src/sources/typescript/index.js';
import type { AdapterOutput, InputFile } from '../../src/sources/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/typescript/src');
const PREFIX = 'services/billing/src/';

function fixtureFiles(): InputFile[] {
  return readdirSync(FIXTURES).map((f) => ({ path: PREFIX + f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
}

function at(files: readonly InputFile[], loc: SourceLocation): string {
  const text = files.find((f) => f.path === loc.file)!.text;
  const index = new LineIndex(text);
  const s = index.position(loc.start);
  const e = index.position(loc.end);
  return `${loc.file.startsWith(PREFIX) ? loc.file.slice(PREFIX.length) : loc.file}:${s.line}:${s.column}-${e.line}:${e.column}`;
}

function describeField(files: readonly InputFile[], f: Field<unknown> | undefined): string {
  if (!f) return 'absent';
  const where = at(files, f.loc);
  if (f.kind === 'known') return `${JSON.stringify(f.value)} @ ${where}${f.origin ? ` from ${at(files, f.origin)}` : ''}`;
  if (f.kind === 'unknown') return `unknown (${f.reason}) @ ${where}`;
  return `invalid ${f.raw} @ ${where}`;
}

describe('typescript adapter on a KafkaJS service written like a real one', () => {
  const files = fixtureFiles();
  let out: AdapterOutput;
  const f = (x: Field<unknown> | undefined) => describeField(files, x);
  const client = (file: string, name: string): Client => {
    const c = out.clients.find((x) => x.file === PREFIX + file && x.name.kind === 'known' && x.name.value === name);
    if (!c) throw new Error(`no client ${name} in ${file}`);
    return c;
  };

  beforeAll(async () => {
    out = await typescriptAdapter.read(files);
  });

  it('maps producer options to Kafka keys at the exact option values', () => {
    const p = client('producer.ts', 'producer');
    expect(p.role).toBe('producer');
    expect(p.library).toBe('kafkajs');
    expect(f(p.name)).toBe('"producer" @ producer.ts:7:7-7:15');
    expect(f(p.config['enable.idempotence'])).toBe('false @ producer.ts:8:17-8:22');
    expect(f(p.config['max.in.flight.requests.per.connection'])).toBe('10 @ producer.ts:9:24-9:26');
    expect(f(p.config['transactional.id'])).toBe('"orders-tx" @ producer.ts:11:20-11:31');
  });

  it('resolves a const imported from another module as known at the use, with the constant as origin', () => {
    const p = client('producer.ts', 'producer');
    // Two sends disagree (Acks.All, then ACKS = 0): the weakest one is the producer's acks.
    expect(f(p.config['acks'])).toBe('0 @ producer.ts:23:54-23:58 from constants.ts:2:21-2:22');
    expect(p.config['acks']!.kind === 'known' && p.config['acks']!.raw).toBe('ACKS');
  });

  it('resolves as-const object properties and keeps let variables and env vars unknown', () => {
    const p = client('producer.ts', 'producer');
    expect(p.produces.map(f)).toEqual(['"orders.v1" @ producer.ts:16:12-16:25 from constants.ts:11:11-11:22', '"audit.events" @ producer.ts:23:32-23:46']);
    expect(f(p.config['retries'])).toBe('unknown (variable) @ producer.ts:10:12-10:19');
    expect(f(p.config['sasl.password'])).toBe('unknown (environment variable) @ producer.ts:5:69-5:96');
  });

  it('copies the Kafka instance settings into its clients, with ssl and sasl as security.protocol', () => {
    const p = client('producer.ts', 'producer');
    expect(f(p.config['security.protocol'])).toBe('"SASL_SSL" @ producer.ts:4:79-4:88');
    expect(f(p.config['client.id'])).toBe('"orders" @ producer.ts:4:37-4:45');
  });

  it('reports a Kafka instance without clients in its file as a client of unknown role (literal password, plaintext)', () => {
    const k = client('kafka.ts', 'kafka');
    expect(k.role).toBe('unknown');
    expect(f(k.config['sasl.password'])).toBe('"hunter2" @ kafka.ts:7:62-7:71');
    expect(f(k.config['security.protocol'])).toBe('"SASL_PLAINTEXT" @ kafka.ts:6:3-6:13');
    expect(f(k.config['bootstrap.servers'])).toBe('"broker-1:9092,broker-2:9092" @ kafka.ts:5:12-5:46');
  });

  it('reads CommonJS consumers: group, timeouts, subscriptions with patterns, and autoCommit from run()', () => {
    const c = client('consumer.js', 'consumer');
    expect(c.role).toBe('consumer');
    expect(f(c.groupId)).toBe('"shipping" @ consumer.js:4:44-4:54');
    expect(f(c.config['session.timeout.ms'])).toBe('30000 @ consumer.js:4:72-4:77');
    expect(f(c.config['heartbeat.interval.ms'])).toBe('15000 @ consumer.js:4:98-4:103');
    expect(f(c.config['enable.auto.commit'])).toBe('true @ consumer.js:10:17-10:21');
    expect(c.consumes.map(f)).toEqual(['"orders.v1" @ consumer.js:8:39-8:50', 'unknown (topic pattern) @ consumer.js:8:52-8:68']);
  });

  it('reads the confluent KafkaJS-compatible API with kafkaJS blocks and librdkafka dotted keys', () => {
    const p = client('confluent-producer.ts', 'payments');
    expect(p.library).toBe('confluent-js');
    expect(f(p.config['acks'])).toBe('1 @ confluent-producer.ts:4:59-4:60');
    expect(f(p.config['linger.ms'])).toBe('20 @ confluent-producer.ts:4:95-4:97');
    expect(f(p.config['security.protocol'])).toBe('"SSL" @ confluent-producer.ts:3:75-3:84');
  });

  it('reads admin.createTopics as topics declared in code', () => {
    const byName = (n: string): Topic => out.topics.find((t) => t.name.kind === 'known' && t.name.value === n)!;
    const pay = byName('payments.v2');
    expect(pay.declaredIn).toBe('code');
    expect(f(pay.name)).toBe('"payments.v2" @ admin.ts:11:16-11:31 from constants.ts:12:13-12:26');
    expect(f(pay.partitions)).toBe('6 @ admin.ts:11:48-11:49');
    expect(f(pay.replicationFactor)).toBe('1 @ admin.ts:11:70-11:71');
    expect(f(pay.minInsyncReplicas)).toBe('1 @ admin.ts:12:63-12:66');
    expect(f(pay.retentionMs)).toBe('604800000 @ admin.ts:12:101-12:112');
    const dlq = byName('payments.dlq');
    expect(dlq.replicationFactor).toBeUndefined();
    expect(dlq.minInsyncReplicas).toBeUndefined();
  });

  it('records every claimed file, parse errors at the parser position', () => {
    const status = Object.fromEntries(out.files.map((r) => [r.path.slice(PREFIX.length), r.status]));
    expect(status).toEqual({
      'admin.ts': 'linted',
      'broken.ts': 'parse-error',
      'confluent-producer.ts': 'linted',
      'constants.ts': 'linted',
      'consumer.js': 'linted',
      'kafka.ts': 'linted',
      'producer.ts': 'linted',
      'util.ts': 'not-catalog',
    });
    expect(out.problems.map((p) => [p.ruleId, at(files, p.loc)])).toEqual([['parse-error', 'broken.ts:2:47-2:48']]);
  });
});

describe('typescript adapter on small inputs', () => {
  const read = (files: InputFile[]) => typescriptAdapter.read(files);

  it('claims TS and JS sources but not declaration files or node_modules', () => {
    expect(typescriptAdapter.claims('src/a.ts')).toBe(true);
    expect(typescriptAdapter.claims('src/a.tsx')).toBe(true);
    expect(typescriptAdapter.claims('src/a.mjs')).toBe(true);
    expect(typescriptAdapter.claims('src/a.cjs')).toBe(true);
    expect(typescriptAdapter.claims('src/a.d.ts')).toBe(false);
    expect(typescriptAdapter.claims('node_modules/kafkajs/index.js')).toBe(false);
    expect(typescriptAdapter.claims('packages/x/node_modules/y/a.ts')).toBe(false);
    expect(typescriptAdapter.claims('src/a.json')).toBe(false);
  });

  it('resolves enum members and keeps function calls unknown', async () => {
    const text = [
      "import { Kafka } from 'kafkajs';",
      'enum Acks { All = -1, Leader = 1 }',
      "const kafka = new Kafka({ brokers: ['b:9092'] });",
      'const producer = kafka.producer({ maxInFlightRequests: limit() });',
      "await producer.send({ topic: 't', acks: Acks.Leader, messages: [] });",
    ].join('\n');
    const files = [{ path: 'p.ts', text }];
    const out = await read(files);
    const p = out.clients[0]!;
    expect(describeField(files, p.config['acks'])).toBe('1 @ p.ts:5:41-5:52 from p.ts:2:32-2:33');
    expect(describeField(files, p.config['max.in.flight.requests.per.connection'])).toBe('unknown (function call) @ p.ts:4:56-4:63');
  });

  it('attaches sends on a producer it cannot see to a producer named after the variable', async () => {
    const text = "import type { Producer } from 'kafkajs';\nexport async function publish(producer: Producer) {\n  await producer.send({ topic: 'events', messages: [] });\n}\n";
    const files = [{ path: 'pub.ts', text }];
    const out = await read(files);
    expect(out.clients.map((c) => [c.name.kind === 'known' && c.name.value, c.role, c.config])).toEqual([['producer', 'producer', {}]]);
    expect(describeField(files, out.clients[0]!.produces[0])).toBe('"events" @ pub.ts:3:32-3:40');
  });

  it('skips files that do not mention Kafka without parsing them', async () => {
    const out = await read([{ path: 'x.ts', text: 'const = ;' }]);
    expect(out.problems).toEqual([]);
    expect(out.files).toEqual([{ path: 'x.ts', status: 'not-catalog', formats: [], reason: 'does not mention Kafka' }]);
  });
});
