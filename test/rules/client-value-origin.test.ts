/**
 * A value that travels through a name (`acks: ACKS` with `const ACKS = 1` in another module,
 * `replicationFactor: RF`) is reported at its use, with the constant's definition as a related
 * location, and the message says what the name stands for.
 */
import { describe, expect, it } from 'vitest';
import codeTopicDefinition from '../../src/rules/code-topic-definition.js';
import producerAcks from '../../src/rules/producer-acks.js';
import sessionHeartbeat from '../../src/rules/session-heartbeat.js';
import { findingsOf } from '../helpers/rule-tester.js';

const related = (f: { related: readonly { location?: { file: string; region: { startLine: number; startColumn: number; endColumn: number } } }[] }) =>
  f.related.map((r) => `${r.location!.file}:${r.location!.region.startLine}:${r.location!.region.startColumn}-${r.location!.region.endColumn}`);

describe('client findings on values from constants', () => {
  it('producer-acks: at the use, the constant in another module as related location, the value in the message', async () => {
    const found = await findingsOf(producerAcks, {
      files: {
        'src/settings.ts': "export const ACKS = 1;\n",
        'src/producer.ts': "import { Kafka } from 'kafkajs';\nimport { ACKS } from './settings';\nconst producer = new Kafka({ brokers: ['b:9092'] }).producer();\nawait producer.send({ topic: 't', acks: ACKS, messages: [] });\n",
      },
    });
    expect(found.map((f) => [f.location.file, f.location.region.startLine, f.location.region.startColumn, f.location.region.endColumn])).toEqual([['src/producer.ts', 4, 41, 45]]);
    expect(related(found[0]!)).toEqual(['src/settings.ts:1:21-22']);
    expect(found[0]!.message).toContain('`acks` ACKS (= 1)');
    expect(found[0]!.related[0]!.message).toBe('the value is defined here');
  });

  it('a literal value has no related location and is quoted as written', async () => {
    const found = await findingsOf(producerAcks, {
      files: { 'src/producer.ts': "import { Kafka } from 'kafkajs';\nconst producer = new Kafka({ brokers: ['b:9092'] }).producer();\nawait producer.send({ topic: 't', acks: 1, messages: [] });\n" },
    });
    expect(found.map((f) => [f.location.region.startLine, related(f)])).toEqual([[3, []]]);
    expect(found[0]!.message).toContain('`acks` 1:');
  });

  it('session-heartbeat: a Java constant from another class', async () => {
    const found = await findingsOf(sessionHeartbeat, {
      files: {
        'src/Timeouts.java': 'public final class Timeouts {\n  public static final int HEARTBEAT = 20000;\n}\n',
        'src/Listener.java':
          'import java.util.Properties;\nimport org.apache.kafka.clients.consumer.ConsumerConfig;\nimport org.apache.kafka.clients.consumer.KafkaConsumer;\nclass Listener {\n  void start() {\n    Properties props = new Properties();\n    props.put(ConsumerConfig.GROUP_ID_CONFIG, "g");\n    props.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, Timeouts.HEARTBEAT);\n    new KafkaConsumer<String, String>(props);\n  }\n}\n',
      },
    });
    expect(found.map((f) => [f.location.file, f.location.region.startLine, related(f)])).toEqual([['src/Listener.java', 8, ['src/Timeouts.java:2:39-44']]]);
    expect(found[0]!.message).toContain('Timeouts.HEARTBEAT (= 20000)');
  });

  it('code-topic-definition: a replication factor from a constant', async () => {
    const found = await findingsOf(codeTopicDefinition, {
      files: {
        'src/admin.ts':
          "import { Kafka } from 'kafkajs';\nconst RF = 1;\nconst admin = new Kafka({ brokers: ['b:9092'] }).admin();\nawait admin.createTopics({ topics: [{ topic: 'a.b.v1', replicationFactor: RF, configEntries: [{ name: 'min.insync.replicas', value: '2' }] }] });\n",
      },
    });
    expect(found.map((f) => [f.location.region.startLine, f.location.region.startColumn, related(f)])).toEqual([[4, 75, ['src/admin.ts:2:12-13']]]);
  });
});
