import { defineRule } from '../model/rule.js';

/** Reported by the exception post-processing (src/policy/exceptions.ts); the rule carries the metadata and level. */
export default defineRule({
  meta: {
    id: 'unused-suppression',
    level: 'warning',
    kind: 'meta',
    description: 'A suppression comment or waiver hides a finding; one that suppresses nothing is removed.',
    rationale: "A suppression that hides nothing is a loaded gun: it silently hides the next real finding on that line. Stale exceptions also make the estate look more governed than it is.",
    tags: ['exceptions'],
    defaultOptions: {},
  },
  check() {},
});
