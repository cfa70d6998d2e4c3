/**
 * Issue #17, class C: files that are not ours read as ours. Cases from the real-world sweep
 * (docs/real-world.md): Gradle's wrapper properties read as a Kafka client, Kafka Connect connector
 * configs and client test configs with a top-level `topic:` read as our catalog, a test fixture whose
 * `topic:` holds a Kubernetes resource read as a topic named "{...}".
 */
import { describe, expect, it } from 'vitest';
import { readCatalog, readYamlFile } from '../../src/sources/index.js';
import { readKafkaProperties } from '../../src/sources/properties/index.js';

describe('.properties: a Kafka client only with Kafka evidence', () => {
  it('gradle-wrapper.properties (retries=0 of the Gradle download) is not a Kafka client', async () => {
    const text = 'distributionBase=GRADLE_USER_HOME\ndistributionPath=wrapper/dists\ndistributionUrl=https\\://services.gradle.org/distributions/gradle-9.6.1-bin.zip\nnetworkTimeout=10000\nretries=0\nretryBackOffMs=500\nvalidateDistributionUrl=true\nzipStoreBase=GRADLE_USER_HOME\nzipStorePath=wrapper/dists\n';
    const cat = await readCatalog([{ path: 'gradle/wrapper/gradle-wrapper.properties', text }]);
    expect(cat.clients).toEqual([]);
    expect(cat.files).toEqual([{ path: 'gradle/wrapper/gradle-wrapper.properties', status: 'not-catalog', formats: [], reason: 'a properties file of another tool' }]);
  });

  it('generic keys alone (retries, request.timeout.ms, debug) are not evidence; a Kafka key is', () => {
    expect(readKafkaProperties('conf/http.properties', 'retries=0\nrequest.timeout.ms=1000\ndebug=true\n').client).toBeUndefined();
    for (const key of ['bootstrap.servers=b:9092', 'group.id=g', 'key.serializer=x.Y', 'connector.class=FileStreamSource', 'acks=1']) {
      expect(readKafkaProperties('conf/app.properties', `${key}\nretries=0\n`).client, key).toBeDefined();
    }
  });
});

describe('catalog: a document with another tool\'s keys or a `topic:` that holds no name is not ours', () => {
  it('a Kafka Connect connector config with a top-level topic (JulieOps test resource)', () => {
    const text = '{\n    "connector.class": "FileStreamSource",\n    "tasks.max": "1",\n    "file": "/tmp/test2.txt",\n    "topic": "connect-test"\n}\n';
    const out = readYamlFile({ path: 'src/test/resources/connectors/source-jdbc-updated.json', text });
    expect(out.topics).toEqual([]);
    expect(out.problems).toEqual([]);
    expect(out.files[0]!.status).toBe('not-catalog');
  });

  it('a client test configuration with topic and bootstrap.servers (confluent-kafka-python testconf.json)', () => {
    const text = '{\n    "topic": "test-topic",\n    "bootstrap.servers": "$MY_BOOTSTRAP_SERVER_ENV",\n    "avro-basic-auth": {"schema.registry.url": "http://localhost:8083"}\n}\n';
    const out = readYamlFile({ path: 'tests/integration/testconf.json', text });
    expect(out.topics).toEqual([]);
    expect(out.problems).toEqual([]);
  });

  it('a `topic:` holding a Kubernetes resource names no topic (kafkarator testdata): no "{...}" entity', () => {
    const text = 'config:\n  description: topic is permanently deleted\n  projects:\n    - some-pool\naiven:\n  existing: {}\ntopic:\n  apiVersion: kafka.nais.io/v1\n  kind: Topic\n  metadata:\n    name: mytopic\n    namespace: myteam\n';
    const out = readYamlFile({ path: 'controllers/testdata/permanently_delete_topic.yaml', text });
    expect(out.topics).toEqual([]);
    expect(out.problems).toEqual([]);
  });

  it('our catalog entries are still read', () => {
    const out = readYamlFile({ path: 'topics.yaml', text: 'topic: orders.created.v1\nreplicationFactor: 3\n' });
    expect(out.topics.map((t) => t.name)).toMatchObject([{ kind: 'known', value: 'orders.created.v1' }]);
    const list = readYamlFile({ path: 'catalog.yaml', text: 'topics:\n  - topic: a.b.v1\n  - topic: ${TOPIC}\n' });
    expect(list.topics.map((t) => t.name.kind)).toEqual(['known', 'unknown']);
  });
});

describe('kafka-gitops: a `topics` map whose partitions are maps is not a kafka-gitops state file', () => {
  it('librdkafka statistics JSON (karafka spec fixture)', () => {
    const text = '{\n  "name": "rdkafka#producer-1",\n  "client_id": "rdkafka",\n  "topics": {\n    "visits": {\n      "topic": "visits",\n      "age": 1,\n      "partitions": {\n        "0": {"partition": 0, "leader": 1}\n      }\n    }\n  }\n}\n';
    const out = readYamlFile({ path: 'spec/support/fixtures/statistics.json', text });
    expect(out.topics).toEqual([]);
    expect(out.problems).toEqual([]);
    expect(out.files[0]!.status).toBe('not-catalog');
  });

  it('a kafka-gitops state file is still read', () => {
    const out = readYamlFile({ path: 'state.yaml', text: 'topics:\n  orders.created.v1:\n    partitions: 6\n    replication: 3\n' });
    expect(out.topics.map((t) => t.format)).toEqual(['kafka-gitops']);
  });
});
