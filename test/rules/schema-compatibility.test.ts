import rule from '../../src/rules/schema-compatibility.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: BACKWARD_TRANSITIVE\ndrTier: tier-1\n' } },
    { name: 'NONE on a tier-2 topic', files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: NONE\ndrTier: tier-2\n' } },
    { name: 'NONE without a tier', files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: NONE\n' } },
    { name: 'lower case is a level too', files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: full_transitive\n' } },
    { name: 'a placeholder', files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: ${COMPAT}\ndrTier: tier-0\n' } },
    { name: 'forbid from options', files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: NONE\ndrTier: tier-0\n' }, options: { forbid: ['FORWARD'] } },
  ],
  invalid: [
    {
      name: 'NONE on a tier-1 topic',
      files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: NONE\ndrTier: tier-1\n' },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 26, message: 'has schemaCompatibility NONE, not allowed on a tier-1 topic' }],
    },
    {
      name: 'the tier from the x-dr-tier label',
      files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: "NONE"\nlabels:\n  x-dr-tier: tier-0\n' },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 28, message: 'not allowed on a tier-0 topic' }],
    },
    {
      name: 'not a Schema Registry level, with a suggestion',
      files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: BACKWARDS\n' },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 31, message: 'which is not a Schema Registry compatibility level: the registry rejects it or keeps its default, so nobody knows which schema changes are allowed. Did you mean BACKWARD?' }],
    },
    {
      name: 'forbid and tiers from options (issue 5 example)',
      files: { 'topics.yaml': 'topic: a.b.v1\nschemaCompatibility: FORWARD\ndrTier: tier-3\n' },
      options: { forbid: ['NONE', 'FORWARD'], tiers: ['*'] },
      errors: [{ line: 2, column: 22, endLine: 2, endColumn: 29, message: 'not allowed on a tier-3 topic' }],
    },
  ],
});
