import type { RuleContext } from '../../model/rule.js';

/** Report the problems adapters recorded under a rule id (parse errors, schema violations). */
export function reportProblems(ctx: RuleContext<unknown>, ruleId: string): void {
  for (const p of ctx.catalog.problems) {
    if (p.ruleId !== ruleId) continue;
    if (ctx.options(p.loc.file) === undefined) continue;
    ctx.report({
      loc: p.loc,
      message: p.message,
      ...(p.entityName !== undefined ? { entityName: p.entityName } : {}),
      ...(p.field ? { field: p.field } : {}),
    });
  }
}
