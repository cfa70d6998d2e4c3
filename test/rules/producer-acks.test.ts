import rule from '../../src/rules/producer-acks.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'producer.properties': 'bootstrap.servers=b:9092\nacks=all\n' } },
    { files: { 'producer.properties': 'acks = -1\n' } },
    { name: 'the Java default (Kafka 3.0+) is acks=all', files: { 'producer.properties': 'client.id=x\nkey.serializer=S\n' } },
    { name: 'an unknown value is not judged', files: { 'producer.properties': 'acks=${ACKS}\n' } },
    { name: 'a Spring placeholder is not judged', files: { 'application.yml': 'spring:\n  kafka:\n    producer:\n      acks: ${KAFKA_ACKS:1}\n' } },
    { name: 'a consumer file is not a producer', files: { 'consumer.properties': 'group.id=g\nenable.auto.commit=false\n' } },
  ],
  invalid: [
    {
      files: { 'producer.properties': '#delivery acks\nacks=1\nretries=3\n' },
      errors: [{ line: 2, column: 6, endLine: 2, endColumn: 7, message: 'writes with `acks` 1: only the partition leader' }],
    },
    {
      name: 'spaces around the separator and acks=0',
      files: { 'kafka/producer.properties': 'client.id = orders\nacks  :  0\n' },
      errors: [{ line: 2, column: 10, endLine: 2, endColumn: 11, message: /Producer "orders" writes with `acks` 0: no broker at all/ }],
    },
    {
      name: 'Spring: the profile that sets acks=1, not the one that inherits',
      files: { 'application.yml': 'spring:\n  kafka:\n    producer:\n      acks: all\n---\nspring:\n  config:\n    activate:\n      on-profile: dev\n  kafka:\n    producer:\n      properties:\n        acks: "1"\n' },
      errors: [{ line: 13, column: 15, endLine: 13, endColumn: 18, message: '`acks` "1"' }],
    },
    {
      name: 'Spring flat dotted key in application.properties',
      files: { 'application.properties': 'spring.kafka.producer.acks=1\n' },
      errors: [{ line: 1, column: 28, endLine: 1, endColumn: 29, message: 'Producer "application" writes with `acks` 1: only the partition leader acknowledges a write, so a leader failure before the followers copy it loses records the producer was told are written. Set `acks` to `all` (durability invariant: producer.acks = all).' }],
    },
    {
      name: 'pre-3.0 defaults: an unset acks is 1, reported at the name',
      options: { legacyClientDefaults: true },
      files: { 'producer.properties': 'client.id=legacy\nkey.serializer=S\n' },
      errors: [{ line: 1, column: 11, endLine: 1, endColumn: 17, message: '(default for the Java client when unset)' }],
    },
  ],
});
