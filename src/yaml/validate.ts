/**
 * Validate YAML entries against a JSON Schema with ajv and map every error back to the exact YAML
 * location of the offending (or missing) field. Shared by the catalog adapter, config and policies.
 */
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { didYouMean } from '../util/did-you-mean.js';
import { excerpt } from '../util/excerpt.js';
import { ajvRegExp } from '../util/safe-regex.js';
import { consumerGroupSchema, topicSchema } from '../schemas/catalog.js';
import * as precompiled from '../schemas/validators.generated.js';
import { toJS, type YNode } from './tree.js';

export interface LocatedSchemaError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  /** Dotted path of the field (`config.retention.ms` style, JSON pointer segments joined by `.`). */
  readonly path: string;
}

const ajvInstances = new Map<string, Ajv>();

/**
 * One ajv per option set, schemas compiled once and cached by ajv itself. Our own schemas (`src/schemas/`)
 * are not checked against the JSON Schema meta-schema on every run: compiling the meta-schema took a
 * fifth of a small run (test/schemas.test.ts checks them once). Schemas from users' policies are.
 */
export function getAjv(coerce = true, from: 'builtin' | 'user' = 'builtin'): Ajv {
  const key = `${coerce ? 'coerce' : 'strict'}/${from}`;
  let ajv = ajvInstances.get(key);
  if (!ajv) {
    // A user's schema (a policy's `require`) comes from the repository: its `pattern`s run on RE2, in linear time.
    const user = from === 'user' ? { validateSchema: true, code: { regExp: ajvRegExp } } : { validateSchema: false };
    ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: coerce, useDefaults: false, ...user });
    ajvInstances.set(key, ajv);
  }
  return ajv;
}

const compiled = new WeakMap<object, ValidateFunction>();
/**
 * The catalog schemas, compiled at build time with the options of `getAjv(true)`
 * (scripts/gen-validators.mjs): every run that reads a catalog would otherwise compile them first.
 */
const builtAhead = new Map<object, ValidateFunction>([
  [topicSchema, precompiled.topic as ValidateFunction],
  [consumerGroupSchema, precompiled.consumerGroup as ValidateFunction],
]);

export function compileSchema(schema: object, coerce = true): ValidateFunction {
  if (coerce) {
    const ahead = builtAhead.get(schema);
    if (ahead) return ahead;
  }
  let fn = compiled.get(schema);
  if (!fn) {
    fn = getAjv(coerce).compile(schema);
    compiled.set(schema, fn);
  }
  return fn;
}

/** The node at a JSON pointer (`/config/retention.ms`), and the deepest existing ancestor. */
export function nodeAtPointer(root: YNode, pointer: string): { node: YNode; keyNode?: YNode; exact: boolean } {
  const segments = pointer === '' ? [] : pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  let node: YNode = root;
  let keyNode: YNode | undefined;
  for (const seg of segments) {
    if (node.type === 'map') {
      const pair = node.pairs.find((p) => p.key === seg);
      if (!pair) return { node, exact: false };
      keyNode = pair.keyNode;
      if (!pair.value) return { node: pair.keyNode, keyNode, exact: false };
      node = pair.value;
    } else if (node.type === 'seq') {
      const item = node.items[Number(seg)];
      if (!item) return { node, exact: false };
      keyNode = undefined;
      node = item;
    } else return { node, exact: false };
  }
  return { node, ...(keyNode ? { keyNode } : {}), exact: true };
}

function propertyNames(schema: unknown, pointer: string): string[] {
  // Walk the schema's `properties` along the instance path to list the keys allowed there.
  let s = schema as Record<string, unknown> | undefined;
  const segments = pointer === '' ? [] : pointer.slice(1).split('/');
  for (const seg of segments) {
    if (!s) break;
    const props = s['properties'] as Record<string, unknown> | undefined;
    if (props && props[seg]) s = props[seg] as Record<string, unknown>;
    else if (s['items']) s = s['items'] as Record<string, unknown>;
    else if (typeof s['additionalProperties'] === 'object') s = s['additionalProperties'] as Record<string, unknown>;
    else return [];
  }
  return Object.keys((s?.['properties'] as Record<string, unknown>) ?? {});
}

/** Keys are the file's own text: quoted briefly (a key is a name, never a paragraph or a secret). */
const KEY_EXCERPT_MAX = 64;

function describe(err: ErrorObject, schema: object): string {
  const field = err.instancePath === '' ? 'the entry' : `\`${err.instancePath.slice(1).replace(/\//g, '.')}\``;
  switch (err.keyword) {
    case 'additionalProperty':
    case 'additionalProperties': {
      const key = String((err.params as { additionalProperty: string }).additionalProperty);
      const suggestion = didYouMean(key, propertyNames(schema, err.instancePath));
      return `Unknown key \`${excerpt(key, KEY_EXCERPT_MAX)}\`${err.instancePath ? ` in ${field}` : ''}.${suggestion ? ` Did you mean \`${suggestion}\`?` : ' Remove it, or prefix custom metadata with `x-`.'}`;
    }
    case 'required':
      return `Missing required key \`${(err.params as { missingProperty: string }).missingProperty}\`${err.instancePath ? ` in ${field}` : ''}.`;
    case 'enum':
      return `${field} must be one of ${((err.params as { allowedValues: unknown[] }).allowedValues ?? []).map((v) => `\`${String(v)}\``).join(', ')}.`;
    case 'type':
      return `${field} must be ${articleType(String((err.params as { type: string }).type))}.`;
    default:
      return `${field} ${err.message ?? 'is invalid'}.`;
  }
}

function articleType(t: string): string {
  const names: Record<string, string> = { integer: 'a whole number', number: 'a number', string: 'a string', boolean: 'true or false', array: 'a list', object: 'a mapping' };
  return t.split(',').map((x) => names[x] ?? x).join(' or ');
}

/** Validate a YAML node; every error located at the YAML node it is about. */
export function validateNode(root: YNode, schema: object, coerce = true): LocatedSchemaError[] {
  const validate = compileSchema(schema, coerce);
  const data = toJS(root);
  if (validate(data)) return [];
  const errors = validate.errors ?? [];
  // anyOf/oneOf produce one error per branch plus a summary: keep the summary only.
  const summaries = new Set(errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf').map((e) => e.instancePath));
  const out: LocatedSchemaError[] = [];
  const seen = new Set<string>();
  for (const err of errors) {
    if (err.keyword !== 'anyOf' && err.keyword !== 'oneOf' && summaries.has(err.instancePath)) continue;
    let pointer = err.instancePath;
    if (err.keyword === 'additionalProperties') pointer += `/${String((err.params as { additionalProperty: string }).additionalProperty).replace(/~/g, '~0').replace(/\//g, '~1')}`;
    const at = nodeAtPointer(root, pointer);
    const target = err.keyword === 'additionalProperties' ? (at.keyNode ?? at.node) : at.node;
    const message = err.keyword === 'anyOf' || err.keyword === 'oneOf' ? `${err.instancePath ? `\`${err.instancePath.slice(1).replace(/\//g, '.')}\`` : 'The entry'} has an unsupported shape.` : describe(err, schema);
    const key = `${target.start}:${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ message, start: target.start, end: target.end, path: pointer.slice(1).replace(/\//g, '.') });
  }
  return out;
}
