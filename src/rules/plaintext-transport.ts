import type { RelatedLocation } from '../model/rule.js';
import { defineRule } from '../model/rule.js';
import { defaultNote, describeClient, readString, resolve, shown } from './lib/client-defaults.js';
import { onceReporter } from './lib/client-report.js';

const PLAIN = new Set(['PLAINTEXT', 'SASL_PLAINTEXT']);

export default defineRule({
  meta: {
    id: 'plaintext-transport',
    level: 'warning',
    kind: 'static',
    description: 'Clients of confidential or restricted topics connect over TLS.',
    rationale:
      'Data classification (x-data-classification: confidential) is encoded in topic metadata so that it can be enforced. A client using PLAINTEXT or SASL_PLAINTEXT sends those records, and with SASL_PLAINTEXT its credentials, unencrypted over the network.',
    tags: ['client', 'security'],
    crossFile: true,
    optionsSchema: {
      type: 'object',
      properties: {
        classifications: { type: 'array', items: { type: 'string' }, minItems: 1, description: 'Classifications that require an encrypted transport.' },
      },
      additionalProperties: false,
    },
    defaultOptions: { classifications: ['confidential', 'restricted'] },
  },
  check(ctx) {
    const report = onceReporter(ctx);
    for (const [client, { classifications }] of ctx.clients()) {
      const wanted = new Set(classifications.map((c) => c.toLowerCase()));
      const sensitive: { name: string; classification: string; related: RelatedLocation }[] = [];
      for (const f of [...client.produces, ...client.consumes]) {
        if (f.kind !== 'known') continue;
        const topic = ctx.index.topicsNamed(f.value)[0];
        const cls = topic?.classification;
        if (!topic || cls?.kind !== 'known' || !wanted.has(cls.value.toLowerCase())) continue;
        if (sensitive.some((s) => s.name === f.value)) continue;
        sensitive.push({ name: f.value, classification: cls.value, related: { loc: cls.loc, message: `topic "${f.value}" is classified ${cls.value} here` } });
      }
      if (sensitive.length === 0) continue;
      const protocol = resolve(client, 'security.protocol', (v) => readString(v)?.toUpperCase());
      if (protocol.state === 'unknown' || !PLAIN.has(protocol.value)) continue;
      // JavaScript clients configure TLS on the shared client object; only an explicit protocol is judged.
      if (protocol.state === 'default' && (client.library === 'kafkajs' || client.library === 'confluent-js')) continue;
      const list = sensitive.map((s) => `"${s.name}" (${s.classification})`).join(', ');
      report({
        entity: client,
        field: 'config.security.protocol',
        loc: protocol.loc,
        related: sensitive.map((s) => s.related),
        message: `${describeClient(client)} connects with ${shown('security.protocol', protocol)}${defaultNote(protocol)} but reads or writes ${list}: those records${protocol.value === 'SASL_PLAINTEXT' ? ' and the client\'s credentials' : ''} cross the network unencrypted. Use \`security.protocol=SSL\` or \`SASL_SSL\`.`,
      });
    }
  },
});
