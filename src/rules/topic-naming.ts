import { defineRule } from '../model/rule.js';
import { safeRegex } from '../util/safe-regex.js';
import { describeEntity } from './lib/report.js';

interface Options {
  pattern: string;
}

const DEFAULT_PATTERN = '^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+(\\.(dlq|retry))?$';

export default defineRule<Options>({
  meta: {
    id: 'topic-naming',
    level: 'warning',
    kind: 'static',
    description: 'Topic names follow `<domain>.<event>.v<N>` (optionally `.dlq` / `.retry`).',
    rationale:
      'Ownership and contracts are reviewed per domain and per schema version: a name like `cpq.quote-priced.v1` says which domain owns the topic, what fact it carries, and which contract version it is, and makes a breaking change a new topic (`.v2`) instead of a silent rewrite. Names are long-lived: a topic cannot be renamed, only migrated.',
    tags: ['naming'],
    optionsSchema: {
      type: 'object',
      properties: { pattern: { type: 'string', minLength: 1, description: 'Regular expression (JavaScript syntax; no lookahead, lookbehind or backreferences: it runs on RE2, in linear time) every topic name must match.' } },
      additionalProperties: false,
    },
    defaultOptions: { pattern: DEFAULT_PATTERN },
    regexOptions: ['pattern'],
  },
  check(ctx) {
    for (const [topic, { pattern }] of ctx.topics()) {
      if (topic.name.kind !== 'known') continue;
      // Linear time whatever the pattern (compiled once per pattern); a refused pattern was reported
      // as a config error at its line when the config was loaded, and checks nothing.
      const re = safeRegex(pattern);
      if (!re || re.test(topic.name.value)) continue;
      const isDefault = pattern === DEFAULT_PATTERN;
      ctx.report({
        entity: topic,
        field: 'name',
        loc: topic.name.loc,
        message: `${describeEntity(topic)} does not match the naming convention ${isDefault ? '`<domain>.<event>.v<N>` (lower case, dot-separated, a version suffix, optionally .dlq or .retry)' : `\`${pattern}\``}: the name no longer says which domain owns it and which contract version it carries. ${isDefault ? 'Rename it in that form (for example "cpq.quote-priced.v1"); a topic cannot be renamed in place, so do it before the topic is created, or create the new topic and migrate producers and consumers to it.' : 'Rename it to match the pattern.'}`,
      });
    }
  },
});
