import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseProperties } from '../../src/sources/properties/parse.js';
import { classify, propertiesAdapter, readKafkaProperties } from '../../src/sources/properties/index.js';

const slice = (text: string, s: number, e: number) => text.slice(s, e);

describe('parseProperties', () => {
  it('reads =, : and whitespace separators with spaces around them', () => {
    const text = 'a=1\nb = 2\nc:3\nd : 4\ne 5\nf\t\t6\n';
    const p = parseProperties(text);
    expect(p.entries.map((e) => [e.key, e.value])).toEqual([['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ['e', '5'], ['f', '6']]);
    const b = p.entries[1]!;
    expect(slice(text, b.keyStart, b.keyEnd)).toBe('b');
    expect(slice(text, b.valueStart, b.valueEnd)).toBe('2');
  });

  it('skips # and ! comments and blank lines, even indented ones', () => {
    const p = parseProperties('# one\n  ! two\n\n   \nkey=value # not a comment\n');
    expect(p.entries.map((e) => [e.key, e.value])).toEqual([['key', 'value # not a comment']]);
    expect(p.comments.map((c) => c.text)).toEqual(['# one', '! two']);
  });

  it('joins continuation lines and keeps a value range spanning them', () => {
    const text = 'sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n    username="u" \\\n    password="p";\nnext=1\n';
    const p = parseProperties(text);
    const e = p.entries[0]!;
    expect(e.value).toBe('org.apache.kafka.common.security.plain.PlainLoginModule required username="u" password="p";');
    expect(slice(text, e.valueStart, e.valueEnd)).toBe('org.apache.kafka.common.security.plain.PlainLoginModule required \\\n    username="u" \\\n    password="p";');
    expect(p.entries[1]!.key).toBe('next');
  });

  it('a comment line ending in a backslash does not continue, an even run of backslashes does not either', () => {
    const p = parseProperties('# comment \\\na=1\nb=x\\\\\nc=2\n');
    expect(p.entries.map((e) => [e.key, e.value])).toEqual([['a', '1'], ['b', 'x\\'], ['c', '2']]);
  });

  it('resolves escapes in keys and values', () => {
    const p = parseProperties('my\\=key\\:x = a\\tb\\nc\\u0041\\=\\:\\\\ \\ \n');
    const e = p.entries[0]!;
    expect(e.key).toBe('my=key:x');
    expect(e.value).toBe('a\tb\ncA=:\\  ');
  });

  it('handles CRLF and lone CR line ends with exact offsets', () => {
    const text = 'a=1\r\nb = two\r\nc=3\rd=4';
    const p = parseProperties(text);
    expect(p.entries.map((e) => [e.key, e.value])).toEqual([['a', '1'], ['b', 'two'], ['c', '3'], ['d', '4']]);
    const b = p.entries[1]!;
    expect(slice(text, b.valueStart, b.valueEnd)).toBe('two');
  });

  it('continuation over CRLF', () => {
    const text = 'list=a,\\\r\n    b\r\n';
    const e = parseProperties(text).entries[0]!;
    expect(e.value).toBe('a,b');
    expect(slice(text, e.valueStart, e.valueEnd)).toBe('a,\\\r\n    b');
  });

  it('excludes trailing whitespace from the value range and places an empty value after the separator', () => {
    const text = 'acks = 1   \nempty=\nbare\n';
    const p = parseProperties(text);
    expect(slice(text, p.entries[0]!.valueStart, p.entries[0]!.valueEnd)).toBe('1');
    expect(p.entries[0]!.value).toBe('1   ');
    expect(p.entries[1]!.value).toBe('');
    expect(p.entries[1]!.valueStart).toBe(text.indexOf('empty=') + 6);
    expect(p.entries[2]!).toMatchObject({ key: 'bare', value: '' });
  });

  it('reports a malformed \\u escape instead of throwing', () => {
    const p = parseProperties('a=\\u00zz\n');
    expect(p.problems).toHaveLength(1);
    expect(p.problems[0]!.message).toContain('Malformed');
  });

  it('never throws on arbitrary input', () => {
    for (const t of ['\\', '=', ':::', '\\\n', 'a\\', '\u00ff\u0000\\u', '\r\r\n\n', '\ufeffa=b']) expect(() => parseProperties(t)).not.toThrow();
    expect(parseProperties('\ufeffa=b').entries[0]!.key).toBe('a');
  });
});

describe('properties adapter', () => {
  it('claims plain .properties but not Spring application*.properties', () => {
    expect(propertiesAdapter.claims('config/producer.properties')).toBe(true);
    expect(propertiesAdapter.claims('src/main/resources/application.properties')).toBe(false);
    expect(propertiesAdapter.claims('src/main/resources/application-prod.properties')).toBe(false);
    expect(propertiesAdapter.claims('application.yml')).toBe(false);
  });

  it('classifies by keys, then by file name', () => {
    const c = (keys: string[], path = 'x.properties') => classify(new Set(keys), path);
    expect(c(['bootstrap.servers', 'acks'])).toBe('producer');
    expect(c(['bootstrap.servers', 'group.id', 'enable.auto.commit'])).toBe('consumer');
    expect(c(['application.id', 'bootstrap.servers'])).toBe('streams');
    expect(c(['processing.guarantee'])).toBe('streams');
    expect(c(['group.id', 'config.storage.topic', 'offset.storage.topic'])).toBe('connect-worker');
    expect(c(['connector.class', 'topics'])).toBe('connector');
    expect(c(['bootstrap.servers', 'security.protocol'], 'kafka/consumer.properties')).toBe('consumer');
    expect(c(['bootstrap.servers'], 'connect-distributed.properties')).toBe('connect-worker');
    expect(c(['bootstrap.servers', 'acks', 'group.id'], 'etc/consumer.properties')).toBe('consumer');
    expect(c(['bootstrap.servers', 'retries'])).toBe('unknown');
  });

  it('builds a producer with exact value ranges, placeholders unknown', () => {
    const text = '# producer\nclient.id = orders-svc\nacks=1\nsasl.password=${SASL_PASSWORD}\n';
    const r = readKafkaProperties('kafka/producer.properties', text);
    const c = r.client!;
    expect(c).toMatchObject({ role: 'producer', library: 'librdkafka', format: 'properties' });
    expect(c.name).toMatchObject({ kind: 'known', value: 'orders-svc' });
    const acks = c.config['acks']!;
    expect(acks.kind).toBe('known');
    expect(text.slice(acks.loc.start, acks.loc.end)).toBe('1');
    expect(c.config['sasl.password']).toMatchObject({ kind: 'unknown', reason: 'placeholder' });
    expect(r.record).toEqual({ path: 'kafka/producer.properties', status: 'linted', formats: ['properties'] });
  });

  it('uses the Java client unless librdkafka-only keys appear; the last duplicate key wins', () => {
    const c = readKafkaProperties('p.properties', 'acks=1\nacks=all\n').client!;
    expect(c.library).toBe('java');
    expect(c.config['acks']).toMatchObject({ value: 'all' });
  });

  it('names a file without client.id after the file, located at its first Kafka key', () => {
    const text = '\nbootstrap.servers=b:9092\nacks=all\n';
    const c = readKafkaProperties('conf/orders-producer.properties', text).client!;
    expect(c.name).toMatchObject({ kind: 'known', value: 'orders-producer', loc: { start: 1, end: 18 } });
  });

  it('reads connectors: name, topics as consumed names with their own ranges', () => {
    const text = 'name=jdbc-sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\ntopics=orders.v1, payments.v1\nerrors.tolerance=all\n';
    const c = readKafkaProperties('sink.properties', text).client!;
    expect(c.role).toBe('connector');
    expect(c.name).toMatchObject({ value: 'jdbc-sink' });
    expect(c.consumes.map((f) => (f.kind === 'known' ? [f.value, text.slice(f.loc.start, f.loc.end)] : null))).toEqual([['orders.v1', 'orders.v1'], ['payments.v1', 'payments.v1']]);
  });

  it('marks a properties file without Kafka keys as not-catalog', async () => {
    const out = await propertiesAdapter.read([{ path: 'log4j.properties', text: 'log4j.rootLogger=INFO, stdout\n' }, { path: 'empty.properties', text: '' }]);
    expect(out.clients).toEqual([]);
    expect(out.files.map((f) => [f.path, f.status])).toEqual([['log4j.properties', 'not-catalog'], ['empty.properties', 'not-catalog']]);
  });

  it('a bad escape is a parse-error problem, not an exception', async () => {
    const out = await propertiesAdapter.read([{ path: 'p.properties', text: 'acks=\\uZZZZ\n' }]);
    expect(out.problems[0]).toMatchObject({ ruleId: 'parse-error' });
    expect(out.files[0]!.status).toBe('parse-error');
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '../../../shared/corpus/properties');

describe.skipIf(!existsSync(corpus))('properties corpus (skipped: ../shared/corpus/properties is absent)', () => {
  it('reads every corpus file as a producer with acks 1', () => {
    for (const f of readdirSync(corpus)) {
      const text = readFileSync(join(corpus, f), 'utf8');
      const r = readKafkaProperties(f, text);
      expect(r.client?.role, f).toBe('producer');
      const acks = r.client!.config['acks']!;
      expect(acks.kind === 'known' && acks.value).toBe('1');
      expect(text.slice(acks.loc.start, acks.loc.end)).toBe('1');
    }
  });
});
