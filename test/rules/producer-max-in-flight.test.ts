import rule from '../../src/rules/producer-max-in-flight.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'producer.properties': 'max.in.flight.requests.per.connection=5\n' } },
    { name: 'without idempotence, ordering is the producer\'s choice', files: { 'producer.properties': 'enable.idempotence=false\nmax.in.flight.requests.per.connection=10\n' } },
    { name: 'unknown value', files: { 'producer.properties': 'max.in.flight.requests.per.connection=${MIF}\n' } },
    { files: { 'producer.properties': 'max.in.flight.requests.per.connection=1\n' }, options: { maximum: 1 } },
  ],
  invalid: [
    {
      name: 'default idempotence silently turned off',
      files: { 'producer.properties': 'acks=all\nmax.in.flight.requests.per.connection = 10\n' },
      errors: [{ line: 2, column: 41, endLine: 2, endColumn: 43, message: 'idempotence is on (default for the Java client when unset), and this silently turns it off' }],
    },
    {
      name: 'explicit idempotence',
      files: { 'producer.properties': 'enable.idempotence=true\nmax.in.flight.requests.per.connection=6\n' },
      errors: [{ line: 2, column: 39, endLine: 2, endColumn: 40, message: 'refuses to start' }],
    },
    {
      name: 'option maximum',
      options: { maximum: 1 },
      files: { 'producer.properties': 'max.in.flight.requests.per.connection=2\n' },
      errors: [{ line: 1, column: 39, endLine: 1, endColumn: 40, message: 'more than the 1' }],
    },
  ],
});
