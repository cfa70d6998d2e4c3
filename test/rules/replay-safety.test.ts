import rule from '../../src/rules/replay-safety.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'groups.yaml': 'consumerGroup: billing\nidempotent: true\n' } },
    { name: 'idempotent as a string', files: { 'groups.yaml': 'consumerGroup: billing\nidempotent: "true"\nreplay: allowed\n' } },
    { name: 'replay prohibited with a reason', files: { 'groups.yaml': 'consumerGroup: mailer\nidempotent: false\nreplay: prohibited\nreplayProhibitedReason: sends customer e-mails\n' } },
    { name: 'an unknown value is not judged', files: { 'groups.yaml': 'consumerGroup: billing\nidempotent: ${IDEMPOTENT}\n' } },
  ],
  invalid: [
    {
      name: 'neither declared: points at the name',
      files: { 'groups.yaml': 'consumerGroup: billing\nowner: billing-team\n' },
      errors: [{ line: 1, column: 16, endLine: 1, endColumn: 23, message: 'Consumer group "billing" does not declare itself idempotent: an offset reset' }],
    },
    {
      name: 'idempotent: false',
      files: { 'groups.yaml': 'consumerGroups:\n  - consumerGroup: billing\n    idempotent: false\n    replay: allowed\n' },
      errors: [{ line: 3, column: 17, endLine: 3, endColumn: 22, message: 'has idempotent false and replay allowed' }],
    },
    {
      name: 'replay allowed and no idempotent: points at replay',
      files: { 'groups.yaml': 'consumerGroup: billing\nreplay: allowed\n' },
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 16, message: 'Consumer group "billing" does not declare itself idempotent and replay allowed: an offset reset, DLQ replay or DR failover re-delivers records it already processed, and their side effects happen twice. Make the consumer idempotent and declare `idempotent: true`, or declare `replay: prohibited` with a `replayProhibitedReason`.' }],
    },
    {
      name: 'replay prohibited without a reason',
      files: { 'groups.yaml': 'consumerGroup: mailer\nreplay: prohibited\n' },
      errors: [{ line: 2, column: 9, endLine: 2, endColumn: 19, message: 'declares replay prohibited but gives no reason' }],
    },
    {
      name: 'replay prohibited with an empty reason',
      files: { 'groups.yaml': 'consumerGroup: mailer\nreplay: prohibited\nreplayProhibitedReason: ""\n' },
      errors: [{ line: 3, column: 25, endLine: 3, endColumn: 27, message: 'Consumer group "mailer" declares replay prohibited but gives no reason: operators planning an offset reset, DLQ replay or DR failover cannot tell why replaying it is unsafe, or who decided. Add `replayProhibitedReason: <why>`, or make the consumer idempotent.' }],
    },
  ],
});
