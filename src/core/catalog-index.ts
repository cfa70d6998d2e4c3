/**
 * Catalog-wide topic lookups for the cross-file rules (`meta.crossFile`). They read topics only through
 * this index, never through `catalog.topics`: the whole-catalog pipeline builds it from the topics in
 * memory, the streaming pipeline (stream.ts) from packed columns, materialising only the topics a rule
 * asks for. That keeps a 100k-topic run within a small multiple of the parse floor's memory.
 *
 * Every list is in catalog order (input files in path order, then project adapters), so "first
 * definition" means the same in both pipelines.
 */
import type { Catalog, Topic } from './model.js';

export interface CatalogIndex {
  /** How many topics the catalog has (declared in a catalog or created from code). */
  readonly topicCount: number;
  /** The names of all topics with a known name, in catalog order. */
  topicNames(): ReadonlySet<string>;
  /** Topics with this name, in catalog order (catalog and code). */
  topicsNamed(name: string): readonly Topic[];
  /** For each name that more than one topic has: those topics, in catalog order. */
  repeatedNames(): Iterable<readonly Topic[]>;
  /** Topics that list consumer groups (`consumerGroups:` not empty), in catalog order. */
  topicsWithConsumerGroups(): readonly Topic[];
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
  return {
    topicCount: topics.length,
    topicNames: () => new Set(names().keys()),
    topicsNamed: (name) => names().get(name) ?? [],
    *repeatedNames() {
      for (const list of names().values()) if (list.length > 1) yield list;
    },
    topicsWithConsumerGroups: () => topics.filter((t) => t.consumerGroups.length > 0),
  };
}
