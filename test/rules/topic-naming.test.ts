import rule from '../../src/rules/topic-naming.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: cpq.quote-priced.v1\n' } },
    { name: 'dlq and retry suffixes', files: { 'topics.yaml': 'topics:\n  - topic: orders.created.v12.dlq\n  - topic: orders.created.v2.retry\n' } },
    { name: 'more than two segments', files: { 'topics.yaml': 'topic: payments.card.settled.v1\n' } },
    { name: 'a placeholder name is not judged', files: { 'topics.yaml': 'topic: ${TOPIC}\n' } },
    { name: 'a pattern from options', files: { 'topics.yaml': 'topic: legacy_orders\n' }, options: { pattern: '^[a-z_]+$' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: OrdersCreated\n' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 21, level: 'warning', message: 'Topic "OrdersCreated" does not match the naming convention `<domain>.<event>.v<N>`' }],
    },
    {
      name: 'no version suffix, quoted name',
      files: { 'topics.yaml': 'topic: "orders.created"\n' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 24, message: 'Topic "orders.created" does not match the naming convention `<domain>.<event>.v<N>` (lower case, dot-separated, a version suffix, optionally .dlq or .retry): the name no longer says which domain owns it and which contract version it carries. Rename it in that form (for example "cpq.quote-priced.v1"); a topic cannot be renamed in place, so do it before the topic is created, or create the new topic and migrate producers and consumers to it.' }],
    },
    {
      name: 'an unknown suffix after the version',
      files: { 'topics.yaml': 'topics:\n  - topic: orders.created.v1.archive\n' },
      errors: [{ line: 2, column: 12, endLine: 2, endColumn: 37, message: 'Topic "orders.created.v1.archive" does not match the naming convention `<domain>.<event>.v<N>` (lower case, dot-separated, a version suffix, optionally .dlq or .retry): the name no longer says which domain owns it and which contract version it carries. Rename it in that form (for example "cpq.quote-priced.v1"); a topic cannot be renamed in place, so do it before the topic is created, or create the new topic and migrate producers and consumers to it.' }],
    },
    {
      name: 'a pattern from options is quoted in the message',
      files: { 'topics.yaml': 'topic: orders.created.v1\n' },
      options: { pattern: '^acme\\.' },
      errors: [{ line: 1, column: 8, endLine: 1, endColumn: 25, message: 'does not match the naming convention `^acme\\.`' }],
    },
  ],
});
