/** Public API. */
export { cacheWritesSettled, lint, readInputs, UsageError, type LintOptions } from './lint.js';
export { lintFiles, lintCatalogs, type CoreOptions } from './core/pipeline.js';
export { readCatalog } from './sources/index.js';
export { builtinRules, builtinRulesById } from './rules/index.js';
export { formatters } from './formatters/index.js';
export type * from './core/model.js';
export type * from './core/finding.js';
export type { Rule, RuleMeta, RuleContext, Level } from './core/rule.js';
export type { ResolvedConfig, RuleSetting, Override } from './core/config.js';
