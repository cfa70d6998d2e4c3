/** Public API. */
export { lint, readInputs, UsageError, type LintOptions } from './lint.js';
export { lintFiles, lintCatalogs, type CoreOptions } from './engine/pipeline.js';
export { readCatalog } from './sources/index.js';
export { builtinRules, builtinRulesById } from './rules/index.js';
export { formatters } from './formatters/index.js';
export type * from './model/model.js';
export type * from './model/finding.js';
export type { Rule, RuleMeta, RuleContext, Level } from './model/rule.js';
export type { ResolvedConfig, RuleSetting, Override } from './model/config.js';
