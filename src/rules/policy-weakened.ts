/**
 * `policy-weakened`: the metadata of the rule (SARIF, docs, levels). Its findings are made by the
 * comparison of topiclint's own files at the base and now (src/policy/weakened.ts, `POLICY_WEAKENED`
 * there is this id), run by the lint API in `--base` mode, because those files are not catalog entities.
 */
import { defineRule } from '../model/rule.js';

export default defineRule({
  meta: {
    id: 'policy-weakened',
    level: 'error',
    kind: 'change',
    description: 'A pull request does not turn a rule off, lower its level, relax its options or add a waiver without a finding.',
    rationale:
      'A pull request must not be able to quietly weaken the policy that judges it. Policies, topic policies and compatibility rules are the contract plane of the platform; an exception has to be visible to the platform team that owns the policy, not hidden in the same diff as the change it excuses.',
    tags: ['change', 'security', 'policy'],
    defaultOptions: {},
  },
  // Findings come from `comparePolicies`, run by the lint API on topiclint's own files in --base mode.
  check() {},
});
