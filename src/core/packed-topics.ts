/**
 * Packed topics: what the cross-file rules may ask about each topic, in one integer array and a few
 * string lists instead of objects (under 100 bytes a topic instead of 1.4 kB), turned back into topic
 * objects only for the topics a rule asks about (`PackedIndex`). Used by the streaming pipeline
 * (stream.ts); serialisable for the cache and worker threads.
 */
import type { Field, Topic } from './model.js';
import { groupListings, keySet, type CatalogIndex } from './catalog-index.js';
import { LABEL_FOR_FIELD } from '../sources/catalog/index.js';

/**
 * A topic with only what the built-in cross-file rules read: its name and place, the consumer groups
 * it lists (unknown-consumer-group, offset-recovery), its DR tier (offset-recovery,
 * streams-processing-guarantee) and classification (plaintext-transport). A new cross-file rule that
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
  /** 1 when created from code; bit k+1 when field k (name, drTier, classification, label) carried `raw`. */
  Flags,
  GroupStart,
  LocStart,
  LocEnd,
  /** Start/end of field k at `FieldStart + 2k`: name, drTier, classification, x-dr-tier label. */
  FieldStart,
  /** Value of field k (k = 1..3) at `ValueStart + k - 1`. */
  ValueStart = FieldStart + 8,
  Count = ValueStart + 3,
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
    const fields = [slim.name, slim.drTier, slim.classification, slim.labels[TIER_LABEL]];
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

function unpack(p: PackedTopics, i: number): Topic {
  const whole = p.whole[i];
  if (whole) return whole;
  const ints = p.ints;
  const base = i * TOPIC_INTS;
  const file = p.table[ints[base + Slot.File]!]!;
  const flags = ints[base + Slot.Flags]!;
  const field = (k: number, value: string | undefined): Field<string> | undefined => {
    if (value === undefined) return undefined;
    const loc = { file, start: ints[base + Slot.FieldStart + 2 * k]!, end: ints[base + Slot.FieldStart + 2 * k + 1]! };
    return flags & (1 << (k + 1)) ? { kind: 'known', value, loc, raw: value } : { kind: 'known', value, loc };
  };
  const valueOf = (k: number) => {
    const at = ints[base + Slot.ValueStart + k - 1]!;
    return at < 0 ? undefined : p.table[at];
  };
  const drTier = field(1, valueOf(1));
  const classification = field(2, valueOf(2));
  const label = field(3, valueOf(3));
  const consumerGroups: Field<string>[] = [];
  const groupsFrom = p.n * TOPIC_INTS + 1;
  const end = i + 1 < p.n ? ints[base + TOPIC_INTS + Slot.GroupStart]! : ints[p.n * TOPIC_INTS]!;
  for (let g = ints[base + Slot.GroupStart]!; g < end; g++) {
    const at = groupsFrom + 4 * g;
    const value = p.table[ints[at]!]!;
    const loc = { file, start: ints[at + 1]!, end: ints[at + 2]! };
    consumerGroups.push(ints[at + 3] ? { kind: 'known', value, loc, raw: value } : { kind: 'known', value, loc });
  }
  return {
    kind: 'topic',
    name: field(0, p.names[i]!)!,
    loc: { file, start: ints[base + Slot.LocStart]!, end: ints[base + Slot.LocEnd]! },
    format: p.table[ints[base + Slot.Format]!]!,
    file,
    declaredIn: flags & 1 ? 'code' : 'catalog',
    consumerGroups,
    config: EMPTY_MAP,
    labels: label ? { [TIER_LABEL]: label } : EMPTY_MAP,
    ...(drTier ? { drTier } : {}),
    ...(classification ? { classification } : {}),
  };
}

/** The range of topic i's listed consumer groups in the group section. */
function groupRange(p: PackedTopics, i: number): [number, number] {
  const start = p.ints[i * TOPIC_INTS + Slot.GroupStart]!;
  const end = i + 1 < p.n ? p.ints[(i + 1) * TOPIC_INTS + Slot.GroupStart]! : p.ints[p.n * TOPIC_INTS]!;
  return [start, end];
}

/** The packed topics of every unit in one growing store; `finish` gives them as one `PackedTopics`. */
export class TopicStore {
  private n = 0;
  private ints: Int32Array<ArrayBuffer> = new Int32Array(1024 * TOPIC_INTS);
  private groupInts: Int32Array<ArrayBuffer> = new Int32Array(4096);
  private groups = 0;
  private readonly table: string[] = [];
  private readonly slots = new Map<string, number>();
  /** Each unit's names joined by NUL (one string per unit); topics in `whole` have an empty entry. */
  private readonly nameChunks: string[] = [];
  private readonly whole: Record<number, Topic> = {};

  private slot(v: string): number {
    let at = this.slots.get(v);
    if (at === undefined) {
      at = this.table.push(v) - 1;
      this.slots.set(v, at);
    }
    return at;
  }

  append(p: PackedTopics): void {
    if (p.n === 0) return;
    const unitGroups = p.ints[p.n * TOPIC_INTS]!;
    while ((this.n + p.n) * TOPIC_INTS >= this.ints.length) this.ints = grow(this.ints);
    while ((this.groups + unitGroups) * 4 >= this.groupInts.length) this.groupInts = grow(this.groupInts);
    const remap = p.table.map((v) => this.slot(v));
    for (let i = 0; i < p.n; i++) {
      const from = i * TOPIC_INTS;
      const to = (this.n + i) * TOPIC_INTS;
      for (let k = 0; k < TOPIC_INTS; k++) this.ints[to + k] = p.ints[from + k]!;
      this.ints[to + Slot.GroupStart] = this.groups + p.ints[from + Slot.GroupStart]!;
      if (p.names[i] === null) {
        this.whole[this.n + i] = p.whole[i]!;
        continue;
      }
      for (const k of REMAPPED_SLOTS) {
        const v = p.ints[from + k]!;
        this.ints[to + k] = v < 0 ? v : remap[v]!;
      }
    }
    const groupsFrom = p.n * TOPIC_INTS + 1;
    for (let g = 0; g < unitGroups; g++) {
      const at = groupsFrom + 4 * g;
      const to = (this.groups + g) * 4;
      this.groupInts[to] = remap[p.ints[at]!]!;
      this.groupInts[to + 1] = p.ints[at + 1]!;
      this.groupInts[to + 2] = p.ints[at + 2]!;
      this.groupInts[to + 3] = p.ints[at + 3]!;
    }
    this.nameChunks.push(p.names.map((x) => x ?? '').join('\0'));
    this.n += p.n;
    this.groups += unitGroups;
  }

  /** The store as one `PackedTopics`; the store itself is emptied (its growth slack is released). */
  finish(): PackedTopics {
    const ints = new Int32Array(this.n * TOPIC_INTS + 1 + this.groups * 4);
    ints.set(this.ints.subarray(0, this.n * TOPIC_INTS));
    ints[this.n * TOPIC_INTS] = this.groups;
    ints.set(this.groupInts.subarray(0, this.groups * 4), this.n * TOPIC_INTS + 1);
    this.ints = new Int32Array(0);
    this.groupInts = new Int32Array(0);
    const names: (string | null)[] = [];
    for (const chunk of this.nameChunks.splice(0)) for (const name of chunk.split('\0')) names.push(this.whole[names.length] ? null : name);
    const packed = { n: this.n, names, table: this.table, ints, whole: this.whole };
    this.n = 0;
    this.groups = 0;
    return packed;
  }
}

const REMAPPED_SLOTS = [Slot.File, Slot.Format, Slot.ValueStart, Slot.ValueStart + 1, Slot.ValueStart + 2];

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(a.length * 2, 4096));
  b.set(a);
  return b;
}

/** The catalog index over the run's packed topics (`TopicStore.finish`), in catalog order. */
export class PackedIndex implements CatalogIndex {
  readonly topicCount: number;
  private byName: Map<string, number | number[]> | undefined;
  private byGroup: Map<string, number[]> | undefined;
  private readonly made = new Map<number, Topic>();

  constructor(private readonly packed: PackedTopics) {
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
    names.forEach((packedName, id) => {
      const w = packedName === null ? whole[id] : undefined;
      const name = packedName ?? (w?.name.kind === 'known' ? w.name.value : undefined);
      if (name === undefined) return;
      const had = byName.get(name);
      if (had === undefined) byName.set(name, id);
      else if (typeof had === 'number') byName.set(name, [had, id]);
      else had.push(id);
    });
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
        for (let g = from; g < to; g++) visit(id, p.table[p.ints[p.n * TOPIC_INTS + 1 + 4 * g]!]!);
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
