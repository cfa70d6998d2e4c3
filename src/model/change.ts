/**
 * Change safety (`--base`): matching the entities of the base catalog with those of the current one.
 * Pure. Matching uses only the model, so it works across formats: a topic written as a Strimzi
 * `KafkaTopic` at the base and as a Terraform `kafka_topic` now is the same topic.
 *
 * - Topics and consumer groups are matched by name. A topic whose definition moved to another file is
 *   a move (`moved: true`), not a deletion plus an addition.
 * - A topic gone by name whose settings reappear unchanged under a new name is a rename: reported as a
 *   deletion of the old name (`renamedTo` set), because Kafka cannot rename a topic.
 */
import type { Catalog, ConsumerGroup, Entity, Field, SourceLocation, Topic } from './model.js';
import type { BaseInfo, RelatedLocation, RuleContext } from './rule.js';
import { drTierOf, ownerOf } from './labels.js';

/**
 * Put this in a change rule's message where the base location (`origin/main:kafka/a.yaml:12`) belongs:
 * the engine replaces it with the first `atBase` related location, once it knows the line.
 */
export const BASE_LOCATION = '\u0000base-location\u0000';

export interface Pair<T extends Entity> {
  readonly base: T;
  readonly head: T;
  /** Defined in another file than at the base. */
  readonly moved: boolean;
}

export interface DeletedTopic {
  readonly base: Topic;
  /** A topic that is new at the head with exactly the same settings: the old one was renamed. */
  readonly renamedTo?: Topic;
}

export interface CatalogChanges {
  readonly topics: readonly Pair<Topic>[];
  readonly deletedTopics: readonly DeletedTopic[];
  /** New at the head (rename targets included). */
  readonly addedTopics: readonly Topic[];
  readonly groups: readonly Pair<ConsumerGroup>[];
  readonly deletedGroups: readonly ConsumerGroup[];
  readonly addedGroups: readonly ConsumerGroup[];
}

const memo = new WeakMap<Catalog, { base: Catalog; changes: CatalogChanges }>();

/**
 * Topics present at the base and at the head whose model differs (an unchanged file's topics are the
 * same object on both sides), for which the rule is on; `at` is the base the rule compares with.
 */
export function* changedTopics(ctx: RuleContext<unknown>): Generator<{ base: Topic; head: Topic; at: BaseInfo }> {
  const at = ctx.base;
  if (!at) return;
  for (const { base, head } of compareCatalogs(at.catalog, ctx.catalog).topics) {
    if (base !== head && ctx.options(head) !== undefined) yield { base, head, at };
  }
}

/** Match base and head entities. Memoised per pair of catalogs: every change rule calls it. */
export function compareCatalogs(base: Catalog, head: Catalog): CatalogChanges {
  const hit = memo.get(head);
  if (hit && hit.base === base) return hit.changes;
  const t = matchByName(
    base.topics.filter((x) => x.declaredIn === 'catalog'),
    head.topics.filter((x) => x.declaredIn === 'catalog'),
  );
  const g = matchByName(base.consumerGroups, head.consumerGroups);
  const deletedTopics = detectRenames(t.deleted, t.added);
  const changes: CatalogChanges = { topics: t.pairs, deletedTopics, addedTopics: t.added, groups: g.pairs, deletedGroups: g.deleted, addedGroups: g.added };
  memo.set(head, { base, changes });
  return changes;
}

function nameOf(e: Entity): string | undefined {
  return e.name.kind === 'known' && e.name.value !== '' ? e.name.value : undefined;
}

function matchByName<T extends Entity>(base: readonly T[], head: readonly T[]): { pairs: Pair<T>[]; deleted: T[]; added: T[] } {
  const headByName = new Map<string, T[]>();
  for (const h of head) {
    const n = nameOf(h);
    if (n === undefined) continue;
    const list = headByName.get(n);
    if (list) list.push(h);
    else headByName.set(n, [h]);
  }
  const baseByName = new Map<string, T[]>();
  for (const b of base) {
    const n = nameOf(b);
    if (n === undefined) continue;
    const list = baseByName.get(n);
    if (list) list.push(b);
    else baseByName.set(n, [b]);
  }
  const pairs: Pair<T>[] = [];
  const deleted: T[] = [];
  for (const [name, bases] of baseByName) {
    const heads = headByName.get(name);
    if (!heads) {
      // Duplicates at the base are one topic: one deletion.
      deleted.push(bases[0]!);
      continue;
    }
    // Pair same-file definitions first (duplicates), then the rest in order. Extra definitions on
    // either side are `duplicate-topic`'s business, not a change.
    const free = [...heads];
    const unpaired: T[] = [];
    for (const b of bases) {
      const i = free.findIndex((h) => h.file === b.file);
      if (i >= 0) pairs.push({ base: b, head: free.splice(i, 1)[0]!, moved: false });
      else unpaired.push(b);
    }
    for (const b of unpaired) {
      const h = free.shift();
      if (h) pairs.push({ base: b, head: h, moved: h.file !== b.file });
    }
  }
  const added = head.filter((h) => {
    const n = nameOf(h);
    return n !== undefined && !baseByName.has(n);
  });
  return { pairs, deleted, added };
}

function detectRenames(deleted: readonly Topic[], added: readonly Topic[]): DeletedTopic[] {
  if (deleted.length === 0 || added.length === 0) return deleted.map((base) => ({ base }));
  const bySignature = new Map<string, Topic[]>();
  for (const a of added) {
    const s = topicSignature(a);
    if (s === undefined) continue;
    const list = bySignature.get(s);
    if (list) list.push(a);
    else bySignature.set(s, [a]);
  }
  return deleted.map((base) => {
    const s = topicSignature(base);
    const candidates = s === undefined ? undefined : bySignature.get(s);
    const to = candidates?.shift();
    return to ? { base, renamedTo: to } : { base };
  });
}

/** Config keys that typed fields already hold (formats differ in which one they fill). */
const TYPED_CONFIG_KEYS = new Set(['retention.ms', 'cleanup.policy', 'min.insync.replicas']);

function norm(f: Field<unknown> | undefined): string {
  if (!f) return '';
  if (f.kind === 'known') return Array.isArray(f.value) ? f.value.map(String).join(',') : String(f.value);
  return f.kind === 'unknown' ? `?${f.raw ?? f.reason}` : `!${f.raw}`;
}

/**
 * The normalised settings of a topic, without its name and locations: two topics with the same
 * signature say the same thing. Undefined for a topic that declares nothing (no rename evidence).
 */
export function topicSignature(t: Topic): string | undefined {
  const parts: string[] = [];
  const add = (k: string, f: Field<unknown> | undefined) => {
    if (f) parts.push(`${k}=${norm(f)}`);
  };
  add('key', t.key);
  add('partitions', t.partitions);
  add('replicationFactor', t.replicationFactor);
  add('minInsyncReplicas', t.minInsyncReplicas);
  add('cleanupPolicy', t.cleanupPolicy);
  add('retentionMs', t.retentionMs);
  add('schemaCompatibility', t.schemaCompatibility);
  add('drTier', drTierOf(t));
  add('owner', ownerOf(t));
  add('classification', t.classification);
  add('contact', t.contact);
  add('schemaOwner', t.schemaOwner);
  if (t.consumerGroups.length) parts.push(`consumerGroups=${t.consumerGroups.map(norm).sort().join(',')}`);
  for (const k of Object.keys(t.config).sort()) if (!TYPED_CONFIG_KEYS.has(k)) parts.push(`config.${k}=${norm(t.config[k])}`);
  if (parts.length === 0) return undefined;
  return parts.join('\n');
}

/** A related location at the base ref; the engine resolves its line from the base file's text. */
export function atBase(base: BaseInfo, loc: SourceLocation, message: string): RelatedLocation {
  return { loc, message, atBase: true, external: { ref: base.ref, path: loc.file, line: 1 } };
}

/** Known values only: a change rule never judges a value that cannot be known statically. */
export function knownValue<T>(f: Field<T> | undefined): T | undefined {
  return f && f.kind === 'known' ? f.value : undefined;
}

/**
 * Where a finding about something deleted goes in the current tree: the file it was defined in, at its
 * base line, while that file exists; else line 1 of the file that replaced it (the one now holding most
 * of that file's other entities, else a catalog file in the same folder, else the first catalog file).
 */
export function deletionLocation(entity: Entity, base: Catalog, head: Catalog): { loc: SourceLocation; atBaseLine?: SourceLocation } {
  const at = (file: string): SourceLocation => ({ file, start: 0, end: 0 });
  if (head.files.some((f) => f.path === entity.file)) return { loc: at(entity.file), atBaseLine: entity.name.loc ?? entity.loc };
  const names = new Set<string>();
  for (const e of [...base.topics, ...base.consumerGroups]) if (e.file === entity.file && nameOf(e) !== undefined) names.add(`${e.kind}:${nameOf(e)}`);
  const votes = new Map<string, number>();
  for (const e of [...head.topics, ...head.consumerGroups]) {
    const n = nameOf(e);
    if (n !== undefined && names.has(`${e.kind}:${n}`)) votes.set(e.file, (votes.get(e.file) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { loc: at(best[0]) };
  const dir = entity.file.includes('/') ? entity.file.slice(0, entity.file.lastIndexOf('/') + 1) : '';
  const linted = head.files.filter((f) => f.status === 'linted').map((f) => f.path).sort();
  const sameDir = linted.find((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'));
  if (sameDir) return { loc: at(sameDir) };
  if (linted[0]) return { loc: at(linted[0]) };
  return { loc: at(entity.file) };
}
