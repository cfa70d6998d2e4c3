/**
 * The streaming pipeline: lint file by file, keep only what the cross-file rules need.
 *
 * Most rules judge one entity at a time, so they run on each file's entities as soon as the file is
 * read ("units": one YAML file, or the files one project adapter reads together); the file's text and
 * its full model are then dropped. What is kept per unit is its findings (positions resolved), its
 * topics packed into integer columns with only the fields the cross-file rules read
 * (packed-topics.ts), and its consumer groups and clients whole. The cross-file rules
 * (`meta.crossFile`: duplicate-topic, unknown-topic, ...) run at the end, reading topics through a
 * catalog index over the packed store. Memory is then the packed model, not every file's text and
 * model, and a unit's result can be cached by the content of its files (`--cache`): after one file
 * changes, only that file is linted again and the cross-file rules re-run on the packed model.
 *
 * The output is identical to `lintCatalogs` over the whole catalog (a differential test runs both):
 * units are processed in the catalog's order and fingerprints are counted per rule in that order.
 * Pure: the caller supplies the files (an iterable, so it may read them lazily) and a text lookup.
 */
import { EMPTY_CONFIG, type ResolvedConfig } from '../model/config.js';
import { SettingsResolver } from '../policy/settings.js';
import { fingerprintFindings, locateFindings, ruleRunner, runRules, type LocatedFinding, type RawFinding, type TextLookup } from './engine.js';
import type { LintResult } from '../model/finding.js';
import type { Catalog, Client, ConsumerGroup, FileRecord, Topic } from '../model/model.js';
import type { AnyRule } from '../model/rule.js';
import type { CatalogIndex } from '../model/catalog-index.js';
import { PackedIndex, packTopics } from './packed-topics.js';
import { Accumulated, type CachedUnit, type SavedState, type UnitResult } from './accumulated.js';

export type { CachedUnit, UnitResult } from './accumulated.js';

export { packTopics, slimTopic, type PackedTopics } from './packed-topics.js';
import { buildResult, collectUnknowns, notLintableProblems, withCodeowners, withClusters, clusterMatcher } from './assemble.js';
import type { CoreOptions } from './options.js';
import { parseCodeowners, type Codeowners } from '../sources/common/ownership.js';
import { YAML_EXTENSIONS, defaultSources, projectAdapterFor, readProjectFiles, readYamlFile, type SourceRegistry } from '../sources/index.js';
import type { AdapterOutput, InputFile, ProjectAdapter } from '../sources/types.js';

/** A file to lint, a file's unit from the cache, or a file found but not read. */
export type StreamItem = InputFile | { readonly path: string; readonly cached: CachedUnit } | { readonly path: string; readonly record: FileRecord };

export interface UnitCache {
  /** A cached result for exactly these files (paths and contents), if any. */
  lookup(files: readonly InputFile[]): CachedUnit | undefined;
  /** Keep a unit linted this run; returns its key. */
  store(files: readonly InputFile[], unit: UnitResult): string;
  /** The previous run's state, which `saved` units refer to; asked once, before any unit. */
  saved?(): SavedState | undefined;
  /** This run's state, for the next run: called once all units are in; the cache calls `state` if it wants it. */
  remember?(state: () => SavedState): void;
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
   * `--base`: the change rules' findings (located), computed by the caller from this run's view of the
   * catalog once every unit is in; merged with the other findings before fingerprints and suppressions.
   */
  readonly changeFindings?: (view: CatalogView) => Promise<{ readonly ref: string; readonly findings: readonly LocatedFinding[] }>;
  /** Let the event loop turn after so many items (for work running beside, like git for `--base`). */
  readonly yieldEvery?: number;
}

/** What a streaming run holds of the whole catalog at its end. */
export interface CatalogView {
  readonly files: readonly FileRecord[];
  /** Every topic, by name (slim: name, place, groups, tier, classification). */
  readonly index: CatalogIndex;
  readonly consumerGroups: readonly ConsumerGroup[];
  readonly clients: readonly Client[];
  readonly texts: TextLookup;
}

/** What linting a unit needs besides the unit: the config, whether to collect unknowns, CODEOWNERS. */
export interface UnitEnvData {
  readonly config: ResolvedConfig;
  readonly collectUnknowns: boolean;
  readonly codeowners?: InputFile;
}

export function unitEnv(rules: readonly AnyRule[], data: UnitEnvData): UnitEnv {
  const perFile = rules.filter((r) => r.meta.kind !== 'change' && !r.meta.crossFile);
  // Levels and options resolve against every rule (a meta rule's level is looked up by id).
  const resolver = new SettingsResolver(data.config, new Map(rules.map((r) => [r.meta.id, r])));
  return {
    run: ruleRunner({ rules: perFile, config: data.config, resolver }),
    codeowners: data.codeowners ? parseCodeowners(data.codeowners.path, data.codeowners.text) : undefined,
    codeownersFile: data.codeowners,
    clusterOf: clusterMatcher(data.config.clusters),
    collectUnknowns: data.collectUnknowns,
  };
}

const SUPPRESSION_MARKER = 'topiclint-disable';

/**
 * Can this run stream? Not when a cross-file rule would need more than packed topics: a custom policy
 * that navigates to other entities, or a `when:` override (it may test any field) of a cross-file rule.
 */
export function canStream(rules: readonly AnyRule[], config: ResolvedConfig | undefined): boolean {
  const cross = new Set(rules.filter((r) => r.meta.crossFile && r.meta.kind !== 'change').map((r) => r.meta.id));
  if (rules.some((r) => r.meta.crossFile && r.meta.tags.includes('policy'))) return false;
  return !(config?.overrides ?? []).some((o) => o.when && Object.keys(o.rules).some((id) => cross.has(id)));
}


/** What linting a unit needs, built once per run (and once per worker). */
export interface UnitEnv {
  /** The per-file rules, bound once (`ruleRunner`). */
  readonly run: (catalog: Catalog) => RawFinding[];
  readonly codeowners: Codeowners | undefined;
  /** CODEOWNERS itself: owners taken from it are located there. */
  readonly codeownersFile: InputFile | undefined;
  /** The `clusters:` mapping by path, when the config has one. */
  readonly clusterOf: ((file: string) => string | undefined) | undefined;
  readonly collectUnknowns: boolean;
}

/** Run the per-file rules on one unit's model; keep findings, packed topics, groups and clients. */
export function lintUnit(output: AdapterOutput, unitTexts: ReadonlyMap<string, string>, env: UnitEnv): UnitResult {
  let texts = unitTexts;
  const plain: Catalog = { topics: output.topics, consumerGroups: output.consumerGroups, clients: output.clients, files: output.files, problems: output.problems, suppressions: [] };
  const catalog = withClusters(withCodeowners(plain, env.codeowners), env.clusterOf);
  const suppressionFiles = [...texts].filter(([, text]) => text.includes(SUPPRESSION_MARKER)).map(([p]) => p);
  if (env.codeownersFile && catalog !== plain) texts = new Map([...texts, [env.codeownersFile.path, env.codeownersFile.text]]);
  const raw = env.run(catalog);
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
  // read. Each is absorbed as it comes: into one topic store and a few lists, so what is kept is a few
  // large allocations, not a dozen small objects per file (which fragment the heap).
  // A unit to absorb: linted, cached, or one of the saved state's; its key null when it is not cached.
  type Pending = { readonly key: string | null } & ({ readonly unit: UnitResult } | { readonly saved: number });
  const acc = new Accumulated(cache?.saved?.(), cache?.remember !== undefined);
  const projects = new Map<ProjectAdapter, InputFile[]>();
  const records: FileRecord[] = [];
  const kept = new Map<string, string>();
  if (options.codeowners) kept.set(options.codeowners.path, options.codeowners.text);

  // Texts with suppression comments are needed again at the end; the unit says which (lintUnit).
  const keepSuppressionTexts = (found: Pending, files: readonly InputFile[]): Pending => {
    for (const p of 'saved' in found ? acc.savedSuppressionFiles(found.saved) : (found.unit.suppressionFiles ?? [])) {
      const file = files.find((f) => f.path === p);
      if (file) kept.set(p, file.text);
    }
    return found;
  };
  const finishUnit = (files: readonly InputFile[], output: AdapterOutput): Pending => {
    const unit = lintUnit(output, new Map(files.map((f) => [f.path, f.text])), env);
    return keepSuppressionTexts({ unit, key: cache?.store(files, unit) ?? null }, files);
  };
  const push = (unit: Pending) => {
    if ('saved' in unit) acc.addSaved(unit.saved);
    else acc.add(unit.unit, unit.key);
  };

  let seen = 0;
  for (const item of items) {
    if (options.yieldEvery && ++seen % options.yieldEvery === 0) await new Promise((resolve) => setImmediate(resolve));
    if ('cached' in item) {
      push(item.cached);
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
      push({ unit: { files: [{ path: item.path, status: 'not-catalog', formats: [], reason: 'no reader for this file type' }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] }, key: null });
      continue;
    }
    const cached = cache?.lookup([item]);
    push(cached ? keepSuppressionTexts(cached, [item]) : finishUnit([item], readYamlFile(item, registry)));
  }
  for (const [adapter, list] of projects) {
    const cached = cache?.lookup(list);
    push(cached ? keepSuppressionTexts(cached, list) : finishUnit(list, await readProjectFiles(adapter, list)));
  }
  if (records.length) {
    const output: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: notLintableProblems(records), files: records };
    push({ unit: lintUnit(output, new Map(), env), key: null });
  }
  acc.close();
  cache?.remember?.(() => acc.state());

  const texts = lazyTexts(kept, options.textOf);
  const unitFindings = acc.takeFindings();
  const { suppressionFiles } = acc;
  const unknowns = options.collectUnknowns ? acc.unknowns : undefined;
  const { catalog, cross, topicCount, index } = runCrossFileRules(acc, active.filter((r) => r.meta.crossFile), config, texts);
  const changes = options.changeFindings && (await options.changeFindings({ files: acc.files, index, consumerGroups: acc.consumerGroups, clients: acc.clients, texts }));
  for (const f of changes?.findings ?? []) cross.push(f);
  // Fingerprints count repeats of a key per rule in catalog order: put findings in rule order first.
  const order = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const rank = (f: LocatedFinding) => order.get(f.finding.ruleId) ?? order.size;
  const inRuleOrder = [...unitFindings, ...cross].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const suppressionTexts = new Map<string, string>();
  for (const p of suppressionFiles) {
    const text = texts.get(p);
    if (text !== undefined) suppressionTexts.set(p, text);
  }
  return buildResult(catalog, fingerprintFindings(inRuleOrder), suppressionTexts, options, changes?.ref, unknowns, topicCount);
}

/** The cross-file rules over the units' slim model; returns their findings and the catalog for the result. */
function runCrossFileRules(acc: Accumulated, rules: readonly AnyRule[], config: ResolvedConfig, texts: TextLookup): { catalog: Catalog; cross: LocatedFinding[]; topicCount: number; index: PackedIndex } {
  const index = new PackedIndex(acc.columns());
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
  return { catalog, cross, topicCount: index.topicCount, index };
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
