import rule from '../../src/rules/consumer-auto-commit.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'consumer.properties': 'group.id=billing\nenable.auto.commit=false\n' } },
    { name: 'Spring Kafka defaults to false', files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      group-id: billing\n' } },
    {
      name: 'Spring manual ack mode: the container commits after processing',
      files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: true\n    listener:\n      ack-mode: MANUAL_IMMEDIATE\n' },
    },
    { name: 'unknown value', files: { 'consumer.properties': 'group.id=g\nenable.auto.commit=${AUTO_COMMIT}\n' } },
    { name: 'producers are not judged', files: { 'producer.properties': 'acks=all\n' } },
  ],
  invalid: [
    {
      name: 'Java consumer default, reported at the implicit name (the first setting)',
      files: { 'consumer.properties': 'group.id = billing\nauto.offset.reset=earliest\n' },
      errors: [{ line: 1, column: 1, endLine: 1, endColumn: 9, message: /auto-commits offsets \(enable\.auto\.commit=true\) \(default for the Java client when unset\).*only after the side effect/ }],
    },
    {
      name: 'explicit true',
      files: { 'consumer.properties': 'client.id=c\ngroup.id=g\nenable.auto.commit=true\n' },
      errors: [{ line: 3, column: 20, endLine: 3, endColumn: 24, message: 'Consumer "c" auto-commits offsets (enable.auto.commit=true): offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. Set `enable.auto.commit=false` and commit (commitSync) after the records are processed.' }],
    },
    {
      name: 'Spring relaxed binding, camel case',
      files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      enableAutoCommit: "true"\n' },
      errors: [{ line: 4, column: 25, endLine: 4, endColumn: 31, message: 'Remove the setting so that the listener container commits' }],
    },
    {
      name: 'Spring batch ack mode does not help when auto-commit is on',
      files: { 'application.properties': 'spring.kafka.consumer.enable-auto-commit=true\nspring.kafka.listener.ack-mode=batch\n' },
      errors: [{ line: 1, column: 42, endLine: 1, endColumn: 46, message: 'Consumer "application" auto-commits offsets (enable.auto.commit=true): offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. Remove the setting so that the listener container commits after processing.' }],
    },
    {
      name: 'Spring record ack mode does not help either: the container commits only when auto-commit is off',
      files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      enable-auto-commit: true\n    listener:\n      ack-mode: record\n' },
      errors: [{ line: 4, column: 27, endLine: 4, endColumn: 31, message: 'Consumer "application" auto-commits offsets (enable.auto.commit=true): offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. Remove the setting so that the listener container commits after processing.' }],
    },
  ],
});
