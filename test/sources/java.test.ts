import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Client, Field, SourceLocation, Topic } from '../../src/model/model.js';
import { LineIndex } from '../../src/model/text.js';
import { javaAdapter } from '../../src/sources/java/index.js';
import type { AdapterOutput, InputFile } from '../../src/sources/types.js';

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../fixtures/java/src/main/java/com/acme/orders');
const PREFIX = 'src/main/java/com/acme/orders/';

function fixtureFiles(): InputFile[] {
  return readdirSync(FIXTURES).map((f) => ({ path: PREFIX + f, text: readFileSync(join(FIXTURES, f), 'utf8') }));
}

/** `File.java:line:col-endLine:endCol` of a location, 1-based, end exclusive. */
function at(files: readonly InputFile[], loc: SourceLocation): string {
  const text = files.find((f) => f.path === loc.file)!.text;
  const index = new LineIndex(text);
  const s = index.position(loc.start);
  const e = index.position(loc.end);
  return `${loc.file.startsWith(PREFIX) ? loc.file.slice(PREFIX.length) : ''}:${s.line}:${s.column}-${e.line}:${e.column}`;
}

function describeField(files: readonly InputFile[], f: Field<unknown> | undefined): string {
  if (!f) return 'absent';
  const where = at(files, f.loc);
  if (f.kind === 'known') return `${JSON.stringify(f.value)} @ ${where}${f.origin ? ` from ${at(files, f.origin)}` : ''}`;
  if (f.kind === 'unknown') return `unknown (${f.reason}) @ ${where}`;
  return `invalid ${f.raw} @ ${where}`;
}

async function readJava(files: InputFile[]): Promise<AdapterOutput> {
  return javaAdapter.read(files);
}

describe('java adapter on a project written like a real service', () => {
  const files = fixtureFiles();
  let out: AdapterOutput;
  const client = (file: string, name: string): Client => {
    const c = out.clients.find((x) => x.file === PREFIX + file && x.name.kind === 'known' && x.name.value === name);
    if (!c) throw new Error(`no client ${name} in ${file}: ${out.clients.map((x) => `${x.file}:${x.name.kind === 'known' ? x.name.value : '?'}`).join(', ')}`);
    return c;
  };
  const f = (x: Field<unknown> | undefined) => describeField(files, x);

  beforeAll(async () => {
    out = await readJava(files);
  });

  it('reads Properties puts keyed by ProducerConfig constants, resolving constants from another file and a static import', () => {
    const c = client('OrderProducer.java', 'OrderProducer.props');
    expect(c.role).toBe('producer');
    expect(c.library).toBe('java');
    expect(f(c.name)).toBe('"OrderProducer.props" @ OrderProducer.java:22:20-22:25');
    expect(f(c.config['acks'])).toBe('"1" @ OrderProducer.java:24:49-24:66 from Topics.java:9:45-9:48');
    expect(c.config['acks']!.kind === 'known' && c.config['acks']!.raw).toBe('Topics.ACKS_LEVEL');
    expect(f(c.config['retries'])).toBe('0 @ OrderProducer.java:25:52-25:59 from OrderProducer.java:16:40-16:41');
    expect(f(c.config['enable.idempotence'])).toBe('"false" @ OrderProducer.java:26:49-26:56');
    expect(f(c.config['max.in.flight.requests.per.connection'])).toBe('10 @ OrderProducer.java:27:73-27:75');
    expect(f(c.produces[0])).toBe('"orders.v1" @ OrderProducer.java:34:44-34:50 from Topics.java:7:41-7:52');
  });

  it('keeps environment variables, parameters and non-final fields unknown', () => {
    const c = client('OrderProducer.java', 'OrderProducer.props');
    expect(f(c.config['transactional.id'])).toBe('unknown (environment variable) @ OrderProducer.java:29:59-29:81');
    expect(f(c.config['bootstrap.servers'])).toBe('unknown (variable) @ OrderProducer.java:23:60-23:69');
    expect(f(c.config['linger.ms'])).toBe('unknown (non-final field) @ OrderProducer.java:28:52-28:60');
  });

  it('reads Map.of configs, underscores in numbers, and subscriptions through Arrays.asList', () => {
    const c = client('AuditConsumer.java', 'AuditConsumer.config');
    expect(c.role).toBe('consumer');
    expect(f(c.config['enable.auto.commit'])).toBe('true @ AuditConsumer.java:16:55-16:59');
    expect(f(c.config['max.poll.interval.ms'])).toBe('1800000 @ AuditConsumer.java:17:57-17:66');
    expect(f(c.config['security.protocol'])).toBe('"SASL_PLAINTEXT" @ AuditConsumer.java:18:34-18:50');
    expect(c.config['sasl.jaas.config']?.kind === 'known' && c.config['sasl.jaas.config'].value).toContain('password="s3cret"');
    expect(f(c.groupId)).toBe('"audit" @ AuditConsumer.java:15:45-15:50 from AuditConsumer.java:11:33-11:40');
    expect(c.consumes.map(f)).toEqual(['"orders.v1" @ AuditConsumer.java:22:46-22:59 from Topics.java:7:41-7:52', '"audit.events" @ AuditConsumer.java:22:61-22:75']);
  });

  it('names a Spring config map after the @Bean method returning it and marks factories as spring clients', () => {
    const p = client('KafkaConfig.java', 'producerConfigs');
    expect(p.role).toBe('producer');
    expect(p.library).toBe('spring');
    expect(f(p.config['acks'])).toBe('"all" @ KafkaConfig.java:25:47-25:52');
    expect(f(p.config['bootstrap.servers'])).toBe('unknown (injected value (@Value)) @ KafkaConfig.java:24:60-24:76');
    const c = client('KafkaConfig.java', 'KafkaConfig.props');
    expect(c.role).toBe('consumer');
    expect(c.library).toBe('spring');
    expect(f(c.config['enable.auto.commit'])).toBe('"true" @ KafkaConfig.java:39:59-39:65');
    expect(f(c.groupId)).toBe('"billing" @ KafkaConfig.java:38:49-38:58');
  });

  it('reads TopicBuilder chains and new NewTopic(..) as topics declared in code', () => {
    const byName = (n: string): Topic => out.topics.find((t) => t.name.kind === 'known' && t.name.value === n)!;
    const orders = byName('orders.v1');
    expect(orders.declaredIn).toBe('code');
    expect(orders.format).toBe('java');
    expect(f(orders.name)).toBe('"orders.v1" @ KafkaConfig.java:46:34-46:47 from Topics.java:7:41-7:52');
    expect(f(orders.partitions)).toBe('12 @ KafkaConfig.java:47:29-47:31');
    expect(f(orders.replicationFactor)).toBe('2 @ KafkaConfig.java:48:27-48:28');
    expect(f(orders.minInsyncReplicas)).toBe('1 @ KafkaConfig.java:49:66-49:69');
    const audit = byName('audit.events');
    expect(f(audit.partitions)).toBe('3 @ KafkaConfig.java:55:45-55:46');
    expect(f(audit.replicationFactor)).toBe('1 @ KafkaConfig.java:55:56-55:57');
    expect(audit.minInsyncReplicas).toBeUndefined();
  });

  it('turns @KafkaListener methods into spring consumers, with placeholders unknown and id as the group', () => {
    const pay = client('PaymentListener.java', 'onPayment');
    expect(pay.role).toBe('consumer');
    expect(pay.library).toBe('spring');
    expect(pay.consumes.map(f)).toEqual(['"payments.requested" @ PaymentListener.java:16:31-16:51', '"payments.v2" @ PaymentListener.java:16:53-16:68 from Topics.java:8:47-8:65']);
    expect(f(pay.groupId)).toBe('"payments-svc" @ PaymentListener.java:16:82-16:96');
    expect(f(pay.config['max.poll.interval.ms'])).toBe('"1200000" @ PaymentListener.java:17:35-17:65');
    const refund = client('PaymentListener.java', 'onRefund');
    expect(refund.consumes.map(f)).toEqual(['unknown (placeholder) @ PaymentListener.java:22:45-22:67']);
    expect(f(refund.groupId)).toBe('"refunds" @ PaymentListener.java:22:25-22:34');
  });

  it('records kafkaTemplate.send topics on a spring producer named after the template', () => {
    const t = client('PaymentListener.java', 'kafkaTemplate');
    expect(t.role).toBe('producer');
    expect(t.library).toBe('spring');
    expect(t.produces.map(f)).toEqual(['"payments.settled" @ PaymentListener.java:19:28-19:46']);
  });

  it('reads Streams configs, StreamsConfig value constants, and the topics a topology reads and writes', () => {
    const s = client('FraudStreams.java', 'FraudStreams.props');
    expect(s.role).toBe('streams');
    expect(f(s.config['processing.guarantee'])).toBe('"at_least_once" @ FraudStreams.java:12:62-12:89');
    expect(f(s.config['replication.factor'])).toBe('1 @ FraudStreams.java:13:60-13:61');
    expect(s.consumes.map(f)).toEqual(['"payments.v2" @ FraudStreams.java:16:24-16:39 from Topics.java:8:47-8:65']);
    expect(s.produces.map(f)).toEqual(['"fraud.alerts" @ FraudStreams.java:16:72-16:86']);
  });

  it('records every claimed file: parse errors at the parser position, constants files as linted, others as not-catalog', () => {
    const status = Object.fromEntries(out.files.map((r) => [r.path.slice(PREFIX.length), r.status]));
    expect(status).toEqual({
      'AuditConsumer.java': 'linted',
      'Broken.java': 'parse-error',
      'FraudStreams.java': 'linted',
      'KafkaConfig.java': 'linted',
      'OrderProducer.java': 'linted',
      'PaymentListener.java': 'linted',
      'Topics.java': 'linted',
      'Util.java': 'not-catalog',
    });
    expect(out.problems).toHaveLength(1);
    expect(out.problems[0]!.ruleId).toBe('parse-error');
    expect(out.problems[0]!.message).toContain("unexpected ';'");
    expect(at(files, out.problems[0]!.loc)).toBe('Broken.java:7:17-7:18');
  });
});

describe('java adapter on small inputs', () => {
  const one = async (text: string, path = 'App.java') => ({ files: [{ path, text }], out: await readJava([{ path, text }]) });

  it('claims .java files only', () => {
    expect(javaAdapter.claims('src/App.java')).toBe(true);
    expect(javaAdapter.claims('src/App.kt')).toBe(false);
    expect(javaAdapter.claims('App.java.orig')).toBe(false);
  });

  it('reads Map.ofEntries, negative numbers and casts', async () => {
    const text = [
      'import org.apache.kafka.clients.producer.*;',
      'class App {',
      '  void go() {',
      '    var cfg = Map.ofEntries(Map.entry(ProducerConfig.ACKS_CONFIG, -1), Map.entry("retries",  (int) 3));',
      '    var p = new KafkaProducer<String, String>(cfg);',
      '  }',
      '}',
    ].join('\n');
    const { files, out } = await one(text);
    const c = out.clients[0]!;
    expect(c.role).toBe('producer');
    expect(describeField(files, c.config['acks'])).toBe('-1 @ :4:67-4:69');
    expect(c.config['retries']?.kind === 'known' && c.config['retries'].value).toBe(3);
  });

  it('infers the role from keys when the map is not passed to a client here, and ignores maps of other things', async () => {
    const text = [
      'import org.apache.kafka.clients.consumer.ConsumerConfig;',
      'class Cfg {',
      '  static Map<String, Object> consumerProps() {',
      '    Map<String, Object> m = new HashMap<>();',
      '    m.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);',
      '    return m;',
      '  }',
      '  static Map<String, String> headers() {',
      '    Map<String, String> h = new HashMap<>();',
      '    h.put("Content-Type", "application/json");',
      '    return h;',
      '  }',
      '}',
    ].join('\n');
    const { out } = await one(text);
    expect(out.clients.map((c) => [c.name.kind === 'known' && c.name.value, c.role])).toEqual([['Cfg.consumerProps', 'consumer']]);
  });

  it('marks method calls, conditional values and unresolvable constants unknown', async () => {
    const text = [
      'import org.apache.kafka.clients.producer.ProducerConfig;',
      'class P {',
      '  void go(Properties props) {',
      '    props.put(ProducerConfig.ACKS_CONFIG, acks());',
      '    props.put(ProducerConfig.RETRIES_CONFIG, prod ? 10 : 0);',
      '    props.put(ProducerConfig.LINGER_MS_CONFIG, Settings.LINGER);',
      '    new KafkaProducer<>(props);',
      '  }',
      '}',
    ].join('\n');
    const { out } = await one(text);
    const c = out.clients[0]!;
    expect(c.config['acks']).toMatchObject({ kind: 'unknown', reason: 'method call' });
    expect(c.config['retries']).toMatchObject({ kind: 'unknown', reason: 'conditional expression' });
    expect(c.config['linger.ms']).toMatchObject({ kind: 'unknown', reason: 'constant Settings.LINGER not found in the files read' });
  });

  it('does not parse files that never mention Kafka, so their syntax errors are not reported', async () => {
    const { out } = await one('class Plain { int x = ; }', 'Plain.java');
    expect(out.problems).toEqual([]);
    expect(out.files).toEqual([{ path: 'Plain.java', status: 'not-catalog', formats: [], reason: 'does not mention Kafka' }]);
  });
});
