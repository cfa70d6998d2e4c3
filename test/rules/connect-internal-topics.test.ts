import rule from '../../src/rules/connect-internal-topics.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { clientSources } from '../fixtures/spring/registry.js';

const worker = 'bootstrap.servers=b:9092\ngroup.id=connect-cluster\nconfig.storage.topic=connect-configs\noffset.storage.topic=connect-offsets\nstatus.storage.topic=connect-status\n';

ruleTester(rule, { registry: clientSources }).run({
  valid: [
    { files: { 'connect-distributed.properties': worker } },
    { files: { 'connect-distributed.properties': `${worker}config.storage.replication.factor=3\noffset.storage.replication.factor=-1\n` } },
    { files: { 'connect-distributed.properties': `${worker}status.storage.replication.factor=\${RF}\n` } },
  ],
  invalid: [
    {
      files: { 'connect-distributed.properties': `${worker}config.storage.replication.factor=1\noffset.storage.replication.factor = 1\nstatus.storage.replication.factor=3\n` },
      errors: [
        { line: 6, column: 35, endLine: 6, endColumn: 36, message: 'Connect worker "connect-cluster" sets `config.storage.replication.factor` 1, below 3' },
        { line: 7, column: 37, endLine: 7, endColumn: 38, message: 'offset topic' },
      ],
    },
  ],
});
