/**
 * One Terraform module = the `.tf` files of one directory, with the `.tfvars` files beside them.
 * Resolves `var.x` (tfvars value over `variable` default) and `local.x`, lazily and cached.
 *
 * Which `.tfvars` apply, as Terraform does it: `terraform.tfvars`, then `*.auto.tfvars` in name
 * order (later wins), then a `-var-file` (any other `.tfvars`). When exactly one other `.tfvars` in the
 * directory sets a variable, it wins; when several do (`dev.tfvars`, `prod.tfvars`), the value depends
 * on which `-var-file` is passed, so the variable is unknown.
 */
import type { Attribute, HclFile } from './hcl.js';
import { EMPTY_ENV, Evaluator, unknownVal, type Env, type Source, type Val } from './evaluate.js';

export interface ParsedFile {
  readonly src: Source;
  readonly hcl: HclFile;
  readonly kind: 'tf' | 'tfvars';
}

interface Def {
  readonly file: ParsedFile;
  readonly attr: Attribute;
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function dirName(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? '' : path.slice(0, i);
}

const isAutoTfvars = (path: string): boolean => {
  const b = baseName(path);
  return b === 'terraform.tfvars' || b.endsWith('.auto.tfvars');
};

export class Module implements Env {
  private readonly defaults = new Map<string, Def | null>();
  private readonly locals = new Map<string, Def>();
  private readonly tfvars = new Map<string, Def | { readonly ambiguous: readonly Def[] }>();
  private readonly cache = new Map<string, Val | undefined>();
  private readonly evaluating = new Set<string>();
  private readonly evaluators = new Map<string, Evaluator>();
  /** `file\0name` of each tfvars value that a topic resource read. */
  readonly consumed = new Set<string>();
  /** Files whose variable defaults, locals or tfvars values were read. */
  readonly usedFiles = new Set<string>();

  constructor(readonly tf: readonly ParsedFile[], readonly vars: readonly ParsedFile[]) {
    for (const f of tf) {
      for (const b of f.hcl.body.blocks) {
        if (b.type === 'variable' && b.labels[0]) {
          const d = b.body.attributes.find((a) => a.name === 'default');
          this.defaults.set(b.labels[0].value, d ? { file: f, attr: d } : null);
        } else if (b.type === 'locals') {
          for (const a of b.body.attributes) this.locals.set(a.name, { file: f, attr: a });
        }
      }
    }
    const auto = vars.filter((v) => isAutoTfvars(v.src.path)).sort((a, b) => rank(a.src.path) - rank(b.src.path) || (a.src.path < b.src.path ? -1 : 1));
    for (const f of auto) for (const a of f.hcl.body.attributes) this.tfvars.set(a.name, { file: f, attr: a });
    const explicit = new Map<string, Def[]>();
    for (const f of vars.filter((v) => !isAutoTfvars(v.src.path))) {
      for (const a of f.hcl.body.attributes) explicit.set(a.name, [...(explicit.get(a.name) ?? []), { file: f, attr: a }]);
    }
    for (const [name, defs] of explicit) this.tfvars.set(name, defs.length === 1 ? defs[0]! : { ambiguous: defs });
  }

  evaluator(file: ParsedFile): Evaluator {
    let ev = this.evaluators.get(file.src.path);
    if (!ev) {
      ev = new Evaluator(file.src);
      this.evaluators.set(file.src.path, ev);
    }
    return ev;
  }

  private evalDef(def: Def, env: Env): Val {
    if (def.attr.broken) return unknownVal(def.file.src, def.attr.expr, 'a value with a syntax error');
    return this.evaluator(def.file).eval(def.attr.expr, { env });
  }

  private cached(key: string, compute: () => Val | undefined): Val | undefined {
    if (this.cache.has(key)) return this.cache.get(key);
    const v = compute();
    this.cache.set(key, v);
    return v;
  }

  variable(name: string): Val | undefined {
    const set = this.tfvars.get(name);
    if (set && !('ambiguous' in set)) {
      this.consumed.add(`${set.file.src.path}\0${name}`);
      this.usedFiles.add(set.file.src.path);
    } else if (!set) {
      const d = this.defaults.get(name);
      if (d) this.usedFiles.add(d.file.src.path);
    }
    return this.cached(`var\0${name}`, () => {
      if (set && 'ambiguous' in set) {
        const first = set.ambiguous[0]!;
        const files = set.ambiguous.map((d) => baseName(d.file.src.path)).join(', ');
        return unknownVal(first.file.src, first.attr.expr, `var.${name} is set by several .tfvars files (${files}); the value depends on the -var-file used`);
      }
      // tfvars and defaults hold literal values only: evaluated without variables or locals.
      if (set) return this.evalDef(set, EMPTY_ENV);
      const d = this.defaults.get(name);
      return d ? this.evalDef(d, EMPTY_ENV) : undefined;
    });
  }

  local(name: string): Val | undefined {
    const def = this.locals.get(name);
    if (!def) return undefined;
    this.usedFiles.add(def.file.src.path);
    const key = `local\0${name}`;
    if (this.evaluating.has(key)) return unknownVal(def.file.src, def.attr.expr, `local.${name} refers to itself`);
    return this.cached(key, () => {
      this.evaluating.add(key);
      try {
        return this.evalDef(def, this);
      } finally {
        this.evaluating.delete(key);
      }
    });
  }
}

function rank(path: string): number {
  return baseName(path) === 'terraform.tfvars' ? 0 : 1;
}
