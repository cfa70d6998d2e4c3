import rule from '../../src/rules/plaintext-secret.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'producer.properties': 'acks=all\nssl.keystore.password=${KEYSTORE_PASSWORD}\nssl.keystore.location=/etc/ks.jks\n' } },
    {
      name: 'JAAS config whose password is a placeholder',
      files: { 'consumer.properties': 'group.id=g\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n  username="svc" \\\n  password="${file:/opt/secrets.properties:pw}";\n' },
    },
    { name: 'an empty password is not a credential', files: { 'consumer.properties': 'group.id=g\nssl.key.password=\n' } },
    { name: 'a credentials source is not a secret', files: { 'producer.properties': 'acks=all\nbasic.auth.credentials.source=USER_INFO\n' } },
  ],
  invalid: [
    {
      name: 'a literal keystore password, not quoted back in the message',
      files: { 'producer.properties': 'acks=all\nssl.keystore.password = s3cr3t\n' },
      errors: [{ line: 2, column: 25, endLine: 2, endColumn: 31, message: /^(?!.*s3cr3t).*`ssl.keystore.password` holds a literal value/ }],
    },
    {
      name: 'a JAAS config continued over lines: the whole value',
      files: { 'consumer.properties': 'group.id=g\nsasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\\n  username="svc" \\\n  password="hunter2";\n' },
      errors: [{ line: 2, column: 18, endLine: 4, endColumn: 22, message: 'has a literal `password`' }],
    },
    {
      name: 'schema registry user info and a connector password',
      files: { 'sink.properties': 'name=s\nconnector.class=JdbcSinkConnector\nconnection.password=pw\nvalue.converter.basic.auth.user.info=user:pw\n' },
      errors: [
        { line: 3, column: 21, endLine: 3, endColumn: 23, message: 'Connector "s": `connection.password` holds a literal value: anyone who can read the repository (or any copy of it) has the credential, and rotating it needs a code change. Read it from the environment or a secret store instead (`${KAFKA_PASSWORD}`, a Connect config provider such as `${file:/secrets.properties:password}`).' },
        { line: 4, column: 38, endLine: 4, endColumn: 45, message: 'Connector "s": `value.converter.basic.auth.user.info` holds a literal value: anyone who can read the repository (or any copy of it) has the credential, and rotating it needs a code change. Read it from the environment or a secret store instead (`${KAFKA_PASSWORD}`, a Connect config provider such as `${file:/secrets.properties:password}`).' },
      ],
    },
    {
      name: 'Spring ssl and jaas options, reported once though two profiles inherit them',
      files: {
        'application.yml': 'spring:\n  kafka:\n    ssl:\n      trust-store-password: changeit\n    jaas:\n      options:\n        password: hunter2\n    producer:\n      acks: all\n---\nspring:\n  config:\n    activate:\n      on-profile: prod\n  kafka:\n    producer:\n      acks: all\n',
      },
      errors: [
        { line: 4, column: 29, endLine: 4, endColumn: 37, message: '`ssl.truststore.password`' },
        { line: 7, column: 19, endLine: 7, endColumn: 26, message: '`spring.kafka.jaas.options.password`' },
      ],
    },
  ],
});
