/**
 * Catalog-wide topic lookups for the cross-file rules (`meta.crossFile`). They read topics only through
 * this index, never through `catalog.topics`: the whole-catalog pipeline builds it from the topics in
 * memory, the streaming pipeline (stream.ts) from packed columns, materialising only the topics a rule
 * asks for. That keeps a 100k-topic run within a small multiple of the parse floor's memory.
 *
 * Every list is in catalog order (input files in path order, then project adapters), so "first
 * definition" means the same in both pipelines.
 */
import type { Catalog, Field, Topic } from './model.js';

export interface CatalogIndex {
  /** How many topics the catalog has (declared in a catalog or created from code). */
  readonly topicCount: number;
  /** The names of all topics with a known name, in catalog order. */
  topicNames(): ReadonlySet<string>;
  /** Topics with this name, in catalog order (catalog and code). */
  topicsNamed(name: string): readonly Topic[];
  /** For each name that more than one topic has: those topics, in catalog order. */
  repeatedNames(): Iterable<readonly Topic[]>;
  /** The consumer groups topics list (`consumerGroups:`), by name. */
  listedGroupNames(): ReadonlySet<string>;
  /** Topics that list this consumer group, once each, in catalog order. */
  topicsListing(group: string): readonly Topic[];
}

/** Group name -> ids of the topics listing it (each once, ascending), from (id, group names) pairs. */
export function groupListings(each: (visit: (id: number, group: string) => void) => void): Map<string, number[]> {
  const out = new Map<string, number[]>();
  each((id, group) => {
    const ids = out.get(group);
    if (!ids) out.set(group, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return out;
}

const built = new WeakMap<Catalog, CatalogIndex>();

/** The index of a catalog held in memory (built once per catalog). */
export function indexOfCatalog(catalog: Catalog): CatalogIndex {
  let index = built.get(catalog);
  if (!index) {
    index = fromTopics(catalog.topics);
    built.set(catalog, index);
  }
  return index;
}

function fromTopics(topics: readonly Topic[]): CatalogIndex {
  let byName: Map<string, Topic[]> | undefined;
  const names = () => {
    if (!byName) {
      byName = new Map();
      for (const t of topics) {
        if (t.name.kind !== 'known') continue;
        const list = byName.get(t.name.value);
        if (list) list.push(t);
        else byName.set(t.name.value, [t]);
      }
    }
    return byName;
  };
  let byGroup: Map<string, number[]> | undefined;
  const groups = () =>
    (byGroup ??= groupListings((visit) =>
      topics.forEach((t, i) => {
        for (const g of t.consumerGroups) if (g.kind === 'known') visit(i, g.value);
      }),
    ));
  return {
    topicCount: topics.length,
    topicNames: () => keySet(names()),
    topicsNamed: (name) => names().get(name) ?? [],
    *repeatedNames() {
      for (const list of names().values()) if (list.length > 1) yield list;
    },
    listedGroupNames: () => keySet(groups()),
    topicsListing: (group) => (groups().get(group) ?? []).map((i) => topics[i]!),
  };
}

/** The keys of a map as a read-only set, without copying them (100k topic names are 100k entries). */
export function keySet<K>(map: ReadonlyMap<K, unknown>): ReadonlySet<K> {
  const set: ReadonlySet<K> = {
    get size() {
      return map.size;
    },
    has: (k) => map.has(k),
    keys: () => map.keys(),
    values: () => map.keys(),
    // Not used by rules; a copy is fine.
    entries: () => new Set(map.keys()).entries(),
    forEach(fn, thisArg) {
      for (const k of map.keys()) fn.call(thisArg, k, k, set);
    },
    [Symbol.iterator]: () => map.keys(),
  };
  return set;
}

/**
 * Whether a definition may serve a reference from `from`'s cluster (issue #17): yes unless both
 * clusters are known and differ (a reference without a known cluster accepts any cluster's definition).
 */
export function servesCluster(definition: { cluster?: Field<string> }, from: { cluster?: Field<string> }): boolean {
  return from.cluster?.kind !== 'known' || definition.cluster?.kind !== 'known' || definition.cluster.value === from.cluster.value;
}

/**
 * Whether two entities may be on one cluster, as far as the files say (issue #17): both without a
 * cluster, or both on the same known cluster. An unknown (templated) cluster is no guess: it matches
 * only within its own file, where one template renders both.
 */
export function sameCluster(a: { cluster?: Field<string>; file: string }, b: { cluster?: Field<string>; file: string }): boolean {
  if (a.cluster?.kind === 'unknown' || b.cluster?.kind === 'unknown') return a.file === b.file;
  const ka = a.cluster?.kind === 'known' ? a.cluster.value : undefined;
  const kb = b.cluster?.kind === 'known' ? b.cluster.value : undefined;
  return ka === kb;
}
