import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Client } from '../../src/model/model.js';
import { parseYamlSource as parseYaml, readCatalog } from '../../src/sources/index.js';
import { fileProfile, springPropertiesAdapter, springYamlAdapter } from '../../src/sources/spring/index.js';
import { clientSources } from '../fixtures/spring/registry.js';
import { readYaml as readThrough } from '../helpers/adapter-tester.js';

/** The clients read from a Spring YAML file through the real reader (readYamlFile), checking Spring read it. */
function readYaml(text: string, path = 'src/main/resources/application.yml'): Client[] {
  return readThrough(text, path, springYamlAdapter.id).clients;
}
const val = (c: Client, k: string) => {
  const f = c.config[k];
  return f?.kind === 'known' ? f.value : f?.kind;
};
const at = (text: string, c: Client, k: string) => {
  const f = c.config[k]!;
  return text.slice(f.loc.start, f.loc.end);
};

describe('spring adapter: files', () => {
  it('claims application YAML and properties files, with their profile', () => {
    expect(springYamlAdapter.claims('svc/src/main/resources/application.yml')).toBe(true);
    expect(springYamlAdapter.claims('application-prod.yaml')).toBe(true);
    expect(springPropertiesAdapter.claims('application-dev.properties')).toBe(true);
    expect(springPropertiesAdapter.claims('producer.properties')).toBe(false);
    expect(fileProfile('a/application-prod.yml')).toBe('prod');
    expect(fileProfile('a/application.yml')).toBeUndefined();
  });

  it('returns undefined for YAML without spring.kafka settings (a Spring file without Kafka, a topic catalog)', () => {
    const text = 'spring:\n  application:\n    name: x\nserver:\n  port: 8080\n';
    expect(springYamlAdapter.read(parseYaml(text), 'application.yml', text)).toBeUndefined();
    const catalog = 'topic: orders.v1\npartitions: 3\n';
    expect(springYamlAdapter.read(parseYaml(catalog), 'kafka/topics.yaml', catalog)).toBeUndefined();
  });
});

describe('spring adapter: settings', () => {
  it('maps nested typed settings to Kafka names with exact ranges', () => {
    const text = [
      'spring:',
      '  application:',
      '    name: orders-service',
      '  kafka:',
      '    producer:',
      '      acks: 1',
      '      retries: 0',
      '      transaction-id-prefix: orders-tx-',
      '    template:',
      '      default-topic: orders.v1',
      '',
    ].join('\n');
    const [p] = readYaml(text);
    expect(p).toMatchObject({ role: 'producer', library: 'spring', format: 'spring' });
    expect(p!.profile).toBeUndefined();
    expect(p!.name).toMatchObject({ kind: 'known', value: 'orders-service' });
    expect(text.slice(p!.name.loc.start, p!.name.loc.end)).toBe('producer');
    expect([val(p!, 'acks'), at(text, p!, 'acks')]).toEqual([1, '1']);
    expect(val(p!, 'retries')).toBe(0);
    expect(val(p!, 'transactional.id')).toBe('orders-tx-');
    expect(p!.produces.map((f) => f.kind === 'known' && f.value)).toEqual(['orders.v1']);
  });

  it('relaxed binding: kebab, camel and dotted spellings, flat dotted keys', () => {
    for (const key of ['enable-auto-commit', 'enableAutoCommit', 'enable.auto.commit', 'enable_auto_commit']) {
      const text = `spring:\n  kafka:\n    consumer:\n      group-id: billing\n      ${key}: true\n`;
      const [c] = readYaml(text);
      expect(c!.role, key).toBe('consumer');
      expect(val(c!, 'enable.auto.commit'), key).toBe(true);
      expect(c!.groupId).toMatchObject({ kind: 'known', value: 'billing' });
    }
    const flat = 'spring.kafka.producer.acks: 1\nspring.kafka.consumer.auto-offset-reset: earliest\n';
    const clients = readYaml(flat);
    expect(clients.map((c) => c.role)).toEqual(['producer', 'consumer']);
    expect(at(flat, clients[0]!, 'acks')).toBe('1');
    // The name points at the `producer` segment of the flat key.
    expect(flat.slice(clients[0]!.name.loc.start, clients[0]!.name.loc.end)).toBe('producer');
  });

  it('applies spring.kafka.properties to every client, client properties override, nested keys flatten', () => {
    const text = [
      'spring:',
      '  kafka:',
      '    properties:',
      '      security:',
      '        protocol: SASL_SSL',
      '      acks: 1',
      '    producer:',
      '      properties:',
      '        acks: all',
      '        "[max.in.flight.requests.per.connection]": 10',
      '    consumer:',
      '      group-id: g',
      '',
    ].join('\n');
    const [p, c] = readYaml(text);
    expect(val(p!, 'security.protocol')).toBe('SASL_SSL');
    expect(val(c!, 'security.protocol')).toBe('SASL_SSL');
    expect(val(p!, 'acks')).toBe('all');
    expect(val(p!, 'max.in.flight.requests.per.connection')).toBe(10);
  });

  it('maps ssl, security and jaas settings; placeholders are unknown', () => {
    const text = [
      'spring:',
      '  kafka:',
      '    security:',
      '      protocol: SSL',
      '    ssl:',
      '      key-password: ${KEY_PASSWORD}',
      '      trust-store-password: changeit',
      '    jaas:',
      '      options:',
      '        password: hunter2',
      '    consumer:',
      '      max-poll-interval: 20m',
      '      heartbeat-interval: 10s',
      '',
    ].join('\n');
    const [c] = readYaml(text);
    expect(val(c!, 'security.protocol')).toBe('SSL');
    expect(c!.config['ssl.key.password']).toMatchObject({ kind: 'unknown' });
    expect(val(c!, 'ssl.truststore.password')).toBe('changeit');
    expect(val(c!, 'spring.kafka.jaas.options.password')).toBe('hunter2');
    expect(val(c!, 'max.poll.interval.ms')).toBe(1_200_000);
    expect(at(text, c!, 'max.poll.interval.ms')).toBe('20m');
    expect(val(c!, 'heartbeat.interval.ms')).toBe(10_000);
  });

  it('a client with only common settings has role unknown', () => {
    const [c] = readYaml('spring:\n  kafka:\n    bootstrap-servers: b:9092\n    properties:\n      sasl.jaas.config: x\n');
    expect(c!.role).toBe('unknown');
  });
});

describe('spring adapter: profiles', () => {
  const text = [
    'spring:',
    '  kafka:',
    '    producer:',
    '      acks: 1',
    '    consumer:',
    '      group-id: g',
    '---',
    'spring:',
    '  config:',
    '    activate:',
    '      on-profile: prod',
    '  kafka:',
    '    producer:',
    '      acks: all',
    '---',
    'spring:',
    '  profiles: staging | qa',
    '  kafka:',
    '    properties:',
    '      security.protocol: SSL',
    '',
  ].join('\n');

  it('makes a default client and profile clients only for what each profile configures', () => {
    const clients = readYaml(text);
    expect(clients.map((c) => `${c.role}:${c.profile ?? '-'}`)).toEqual(['producer:-', 'consumer:-', 'producer:prod', 'producer:staging', 'consumer:staging', 'producer:qa', 'consumer:qa']);
    const prod = clients[2]!;
    expect(val(prod, 'acks')).toBe('all');
    expect(val(prod, 'group.id')).toBeUndefined();
    // A profile inherits the default document's settings at their own location.
    const staging = clients[3]!;
    expect(val(staging, 'acks')).toBe(1);
    expect(at(text, staging, 'acks')).toBe('1');
    expect(text.slice(prod.name.loc.start, prod.name.loc.end)).toBe('producer');
    expect(prod.name.loc.start).toBeGreaterThan(text.indexOf('on-profile'));
  });

  it('profile files set the profile of every document', () => {
    const [c] = readYaml('spring.kafka.producer.acks: 0\n', 'src/main/resources/application-prod.yml');
    expect(c!.profile).toBe('prod');
  });

  it('reads application.properties, with #--- documents and on-profile', async () => {
    const props = [
      'spring.application.name=billing',
      'spring.kafka.consumer.enable-auto-commit = true',
      'spring.kafka.listener.ack-mode=manual',
      '#---',
      'spring.config.activate.on-profile=prod',
      'spring.kafka.consumer.properties.max.poll.interval.ms=1800000',
      '',
    ].join('\n');
    const out = await springPropertiesAdapter.read([{ path: 'src/main/resources/application.properties', text: props }, { path: 'application-x.properties', text: 'server.port=1\n' }]);
    expect(out.clients.map((c) => `${c.role}:${c.profile ?? '-'}`)).toEqual(['consumer:-', 'consumer:prod']);
    const [def, prod] = out.clients;
    expect(def!.name).toMatchObject({ value: 'billing' });
    expect(val(def!, 'enable.auto.commit')).toBe('true');
    expect(at(props, def!, 'enable.auto.commit')).toBe('true');
    expect(val(def!, 'spring.kafka.listener.ack-mode')).toBe('manual');
    expect(val(prod!, 'max.poll.interval.ms')).toBe('1800000');
    expect(out.files.map((f) => f.status)).toEqual(['linted', 'not-catalog']);
  });

  it('goes through the read pipeline with the registry', async () => {
    const cat = await readCatalog([{ path: 'application.yml', text }, { path: 'application.properties', text: 'spring.kafka.producer.acks=1\n' }, { path: 'producer.properties', text: 'acks=1\n' }], { registry: clientSources });
    expect(cat.clients.filter((c) => c.format === 'spring')).toHaveLength(8);
    expect(cat.clients.filter((c) => c.format === 'properties')).toHaveLength(1);
    expect(cat.files.every((f) => f.status === 'linted')).toBe(true);
  });
});

const here = dirname(fileURLToPath(import.meta.url));
const corpus = join(here, '../../../shared/corpus/spring-boot');

describe.skipIf(!existsSync(corpus))('spring-boot corpus (skipped: ../shared/corpus/spring-boot is absent)', () => {
  it('reads the multi-profile producer file: local, nonprod and prod producers, admin for local', () => {
    const f = readdirSync(corpus).find((n) => n.endsWith('application.yml'))!;
    const text = readFileSync(join(corpus, f), 'utf8');
    const clients = readYaml(text, 'library-events-producer/src/main/resources/application.yml');
    expect(clients.map((c) => `${c.role}:${c.profile}`)).toEqual(['producer:local', 'admin:local', 'producer:nonprod', 'producer:prod']);
    expect(clients[0]!.name).toMatchObject({ value: 'library-events-producer' });
    expect(val(clients[0]!, 'acks')).toBe('all');
    expect(val(clients[2]!, 'security.protocol')).toBe('SSL');
    expect(val(clients[2]!, 'ssl.keystore.password')).toBe('password');
    expect(val(clients[3]!, 'acks')).toBeUndefined();
  });
});
