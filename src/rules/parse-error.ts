import { defineRule } from '../model/rule.js';
import { reportProblems } from './lib/problems.js';

export default defineRule({
  meta: {
    id: 'parse-error',
    level: 'error',
    kind: 'meta',
    description: 'A file cannot be parsed; the other files are still linted.',
    rationale: 'A catalog file that does not parse is a catalog nobody can review or apply; it usually hides every other problem in it.',
    tags: ['input'],
    defaultOptions: {},
  },
  check(ctx) {
    reportProblems(ctx, 'parse-error');
  },
});
