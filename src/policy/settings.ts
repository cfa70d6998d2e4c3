/**
 * How a rule's level and options are found for one entity or file: the configured setting, then each
 * override whose `files:` globs and `when:` selector match, in order. Pure. It lives in the policy layer
 * (not in the model) because it evaluates globs and the selector language (policy/selector.ts).
 */
import type { EffectiveSetting, ResolvedConfig, RuleSetting, WhenSelector } from '../model/config.js';
import type { Entity } from '../model/model.js';
import type { AnyRule, Severity } from '../model/rule.js';
import { globMatcher } from '../util/glob.js';
import { evaluateWhere } from './selector.js';

interface CompiledOverride {
  readonly files?: (path: string) => boolean;
  readonly excluded?: (path: string) => boolean;
  readonly when?: WhenSelector;
  readonly rules: Readonly<Record<string, RuleSetting>>;
}


/**
 * Does an entity satisfy a `when:` selector? The policy selector language (docs/policy-language.md):
 * a value means equal, a list means any of, operators (`gt`, `in`, `matches`, `exists`, ...), `not`,
 * `anyOf`, `allOf`, `config.<key>`, `labels.<key>`. Only definite matches count: a value that is
 * unknown statically does not select the override. Navigation to other entities needs a catalog and
 * is not available in `when:`.
 */
export function matchesWhen(entity: Entity, when: WhenSelector): boolean {
  return evaluateWhere(entity, when) === true;
}

/** Resolves level and options for (rule, entity-or-file), caching compiled globs. */
export class SettingsResolver {
  private readonly overrides: CompiledOverride[];

  constructor(
    private readonly config: ResolvedConfig,
    private readonly rulesById: ReadonlyMap<string, AnyRule>,
  ) {
    this.overrides = config.overrides.map((o) => ({
      ...(o.files ? { files: globMatcher(o.files) } : {}), // linear time: src/util/glob.ts
      ...(o.excludedFiles ? { excluded: globMatcher(o.excludedFiles) } : {}),
      ...(o.when ? { when: o.when } : {}),
      rules: o.rules,
    }));
  }

  private readonly plain = new Map<string, EffectiveSetting>();

  /** Level and options of a rule for an entity or a file path. */
  resolve(ruleId: string, target: Entity | string | undefined): EffectiveSetting {
    // Without overrides the answer does not depend on the target: compute it once per rule.
    if (this.overrides.length === 0) {
      let s = this.plain.get(ruleId);
      if (!s) this.plain.set(ruleId, (s = this.compute(ruleId, undefined)));
      return s;
    }
    return this.compute(ruleId, target);
  }

  private compute(ruleId: string, target: Entity | string | undefined): EffectiveSetting {
    const rule = this.rulesById.get(ruleId);
    const defaults = (rule?.meta.defaultOptions ?? {}) as Record<string, unknown>;
    const base = this.config.rules[ruleId];
    let level: Severity = base?.level ?? (rule ? (rule.meta.recommended === false ? 'off' : rule.meta.level) : 'off');
    let options: Record<string, unknown> = { ...defaults, ...(base?.options ?? {}) };
    if (this.overrides.length === 0 || target === undefined) return { level, options };
    const file = typeof target === 'string' ? target : target.file;
    const entity = typeof target === 'string' ? undefined : target;
    for (const o of this.overrides) {
      const setting = o.rules[ruleId];
      if (!setting) continue;
      if (o.files && !o.files(file)) continue;
      if (o.excluded && o.excluded(file)) continue;
      if (o.when && (!entity || !matchesWhen(entity, o.when))) continue;
      level = setting.level;
      if (setting.options) options = { ...options, ...setting.options };
    }
    return { level, options };
  }
}
