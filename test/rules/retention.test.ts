import rule from '../../src/rules/retention.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: a.b.v1\nretention: P90D\n' } },
    { name: 'infinite, spelled two ways', files: { 'topics.yaml': 'topics:\n  - topic: a.b.v1\n    retention: -1\n  - topic: c.d.v1\n    retention: infinite\n    config:\n      retention.ms: -1\n' } },
    { name: 'retention and retention.ms agree (number as a string)', files: { 'topics.yaml': 'topic: a.b.v1\nretention: P7D\nconfig:\n  retention.ms: "604800000"\n' } },
    { name: 'retention.ms alone', files: { 'topics.yaml': 'topic: a.b.v1\nconfig:\n  retention.ms: 86400000\n' } },
    { name: 'label agrees with retention.ms', files: { 'topics.yaml': 'topic: a.b.v1\nx-retention-policy: P1D\nconfig:\n  retention.ms: 86400000\n' } },
    { name: 'label under labels: agrees, in another unit', files: { 'topics.yaml': 'topic: a.b.v1\nretention: P2W\nlabels:\n  x-retention-policy: P14D\n' } },
    { name: 'a placeholder is not judged', files: { 'topics.yaml': 'topic: a.b.v1\nretention: ${RETENTION}\nx-retention-policy: P1D\n' } },
    { name: 'no retention at all is ownership-metadata\'s concern', files: { 'topics.yaml': 'topic: a.b.v1\n' } },
  ],
  invalid: [
    {
      name: 'unparseable retention',
      files: { 'topics.yaml': 'topic: a.b.v1\nretention: 90 days\n' },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 19, message: 'has retention 90 days, which cannot be read' }],
    },
    {
      name: 'unparseable retention.ms without a typed field',
      files: { 'topics.yaml': 'topic: a.b.v1\nconfig:\n  retention.ms: 7d\n' },
      errors: [{ line: 3, column: 17, endLine: 3, endColumn: 19, message: 'Write a number of milliseconds, or -1 for infinite.' }],
    },
    {
      name: 'disagrees with retention.ms',
      files: { 'topics.yaml': 'topic: a.b.v1\nretention: P90D\nconfig:\n  retention.ms: 604800000\n' },
      errors: [{ line: 4, column: 17, endLine: 4, endColumn: 26, message: 'has retention.ms 604800000 (7 days) but retention P90D (90 days)', related: [{ message: 'retention P90D (90 days)', file: 'topics.yaml', line: 2, column: 12 }] }],
    },
    {
      name: 'infinite retention against a finite retention.ms',
      files: { 'topics.yaml': 'topic: a.b.v1\nretention: infinite\nconfig:\n  retention.ms: "86400000"\n' },
      errors: [{ line: 4, column: 17, endLine: 4, endColumn: 27, message: 'retention.ms "86400000" (1 day) but retention infinite (infinite)', related: [{ message: 'retention infinite (infinite)', file: 'topics.yaml', line: 2, column: 12 }] }],
    },
    {
      name: 'retention.ms that is not a number next to a typed field',
      files: { 'topics.yaml': 'topic: a.b.v1\nretention: P1D\nconfig:\n  retention.ms: one-day\n' },
      errors: [{ line: 4, column: 17, endLine: 4, endColumn: 24, message: 'is not a number of milliseconds' }],
    },
    {
      name: 'disagrees with a top-level x-retention-policy',
      files: { 'topics.yaml': 'topic: a.b.v1\nretention: P7D\nx-retention-policy: P90D\n' },
      errors: [{ line: 3, column: 21, endLine: 3, endColumn: 25, message: 'has x-retention-policy P90D (90 days) but retention P7D (7 days)', related: [{ message: 'retention P7D (7 days)', file: 'topics.yaml', line: 2, column: 12 }] }],
    },
    {
      name: 'disagrees with x-retention-policy under labels:, against retention.ms',
      files: { 'topics.yaml': 'topic: a.b.v1\nconfig:\n  retention.ms: -1\nlabels:\n  x-retention-policy: P30D\n' },
      errors: [{ line: 5, column: 23, endLine: 5, endColumn: 27, message: 'but retention -1 (infinite)', related: [{ message: 'retention -1 (infinite)', file: 'topics.yaml', line: 3, column: 17 }] }],
    },
    {
      name: 'an unreadable x-retention-policy',
      files: { 'topics.yaml': 'topic: a.b.v1\nx-retention-policy: gold\n' },
      errors: [{ line: 2, column: 21, endLine: 2, endColumn: 25, message: 'cannot be read as a retention' }],
    },
  ],
});
