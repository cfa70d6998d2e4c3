/**
 * Policy files: custom rules written as data, turned into ordinary `Rule` objects (full metadata, so
 * SARIF lists them and the config can set their level like any built-in rule). Pure: text in, rules out.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { Catalog, ConsumerGroup, Entity, Topic } from '../model/model.js';
import { defineRule, type AnyRule, type Level } from '../model/rule.js';
import { describeMs, parseRetention } from '../model/values.js';
import { policySchema } from '../schemas/config.js';
import { get, getPair, parseYaml, toJS, type YNode } from '../yaml/tree.js';
import { getAjv, validateNode } from '../yaml/validate.js';
import { regexProblem } from '../util/safe-regex.js';
import { checkWhere, evaluateWhere, NAVIGATION, type SelectorContext, type Where } from './selector.js';
import { isUnknownAt, locationFor, viewOf } from './view.js';

export interface PolicyProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface CompiledPolicies {
  readonly rules: AnyRule[];
  readonly problems: PolicyProblem[];
}

export const POLICY_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*$/;

type Kind = 'topic' | 'consumerGroup' | 'client';

interface PolicyDefinition {
  level?: Level;
  description: string;
  rationale?: string;
  tags?: string[];
  docsUrl?: string;
  match: { kind: Kind | Kind[]; where?: Where };
  require?: Record<string, unknown>;
  message?: string;
}

/** Read a policy file. Every problem is located in the policy file's text. */
export function compilePolicies(text: string, file: string): CompiledPolicies {
  const parsed = parseYaml(text);
  const problems: PolicyProblem[] = parsed.errors.map((e) => ({ message: `YAML: ${e.message}`, start: e.start, end: e.end }));
  const root = parsed.documents[0]?.root;
  if (!root) {
    if (problems.length === 0) problems.push({ message: 'The policy file is empty; it needs `rules:` with at least one rule.', start: 0, end: 0 });
    return { rules: [], problems };
  }
  if (problems.length) return { rules: [], problems };
  const schemaErrors = validateNode(root, policySchema, false);
  problems.push(...schemaErrors.map((e) => ({ message: e.message, start: e.start, end: e.end })));
  const rulesNode = get(root, 'rules');
  const rules: AnyRule[] = [];
  if (!rulesNode || rulesNode.type !== 'map') return { rules, problems };
  for (const pair of rulesNode.pairs) {
    const before = problems.length;
    if (!POLICY_ID.test(pair.key)) {
      problems.push({
        message: `Policy rule id \`${pair.key}\` must be namespaced and lower case: \`<namespace>/<name>\`, e.g. \`acme/${pair.key.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'my-rule'}\`, so it can never clash with a built-in rule.`,
        start: pair.keyNode.start,
        end: pair.keyNode.end,
      });
    }
    const node = pair.value;
    if (!node || node.type !== 'map') continue;
    if (schemaErrors.some((e) => e.start >= node.start && e.end <= node.end)) continue;
    const def = toJS(node) as PolicyDefinition;
    const kinds = Array.isArray(def.match.kind) ? def.match.kind : [def.match.kind];
    const whereNode = get(get(node, 'match'), 'where');
    if (whereNode) problems.push(...checkWhere(whereNode, kinds));
    let validate: ValidateFunction | undefined;
    const requireNode = get(node, 'require');
    if (requireNode) problems.push(...requirePatternProblems(requireNode));
    if (def.require && problems.length === before) {
      try {
        validate = getAjv(false, 'user').compile(withDurations(def.require) as object);
      } catch (e) {
        const at = requireNode ?? getPair(node, 'require')!.keyNode;
        problems.push({ message: `\`require\` is not a valid JSON Schema: ${(e as Error).message}.`, start: at.start, end: at.end });
      }
    }
    if (problems.length > before) continue;
    rules.push(policyRule(pair.key, def, kinds, validate, file));
  }
  return { rules, problems };
}

/**
 * The `pattern`s and `patternProperties` of a `require` schema that the linear-time engine refuses,
 * each at its own node (Ajv would refuse the whole schema at `require:` with a less precise message).
 * A key named `pattern` directly under `properties` is a field name, not the keyword.
 */
function requirePatternProblems(node: YNode, depth = 0): PolicyProblem[] {
  const out: PolicyProblem[] = [];
  const at = (n: YNode, source: string, problem: string) => out.push({ message: `\`require\`: the pattern \`${source.slice(0, 200)}\` ${problem}`, start: n.start, end: n.end });
  if (depth > 64) return out;
  if (node.type === 'seq') for (const item of node.items) out.push(...requirePatternProblems(item, depth + 1));
  if (node.type !== 'map') return out;
  for (const pair of node.pairs) {
    const v = pair.value;
    if (!v) continue;
    if (pair.key === 'pattern' && v.type === 'scalar' && typeof v.value === 'string') {
      const problem = regexProblem(v.value);
      if (problem) at(v, v.value, problem);
      continue;
    }
    if (pair.key === 'patternProperties' && v.type === 'map') {
      for (const p of v.pairs) {
        const problem = regexProblem(p.key);
        if (problem) at(p.keyNode, p.key, problem);
        if (p.value) out.push(...requirePatternProblems(p.value, depth + 1));
      }
      continue;
    }
    if ((pair.key === 'properties' || pair.key === 'definitions' || pair.key === '$defs') && v.type === 'map') {
      for (const p of v.pairs) if (p.value) out.push(...requirePatternProblems(p.value, depth + 1));
      continue;
    }
    out.push(...requirePatternProblems(v, depth + 1));
  }
  return out;
}

/** ISO-8601 durations in `minimum`/`maximum`/`exclusive*`/`const`/`enum` become milliseconds. */
export function withDurations(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(withDurations);
  if (!schema || typeof schema !== 'object') return schema;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(schema as Record<string, unknown>)) {
    if (['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'const'].includes(k) && typeof v === 'string') out[k] = durationMs(v) ?? v;
    else if (k === 'enum' && Array.isArray(v)) out[k] = v.map((x) => (typeof x === 'string' ? (durationMs(x) ?? x) : x));
    else out[k] = withDurations(v);
  }
  return out;
}

function durationMs(s: string): number | undefined {
  return /^(P|infinite$|unlimited$|forever$)/i.test(s.trim()) ? parseRetention(s) : undefined;
}

const lookups = new WeakMap<Catalog, SelectorContext['lookup']>();

/** Entities by kind and name, built once per catalog. */
export function catalogLookup(catalog: Catalog): NonNullable<SelectorContext['lookup']> {
  let fn = lookups.get(catalog);
  if (!fn) {
    const topics = new Map<string, Topic[]>();
    const groups = new Map<string, ConsumerGroup[]>();
    const add = <T extends Entity>(m: Map<string, T[]>, e: T) => {
      if (e.name.kind !== 'known') return;
      const list = m.get(e.name.value) ?? [];
      list.push(e);
      m.set(e.name.value, list);
    };
    catalog.topics.forEach((t) => add(topics, t));
    catalog.consumerGroups.forEach((g) => add(groups, g));
    fn = (kind, name) => (kind === 'topic' ? topics.get(name) : groups.get(name)) ?? [];
    lookups.set(catalog, fn);
  }
  return fn;
}

function usesNavigation(where: unknown): boolean {
  if (!where || typeof where !== 'object') return false;
  const navKeys = new Set(Object.values(NAVIGATION).flatMap((m) => Object.keys(m)));
  return Object.entries(where as Record<string, unknown>).some(([k, v]) => (navKeys.has(k) && v && typeof v === 'object' && !Array.isArray(v)) || (['not', 'anyOf', 'allOf'].includes(k) && (Array.isArray(v) ? v.some(usesNavigation) : usesNavigation(v))));
}

const KIND_NAME: Record<Kind, string> = { topic: 'topic', consumerGroup: 'consumer group', client: 'client' };

function policyRule(id: string, def: PolicyDefinition, kinds: Kind[], validate: ValidateFunction | undefined, file: string): AnyRule {
  const where = def.match.where;
  return defineRule({
    meta: {
      id,
      level: def.level ?? 'error',
      kind: 'static',
      description: def.description,
      rationale: def.rationale ?? `${def.description} (custom policy from ${file}).`,
      tags: ['policy', ...(def.tags ?? [])],
      defaultOptions: {},
      ...(usesNavigation(where) ? { crossFile: true } : {}),
      ...(def.docsUrl ? { docsUrl: def.docsUrl } : {}),
    },
    check(ctx) {
      const lookup = catalogLookup(ctx.catalog);
      const entities: Entity[] = [];
      for (const kind of kinds) {
        const it = kind === 'topic' ? ctx.topics() : kind === 'consumerGroup' ? ctx.consumerGroups() : ctx.clients();
        for (const [e] of it) entities.push(e);
      }
      for (const entity of entities) {
        if (where && evaluateWhere(entity, where, { lookup }) !== true) continue;
        const view = viewOf(entity);
        const vars = { name: view.data['name'] === undefined ? '(unnamed)' : String(view.data['name']), kind: KIND_NAME[entity.kind], rule: id, description: def.description };
        if (!validate) {
          ctx.report({ entity, loc: entity.name.loc ?? entity.loc, message: render(def.message, { ...vars, field: '', value: vars.name, error: 'matches the policy selector' }, `${capital(vars.kind)} "${vars.name}": ${def.description}`) });
          continue;
        }
        if (validate(view.data)) continue;
        const seen = new Set<string>();
        for (const err of relevantErrors(validate.errors ?? [])) {
          const pointer = pointerOf(err);
          if (isUnknownAt(view, pointer)) continue;
          const field = pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).join('.');
          const loc = locationFor(entity, view, pointer);
          // One finding per place: `retention` read from `config.retention.ms` is the same value.
          const place = `${loc.file}:${loc.start}:${loc.end}`;
          if (seen.has(field) || seen.has(place)) continue;
          seen.add(field);
          seen.add(place);
          const value = err.keyword === 'required' ? '(missing)' : (view.raws.get(pointer) ?? JSON.stringify(valueAt(view.data, pointer)));
          const error = explain(err, field);
          ctx.report({
            entity,
            ...(field ? { field } : {}),
            loc,
            message: render(def.message, { ...vars, field, value, error }, `${capital(vars.kind)} "${vars.name}" breaks policy ${id}: ${error}. ${def.description}`),
          });
        }
      }
    },
  });
}

/** Branch errors of anyOf/oneOf and the summary of if/then say nothing more than their parent. */
function relevantErrors(errors: readonly ErrorObject[]): ErrorObject[] {
  const parents = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => e.keyword !== 'if' && !parents.some((p) => e.schemaPath.startsWith(p)));
}

function pointerOf(err: ErrorObject): string {
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  if (err.keyword === 'required') return `${err.instancePath}/${esc(String((err.params as { missingProperty: string }).missingProperty))}`;
  if (err.keyword === 'additionalProperties') return `${err.instancePath}/${esc(String((err.params as { additionalProperty: string }).additionalProperty))}`;
  return err.instancePath;
}

function valueAt(data: unknown, pointer: string): unknown {
  let v = data;
  for (const seg of pointer.slice(1).split('/')) {
    if (!seg) continue;
    const key = seg.replace(/~1/g, '/').replace(/~0/g, '~');
    v = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined;
  }
  return v;
}

const isDurationField = (field: string) => field === 'retention' || field === 'freshnessSlo' || field.endsWith('.ms');
const limit = (field: string, n: unknown) => (typeof n === 'number' && isDurationField(field) ? describeMs(n) : JSON.stringify(n));

/** A plain-language reading of an ajv error. */
function explain(err: ErrorObject, field: string): string {
  const f = `\`${field || 'the entry'}\``;
  const p = err.params as Record<string, unknown>;
  switch (err.keyword) {
    case 'required':
      return `${f} is missing`;
    case 'additionalProperties':
      return `${f} is not allowed`;
    case 'const':
      return `${f} must be ${limit(field, p['allowedValue'])}`;
    case 'enum':
      return `${f} must be one of ${((p['allowedValues'] as unknown[]) ?? []).map((v) => limit(field, v)).join(', ')}`;
    case 'maximum':
    case 'minimum':
    case 'exclusiveMaximum':
    case 'exclusiveMinimum':
      return `${f} must be ${String(p['comparison'])} ${limit(field, p['limit'])}`;
    case 'pattern':
      return `${f} must match \`${String(p['pattern'])}\``;
    case 'not':
      return `${f} has a value the policy forbids`;
    case 'anyOf':
    case 'oneOf':
      return `${f} matches none of the allowed shapes`;
    default:
      return `${f} ${err.message ?? 'is invalid'}`;
  }
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** `{{name}}`-style templates; unknown placeholders are left as written. */
export function render(template: string | undefined, vars: Readonly<Record<string, string>>, fallback: string): string {
  if (!template) return fallback;
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (m, k: string) => vars[k] ?? m);
}
