import rule from '../../src/rules/unclean-leader-election.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(rule).run({
  valid: [
    { files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  unclean.leader.election.enable: false\n' } },
    { name: 'unset (the default is false)', files: { 'topics.yaml': 'topic: orders.created.v1\nreplicationFactor: 3\n' } },
    { name: 'false as a string', files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  unclean.leader.election.enable: "false"\n' } },
    { name: 'a placeholder is not judged', files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  unclean.leader.election.enable: ${UNCLEAN}\n' } },
  ],
  invalid: [
    {
      files: { 'topics.yaml': 'topic: orders.created.v1\nconfig:\n  unclean.leader.election.enable: true\n' },
      errors: [{ line: 3, column: 35, endLine: 3, endColumn: 39, message: 'sets unclean.leader.election.enable to true' }],
    },
    {
      name: 'true written as a string, in flow style',
      files: { 'topics.yaml': 'topic: orders.created.v1\nconfig: { unclean.leader.election.enable: "TRUE" }\n' },
      errors: [{ line: 2, column: 43, endLine: 2, endColumn: 49, message: 'to "TRUE"' }],
    },
    {
      name: 'only the topic that enables it, in a multi-document file',
      files: { 'topics.yaml': 'topic: a.b.v1\n---\ntopic: c.d.v1\nconfig:\n  unclean.leader.election.enable: true\n' },
      errors: [{ line: 5, column: 35, endLine: 5, endColumn: 39, message: 'Topic "c.d.v1" sets unclean.leader.election.enable to true: a replica that is not in sync can become leader, and acknowledged writes it never received are silently lost. Remove the setting (the default is false) or set it to false; enable it only during an incident, as a recorded decision that accepts the data loss.' }],
    },
  ],
});
