/**
 * The selector language of `where:` (policies) and `when:` (config overrides). Pure.
 *
 *   where:
 *     classification: restricted            # equality
 *     drTier: [tier-0, tier-1]               # any of
 *     partitions: { gte: 12, lt: 100 }       # operators: eq ne in notIn gt gte lt lte exists matches not
 *     retention: { gt: P30D }                # durations as ISO-8601 (compared in ms; infinite is longest)
 *     config.retention.ms: { exists: true }  # a Kafka config key (or `config: { retention.ms: ... }`)
 *     labels.x-dr-tier: tier-1               # a label (or `labels: { x-dr-tier: tier-1 }`)
 *     topics: { drTier: tier-1 }             # navigation: any of the group's topics matches
 *     not: { owner: { exists: true } }
 *     anyOf: [{ ... }, { ... }]
 *     allOf: [{ ... }, { ... }]
 *
 * Evaluation is three-valued: a value that cannot be known statically (`${RF}`) makes a comparison
 * "cannot tell" (`undefined`), and a policy only applies when its selector is definitely true.
 */
import type { Entity } from '../model/model.js';
import { parseRetention, toNumber } from '../model/values.js';
import type { YNode } from '../yaml/tree.js';
import { didYouMean } from '../util/did-you-mean.js';
import { regexProblem, safeRegex } from '../util/safe-regex.js';
import { viewOf } from './view.js';

export type Truth = boolean | undefined;
export type Where = Readonly<Record<string, unknown>>;

export const OPERATORS = ['eq', 'ne', 'in', 'notIn', 'gt', 'gte', 'lt', 'lte', 'exists', 'matches', 'not'] as const;
const OPERATOR_SET: ReadonlySet<string> = new Set(OPERATORS);
export const COMBINATORS = ['not', 'anyOf', 'allOf'] as const;

/** Keys that lead from one entity to others, by entity kind. */
export const NAVIGATION: Readonly<Record<string, Readonly<Record<string, 'topic' | 'consumerGroup'>>>> = {
  topic: { consumerGroups: 'consumerGroup' },
  consumerGroup: { topics: 'topic', dlq: 'topic' },
  client: { produces: 'topic', consumes: 'topic', groupId: 'consumerGroup' },
};

/** Finds related entities by name (a catalog index); without one, navigation cannot tell. */
export interface SelectorContext {
  readonly lookup?: (kind: 'topic' | 'consumerGroup', name: string) => readonly Entity[];
}

const and = (values: Truth[]): Truth => (values.includes(false) ? false : values.includes(undefined) ? undefined : true);
const or = (values: Truth[]): Truth => (values.includes(true) ? true : values.includes(undefined) ? undefined : false);
const not = (t: Truth): Truth => (t === undefined ? undefined : !t);

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
export const isOperatorObject = (v: unknown): v is Record<string, unknown> => isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => OPERATOR_SET.has(k));

const DURATION_KEYS = new Set(['retention', 'freshnessSlo']);
const isDurationKey = (key: string) => DURATION_KEYS.has(key) || /\.ms$/.test(key);

/** Does the entity definitely match? (`undefined`: cannot tell.) */
export function evaluateWhere(entity: Entity, where: Where, ctx: SelectorContext = {}, depth = 0): Truth {
  if (depth > 8) return false;
  const results: Truth[] = [];
  for (const [key, condition] of Object.entries(where)) {
    if (key === 'not') results.push(not(evaluateWhere(entity, condition as Where, ctx, depth)));
    else if (key === 'anyOf') results.push(or((condition as Where[]).map((w) => evaluateWhere(entity, w, ctx, depth))));
    else if (key === 'allOf') results.push(and((condition as Where[]).map((w) => evaluateWhere(entity, w, ctx, depth))));
    else results.push(evaluateKey(entity, key, condition, ctx, depth));
    if (results[results.length - 1] === false) return false;
  }
  return and(results);
}

function evaluateKey(entity: Entity, key: string, condition: unknown, ctx: SelectorContext, depth: number): Truth {
  const view = viewOf(entity);
  const nav = NAVIGATION[entity.kind]?.[key];
  if (nav && isPlainObject(condition) && !isOperatorObject(condition)) {
    if (!ctx.lookup) return undefined;
    const raw = view.data[key];
    const names = Array.isArray(raw) ? (raw as string[]) : typeof raw === 'string' ? [raw] : [];
    const related = names.flatMap((n) => ctx.lookup!(nav, n));
    const found = or(related.map((r) => evaluateWhere(r, condition, ctx, depth + 1)));
    const someUnknown = view.unknown.has(`/${key}/?`) || view.unknown.has(`/${key}`);
    return found === false && someUnknown ? undefined : found;
  }
  if ((key === 'config' || key === 'labels') && isPlainObject(condition) && !isOperatorObject(condition)) {
    return and(Object.entries(condition).map(([k, c]) => evaluateKey(entity, `${key}.${k}`, c, ctx, depth)));
  }
  const { value, unknown, durationKey } = attribute(entity, key);
  return test(value, unknown, condition, durationKey);
}

/** An attribute by selector key: `drTier`, `config.retention.ms`, `labels.x-dr-tier`, or a bare label/config key. */
export function attribute(entity: Entity, key: string): { value: unknown; unknown: boolean; durationKey: boolean } {
  const view = viewOf(entity);
  const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
  const lookIn = (map: 'config' | 'labels', sub: string) => {
    const m = view.data[map] as Record<string, unknown> | undefined;
    return { value: m?.[sub], unknown: view.unknown.has(`/${map}/${esc(sub)}`), durationKey: isDurationKey(sub) };
  };
  if (key.startsWith('config.')) return lookIn('config', key.slice(7));
  if (key.startsWith('labels.')) return lookIn('labels', key.slice(7));
  const pointer = `/${esc(key)}`;
  if (key in view.data || view.unknown.has(pointer)) return { value: view.data[key], unknown: view.unknown.has(pointer) || view.unknown.has(`${pointer}/?`) && view.data[key] === undefined, durationKey: isDurationKey(key) };
  // Like `when:` always did: a bare key that is no field may be a label or a config key.
  const label = lookIn('labels', key);
  if (label.value !== undefined || label.unknown) return label;
  return lookIn('config', key);
}

function test(actual: unknown, unknown: boolean, condition: unknown, durationKey: boolean): Truth {
  if (isOperatorObject(condition)) {
    return and(Object.entries(condition).map(([op, operand]) => applyOperator(op, actual, unknown, operand, durationKey)));
  }
  if (Array.isArray(condition)) return applyOperator('in', actual, unknown, condition, durationKey);
  return applyOperator('eq', actual, unknown, condition, durationKey);
}

function applyOperator(op: string, actual: unknown, unknown: boolean, operand: unknown, durationKey: boolean): Truth {
  if (op === 'exists') return (actual !== undefined || unknown) === Boolean(operand);
  if (op === 'not') return not(test(actual, unknown, operand, durationKey));
  if (unknown && actual === undefined) return undefined;
  const values = Array.isArray(actual) ? actual : actual === undefined ? [] : [actual];
  switch (op) {
    case 'eq':
      return values.some((a) => equals(a, operand, durationKey));
    case 'ne':
      return !values.some((a) => equals(a, operand, durationKey));
    case 'in':
      return values.some((a) => (operand as unknown[]).some((o) => equals(a, o, durationKey)));
    case 'notIn':
      return !values.some((a) => (operand as unknown[]).some((o) => equals(a, o, durationKey)));
    case 'matches': {
      const re = safeRegex(String(operand)); // linear time: the pattern comes from the repository
      return re ? values.some((a) => typeof a === 'string' && re.test(a)) : false;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const b = comparable(operand, durationKey);
      if (b === undefined) return false;
      return values.some((v) => {
        const a = comparable(v, durationKey);
        if (a === undefined) return false;
        return op === 'gt' ? a > b : op === 'gte' ? a >= b : op === 'lt' ? a < b : a <= b;
      });
    }
    default:
      return false;
  }
}

/** A number to compare: numbers, numeric strings, ISO-8601 durations (ms); infinite (-1) is the longest. */
export function comparable(v: unknown, durationKey: boolean): number | undefined {
  let n: number | undefined;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string') n = toNumber(v) ?? (/^P|^(infinite|unlimited|forever)$/i.test(v.trim()) ? parseRetention(v) : undefined);
  if (n === undefined) return undefined;
  if (durationKey && n === -1) return Infinity;
  return n;
}

function equals(a: unknown, b: unknown, durationKey: boolean): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'string') {
    const n = comparable(b, durationKey);
    return n !== undefined && n === comparable(a, durationKey);
  }
  if (typeof a === 'string' && typeof b === 'number') return toNumber(a) === b;
  if (typeof a === 'boolean' || typeof b === 'boolean') return String(a).toLowerCase() === String(b).toLowerCase();
  return false;
}

// ---------------------------------------------------------------------------------------------------
// Checking a selector as written (config and policy loading): every mistake at its YAML node.

export interface SelectorProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

const KNOWN_KEYS: Readonly<Record<string, readonly string[]>> = {
  topic: ['kind', 'name', 'file', 'format', 'owner', 'classification', 'key', 'partitions', 'replicationFactor', 'minInsyncReplicas', 'cleanupPolicy', 'retention', 'schemaCompatibility', 'drTier', 'contact', 'schemaOwner', 'deprecated', 'consumerGroups', 'config', 'labels'],
  consumerGroup: ['kind', 'name', 'file', 'format', 'owner', 'topics', 'idempotent', 'replay', 'replayProhibitedReason', 'offsetRecovery', 'dlq', 'freshnessSlo', 'config', 'labels'],
  client: ['kind', 'name', 'file', 'format', 'role', 'library', 'profile', 'groupId', 'produces', 'consumes', 'config'],
};

/** Every field name a selector may use for the given entity kinds (all kinds when none). */
export function knownKeys(kinds?: readonly string[]): string[] {
  const list = kinds && kinds.length ? kinds : Object.keys(KNOWN_KEYS);
  return [...new Set(list.flatMap((k) => KNOWN_KEYS[k] ?? []))];
}

/**
 * Check a `where:`/`when:` node: unknown operators and fields (with did-you-mean), regexes that do not
 * compile, comparisons with something that is neither a number nor a duration, navigation where none is.
 */
export function checkWhere(node: YNode, kinds?: readonly string[], allowNavigation = true, depth = 0): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  const at = (n: { start: number; end: number }, message: string) => out.push({ message, start: n.start, end: n.end });
  if (node.type !== 'map') {
    at(node, 'A selector must be a mapping of field names to conditions, e.g. `{ drTier: tier-1 }`.');
    return out;
  }
  const fields = knownKeys(kinds);
  for (const pair of node.pairs) {
    const key = pair.key;
    const value = pair.value;
    if (key === 'not' || key === 'allOf' || key === 'anyOf') {
      if (!value) at(pair.keyNode, `\`${key}\` needs a selector.`);
      else if (key === 'not') out.push(...checkWhere(value, kinds, allowNavigation, depth));
      else if (value.type !== 'seq') at(value, `\`${key}\` takes a list of selectors.`);
      else for (const item of value.items) out.push(...checkWhere(item, kinds, allowNavigation, depth));
      continue;
    }
    const base = key.startsWith('config.') || key.startsWith('labels.') ? key.slice(0, key.indexOf('.')) : key;
    if (!fields.includes(base) && !key.startsWith('x-')) {
      const suggestion = didYouMean(key, [...fields, ...OPERATORS, ...COMBINATORS]);
      at(pair.keyNode, `Unknown field \`${key}\` in the selector.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use one of ${fields.join(', ')}, \`config.<key>\`, \`labels.<key>\`, not, anyOf, allOf.`}`);
      continue;
    }
    if (!value) {
      at(pair.keyNode, `\`${key}\` needs a condition: a value, a list of values, or operators such as \`{ gt: 3 }\`.`);
      continue;
    }
    const navTargets = (kinds && kinds.length ? kinds : Object.keys(NAVIGATION)).map((k) => NAVIGATION[k]?.[key]).filter((x): x is 'topic' | 'consumerGroup' => x !== undefined);
    if (value.type === 'map' && !isOperatorNode(value)) {
      if ((key === 'config' || key === 'labels') && depth < 8) {
        for (const p of value.pairs) if (p.value) out.push(...checkCondition(p.value, `${key}.${p.key}`));
        continue;
      }
      if (navTargets.length > 0 && allowNavigation && depth < 4) {
        out.push(...checkWhere(value, [...new Set(navTargets)], allowNavigation, depth + 1));
        continue;
      }
      const unknownOp = value.pairs.find((p) => !OPERATOR_SET.has(p.key));
      const suggestion = unknownOp ? didYouMean(unknownOp.key, OPERATORS) : undefined;
      at(unknownOp?.keyNode ?? value, unknownOp ? `Unknown operator \`${unknownOp.key}\` for \`${key}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use ${OPERATORS.join(', ')}.`}${navTargets.length && !allowNavigation ? ' (Navigation to related entities is not available here.)' : ''}` : `Unknown condition for \`${key}\`.`);
      continue;
    }
    out.push(...checkCondition(value, key));
  }
  return out;
}

function isOperatorNode(n: YNode): boolean {
  return n.type === 'map' && n.pairs.length > 0 && n.pairs.every((p) => OPERATOR_SET.has(p.key));
}

function checkCondition(node: YNode, key: string): SelectorProblem[] {
  const out: SelectorProblem[] = [];
  const at = (n: { start: number; end: number }, message: string) => out.push({ message, start: n.start, end: n.end });
  if (node.type !== 'map') return out;
  if (!isOperatorNode(node)) {
    const bad = node.pairs.find((p) => !OPERATOR_SET.has(p.key));
    const suggestion = bad ? didYouMean(bad.key, OPERATORS) : undefined;
    if (bad) at(bad.keyNode, `Unknown operator \`${bad.key}\` for \`${key}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use ${OPERATORS.join(', ')}.`}`);
    return out;
  }
  for (const p of node.pairs) {
    const v = p.value;
    if (!v) {
      at(p.keyNode, `\`${p.key}\` needs a value.`);
      continue;
    }
    switch (p.key) {
      case 'in':
      case 'notIn':
        if (v.type !== 'seq') at(v, `\`${p.key}\` takes a list of values, e.g. \`[tier-0, tier-1]\`.`);
        break;
      case 'exists':
        if (v.type !== 'scalar' || typeof v.value !== 'boolean') at(v, '`exists` takes true or false.');
        break;
      case 'matches':
        if (v.type !== 'scalar') at(v, '`matches` takes a regular expression, e.g. `"\\.dlq$"`.');
        else {
          const problem = regexProblem(String(v.value));
          if (problem) at(v, `\`matches\`: the regular expression \`${String(v.value).slice(0, 200)}\` ${problem}`);
        }
        break;
      case 'gt':
      case 'gte':
      case 'lt':
      case 'lte':
        if (v.type !== 'scalar' || comparable(v.value, true) === undefined) at(v, `\`${p.key}\` takes a number or an ISO-8601 duration such as P30D; got \`${v.type === 'scalar' ? v.raw : '...'}\`.`);
        break;
      case 'not':
        out.push(...checkCondition(v, key));
        break;
      default:
        break;
    }
  }
  return out;
}
