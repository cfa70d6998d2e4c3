/**
 * The plain-object view of an entity that policies see: `where:` selectors read it and `require:`
 * JSON Schemas validate it. Known values only; durations in milliseconds. Next to it, where each
 * value was written (JSON pointer -> source location), so a schema error points at the user's YAML.
 *
 * Topic:          kind, name, file, format, owner, classification, key, partitions, replicationFactor,
 *                 minInsyncReplicas, cleanupPolicy (list), retention (ms, -1 = infinite), schemaCompatibility,
 *                 drTier, contact, schemaOwner, deprecated, consumerGroups (list), config {}, labels {}
 * Consumer group: kind, name, file, format, owner, topics (list), idempotent, replay, replayProhibitedReason,
 *                 offsetRecovery, dlq, freshnessSlo (ms), config {}, labels {}
 * Client:         kind, name, file, format, role, library, profile, groupId, produces (list), consumes (list), config {}
 *
 * A value that is unknown statically (`${RF}`) or invalid (`retention: soon`) is left out of the object
 * and recorded in `unknown`: selectors treat it as "cannot tell" and schema errors about it are dropped.
 */
import type { Entity, Field, SourceLocation } from '../model/model.js';
import { parseIsoDuration } from '../model/values.js';

export interface EntityView {
  readonly data: Record<string, unknown>;
  /** JSON pointer (`/retention`, `/config/retention.ms`, `/topics/0`) -> where it was written. */
  readonly locs: ReadonlyMap<string, SourceLocation>;
  /** JSON pointer -> the user's spelling, for `{{value}}`. */
  readonly raws: ReadonlyMap<string, string>;
  /** Pointers of fields that are present but unknown or invalid. */
  readonly unknown: ReadonlySet<string>;
}

const escape = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

/** Model field name -> view key, where they differ. */
const RENAMED: Readonly<Record<string, string>> = { retentionMs: 'retention' };
const SKIP = new Set(['kind', 'name', 'loc', 'file', 'format', 'declaredIn', 'role', 'library', 'profile']);
/** Fields whose string value is an ISO-8601 duration, exposed in ms. */
const DURATIONS = new Set(['freshnessSlo']);

const cache = new WeakMap<Entity, EntityView>();

export function viewOf(entity: Entity): EntityView {
  const hit = cache.get(entity);
  if (hit) return hit;
  const data: Record<string, unknown> = {};
  const locs = new Map<string, SourceLocation>();
  const raws = new Map<string, string>();
  const unknown = new Set<string>();
  const put = (target: Record<string, unknown>, key: string, pointer: string, field: Field<unknown>, convert?: (v: unknown) => unknown) => {
    locs.set(pointer, field.loc);
    if (field.raw !== undefined) raws.set(pointer, field.raw);
    if (field.kind !== 'known') {
      unknown.add(pointer);
      return;
    }
    const value = convert ? convert(field.value) : field.value;
    if (value === undefined) {
      unknown.add(pointer);
      return;
    }
    target[key] = Array.isArray(value) ? [...value] : value;
    if (field.raw === undefined) raws.set(pointer, typeof value === 'string' ? value : JSON.stringify(value));
  };
  data['kind'] = entity.kind;
  put(data, 'name', '/name', entity.name);
  data['file'] = entity.file;
  data['format'] = entity.format;
  if (entity.kind === 'client') {
    data['role'] = entity.role;
    data['library'] = entity.library;
    if (entity.profile) data['profile'] = entity.profile;
  }
  for (const [k, v] of Object.entries(entity)) {
    if (SKIP.has(k) || v === undefined) continue;
    const key = RENAMED[k] ?? k;
    const pointer = `/${escape(key)}`;
    if (k === 'config' || k === 'labels') {
      const map: Record<string, unknown> = {};
      for (const [ck, cv] of Object.entries(v as Record<string, Field<unknown>>)) put(map, ck, `${pointer}/${escape(ck)}`, cv);
      data[key] = map;
    } else if (Array.isArray(v)) {
      const list: unknown[] = [];
      (v as Field<unknown>[]).forEach((item, i) => {
        const p = `${pointer}/${list.length}`;
        if (item.kind === 'known') {
          put(list as unknown as Record<string, unknown>, String(list.length), p, item);
        } else {
          // An item that cannot be known: "any of the list" can no longer be answered "no".
          locs.set(`${pointer}/?${i}`, item.loc);
          unknown.add(`${pointer}/?`);
        }
      });
      data[key] = list;
    } else if (v && typeof v === 'object' && 'kind' in v) {
      const convert = DURATIONS.has(k) ? (x: unknown) => (typeof x === 'string' ? parseIsoDuration(x) : x) : undefined;
      put(data, key, pointer, v as Field<unknown>, convert);
    }
  }
  const view = { data, locs, raws, unknown };
  cache.set(entity, view);
  return view;
}

/** The location for a JSON pointer: the field itself, else its nearest written ancestor, else the name. */
export function locationFor(entity: Entity, view: EntityView, pointer: string): SourceLocation {
  let p = pointer;
  for (;;) {
    const loc = view.locs.get(p);
    if (loc && p !== '/name') return loc;
    if (p === '') break;
    p = p.slice(0, p.lastIndexOf('/'));
  }
  return entity.name.loc ?? entity.loc;
}

/** Whether a pointer is, or lies under, a field that is unknown or invalid. */
export function isUnknownAt(view: EntityView, pointer: string): boolean {
  for (const u of view.unknown) if (pointer === u || pointer.startsWith(`${u}/`)) return true;
  return false;
}
