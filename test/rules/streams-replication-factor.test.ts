import rule from '../../src/rules/streams-replication-factor.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'streams.properties': 'application.id=app\nreplication.factor=3\n' } },
    { name: 'the broker default (-1)', files: { 'streams.properties': 'application.id=app\nreplication.factor=-1\n' } },
    { name: 'unset', files: { 'streams.properties': 'application.id=app\n' } },
    { files: { 'streams.properties': 'application.id=app\nreplication.factor=${RF}\n' } },
    { name: 'not a Streams app', files: { 'producer.properties': 'acks=all\nreplication.factor=1\n' } },
  ],
  invalid: [
    {
      files: { 'streams.properties': 'application.id=app\nprocessing.guarantee=exactly_once_v2\nreplication.factor = 1\n' },
      errors: [{ line: 3, column: 22, endLine: 3, endColumn: 23, message: 'Streams app "app" sets `replication.factor` 1' }],
    },
    {
      name: 'Spring streams replication-factor',
      files: { 'application.yml': 'spring:\n  kafka:\n    streams:\n      application-id: wordcount\n      replication-factor: 2\n' },
      errors: [{ line: 5, column: 27, endLine: 5, endColumn: 28, message: 'Streams app "application" sets `replication.factor` 2 for its internal changelog and repartition topics, below 3: one broker failure can lose the app\'s state. Set `replication.factor` to 3 or more (or -1 for the broker default, where that is 3).' }],
    },
    {
      name: 'option minimum',
      options: { minimum: 5 },
      files: { 'streams.properties': 'application.id=app\nreplication.factor=4\n' },
      errors: [{ line: 2, column: 20, endLine: 2, endColumn: 21, message: 'below 5' }],
    },
  ],
});
