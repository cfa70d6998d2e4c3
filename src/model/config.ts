/**
 * Resolved configuration: the shape every layer reads. Loading and validating config files lives in
 * `src/config/`; resolving a rule's level and options for one entity or file (globs, `when:`
 * selectors) in `src/policy/settings.ts`. Types only: the model imports nothing of ours.
 */
import type { Severity } from './rule.js';

export interface RuleSetting {
  readonly level: Severity;
  /** Options as configured; merged over the rule's defaults. */
  readonly options?: Readonly<Record<string, unknown>>;
}

/** `when:` selects entities by their own fields: `{ drTier: [tier-0, tier-1] }`, `{ kind: topic }`. */
export type WhenSelector = Readonly<Record<string, unknown>>;

export interface Override {
  readonly files?: readonly string[];
  readonly excludedFiles?: readonly string[];
  readonly when?: WhenSelector;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}

export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly overrides: readonly Override[];
  /** Rules that no inline comment, waiver or baseline may hide. */
  readonly unsuppressible?: readonly string[];
  /**
   * `clusters:`: cluster name → path globs. Topics and consumer groups whose format names no cluster
   * take the first cluster (in the order written) whose globs match their file (issue #17).
   */
  readonly clusters?: Readonly<Record<string, readonly string[]>>;
}

export const EMPTY_CONFIG: ResolvedConfig = { rules: {}, overrides: [] };

export interface EffectiveSetting {
  readonly level: Severity;
  readonly options: Record<string, unknown>;
}
