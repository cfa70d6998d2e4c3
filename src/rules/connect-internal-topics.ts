import { defineRule } from '../model/rule.js';
import { describeClient, readNumber, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

const KEYS = ['config.storage.replication.factor', 'offset.storage.replication.factor', 'status.storage.replication.factor'];

export default defineRule({
  meta: {
    id: 'connect-internal-topics',
    level: 'error',
    kind: 'static',
    description: 'Connect workers create their config, offset and status topics with a replication factor of at least 3.',
    rationale:
      'A Connect cluster\'s internal config/offset/status topics are its memory: connector configs and source offsets. With fewer than three replicas one broker failure can lose them, and connectors restart from scratch or not at all.',
    tags: ['client', 'connect', 'durability'],
    optionsSchema: {
      type: 'object',
      properties: { minimum: { type: 'integer', minimum: 1, description: 'Smallest acceptable replication factor.' } },
      additionalProperties: false,
    },
    defaultOptions: { minimum: 3 },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== 'connect-worker') continue;
      for (const key of KEYS) {
        const rf = resolve(client, key, readNumber);
        if (rf.state !== 'set' || rf.value === -1 || rf.value >= minimum) continue;
        report({
          entity: client,
          field: `config.${key}`,
          loc: rf.loc,
          message: `${describeClient(client)} sets ${shown(key, rf)}, below ${minimum}: one broker failure can lose the worker's ${key.split('.')[0]} topic (connector configs, source offsets or task status). Set it to ${minimum} or more; the default is 3.`,
        });
      }
    }
  },
});
