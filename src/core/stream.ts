/**
 * The streaming pipeline: lint file by file, keep only what the cross-file rules need.
 *
 * Most rules judge one entity at a time, so they run on each file's entities as soon as the file is
 * read ("units": one YAML file, or the files one project adapter reads together); the file's text and
 * its full model are then dropped. What is kept per unit is its findings (positions resolved) and slim
 * entities: topics with only the fields the cross-file rules read (see `slimTopic`), consumer groups
 * and clients whole. The cross-file rules (`meta.crossFile`: duplicate-topic, unknown-topic, ...) run
 * on those at the end. Memory is then the slim model, not every file's text and model, and a unit's
 * result can be cached by the content of its files (`--cache`): after one file changes, only that file
 * is linted again and the cross-file rules re-run on the slim model.
 *
 * The output is identical to `lintCatalogs` over the whole catalog (a differential test runs both):
 * units are processed in the catalog's order and fingerprints are counted per rule in that order.
 * Pure: the caller supplies the files (an iterable, so it may read them lazily) and a text lookup.
 */
import { EMPTY_CONFIG, SettingsResolver, type ResolvedConfig } from './config.js';
import { fingerprintFindings, locateFindings, runRules, type LocatedFinding, type TextLookup } from './engine.js';
import type { LintResult, UnknownValueNote } from './finding.js';
import type { Catalog, Client, ConsumerGroup, Field, FileRecord, Topic } from './model.js';
import type { AnyRule } from './rule.js';
import { groupListings, keySet, type CatalogIndex } from './catalog-index.js';
import { buildResult, collectUnknowns, notLintableProblems, withCodeowners } from './assemble.js';
import type { CoreOptions } from './pipeline.js';
import { parseCodeowners, type Codeowners } from '../sources/ownership.js';
import { YAML_EXTENSIONS, defaultSources, projectAdapterFor, readProjectFiles, readYamlFile, type SourceRegistry } from '../sources/index.js';
import type { AdapterOutput, InputFile, ProjectAdapter } from '../sources/types.js';
import { LABEL_FOR_FIELD } from '../sources/catalog/index.js';

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

/** A file to lint, a file's unit result from the cache, or a file found but not read. */
export type StreamItem = InputFile | { readonly path: string; readonly unit: UnitResult } | { readonly path: string; readonly record: FileRecord };

export interface UnitCache {
  /** A cached result for exactly these files (paths and contents), if any. */
  lookup(files: readonly InputFile[]): UnitResult | undefined;
  store(files: readonly InputFile[], unit: UnitResult): void;
}

export interface StreamOptions extends Omit<CoreOptions, 'base' | 'notLintable' | 'yamlReader'> {
  /**
   * Text of any input file by path, for positions of cross-file findings and for suppression comments
   * in files whose text was dropped (the lint API reads them again on demand). Defaults to the texts
   * of the items themselves, kept only when needed.
   */
  readonly textOf?: (path: string) => string | undefined;
  readonly unitCache?: UnitCache;
  /**
   * Threads that lint batches of YAML files as `lintUnit` does here (src/parallel/): batches go round
   * robin to this thread and the workers, results are placed in file order.
   */
  readonly unitWorkers?: { readonly size: number; lint(worker: number, files: readonly InputFile[]): Promise<UnitResult[]> };
}

/** What a worker needs to lint units as this thread does (serialisable; built-in rules). */
export interface UnitEnvData {
  readonly config: ResolvedConfig;
  readonly collectUnknowns: boolean;
  readonly codeowners?: InputFile;
}

export function unitEnv(rules: readonly AnyRule[], data: UnitEnvData): UnitEnv {
  const perFile = rules.filter((r) => r.meta.kind !== 'change' && !r.meta.crossFile);
  return {
    rules: perFile,
    // Levels and options resolve against every rule (a meta rule's level is looked up by id).
    resolver: new SettingsResolver(data.config, new Map(rules.map((r) => [r.meta.id, r]))),
    config: data.config,
    codeowners: data.codeowners ? parseCodeowners(data.codeowners.path, data.codeowners.text) : undefined,
    codeownersFile: data.codeowners,
    collectUnknowns: data.collectUnknowns,
  };
}

const SUPPRESSION_MARKER = 'topiclint-disable';
const YAML_BATCH = 24;

/**
 * Can this run stream? Not when a cross-file rule would need more than slim entities: a custom policy
 * that navigates to other entities, or a `when:` override (it may test any field) of a cross-file rule.
 */
export function canStream(rules: readonly AnyRule[], config: ResolvedConfig | undefined): boolean {
  const cross = new Set(rules.filter((r) => r.meta.crossFile && r.meta.kind !== 'change').map((r) => r.meta.id));
  if (rules.some((r) => r.meta.crossFile && r.meta.tags.includes('policy'))) return false;
  return !(config?.overrides ?? []).some((o) => o.when && Object.keys(o.rules).some((id) => cross.has(id)));
}

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

export interface UnitEnv {
  readonly resolver: SettingsResolver;
  readonly rules: readonly AnyRule[];
  readonly config: ResolvedConfig;
  readonly codeowners: Codeowners | undefined;
  /** CODEOWNERS itself: owners taken from it are located there. */
  readonly codeownersFile: InputFile | undefined;
  readonly collectUnknowns: boolean;
}

/** Run the per-file rules on one unit's model; keep findings and slim entities. */
export function lintUnit(output: AdapterOutput, unitTexts: ReadonlyMap<string, string>, env: UnitEnv): UnitResult {
  let texts = unitTexts;
  const plain: Catalog = { topics: output.topics, consumerGroups: output.consumerGroups, clients: output.clients, files: output.files, problems: output.problems, suppressions: [] };
  const catalog = withCodeowners(plain, env.codeowners);
  const suppressionFiles = [...texts].filter(([, text]) => text.includes(SUPPRESSION_MARKER)).map(([p]) => p);
  if (env.codeownersFile && catalog !== plain) texts = new Map([...texts, [env.codeownersFile.path, env.codeownersFile.text]]);
  const raw = runRules(catalog, { rules: env.rules, config: env.config, texts, resolver: env.resolver });
  return {
    files: catalog.files,
    findings: raw.length ? (JSON.parse(JSON.stringify(locateFindings(raw, { texts }))) as LocatedFinding[]) : [],
    topics: packTopics(catalog.topics),
    // Copies: what is kept after the file is linted must not keep its text alive (V8 keeps a whole file text behind a slice of it).
    consumerGroups: catalog.consumerGroups.length ? (JSON.parse(JSON.stringify(catalog.consumerGroups)) as ConsumerGroup[]) : [],
    clients: catalog.clients.length ? (JSON.parse(JSON.stringify(catalog.clients)) as Client[]) : [],
    ...(env.collectUnknowns ? { unknowns: collectUnknowns(catalog, texts) } : {}),
    ...(suppressionFiles.length ? { suppressionFiles } : {}),
  };
}

/** Lint files given in path order (see the module comment). */
export async function lintStream(items: Iterable<StreamItem>, options: StreamOptions): Promise<LintResult> {
  const registry: SourceRegistry = options.registry ?? defaultSources;
  const config = options.config ?? EMPTY_CONFIG;
  const active = options.rules.filter((r) => r.meta.kind !== 'change');
  const env = unitEnv(options.rules, { config, collectUnknowns: options.collectUnknowns ?? false, ...(options.codeowners ? { codeowners: options.codeowners } : {}) });
  const cache = options.unitCache;
  // Units in catalog order: YAML files in path order, then each project adapter's files, then files not
  // read. Each is absorbed as soon as those before it are: into one topic store and a few lists, so
  // what is kept is a few large allocations, not a dozen small objects per file (which fragment the heap).
  const units: (UnitResult | undefined)[] = [];
  const acc = new Accumulated();
  let absorbed = 0;
  const absorb = () => {
    while (absorbed < units.length && units[absorbed] !== undefined) {
      acc.add(units[absorbed]!);
      units[absorbed++] = undefined;
    }
  };
  const projects = new Map<ProjectAdapter, InputFile[]>();
  const records: FileRecord[] = [];
  const kept = new Map<string, string>();
  if (options.codeowners) kept.set(options.codeowners.path, options.codeowners.text);
  let batch: { slot: number; file: InputFile }[] = [];

  const finishUnit = (files: readonly InputFile[], output: AdapterOutput): UnitResult => {
    const unit = lintUnit(output, new Map(files.map((f) => [f.path, f.text])), env);
    cache?.store(files, unit);
    return unit;
  };
  const workers = options.unitWorkers;
  const inFlight: Promise<void>[] = [];
  let turn = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const todo = batch;
    batch = [];
    // Round robin over this thread (turn 0) and the workers; a worker's answer is placed by slot.
    const at = turn++ % (workers!.size + 1);
    if (at === 0) {
      for (const b of todo) units[b.slot] = finishUnit([b.file], readYamlFile(b.file, registry));
      return;
    }
    inFlight.push(
      workers!.lint(at - 1, todo.map((b) => b.file)).then((done) =>
        todo.forEach((b, i) => {
          units[b.slot] = done[i]!;
          cache?.store([b.file], done[i]!);
        }),
      ),
    );
  };
  const push = (unit: UnitResult | undefined) => {
    units.push(unit);
    if (unit && absorbed === units.length - 1) absorb();
  };

  for (const item of items) {
    if ('unit' in item) {
      push(item.unit);
      continue;
    }
    if ('record' in item) {
      records.push(item.record);
      continue;
    }
    const project = projectAdapterFor(item.path, registry);
    if (project) {
      const list = projects.get(project) ?? [];
      list.push(item);
      projects.set(project, list);
      continue;
    }
    if (!YAML_EXTENSIONS.test(item.path)) {
      push({ files: [{ path: item.path, status: 'not-catalog', formats: [], reason: 'no reader for this file type' }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] });
      continue;
    }
    if (item.text.includes(SUPPRESSION_MARKER)) kept.set(item.path, item.text);
    const cached = cache?.lookup([item]);
    if (cached) push(cached);
    else if (workers) {
      batch.push({ slot: units.length, file: item });
      push(undefined);
      if (batch.length >= YAML_BATCH) flush();
    } else push(finishUnit([item], readYamlFile(item, registry)));
  }
  flush();
  await Promise.all(inFlight);
  absorb();
  for (const [adapter, list] of projects) {
    for (const f of list) if (f.text.includes(SUPPRESSION_MARKER)) kept.set(f.path, f.text);
    push(cache?.lookup(list) ?? finishUnit(list, await readProjectFiles(adapter, list)));
  }
  if (records.length) {
    const output: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: notLintableProblems(records), files: records };
    push(lintUnit(output, new Map(), env));
  }
  units.length = 0;

  const texts = lazyTexts(kept, options.textOf);
  const unitFindings = acc.findings();
  const { suppressionFiles } = acc;
  const unknowns = options.collectUnknowns ? acc.unknowns : undefined;
  const { catalog, cross, topicCount } = runCrossFileRules(acc, active.filter((r) => r.meta.crossFile), config, texts);
  // Fingerprints count repeats of a key per rule in catalog order: put findings in rule order first.
  const order = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const rank = (f: LocatedFinding) => order.get(f.finding.ruleId) ?? order.size;
  const inRuleOrder = [...unitFindings, ...cross].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const suppressionTexts = new Map<string, string>();
  for (const p of suppressionFiles) {
    const text = texts.get(p);
    if (text !== undefined) suppressionTexts.set(p, text);
  }
  return buildResult(catalog, fingerprintFindings(inRuleOrder), suppressionTexts, options, undefined, unknowns, topicCount);
}

/** The cross-file rules over the units' slim model; returns their findings and the catalog for the result. */
function runCrossFileRules(acc: Accumulated, rules: readonly AnyRule[], config: ResolvedConfig, texts: TextLookup): { catalog: Catalog; cross: LocatedFinding[]; topicCount: number } {
  const index = new PackedIndex([acc.topics.finish()]);
  const catalog: Catalog = {
    // Cross-file rules read topics through the index; whole topics are not kept (see catalog-index.ts).
    get topics(): readonly Topic[] {
      throw new Error('in the streaming pipeline, cross-file rules read topics through ctx.index');
    },
    consumerGroups: acc.consumerGroups,
    clients: acc.clients,
    files: acc.files,
    problems: [],
    suppressions: [],
  };
  const cross = locateFindings(runRules(catalog, { rules, config, texts, index }), { texts });
  return { catalog, cross, topicCount: index.topicCount };
}

/** Texts kept in memory first, then the caller's lookup (which may read the file again). */
function lazyTexts(kept: Map<string, string>, textOf: ((path: string) => string | undefined) | undefined): TextLookup {
  return {
    get(path) {
      let text = kept.get(path);
      if (text === undefined && textOf) {
        text = textOf(path);
        if (text !== undefined) kept.set(path, text);
      }
      return text;
    },
    has(path) {
      return this.get(path) !== undefined;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Packed topics: what the cross-file rules may ask about each topic, in one integer array and a few
// string lists instead of objects (under 100 bytes a topic instead of 1.4 kB), turned back into topic
// objects only for the topics a rule asks about.

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

/** What the streaming pipeline keeps of the units it has linted, in catalog order. */
class Accumulated {
  readonly topics = new TopicStore();
  readonly files: FileRecord[] = [];
  readonly consumerGroups: ConsumerGroup[] = [];
  readonly clients: Client[] = [];
  readonly unknowns: UnknownValueNote[] = [];
  readonly suppressionFiles: string[] = [];
  /** Findings as JSON, one string per unit that has any: one allocation instead of dozens of objects. */
  private readonly findingTexts: string[] = [];

  add(u: UnitResult): void {
    this.topics.append(u.topics);
    for (const f of u.files) this.files.push(f);
    for (const g of u.consumerGroups) this.consumerGroups.push(g);
    for (const c of u.clients) this.clients.push(c);
    for (const n of u.unknowns ?? []) this.unknowns.push(n);
    for (const p of u.suppressionFiles ?? []) this.suppressionFiles.push(p);
    if (u.findings.length) this.findingTexts.push(JSON.stringify(u.findings));
  }

  findings(): LocatedFinding[] {
    return this.findingTexts.flatMap((t) => JSON.parse(t) as LocatedFinding[]);
  }
}

/** The packed topics of every unit in one growing store; `finish` gives them as one `PackedTopics`. */
class TopicStore {
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

  finish(): PackedTopics {
    const ints = new Int32Array(this.n * TOPIC_INTS + 1 + this.groups * 4);
    ints.set(this.ints.subarray(0, this.n * TOPIC_INTS));
    ints[this.n * TOPIC_INTS] = this.groups;
    ints.set(this.groupInts.subarray(0, this.groups * 4), this.n * TOPIC_INTS + 1);
    const names: (string | null)[] = [];
    for (const chunk of this.nameChunks) for (const name of chunk.split('\0')) names.push(this.whole[names.length] ? null : name);
    return { n: this.n, names, table: this.table, ints, whole: this.whole };
  }
}

const REMAPPED_SLOTS = [Slot.File, Slot.Format, Slot.ValueStart, Slot.ValueStart + 1, Slot.ValueStart + 2];

function grow(a: Int32Array): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/** The catalog index over the packed topics of every unit, in catalog order. */
class PackedIndex implements CatalogIndex {
  readonly topicCount: number;
  private readonly starts: number[] = [];
  private byName: Map<string, number | number[]> | undefined;
  private readonly made = new Map<number, Topic>();

  constructor(private readonly units: readonly PackedTopics[]) {
    let n = 0;
    for (const u of units) {
      this.starts.push(n);
      n += u.n;
    }
    this.topicCount = n;
  }

  private topic(id: number): Topic {
    let t = this.made.get(id);
    if (!t) {
      let lo = 0;
      let hi = this.starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (this.starts[mid]! <= id) lo = mid;
        else hi = mid - 1;
      }
      t = unpack(this.units[lo]!, id - this.starts[lo]!);
      this.made.set(id, t);
    }
    return t;
  }

  private names(): Map<string, number | number[]> {
    if (this.byName) return this.byName;
    const byName = new Map<string, number | number[]>();
    this.units.forEach((u, k) => {
      const start = this.starts[k]!;
      u.names.forEach((packedName, i) => {
        const whole = packedName === null ? u.whole[i] : undefined;
        const name = packedName ?? (whole?.name.kind === 'known' ? whole.name.value : undefined);
        if (name === undefined) return;
        const id = start + i;
        const had = byName.get(name);
        if (had === undefined) byName.set(name, id);
        else if (typeof had === 'number') byName.set(name, [had, id]);
        else had.push(id);
      });
    });
    return (this.byName = byName);
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

  private byGroup: Map<string, number[]> | undefined;

  private groups(): Map<string, number[]> {
    return (this.byGroup ??= groupListings((visit) =>
      this.units.forEach((u, k) => {
        const start = this.starts[k]!;
        for (let i = 0; i < u.n; i++) {
          const whole = u.whole[i];
          if (whole) {
            for (const g of whole.consumerGroups) if (g.kind === 'known') visit(start + i, g.value);
            continue;
          }
          const [from, to] = groupRange(u, i);
          for (let g = from; g < to; g++) visit(start + i, u.table[u.ints[u.n * TOPIC_INTS + 1 + 4 * g]!]!);
        }
      }),
    ));
  }

  listedGroupNames(): ReadonlySet<string> {
    return keySet(this.groups());
  }

  topicsListing(group: string): readonly Topic[] {
    return (this.groups().get(group) ?? []).map((id) => this.topic(id));
  }
}
