/**
 * What the streaming pipeline (stream.ts) keeps of the units it has linted, in catalog order: one
 * topic store and a few lists, so that what is kept is a few large allocations, not a dozen small
 * objects per file (which fragment the heap).
 *
 * With `--cache` it also keeps each unit's shape (its cache key and how many of each thing it added),
 * so that the whole state can be saved (`SavedState`) and the next run can copy every unit that did
 * not change from it in bulk, without parsing or re-absorbing them one by one: after one file
 * changes, the run costs about what reusing the whole result does.
 */
import type { LocatedFinding } from './engine.js';
import type { UnknownValueNote } from '../model/finding.js';
import type { Client, ConsumerGroup, FileRecord } from '../model/model.js';
import { PACKED_TOPIC_INTS, TopicStore, type PackedTopics, type SavedTopics, type TopicColumns } from './packed-topics.js';

/** What one unit (a YAML file, or a project adapter's files) contributes to the run. Serialisable. */
export interface UnitResult {
  readonly files: readonly FileRecord[];
  /** Findings of the per-file rules, positions resolved, in rule order. */
  readonly findings: readonly LocatedFinding[];
  /** Topics packed into columns (`packTopics`), whole consumer groups and clients: what the cross-file rules read. */
  readonly topics: PackedTopics;
  readonly consumerGroups: readonly ConsumerGroup[];
  readonly clients: readonly Client[];
  /** With `collectUnknowns`: values that cannot be known statically. */
  readonly unknowns?: readonly UnknownValueNote[];
  /** Files of the unit with inline suppression comments: their text is needed again at the end. */
  readonly suppressionFiles?: readonly string[];
}

/**
 * A unit's result from the cache, with its key: either the result itself, or the number of a unit of
 * the previous run's saved state (`UnitCache.saved`), copied from it without being parsed.
 */
export type CachedUnit = { readonly key: string } & ({ readonly unit: UnitResult } | { readonly saved: number });


/** One unit of a saved state: its cache key and how many of each thing it added, in order. */
export interface UnitShape {
  /** Null for units that are not cached (records of files not read, files of no known type). */
  readonly key: string | null;
  readonly topics: number;
  readonly groups: number;
  readonly files: number;
  readonly consumerGroups: number;
  readonly clients: number;
  readonly unknowns: number;
  readonly suppressionFiles: number;
}

/** Everything a run absorbed, unit by unit: what a later run copies unchanged units from. Serialisable. */
export interface SavedState extends SavedTopics {
  readonly units: readonly UnitShape[];
  /** Each unit's topic names joined by NUL, for the units with topics, in order. */
  readonly nameChunks: readonly string[];
  readonly files: readonly FileRecord[];
  readonly consumerGroups: readonly ConsumerGroup[];
  readonly clients: readonly Client[];
  readonly unknowns: readonly UnknownValueNote[];
  readonly suppressionFiles: readonly string[];
  /** Each unit's findings as JSON, '' when it has none. */
  readonly findings: readonly string[];
}

type Counted = 'topics' | 'groups' | 'files' | 'consumerGroups' | 'clients' | 'unknowns' | 'suppressionFiles';

/** Where each unit of a saved state starts, per kind of thing (one more entry than units: the ends). */
type Offsets = Record<Counted, Int32Array> & { readonly names: Int32Array };

const isCount = (n: number) => Number.isInteger(n) && n >= 0;

/** Computed once per units list: `consistentState` checks a state with them, `Accumulated` copies with them. */
const offsetsByUnits = new WeakMap<readonly UnitShape[], Offsets | null>();

/** The offsets, or null when a count is not a whole number of at least 0 (a state written wrong). */
function offsetsOf(units: readonly UnitShape[]): Offsets | null {
  const known = offsetsByUnits.get(units);
  if (known !== undefined) return known;
  const make = () => new Int32Array(units.length + 1);
  const o = { topics: make(), groups: make(), files: make(), consumerGroups: make(), clients: make(), unknowns: make(), suppressionFiles: make(), names: make() };
  let valid = true;
  // One plain indexed loop, each count by name: this runs once per run, before anything is warm, where
  // closures and property names looked up at run time cost most.
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    valid &&= isCount(u.topics) && isCount(u.groups) && isCount(u.files) && isCount(u.consumerGroups) && isCount(u.clients) && isCount(u.unknowns) && isCount(u.suppressionFiles);
    o.topics[i + 1] = o.topics[i]! + u.topics;
    o.groups[i + 1] = o.groups[i]! + u.groups;
    o.files[i + 1] = o.files[i]! + u.files;
    o.consumerGroups[i + 1] = o.consumerGroups[i]! + u.consumerGroups;
    o.clients[i + 1] = o.clients[i]! + u.clients;
    o.unknowns[i + 1] = o.unknowns[i]! + u.unknowns;
    o.suppressionFiles[i + 1] = o.suppressionFiles[i]! + u.suppressionFiles;
    o.names[i + 1] = o.names[i]! + (u.topics > 0 ? 1 : 0);
  }
  const out = valid ? o : null;
  offsetsByUnits.set(units, out);
  return out;
}

/**
 * Do a saved state's counts add up to its lists? Damage is caught before this by the file's checksum
 * (src/cache/state-file.ts); this catches a state that was written wrong, cheaply.
 */
export function consistentState(s: SavedState): boolean {
  const o = offsetsOf(s.units);
  const end = s.units.length;
  return (
    o !== null &&
    o.topics[end]! * PACKED_TOPIC_INTS === s.topicInts.length &&
    o.groups[end]! * 4 === s.groupInts.length &&
    o.files[end] === s.files.length &&
    o.consumerGroups[end] === s.consumerGroups.length &&
    o.clients[end] === s.clients.length &&
    o.unknowns[end] === s.unknowns.length &&
    o.suppressionFiles[end] === s.suppressionFiles.length &&
    o.names[end] === s.nameChunks.length &&
    s.findings.length === end &&
    s.wholeIds.every((id) => s.whole[id] !== undefined)
  );
}

export class Accumulated {
  private readonly topics: TopicStore;
  readonly files: FileRecord[] = [];
  readonly consumerGroups: ConsumerGroup[] = [];
  readonly clients: Client[] = [];
  readonly unknowns: UnknownValueNote[] = [];
  readonly suppressionFiles: string[] = [];
  /** Findings as JSON, one string per unit ('' when none): one allocation instead of dozens of objects. */
  private readonly findingTexts: string[] = [];
  /** Each unit's shape, when the state is to be saved. */
  private readonly shapes: UnitShape[] | undefined;
  private readonly offsets: Offsets | undefined;
  /** Saved units `[from, to)` waiting to be copied in one go. */
  private run: { from: number; to: number } | undefined;
  private closed = false;

  /** `saved`: a previous run's state to copy unchanged units from; `keepShapes`: to save this run's. */
  constructor(
    private readonly saved?: SavedState,
    keepShapes = false,
  ) {
    this.topics = new TopicStore(saved?.table);
    const offsets = saved && offsetsOf(saved.units);
    if (offsets === null) throw new Error('a saved state whose counts are not whole numbers (check it with consistentState)');
    this.offsets = offsets;
    this.shapes = keepShapes ? [] : undefined;
  }

  add(u: UnitResult, key: string | null = null): void {
    this.flushRun();
    const groups = u.topics.n ? u.topics.ints[u.topics.n * PACKED_TOPIC_INTS]! : 0;
    this.topics.append(u.topics);
    for (const f of u.files) this.files.push(f);
    for (const g of u.consumerGroups) this.consumerGroups.push(g);
    for (const c of u.clients) this.clients.push(c);
    for (const n of u.unknowns ?? []) this.unknowns.push(n);
    for (const p of u.suppressionFiles ?? []) this.suppressionFiles.push(p);
    this.findingTexts.push(u.findings.length ? JSON.stringify(u.findings) : '');
    this.shapes?.push({ key, topics: u.topics.n, groups, files: u.files.length, consumerGroups: u.consumerGroups.length, clients: u.clients.length, unknowns: u.unknowns?.length ?? 0, suppressionFiles: u.suppressionFiles?.length ?? 0 });
  }

  /** Unit `i` of the saved state, unchanged: copied with its neighbours when they come in order. */
  addSaved(i: number): void {
    if (!this.saved || i < 0 || i >= this.saved.units.length) throw new Error(`no saved unit ${i}`);
    if (this.run && this.run.to === i) {
      this.run.to++;
      return;
    }
    this.flushRun();
    this.run = { from: i, to: i + 1 };
  }

  /** The files of saved unit `i` that have suppression comments. */
  savedSuppressionFiles(i: number): readonly string[] {
    const o = this.offsets!;
    return this.saved!.suppressionFiles.slice(o.suppressionFiles[i], o.suppressionFiles[i + 1]);
  }

  private flushRun(): void {
    if (this.closed) throw new Error('units added after the accumulated state was closed');
    const run = this.run;
    if (!run) return;
    this.run = undefined;
    const s = this.saved!;
    const o = this.offsets!;
    const { from, to } = run;
    this.topics.appendSaved(s, o.topics[from]!, o.topics[to]!, o.groups[from]!, o.groups[to]!, s.nameChunks.slice(o.names[from], o.names[to]));
    const copy = <T>(into: T[], list: readonly T[], k: Counted) => {
      for (let j = o[k][from]!, end = o[k][to]!; j < end; j++) into.push(list[j]!);
    };
    copy(this.files, s.files, 'files');
    copy(this.consumerGroups, s.consumerGroups, 'consumerGroups');
    copy(this.clients, s.clients, 'clients');
    copy(this.unknowns, s.unknowns, 'unknowns');
    copy(this.suppressionFiles, s.suppressionFiles, 'suppressionFiles');
    for (let i = from; i < to; i++) {
      this.findingTexts.push(s.findings[i]!);
      this.shapes?.push(s.units[i]!);
    }
  }

  /** No more units: copies what is pending. Call once, before reading anything below. */
  close(): void {
    this.flushRun();
    this.closed = true;
  }

  /** This run's state, for the next run (only with `keepShapes`); before `columns` and `takeFindings`. */
  state(): SavedState {
    if (!this.closed || !this.shapes) throw new Error('state() needs a closed accumulator that kept its shapes');
    const topics = this.topics.saved();
    return {
      ...topics,
      units: this.shapes,
      files: [...this.files],
      consumerGroups: [...this.consumerGroups],
      clients: [...this.clients],
      unknowns: [...this.unknowns],
      suppressionFiles: [...this.suppressionFiles],
      findings: [...this.findingTexts],
    };
  }

  /** The stored topics as columns (see `TopicStore.finish`). */
  columns(): TopicColumns {
    if (!this.closed) throw new Error('columns() before close()');
    return this.topics.finish();
  }

  /** The findings, once: the texts are released as they are parsed (the end of a run is its peak). */
  takeFindings(): LocatedFinding[] {
    if (!this.closed) throw new Error('takeFindings() before close()');
    const out: LocatedFinding[] = [];
    for (const text of this.findingTexts.splice(0)) if (text) for (const f of JSON.parse(text) as LocatedFinding[]) out.push(f);
    return out;
  }
}
