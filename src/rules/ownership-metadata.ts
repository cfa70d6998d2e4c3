import { defineRule } from '../model/rule.js';
import { LABEL_FOR_FIELD, OWNERSHIP_FIELDS, ownerOf, ownershipLabel, typedOwnershipField, type OwnershipField } from '../model/labels.js';
import { canExpress } from '../model/formats.js';
import { describeEntity, nameLoc } from './lib/report.js';

interface Options {
  /** Ownership fields every topic declares (typed field or its x-label). */
  required: OwnershipField[];
}

export default defineRule<Options>({
  meta: {
    id: 'ownership-metadata',
    level: 'warning',
    kind: 'static',
    description: 'Topics declare owner, classification, retention, DR tier and contact; consumer groups declare an owner.',
    rationale:
      '"Kafka becomes dangerous when everyone can create topics but nobody owns them." The handbook requires ownership to be encoded in metadata (x-topic-owner, x-data-classification, x-retention-policy, x-dr-tier, x-contact): a topic belongs to its producing domain team, a consumer group to its consuming team. "If ownership lives only in people\'s heads, incident response becomes archaeology."',
    tags: ['ownership'],
    optionsSchema: {
      type: 'object',
      properties: {
        required: {
          type: 'array',
          items: { enum: OWNERSHIP_FIELDS },
          uniqueItems: true,
          description: 'Ownership fields every topic must declare, as a typed field or its x-label.',
        },
      },
      additionalProperties: false,
    },
    defaultOptions: { required: ['owner', 'classification', 'retention', 'drTier', 'contact'] },
  },
  check(ctx) {
    for (const [topic, { required }] of ctx.topics()) {
      const missing = required.filter((f) => canExpress(topic, f) && !typedOwnershipField(topic, f) && !ownershipLabel(topic, f) && !(f === 'retention' && topic.config['retention.ms']));
      if (missing.length === 0) continue;
      const list = missing.map((f) => `${f} (or ${LABEL_FOR_FIELD[f]})`).join(', ');
      ctx.report({
        entity: topic,
        field: 'ownership',
        loc: nameLoc(topic),
        message: `${describeEntity(topic)} does not declare ${list}. Without them nobody can tell during an incident who owns the topic, how sensitive its data is, how long it must be kept or how it must be recovered. Add the missing field${missing.length === 1 ? '' : 's'} to the entry.`,
      });
    }
    for (const [group] of ctx.consumerGroups()) {
      if (ownerOf(group) || !canExpress(group, 'owner')) continue;
      ctx.report({
        entity: group,
        field: 'owner',
        loc: nameLoc(group),
        message: `${describeEntity(group)} declares no owner (or ${LABEL_FOR_FIELD.owner}): nobody is on the hook for its lag, idempotency, retries and DLQ. Add \`owner: <consuming team>\`.`,
      });
    }
  },
});
