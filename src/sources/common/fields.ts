/** Turn YAML nodes into model fields, with locations and the user's spelling. */
import type { ConfigMap, ConfigScalar, Field, SourceLocation } from '../../model/model.js';
import { invalid, isPlaceholder, known, toBoolean, toNumber, unknown } from '../../model/values.js';
import type { YNode, YPair } from '../../yaml/tree.js';

export function locOf(file: string, node: { start: number; end: number }): SourceLocation {
  return { file, start: node.start, end: node.end };
}

function scalarSpelling(node: YNode): string {
  if (node.type !== 'scalar') return node.type === 'map' ? '{...}' : '[...]';
  return node.quoted ? JSON.stringify(node.raw) : node.raw;
}

/** Unknown when a placeholder (`${X}`, `{{ x }}`) is used; otherwise undefined. */
function placeholder(file: string, node: YNode): Field<never> | undefined {
  if (node.type === 'scalar' && typeof node.value === 'string' && isPlaceholder(node.value)) {
    return unknown(locOf(file, node), 'placeholder', scalarSpelling(node));
  }
  return undefined;
}

export function stringField(file: string, node: YNode | undefined): Field<string> | undefined {
  if (!node) return undefined;
  const ph = placeholder(file, node);
  if (ph) return ph;
  if (node.type !== 'scalar' || node.value === null) return invalid(locOf(file, node), scalarSpelling(node), 'a string');
  return known(String(node.value), locOf(file, node), scalarSpelling(node));
}

/** A number, accepting numbers written as strings (`"3"`), as real files do. */
export function numberField(file: string, node: YNode | undefined, expected = 'a whole number'): Field<number> | undefined {
  if (!node) return undefined;
  const ph = placeholder(file, node);
  if (ph) return ph;
  const n = node.type === 'scalar' ? toNumber(node.value as ConfigScalar) : undefined;
  if (n === undefined) return invalid(locOf(file, node), scalarSpelling(node), expected);
  return known(n, locOf(file, node), scalarSpelling(node));
}

export function booleanField(file: string, node: YNode | undefined): Field<boolean> | undefined {
  if (!node) return undefined;
  const ph = placeholder(file, node);
  if (ph) return ph;
  const b = node.type === 'scalar' ? toBoolean(node.value as ConfigScalar) : undefined;
  if (b === undefined) return invalid(locOf(file, node), scalarSpelling(node), 'true or false');
  return known(b, locOf(file, node), scalarSpelling(node));
}

/** A raw config value (scalar, or a list joined with commas as Kafka writes lists). */
export function configValueField(file: string, node: YNode | undefined, pair?: YPair): Field<ConfigScalar> {
  if (!node) return known(null, locOf(file, pair ?? { start: 0, end: 0 }), '');
  const ph = placeholder(file, node);
  if (ph) return ph;
  if (node.type === 'scalar') return known(node.value, locOf(file, node), scalarSpelling(node));
  if (node.type === 'seq' && node.items.every((i) => i.type === 'scalar')) {
    const joined = node.items.map((i) => String((i as { value: unknown }).value)).join(',');
    return known(joined, locOf(file, node), `[${node.items.map(scalarSpelling).join(', ')}]`);
  }
  return invalid(locOf(file, node), scalarSpelling(node), 'a scalar config value');
}

/** All pairs of a map as raw config fields, keys as written. */
export function configMap(file: string, node: YNode | undefined): ConfigMap {
  const out: Record<string, Field<ConfigScalar>> = {};
  if (!node || node.type !== 'map') return out;
  for (const p of node.pairs) out[p.key] = configValueField(file, p.value, p);
  return out;
}

/** String-valued map (labels, annotations). */
export function labelMap(file: string, node: YNode | undefined, filter?: (key: string) => boolean): Record<string, Field<string>> {
  const out: Record<string, Field<string>> = {};
  if (!node || node.type !== 'map') return out;
  for (const p of node.pairs) {
    if (filter && !filter(p.key)) continue;
    const f = stringField(file, p.value);
    if (f) out[p.key] = f;
  }
  return out;
}

/** A list of strings; a single scalar counts as a one-item list. */
export function stringList(file: string, node: YNode | undefined): Field<string>[] {
  if (!node) return [];
  if (node.type === 'seq') return node.items.map((i) => stringField(file, i)!).filter(Boolean);
  const one = stringField(file, node);
  return one ? [one] : [];
}
