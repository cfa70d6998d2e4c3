import rule from '../../src/rules/session-heartbeat.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'consumer.properties': 'group.id=g\nsession.timeout.ms=45000\nheartbeat.interval.ms=15000\n' } },
    { name: 'defaults alone are not judged', files: { 'consumer.properties': 'group.id=g\n' } },
    { files: { 'consumer.properties': 'group.id=g\nheartbeat.interval.ms=${HB}\n' } },
  ],
  invalid: [
    {
      files: { 'consumer.properties': 'group.id=g\nsession.timeout.ms=30000\nheartbeat.interval.ms=15000\n' },
      errors: [{ line: 3, column: 23, endLine: 3, endColumn: 28, message: 'above a third of the session timeout' }],
    },
    {
      name: 'a short session against the default heartbeat points at the session',
      files: { 'consumer.properties': 'group.id=g\nsession.timeout.ms=6000\n' },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 24, message: '`heartbeat.interval.ms` 3000 (default for the Java client when unset)' }],
    },
    {
      name: 'Spring Duration heartbeat',
      files: { 'application.yml': 'spring:\n  kafka:\n    consumer:\n      heartbeat-interval: 20s\n' },
      errors: [{ line: 4, column: 27, endLine: 4, endColumn: 30, message: '`heartbeat.interval.ms` 20s' }],
    },
  ],
});
