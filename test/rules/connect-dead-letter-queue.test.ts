import rule from '../../src/rules/connect-dead-letter-queue.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

const sink = 'name=orders-sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\ntopics=orders.v1\n';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'orders-sink.properties': `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=orders.dlq\n` } },
    { files: { 'orders-sink.properties': `${sink}errors.tolerance=none\n` } },
    { name: 'an unknown DLQ name', files: { 'orders-sink.properties': `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=\${DLQ}\n` } },
    { name: 'source connectors have no DLQ', files: { 'src.properties': 'name=cdc\nconnector.class=io.debezium.connector.postgresql.PostgresConnector\nerrors.tolerance=all\n'.replace('PostgresConnector', 'PostgresSourceConnector') } },
  ],
  invalid: [
    {
      files: { 'orders-sink.properties': `${sink}errors.tolerance = all\n` },
      errors: [{ line: 4, column: 20, endLine: 4, endColumn: 23, message: 'Connector "orders-sink" sets `errors.tolerance` all without `errors.deadletterqueue.topic.name`' }],
    },
    {
      name: 'an empty DLQ name',
      files: { 'orders-sink.properties': `${sink}errors.tolerance=all\nerrors.deadletterqueue.topic.name=\n` },
      errors: [{ line: 4, column: 18, endLine: 4, endColumn: 21, message: 'Connector "orders-sink" sets `errors.tolerance` all without `errors.deadletterqueue.topic.name`: records that fail conversion or transformation are skipped and silently lost. Set `errors.deadletterqueue.topic.name` (and `errors.deadletterqueue.context.headers.enable=true`), or use `errors.tolerance=none`.' }],
    },
  ],
});
