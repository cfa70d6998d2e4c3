/**
 * Packed topics: what the cross-file rules may ask about each topic, in one integer array and a few
 * string lists instead of objects (under 100 bytes a topic instead of 1.4 kB), turned back into topic
 * objects only for the topics a rule asks about (`PackedIndex`). Used by the streaming pipeline
 * (stream.ts); serialisable for the cache and worker threads.
 */
import type { Field, Topic } from '../model/model.js';
import { groupListings, keySet, type CatalogIndex } from '../model/catalog-index.js';
import { LABEL_FOR_FIELD } from '../model/labels.js';

/**
 * A topic with only what the built-in cross-file rules read: its name and place, the consumer groups
 * it lists (unknown-consumer-group, offset-recovery), its DR tier (offset-recovery,
 * streams-processing-guarantee), classification (plaintext-transport) and cluster (duplicate-topic,
 * unknown-topic, unknown-consumer-group). A new cross-file rule that
 * reads another topic field must add it here; the differential test catches a missing one.
 */
export function slimTopic(t: Topic): Topic {
  const tierLabel = t.labels[LABEL_FOR_FIELD.drTier];
  return {
    kind: 'topic',
    name: t.name,
    loc: t.loc,
    format: t.format,
    file: t.file,
    declaredIn: t.declaredIn,
    consumerGroups: t.consumerGroups,
    config: EMPTY_MAP,
    labels: tierLabel ? { [LABEL_FOR_FIELD.drTier]: tierLabel } : EMPTY_MAP,
    ...(t.drTier ? { drTier: t.drTier } : {}),
    ...(t.classification ? { classification: t.classification } : {}),
    ...(t.cluster ? { cluster: t.cluster } : {}),
  };
}
const EMPTY_MAP = Object.freeze({});

/**
 * Serialisable (the cache stores `ints` as a plain array). Topic i's integers are
 * `ints[i * TOPIC_INTS ..]` (see `Slot`); after the last topic, a sentinel group start, then four
 * integers per listed consumer group: its name (index into `table`), start, end, whether its Field
 * carried `raw`.
 */
export interface PackedTopics {
  /** How many topics. */
  readonly n: number;
  /** The known name of each topic, or null when the topic does not fit the columns (then in `whole`). */
  readonly names: readonly (string | null)[];
  /** Distinct strings the integers point at: files, formats, tier, classification and group names. */
  readonly table: readonly string[];
  readonly ints: Int32Array | readonly number[];
  readonly whole: Readonly<Record<number, Topic>>;
}

/** Integer slots of one topic. Values are indexes into `table`, -1 when absent. */
const enum Slot {
  File,
  Format,
  /** 1 when created from code; bit k+1 when field k (name, drTier, classification, label, cluster) carried `raw`. */
  Flags,
  GroupStart,
  LocStart,
  LocEnd,
  /** Start/end of field k at `FieldStart + 2k`: name, drTier, classification, x-dr-tier label, cluster. */
  FieldStart,
  /** Value of field k (k = 1..4) at `ValueStart + k - 1`. */
  ValueStart = FieldStart + 10,
  Count = ValueStart + 4,
}
const TOPIC_INTS = Slot.Count as number;
const TIER_LABEL = LABEL_FOR_FIELD.drTier;

type PlainField = { value: string; loc: { start: number; end: number }; raw?: string };

/** A Field that is exactly `{ kind: 'known', value: string, loc in `file`, raw === value? }`. */
function packable(f: Field<unknown> | undefined, file: string): boolean {
  if (!f) return true;
  if (f.kind !== 'known' || typeof f.value !== 'string' || f.loc.file !== file || f.origin) return false;
  return f.raw === undefined || f.raw === f.value;
}

export function packTopics(topics: readonly Topic[]): PackedTopics {
  const names: (string | null)[] = [];
  let groups = 0;
  const table: string[] = [];
  const groupInts: number[] = [];
  const ints = new Int32Array(topics.length * TOPIC_INTS + 1).fill(-1);
  const whole: Record<number, Topic> = {};
  const slot = (v: string) => {
    const at = table.indexOf(v);
    return at >= 0 ? at : table.push(v) - 1;
  };
  topics.forEach((t, i) => {
    const slim = slimTopic(t);
    const fields = [slim.name, slim.drTier, slim.classification, slim.labels[TIER_LABEL], slim.cluster];
    const base = i * TOPIC_INTS;
    ints[base + Slot.GroupStart] = groups;
    const fits = slim.name.kind === 'known' && !slim.name.value.includes('\0') && slim.loc.file === slim.file && fields.every((f) => packable(f, slim.file)) && slim.consumerGroups.every((f) => packable(f, slim.file));
    if (!fits) {
      whole[i] = JSON.parse(JSON.stringify(slim)) as Topic; // a copy that keeps no file text alive
      names.push(null);
      return;
    }
    names.push((slim.name as PlainField).value);
    ints[base + Slot.File] = slot(slim.file);
    ints[base + Slot.Format] = slot(slim.format);
    ints[base + Slot.LocStart] = slim.loc.start;
    ints[base + Slot.LocEnd] = slim.loc.end;
    let flags = slim.declaredIn === 'code' ? 1 : 0;
    fields.forEach((f, k) => {
      if (!f) return;
      const known = f as PlainField;
      ints[base + Slot.FieldStart + 2 * k] = known.loc.start;
      ints[base + Slot.FieldStart + 2 * k + 1] = known.loc.end;
      if (k > 0) ints[base + Slot.ValueStart + k - 1] = slot(known.value);
      if (known.raw !== undefined) flags |= 1 << (k + 1);
    });
    ints[base + Slot.Flags] = flags;
    for (const g of slim.consumerGroups as readonly PlainField[]) {
      groups++;
      groupInts.push(slot(g.value), g.loc.start, g.loc.end, g.raw === undefined ? 0 : 1);
    }
  });
  ints[topics.length * TOPIC_INTS] = groups;
  const all = new Int32Array(ints.length + groupInts.length);
  all.set(ints);
  all.set(groupInts, ints.length);
  // Copies through JSON are flat strings in exact-size arrays: no file text kept alive behind a name.
  const [flatNames, flatTable] = JSON.parse(JSON.stringify([names, table])) as [(string | null)[], string[]];
  return { n: topics.length, names: flatNames, table: flatTable, ints: all, whole };
}

/**
 * Read access to packed topics in the layout `PackedTopics` describes, wherever the integers are: the
 * store keeps them in fixed-size chunks (`TopicStore`), so that it never holds a grown copy beside the
 * old one nor a final copy beside the chunks.
 */
export interface TopicColumns {
  readonly n: number;
  readonly names: readonly (string | null)[];
  readonly table: readonly string[];
  readonly whole: Readonly<Record<number, Topic>>;
  /** Integer `slot` of topic i. */
  topicInt(i: number, slot: number): number;
  /** Integer k (0..3) of listed group g. */
  groupInt(g: number, k: number): number;
  /** How many listed groups in all (topic i's are `topicInt(i, GroupStart)` up to the next topic's). */
  readonly groups: number;
}

function unpack(c: TopicColumns, i: number): Topic {
  const whole = c.whole[i];
  if (whole) return whole;
  const int = (slot: number) => c.topicInt(i, slot);
  const file = c.table[int(Slot.File)]!;
  const flags = int(Slot.Flags);
  const field = (k: number, value: string | undefined): Field<string> | undefined => {
    if (value === undefined) return undefined;
    const loc = { file, start: int(Slot.FieldStart + 2 * k), end: int(Slot.FieldStart + 2 * k + 1) };
    return flags & (1 << (k + 1)) ? { kind: 'known', value, loc, raw: value } : { kind: 'known', value, loc };
  };
  const valueOf = (k: number) => {
    const at = int(Slot.ValueStart + k - 1);
    return at < 0 ? undefined : c.table[at];
  };
  const drTier = field(1, valueOf(1));
  const classification = field(2, valueOf(2));
  const label = field(3, valueOf(3));
  const cluster = field(4, valueOf(4));
  const consumerGroups: Field<string>[] = [];
  const [from, to] = groupRange(c, i);
  for (let g = from; g < to; g++) {
    const value = c.table[c.groupInt(g, 0)]!;
    const loc = { file, start: c.groupInt(g, 1), end: c.groupInt(g, 2) };
    consumerGroups.push(c.groupInt(g, 3) ? { kind: 'known', value, loc, raw: value } : { kind: 'known', value, loc });
  }
  return {
    kind: 'topic',
    name: field(0, c.names[i]!)!,
    loc: { file, start: int(Slot.LocStart), end: int(Slot.LocEnd) },
    format: c.table[int(Slot.Format)]!,
    file,
    declaredIn: flags & 1 ? 'code' : 'catalog',
    consumerGroups,
    config: EMPTY_MAP,
    labels: label ? { [TIER_LABEL]: label } : EMPTY_MAP,
    ...(drTier ? { drTier } : {}),
    ...(classification ? { classification } : {}),
    ...(cluster ? { cluster } : {}),
  };
}

/** The range of topic i's listed consumer groups. */
function groupRange(c: TopicColumns, i: number): [number, number] {
  return [c.topicInt(i, Slot.GroupStart), i + 1 < c.n ? c.topicInt(i + 1, Slot.GroupStart) : c.groups];
}

/** One unit's packed topics read as columns (tests, and any single `PackedTopics`). */
export function columnsOf(p: PackedTopics): TopicColumns {
  const groupsFrom = p.n * TOPIC_INTS + 1;
  return {
    n: p.n,
    names: p.names,
    table: p.table,
    whole: p.whole,
    groups: p.ints[p.n * TOPIC_INTS]!,
    topicInt: (i, slot) => p.ints[i * TOPIC_INTS + slot]!,
    groupInt: (g, k) => p.ints[groupsFrom + 4 * g + k]!,
  };
}

/**
 * A previous run's stored topics, to copy unchanged units from (`--cache`): topic i's integers at
 * `topicInts[i * TOPIC_INTS ..]` with group starts over all topics, four integers per listed group, the
 * store's string table, and the topics kept whole by their number in the store.
 */
export interface SavedTopics {
  readonly topicInts: Int32Array;
  readonly groupInts: Int32Array;
  readonly table: readonly string[];
  readonly whole: Readonly<Record<number, Topic>>;
  /** The keys of `whole`, as numbers. */
  readonly wholeIds: readonly number[];
}

/** Integers per packed topic. */
export const PACKED_TOPIC_INTS = TOPIC_INTS;

/** Slots holding indexes into a unit's `table`, remapped into the store's. */
const REMAPPED_SLOTS = [Slot.File, Slot.Format, Slot.ValueStart, Slot.ValueStart + 1, Slot.ValueStart + 2, Slot.ValueStart + 3];

/** Topics per chunk of the store (about 280 kB of integers), and listed groups per group chunk. */
const CHUNK_BITS = 12;
const CHUNK = 1 << CHUNK_BITS;
const GROUP_CHUNK_BITS = 14;
const GROUP_CHUNK = 1 << GROUP_CHUNK_BITS;

/**
 * The packed topics of every unit, appended in catalog order into fixed-size chunks (nothing is ever
 * copied to grow); `finish` gives them as columns read in place.
 */
export class TopicStore {
  private n = 0;
  private groups = 0;
  private readonly topicChunks: Int32Array[] = [];
  private readonly groupChunks: Int32Array[] = [];
  private readonly table: string[] = [];
  private readonly slots = new Map<string, number>();
  /** Each unit's names joined by NUL (one string per unit with topics); topics in `whole` have an empty entry. */
  private readonly nameChunks: string[] = [];
  private readonly whole: Record<number, Topic> = {};

  /**
   * A store whose string table starts as `table`: the stored topics of a previous run (`SavedTopics`)
   * that used the same table are then copied without remapping (`appendSaved`).
   */
  constructor(table: readonly string[] = []) {
    for (const v of table) this.slot(v);
  }

  private slot(v: string): number {
    let at = this.slots.get(v);
    if (at === undefined) {
      at = this.table.push(v) - 1;
      this.slots.set(v, at);
    }
    return at;
  }

  /** The chunk holding topic i (a new chunk when i starts one); its offset is `(i & (CHUNK - 1)) * TOPIC_INTS`. */
  private topicChunk(i: number): Int32Array {
    const c = i >> CHUNK_BITS;
    if (c === this.topicChunks.length) this.topicChunks.push(new Int32Array(CHUNK * TOPIC_INTS));
    return this.topicChunks[c]!;
  }

  private groupChunk(g: number): Int32Array {
    const c = g >> GROUP_CHUNK_BITS;
    if (c === this.groupChunks.length) this.groupChunks.push(new Int32Array(GROUP_CHUNK * 4));
    return this.groupChunks[c]!;
  }

  append(p: PackedTopics): void {
    if (p.n === 0) return;
    const unitGroups = p.ints[p.n * TOPIC_INTS]!;
    const remap = p.table.map((v) => this.slot(v));
    for (let i = 0; i < p.n; i++) {
      const from = i * TOPIC_INTS;
      const chunk = this.topicChunk(this.n + i);
      const to = ((this.n + i) & (CHUNK - 1)) * TOPIC_INTS;
      for (let k = 0; k < TOPIC_INTS; k++) chunk[to + k] = p.ints[from + k]!;
      chunk[to + Slot.GroupStart] = this.groups + p.ints[from + Slot.GroupStart]!;
      if (p.names[i] === null) {
        this.whole[this.n + i] = p.whole[i]!;
        continue;
      }
      for (const k of REMAPPED_SLOTS) {
        const v = p.ints[from + k]!;
        chunk[to + k] = v < 0 ? v : remap[v]!;
      }
    }
    const groupsFrom = p.n * TOPIC_INTS + 1;
    for (let g = 0; g < unitGroups; g++) {
      const at = groupsFrom + 4 * g;
      const chunk = this.groupChunk(this.groups + g);
      const to = ((this.groups + g) & (GROUP_CHUNK - 1)) * 4;
      chunk[to] = remap[p.ints[at]!]!;
      chunk[to + 1] = p.ints[at + 1]!;
      chunk[to + 2] = p.ints[at + 2]!;
      chunk[to + 3] = p.ints[at + 3]!;
    }
    this.nameChunks.push(p.names.map((x) => x ?? '').join('\0'));
    this.n += p.n;
    this.groups += unitGroups;
  }

  /**
   * Topics `from..to` (listing groups `groupFrom..groupTo`) of a previous run's store whose table this
   * store started with: integers copied as they are, only group starts shifted. `names` are the units'
   * name chunks, one per unit with topics.
   */
  appendSaved(saved: SavedTopics, from: number, to: number, groupFrom: number, groupTo: number, names: readonly string[]): void {
    const shift = this.groups - groupFrom;
    // Copied in blocks that end at chunk boundaries.
    for (let i = from; i < to; ) {
      const at = this.n + i - from;
      const chunk = this.topicChunk(at);
      const dest = (at & (CHUNK - 1)) * TOPIC_INTS;
      const count = Math.min(to - i, CHUNK - (at & (CHUNK - 1)));
      chunk.set(saved.topicInts.subarray(i * TOPIC_INTS, (i + count) * TOPIC_INTS), dest);
      for (let k = 0; k < count; k++) chunk[dest + k * TOPIC_INTS + Slot.GroupStart]! += shift;
      i += count;
    }
    for (let g = groupFrom; g < groupTo; ) {
      const at = this.groups + g - groupFrom;
      const count = Math.min(groupTo - g, GROUP_CHUNK - (at & (GROUP_CHUNK - 1)));
      this.groupChunk(at).set(saved.groupInts.subarray(g * 4, (g + count) * 4), (at & (GROUP_CHUNK - 1)) * 4);
      g += count;
    }
    for (const key of saved.wholeIds) if (key >= from && key < to) this.whole[this.n + key - from] = saved.whole[key]!;
    for (const chunk of names) this.nameChunks.push(chunk);
    this.n += to - from;
    this.groups += groupTo - groupFrom;
  }

  /**
   * The stored topics in the form a later run copies from (`appendSaved`); before `finish`. Names are
   * per unit with topics, in order.
   */
  saved(): SavedTopics & { readonly nameChunks: readonly string[] } {
    const topicInts = new Int32Array(this.n * TOPIC_INTS);
    this.topicChunks.forEach((c, k) => topicInts.set(c.subarray(0, Math.min(CHUNK, this.n - k * CHUNK) * TOPIC_INTS), k * CHUNK * TOPIC_INTS));
    const groupInts = new Int32Array(this.groups * 4);
    this.groupChunks.forEach((c, k) => groupInts.set(c.subarray(0, Math.min(GROUP_CHUNK, this.groups - k * GROUP_CHUNK) * 4), k * GROUP_CHUNK * 4));
    // Only the strings still in use: strings of units since removed would otherwise pile up run after run.
    const remap = new Int32Array(this.table.length).fill(-1);
    const mark = (v: number) => {
      if (v >= 0) remap[v] = 0;
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) mark(topicInts[i * TOPIC_INTS + k]!);
    for (let g = 0; g < this.groups; g++) mark(groupInts[g * 4]!);
    const table: string[] = [];
    this.table.forEach((v, at) => {
      if (remap[at] === 0) remap[at] = table.push(v) - 1;
    });
    const renumber = (ints: Int32Array, at: number) => {
      const v = ints[at]!;
      if (v >= 0) ints[at] = remap[v]!;
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) renumber(topicInts, i * TOPIC_INTS + k);
    for (let g = 0; g < this.groups; g++) renumber(groupInts, g * 4);
    return { topicInts, groupInts, table, whole: this.whole, wholeIds: Object.keys(this.whole).map(Number), nameChunks: [...this.nameChunks] };
  }

  /** The stored topics as columns, read in place; the store is not appended to afterwards. */
  finish(): TopicColumns {
    const names: (string | null)[] = [];
    for (const chunk of this.nameChunks.splice(0)) for (const name of chunk.split('\0')) names.push(this.whole[names.length] ? null : name);
    const topics = this.topicChunks;
    const groups = this.groupChunks;
    return {
      n: this.n,
      names,
      table: this.table,
      whole: this.whole,
      groups: this.groups,
      topicInt: (i, slot) => topics[i >> CHUNK_BITS]![(i & (CHUNK - 1)) * TOPIC_INTS + slot]!,
      groupInt: (g, k) => groups[g >> GROUP_CHUNK_BITS]![(g & (GROUP_CHUNK - 1)) * 4 + k]!,
    };
  }
}

/** The catalog index over the run's packed topics (`TopicStore.finish`, `columnsOf`), in catalog order. */
export class PackedIndex implements CatalogIndex {
  readonly topicCount: number;
  private byName: Map<string, number | number[]> | undefined;
  private byGroup: Map<string, number[]> | undefined;
  private readonly made = new Map<number, Topic>();

  constructor(private readonly packed: TopicColumns) {
    this.topicCount = packed.n;
  }

  private topic(id: number): Topic {
    let t = this.made.get(id);
    if (!t) this.made.set(id, (t = unpack(this.packed, id)));
    return t;
  }

  private names(): Map<string, number | number[]> {
    if (this.byName) return this.byName;
    const byName = new Map<string, number | number[]>();
    const { names, whole } = this.packed;
    // A plain loop: it runs once per run over every topic, before anything is warm.
    for (let id = 0; id < names.length; id++) {
      const packedName = names[id];
      const w = packedName === null ? whole[id] : undefined;
      const name = packedName ?? (w?.name.kind === 'known' ? w.name.value : undefined);
      if (name === undefined) continue;
      const had = byName.get(name);
      if (had === undefined) byName.set(name, id);
      else if (typeof had === 'number') byName.set(name, [had, id]);
      else had.push(id);
    }
    return (this.byName = byName);
  }

  private groups(): Map<string, number[]> {
    const p = this.packed;
    return (this.byGroup ??= groupListings((visit) => {
      for (let id = 0; id < p.n; id++) {
        const w = p.whole[id];
        if (w) {
          for (const g of w.consumerGroups) if (g.kind === 'known') visit(id, g.value);
          continue;
        }
        const [from, to] = groupRange(p, id);
        for (let g = from; g < to; g++) visit(id, p.table[p.groupInt(g, 0)]!);
      }
    }));
  }

  topicNames(): ReadonlySet<string> {
    return keySet(this.names());
  }

  topicsNamed(name: string): readonly Topic[] {
    const ids = this.names().get(name);
    return ids === undefined ? [] : typeof ids === 'number' ? [this.topic(ids)] : ids.map((id) => this.topic(id));
  }

  *repeatedNames(): Iterable<readonly Topic[]> {
    for (const ids of this.names().values()) if (typeof ids !== 'number') yield ids.map((id) => this.topic(id));
  }

  listedGroupNames(): ReadonlySet<string> {
    return keySet(this.groups());
  }

  topicsListing(group: string): readonly Topic[] {
    return (this.groups().get(group) ?? []).map((id) => this.topic(id));
  }
}
