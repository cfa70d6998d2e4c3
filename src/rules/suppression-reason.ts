import { defineRule } from '../model/rule.js';

/** Reported by the exception post-processing (src/policy/exceptions.ts); the rule carries the metadata and level. */
export default defineRule({
  meta: {
    id: 'suppression-reason',
    level: 'warning',
    kind: 'meta',
    description: 'A suppression comment gives a reason after ` -- `.',
    rationale: "An exception nobody can explain is never revisited: the handbook's ownership model asks that every deviation from policy be owned and explained, so the next reader knows whether it still applies.",
    tags: ['exceptions'],
    defaultOptions: {},
  },
  check() {},
});
