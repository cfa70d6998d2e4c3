import rule from '../../src/rules/max-poll-interval.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'consumer.properties': 'group.id=g\nmax.poll.interval.ms=900000\n' } },
    { files: { 'consumer.properties': 'group.id=g\nmax.poll.interval.ms=${POLL}\n' } },
    { files: { 'consumer.properties': 'group.id=g\nmax.poll.interval.ms=1800000\n' }, options: { maximumMs: 3600000 } },
  ],
  invalid: [
    {
      files: { 'consumer.properties': 'group.id=g\nmax.poll.interval.ms = 1800000\n' },
      errors: [{ line: 2, column: 24, endLine: 2, endColumn: 31, level: 'warning', message: '`max.poll.interval.ms` 1800000 (30 minutes), above 15 minutes' }],
    },
    {
      name: 'Spring Duration',
      files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      max-poll-interval: 1h\n' },
      errors: [{ line: 4, column: 26, endLine: 4, endColumn: 28, message: '(1 hour)' }],
    },
    {
      name: 'Streams consumer prefix',
      files: { 'streams.properties': 'application.id=app\nmain.consumer.max.poll.interval.ms=3600000\n' },
      errors: [{ line: 2, column: 36, endLine: 2, endColumn: 43, message: 'Streams app "app" sets `main.consumer.max.poll.interval.ms` 3600000 (1 hour), above 15 minutes: a consumer stuck in processing keeps its partitions that long before the group notices, and lag grows unseen. Lower it and make each poll cheaper (smaller `max.poll.records`, a bounded worker pool).' }],
    },
  ],
});
