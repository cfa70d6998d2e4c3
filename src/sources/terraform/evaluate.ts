/**
 * Static evaluation of HCL expressions: literals, `var.x`, `local.x`, `each.key`/`each.value.x`,
 * `count.index`, template strings, `for` expressions, conditionals on known booleans and a few pure
 * functions (`toset`, `tolist`, `tomap`, `merge`, `concat`, `lookup`). Everything else (other
 * functions, data sources, module outputs, resource attributes, operators) is unknown, with a reason.
 * Every value keeps the location where it was written, which may be in another file (a `.tfvars`).
 */
import type { SourceLocation } from '../../model/model.js';
import type { Expr, Span, Step } from './hcl.js';

export type Scalar = string | number | boolean | null;

export interface MapEntry {
  readonly keyLoc: SourceLocation;
  readonly keyRaw: string;
  readonly value: Val;
}

export type Val =
  | { readonly t: 'scalar'; readonly value: Scalar; readonly loc: SourceLocation; readonly raw: string }
  | { readonly t: 'list'; readonly items: readonly Val[]; readonly loc: SourceLocation; readonly raw: string }
  | { readonly t: 'map'; readonly entries: ReadonlyMap<string, MapEntry>; readonly loc: SourceLocation; readonly raw: string }
  | { readonly t: 'unknown'; readonly reason: string; readonly loc: SourceLocation; readonly raw: string };

export type UnknownVal = Extract<Val, { t: 'unknown' }>;

/** A file's path and text: what locations and spellings are built from. */
export interface Source {
  readonly path: string;
  readonly text: string;
}

/** Variables and locals of one Terraform module (a directory). */
export interface Env {
  /** The value of `var.<name>`, or undefined when nothing declares or sets it. */
  variable(name: string): Val | undefined;
  local(name: string): Val | undefined;
}

export interface Scope {
  readonly env: Env;
  readonly each?: { readonly key: Val; readonly value: Val };
  readonly count?: Val;
  readonly iter?: ReadonlyMap<string, Val>;
}

export const locIn = (src: Source, s: Span): SourceLocation => ({ file: src.path, start: s.start, end: s.end });
export const rawIn = (src: Source, s: Span): string => src.text.slice(s.start, s.end);

const MAX_RAW = 80;
/** A short spelling of an expression for reasons: `var.topics`, `upper(var.name)`. */
export function shortRaw(src: Source, s: Span): string {
  const raw = rawIn(src, s).replace(/\s+/g, ' ');
  return raw.length > MAX_RAW ? `${raw.slice(0, MAX_RAW - 3)}...` : raw;
}

export function unknownVal(src: Source, s: Span, reason: string): UnknownVal {
  return { t: 'unknown', reason, loc: locIn(src, s), raw: rawIn(src, s) };
}

const ROOT_REASONS: Readonly<Record<string, string>> = {
  module: 'a module output (modules are not read)',
  data: 'a data source, known only when Terraform runs',
  path: 'a filesystem path known only when Terraform runs',
  terraform: 'the Terraform workspace, known only when Terraform runs',
  self: 'a reference to the resource itself',
};

function describeSteps(steps: readonly Step[]): string {
  return steps.map((s) => (s.k === 'attr' ? `.${s.name}` : s.k === 'splat' ? '[*]' : '[...]')).join('');
}

export class Evaluator {
  constructor(private readonly src: Source) {}

  eval(e: Expr, scope: Scope): Val {
    const src = this.src;
    switch (e.k) {
      case 'lit':
        return { t: 'scalar', value: e.value, loc: locIn(src, e), raw: rawIn(src, e) };
      case 'template':
        return this.template(e, scope);
      case 'tuple':
        return { t: 'list', items: e.items.map((i) => this.eval(i, scope)), loc: locIn(src, e), raw: rawIn(src, e) };
      case 'object': {
        const entries = new Map<string, MapEntry>();
        for (const entry of e.entries) {
          let name = entry.name;
          if (name === undefined) {
            const k = this.eval(entry.key, scope);
            if (k.t !== 'scalar' || k.value === null) {
              return unknownVal(src, e, `the key ${shortRaw(src, entry.key)} is ${k.t === 'unknown' ? k.reason : 'not a string'}`);
            }
            name = String(k.value);
          }
          entries.set(name, { keyLoc: locIn(src, entry.key), keyRaw: rawIn(src, entry.key), value: this.eval(entry.value, scope) });
        }
        return { t: 'map', entries, loc: locIn(src, e), raw: rawIn(src, e) };
      }
      case 'var':
        return this.reference(e, e.name, [], scope);
      case 'get':
        if (e.base.k === 'var') return this.reference(e, e.base.name, e.steps, scope);
        return this.steps(this.eval(e.base, scope), e.steps, e, scope);
      case 'call':
        return this.call(e, scope);
      case 'cond': {
        const c = this.eval(e.cond, scope);
        if (c.t === 'scalar' && typeof c.value === 'boolean') return this.eval(c.value ? e.then : e.else, scope);
        return unknownVal(src, e, c.t === 'unknown' ? `a condition on ${c.reason}` : `a condition that is not a known boolean (${shortRaw(src, e.cond)})`);
      }
      case 'for':
        return this.forExpr(e, scope);
      case 'other':
        return unknownVal(src, e, `${e.what} (${shortRaw(src, e)}), not evaluated statically`);
    }
  }

  private template(e: Extract<Expr, { k: 'template' }>, scope: Scope): Val {
    let out = '';
    for (const p of e.parts) {
      if (typeof p === 'string') {
        out += p;
        continue;
      }
      const v = this.eval(p, scope);
      if (v.t !== 'scalar' || v.value === null) {
        const why = v.t === 'unknown' ? v.reason : 'not a string';
        return unknownVal(this.src, e, `the interpolation \${${shortRaw(this.src, p)}} is ${why}`);
      }
      out += String(v.value);
    }
    return { t: 'scalar', value: out, loc: locIn(this.src, e), raw: rawIn(this.src, e) };
  }

  private reference(e: Expr, root: string, steps: readonly Step[], scope: Scope): Val {
    const src = this.src;
    const iter = scope.iter?.get(root);
    if (iter) return this.steps(iter, steps, e, scope);
    const first = steps[0];
    const name = first?.k === 'attr' ? first.name : undefined;
    const rest = steps.slice(1);
    switch (root) {
      case 'var':
      case 'local': {
        if (name === undefined) return unknownVal(src, e, `${root} without an attribute name`);
        const v = root === 'var' ? scope.env.variable(name) : scope.env.local(name);
        if (!v) {
          return unknownVal(src, e, root === 'var' ? `var.${name} has no default and no .tfvars value` : `local.${name} is not defined`);
        }
        return this.steps(v, rest, e, scope);
      }
      case 'each': {
        if (!scope.each) return unknownVal(src, e, 'each.* outside a for_each resource');
        if (name === 'key') return this.steps(scope.each.key, rest, e, scope);
        if (name === 'value') return this.steps(scope.each.value, rest, e, scope);
        return unknownVal(src, e, `each${describeSteps(steps)} is not each.key or each.value`);
      }
      case 'count': {
        if (!scope.count) return unknownVal(src, e, 'count.index outside a count resource');
        if (name === 'index') return this.steps(scope.count, rest, e, scope);
        return unknownVal(src, e, `count${describeSteps(steps)} is not count.index`);
      }
      default: {
        const why = ROOT_REASONS[root] ?? (name !== undefined ? `an attribute of resource ${root}.${name}, known only when Terraform runs` : `the name ${root}`);
        return unknownVal(src, e, why);
      }
    }
  }

  /** Apply `.attr`, `[index]` steps to a value; unknown stays unknown. */
  private steps(v: Val, steps: readonly Step[], e: Expr, scope: Scope): Val {
    let cur = v;
    for (const s of steps) {
      if (cur.t === 'unknown') return cur;
      if (s.k === 'splat') return unknownVal(this.src, e, `a splat expression (${shortRaw(this.src, e)})`);
      let key: string | number | undefined;
      if (s.k === 'attr') key = s.name;
      else {
        const i = this.eval(s.index, scope);
        if (i.t !== 'scalar' || (typeof i.value !== 'string' && typeof i.value !== 'number')) {
          return unknownVal(this.src, e, `the index in ${shortRaw(this.src, e)} is ${i.t === 'unknown' ? i.reason : 'not a key'}`);
        }
        key = i.value;
      }
      if (cur.t === 'map') {
        const entry = cur.entries.get(String(key));
        if (!entry) return unknownVal(this.src, e, `${shortRaw(this.src, e)}: no key ${JSON.stringify(String(key))} in the value`);
        cur = entry.value;
      } else if (cur.t === 'list' && typeof key === 'number') {
        const item = cur.items[key];
        if (!item) return unknownVal(this.src, e, `${shortRaw(this.src, e)}: index ${key} is out of range`);
        cur = item;
      } else {
        return unknownVal(this.src, e, `${shortRaw(this.src, e)}: cannot take ${JSON.stringify(String(key))} of ${cur.t === 'scalar' ? 'a scalar' : 'a list'}`);
      }
    }
    return cur;
  }

  private call(e: Extract<Expr, { k: 'call' }>, scope: Scope): Val {
    const src = this.src;
    const opaque = () => unknownVal(src, e, `the function call ${e.name}(...), not evaluated statically`);
    if (e.expand) return opaque();
    const args = e.args.map((a) => this.eval(a, scope));
    const bad = args.find((a) => a.t === 'unknown');
    if (bad && e.name !== 'lookup') return unknownVal(src, e, `${e.name}(...) of ${bad.reason}`);
    const loc = locIn(src, e);
    const raw = rawIn(src, e);
    switch (e.name) {
      case 'tolist':
      case 'tomap':
        return args.length === 1 ? { ...args[0]!, loc, raw } : opaque();
      case 'toset': {
        const a = args[0];
        if (args.length !== 1 || a?.t !== 'list') return opaque();
        const seen = new Set<string>();
        const items = a.items.filter((i) => {
          if (i.t !== 'scalar') return true;
          const k = JSON.stringify(i.value);
          if (seen.has(k)) return false;
          seen.add(k);
          return true;
        });
        return { t: 'list', items, loc, raw };
      }
      case 'merge': {
        if (!args.every((a) => a.t === 'map')) return opaque();
        const entries = new Map<string, MapEntry>();
        for (const a of args) if (a.t === 'map') for (const [k, v] of a.entries) entries.set(k, v);
        return { t: 'map', entries, loc, raw };
      }
      case 'concat': {
        if (!args.every((a) => a.t === 'list')) return opaque();
        return { t: 'list', items: args.flatMap((a) => (a.t === 'list' ? a.items : [])), loc, raw };
      }
      case 'lookup': {
        const [m, k, d] = args;
        if (!m || !k || m.t === 'unknown') return m?.t === 'unknown' ? unknownVal(src, e, `lookup(...) of ${m.reason}`) : opaque();
        if (m.t !== 'map' || k.t !== 'scalar') return opaque();
        const hit = m.entries.get(String(k.value));
        if (hit) return hit.value;
        return d ?? unknownVal(src, e, `lookup(...): no key ${JSON.stringify(String(k.value))} and no default`);
      }
      default:
        return opaque();
    }
  }

  private forExpr(e: Extract<Expr, { k: 'for' }>, scope: Scope): Val {
    const src = this.src;
    const coll = this.eval(e.collection, scope);
    if (coll.t === 'unknown') return unknownVal(src, e, `a for expression over ${coll.reason}`);
    if (coll.t === 'scalar') return unknownVal(src, e, `a for expression over a scalar (${shortRaw(src, e.collection)})`);
    if (e.grouped) return unknownVal(src, e, 'a grouping for expression (...)');
    const pairs: [Val, Val][] =
      coll.t === 'list'
        ? coll.items.map((v, i) => [{ t: 'scalar', value: i, loc: v.loc, raw: String(i) }, v])
        : [...coll.entries].map(([k, en]) => [{ t: 'scalar', value: k, loc: en.keyLoc, raw: en.keyRaw }, en.value]);
    const items: Val[] = [];
    const entries = new Map<string, MapEntry>();
    for (const [k, v] of pairs) {
      const iter = new Map(scope.iter ?? []);
      if (e.keyVar !== undefined) iter.set(e.keyVar, k);
      iter.set(e.valueVar, v);
      const inner: Scope = { ...scope, iter };
      if (e.cond) {
        const c = this.eval(e.cond, inner);
        if (c.t !== 'scalar' || typeof c.value !== 'boolean') {
          return unknownVal(src, e, `a for expression whose condition ${shortRaw(src, e.cond)} is ${c.t === 'unknown' ? c.reason : 'not a known boolean'}`);
        }
        if (!c.value) continue;
      }
      const value = this.eval(e.value, inner);
      if (e.object && e.key) {
        const key = this.eval(e.key, inner);
        if (key.t !== 'scalar' || key.value === null) {
          return unknownVal(src, e, `a for expression whose key ${shortRaw(src, e.key)} is ${key.t === 'unknown' ? key.reason : 'not a string'}`);
        }
        entries.set(String(key.value), { keyLoc: key.loc, keyRaw: key.raw, value });
      } else items.push(value);
    }
    const loc = locIn(src, e);
    const raw = rawIn(src, e);
    return e.object ? { t: 'map', entries, loc, raw } : { t: 'list', items, loc, raw };
  }
}

export const EMPTY_ENV: Env = { variable: () => undefined, local: () => undefined };
