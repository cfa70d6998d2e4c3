import { defineRule } from '../model/rule.js';
import { reportProblems } from './lib/problems.js';

export default defineRule({
  meta: {
    id: 'schema',
    level: 'error',
    kind: 'meta',
    description: 'Catalog entries match the topic and consumer group JSON Schemas (schemas/).',
    rationale: 'A misspelled key (`replicationFactr`) is silently ignored by every tool that reads the catalog, so the setting the author meant never applies.',
    tags: ['input'],
    defaultOptions: {},
  },
  check(ctx) {
    reportProblems(ctx, 'schema');
  },
});
