/**
 * The example services (examples/services) and Connect files (examples/connect) are what `npm start`
 * shows for client configs and code, and what examples/README.md explains. They are linted together
 * with the catalog in examples/kafka (the topics they use are defined there), and this pins every
 * finding in them as (file, line, rule), so a change to an adapter, a client rule or the examples that
 * adds, drops or moves a finding is noticed and the README is kept in step.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lint } from '../src/lint.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const run = lint({ paths: ['examples/kafka', 'examples/services', 'examples/connect'], cwd: ROOT, root: ROOT, concurrency: 1, verbose: true });
const SERVICES = /^examples\/(services|connect)\//;

describe('examples/services and examples/connect', () => {
  it('give exactly the documented findings', async () => {
    const result = await run;
    const found = result.findings.filter((f) => SERVICES.test(f.location.file)).map((f) => [f.location.file, f.location.region.startLine, f.ruleId]);
    expect(found).toEqual([
      ['examples/connect/connect-distributed.properties', 19, 'connect-internal-topics'],
      ['examples/connect/connect-distributed.properties', 21, 'connect-internal-topics'],
      ['examples/connect/connect-distributed.properties', 24, 'connect-internal-topics'],
      ['examples/connect/jdbc-sink.properties', 18, 'connect-dead-letter-queue'],
      ['examples/connect/s3-sink.properties', 15, 'unknown-topic'],
      ['examples/services/billing-service/src/main/java/com/acme/billing/kafka/KafkaProducerConfig.java', 35, 'producer-idempotence'],
      ['examples/services/billing-service/src/main/java/com/acme/billing/kafka/OrderEventsListener.java', 40, 'unknown-topic'],
      ['examples/services/billing-service/src/main/resources/application.yml', 30, 'max-poll-interval'],
      ['examples/services/billing-service/src/main/resources/application.yml', 60, 'plaintext-secret'],
      ['examples/services/billing-service/src/main/resources/application.yml', 63, 'consumer-auto-commit'],
      ['examples/services/ledger-writer/src/main/java/com/acme/ledger/publish/SettlementPublisher.java', 24, 'producer-acks'],
      ['examples/services/ledger-writer/src/main/java/com/acme/ledger/publish/SettlementPublisher.java', 24, 'producer-idempotence'],
      ['examples/services/notifications/src/admin.ts', 22, 'code-topic-definition'],
      ['examples/services/notifications/src/admin.ts', 24, 'code-topic-definition'],
      ['examples/services/notifications/src/consumer.ts', 10, 'session-heartbeat'],
      ['examples/services/notifications/src/producer.ts', 12, 'producer-idempotence'],
      ['examples/services/notifications/src/producer.ts', 20, 'producer-acks'],
    ]);
  });

  it('points a value that comes from a constant at its use, with the constant as a related location', async () => {
    const result = await run;
    const related = result.findings
      .filter((f) => SERVICES.test(f.location.file) && f.related.length > 0)
      .map((f) => [f.ruleId, `${f.location.file.split('/').pop()}:${f.location.region.startLine}`, ...f.related.map((r) => `${r.location!.file.split('/').pop()}:${r.location!.region.startLine}:${r.location!.region.startColumn}`)]);
    expect(related).toEqual([
      ['unknown-topic', 'OrderEventsListener.java:40', 'Topics.java:7:50'],
      ['producer-acks', 'SettlementPublisher.java:24', 'KafkaSettings.java:10:39'],
      ['producer-idempotence', 'SettlementPublisher.java:24', 'KafkaSettings.java:10:39'],
      ['producer-acks', 'producer.ts:20', 'constants.ts:16:12'],
    ]);
  });

  it('reports the profile a Spring finding belongs to', async () => {
    const result = await run;
    const spring = result.findings.filter((f) => f.location.file.endsWith('application.yml')).map((f) => [f.location.region.startLine, f.ruleId, f.profile ?? 'default']);
    expect(spring).toEqual([
      [30, 'max-poll-interval', 'default'],
      [60, 'plaintext-secret', 'prod'],
      [63, 'consumer-auto-commit', 'prod'],
    ]);
  });

  it('judges no value that cannot be known (placeholders, environment variables, calls, @Value) and lists them with --verbose', async () => {
    const result = await run;
    const unknowns = (result.unknowns ?? []).filter((u) => SERVICES.test(u.file));
    const at = (file: string, line: number) => unknowns.find((u) => u.file.endsWith(file) && u.line === line)?.reason;
    expect(at('billing-service/src/main/resources/application.yml', 15)).toBe('placeholder');
    expect(at('KafkaProducerConfig.java', 28)).toBe('injected value (@Value)');
    expect(at('SettlementPublisher.java', 22)).toBe('environment variable');
    expect(at('SettlementPublisher.java', 31)).toBe('environment variable');
    expect(at('connect/jdbc-sink.properties', 9)).toBe('placeholder');
    const findingAt = new Set(result.findings.map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn}`));
    expect(unknowns.filter((u) => findingAt.has(`${u.file}:${u.line}:${u.column}`))).toEqual([]);
  });

  it('reads process.env.ACKS as unknown and judges the producer by the send whose acks is known', async () => {
    const result = await run;
    const acks = result.findings.filter((f) => f.ruleId === 'producer-acks' && f.location.file.endsWith('producer.ts'));
    expect(acks.map((f) => [f.location.region.startLine, f.location.region.startColumn, f.location.region.endColumn])).toEqual([[20, 11, 22]]);
    expect(acks[0]!.message).toContain('`acks` Acks.Leader (= 1)');
  });

  it('reads every file, and files without Kafka are not catalogs', async () => {
    const result = await run;
    expect(result.files.filter((f) => SERVICES.test(f.path)).map((f) => [f.path, f.status])).toEqual([
      ['examples/connect/connect-distributed.properties', 'linted'],
      ['examples/connect/jdbc-sink.properties', 'linted'],
      ['examples/connect/s3-sink.properties', 'linted'],
      ['examples/services/billing-service/src/main/java/com/acme/billing/kafka/KafkaProducerConfig.java', 'linted'],
      ['examples/services/billing-service/src/main/java/com/acme/billing/kafka/OrderEventsListener.java', 'linted'],
      ['examples/services/billing-service/src/main/java/com/acme/billing/kafka/Topics.java', 'linted'],
      ['examples/services/billing-service/src/main/resources/application.yml', 'linted'],
      ['examples/services/ledger-writer/src/main/java/com/acme/ledger/config/KafkaSettings.java', 'linted'],
      ['examples/services/ledger-writer/src/main/java/com/acme/ledger/model/Settlement.java', 'not-catalog'],
      ['examples/services/ledger-writer/src/main/java/com/acme/ledger/publish/SettlementPublisher.java', 'linted'],
      ['examples/services/notifications/package.json', 'not-catalog'],
      ['examples/services/notifications/src/admin.ts', 'linted'],
      ['examples/services/notifications/src/constants.ts', 'linted'],
      ['examples/services/notifications/src/consumer.ts', 'linted'],
      ['examples/services/notifications/src/index.ts', 'not-catalog'],
      ['examples/services/notifications/src/kafka.ts', 'linted'],
      ['examples/services/notifications/src/producer.ts', 'linted'],
      ['examples/services/notifications/src/templates.ts', 'not-catalog'],
    ]);
  });
});
