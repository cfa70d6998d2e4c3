import { defineRule } from '../model/rule.js';

/** Reported by the exception post-processing (src/policy/exceptions.ts); the rule carries the metadata and level. */
export default defineRule({
  meta: {
    id: 'expired-waiver',
    level: 'error',
    kind: 'meta',
    description: 'Waivers stop applying when they expire; one expiring within 14 days is a warning.',
    rationale: "Exceptions are recorded with an owner and an expiry so that they are revisited: an expired waiver means a risk accepted for a limited time is now unowned. The findings it covered are reported again.",
    tags: ['exceptions'],
    defaultOptions: {},
  },
  check() {},
});
