import rule from '../../src/rules/plaintext-transport.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

const catalog = 'topics:\n  - topic: payments.v1\n    classification: confidential\n  - topic: clicks.v1\n    classification: public\n';
const spring = (extra: string, topic = 'payments.v1') => `spring:\n  kafka:\n${extra}    template:\n      default-topic: ${topic}\n`;

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'topics.yaml': catalog, 'application.yml': spring('    security:\n      protocol: SSL\n') } },
    { name: 'a public topic over PLAINTEXT', files: { 'topics.yaml': catalog, 'application.yml': spring('', 'clicks.v1') } },
    { name: 'an unknown protocol', files: { 'topics.yaml': catalog, 'application.yml': spring('    properties:\n      security.protocol: ${PROTOCOL}\n') } },
    { name: 'a topic the catalog does not classify', files: { 'application.yml': spring('') } },
  ],
  invalid: [
    {
      name: 'PLAINTEXT by default, at the client name, related to the classification',
      files: { 'topics.yaml': catalog, 'application.yml': spring('') },
      errors: [{ file: 'application.yml', line: 3, column: 5, endLine: 3, endColumn: 13, message: 'connects with `security.protocol` PLAINTEXT (default for the Java client Spring Boot uses when unset) but reads or writes "payments.v1" (confidential)', related: [{ message: 'topic "payments.v1" is classified confidential here', file: 'topics.yaml', line: 3, column: 21 }] }],
    },
    {
      name: 'explicit SASL_PLAINTEXT',
      files: { 'topics.yaml': catalog, 'application.yml': spring('    properties:\n      security.protocol: SASL_PLAINTEXT\n') },
      errors: [{ file: 'application.yml', line: 4, column: 26, endLine: 4, endColumn: 40, message: "credentials", related: [{ message: 'topic "payments.v1" is classified confidential here', file: 'topics.yaml', line: 3, column: 21 }] }],
    },
  ],
});
