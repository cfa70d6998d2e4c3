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
import { EMPTY_CONFIG, type ResolvedConfig } from './config.js';
import { fingerprintFindings, locateFindings, runRules, type LocatedFinding, type TextLookup } from './engine.js';
import type { LintResult, UnknownValueNote } from './finding.js';
import type { Catalog, Client, ConsumerGroup, FileRecord, Topic } from './model.js';
import type { AnyRule } from './rule.js';
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
  /** Slim topics (`slimTopic`), whole consumer groups and clients: what the cross-file rules read. */
  readonly topics: readonly Topic[];
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
  /** Reads a batch of YAML files (the worker pool); in this thread when absent. */
  readonly yamlReader?: (files: readonly InputFile[]) => Promise<AdapterOutput[]>;
}

const SUPPRESSION_MARKER = 'topiclint-disable';
const YAML_BATCH = 64;

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

interface UnitEnv {
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
  const raw = runRules(catalog, { rules: env.rules, config: env.config, texts });
  return {
    files: catalog.files,
    findings: locateFindings(raw, { texts }),
    topics: catalog.topics.map(slimTopic),
    consumerGroups: catalog.consumerGroups,
    clients: catalog.clients,
    ...(env.collectUnknowns ? { unknowns: collectUnknowns(catalog, texts) } : {}),
    ...(suppressionFiles.length ? { suppressionFiles } : {}),
  };
}

/** Lint files given in path order (see the module comment). */
export async function lintStream(items: Iterable<StreamItem>, options: StreamOptions): Promise<LintResult> {
  const registry: SourceRegistry = options.registry ?? defaultSources;
  const config = options.config ?? EMPTY_CONFIG;
  const active = options.rules.filter((r) => r.meta.kind !== 'change');
  const env: UnitEnv = {
    rules: active.filter((r) => !r.meta.crossFile),
    config,
    codeowners: options.codeowners ? parseCodeowners(options.codeowners.path, options.codeowners.text) : undefined,
    codeownersFile: options.codeowners,
    collectUnknowns: options.collectUnknowns ?? false,
  };
  const cache = options.unitCache;
  // Units in catalog order: YAML files in path order, then each project adapter's files, then files not read.
  const units: (UnitResult | undefined)[] = [];
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
  const flush = async () => {
    if (batch.length === 0) return;
    const todo = batch;
    batch = [];
    const outputs = await options.yamlReader!(todo.map((b) => b.file));
    todo.forEach((b, i) => (units[b.slot] = finishUnit([b.file], outputs[i]!)));
  };

  for (const item of items) {
    if ('unit' in item) {
      units.push(item.unit);
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
      units.push({ files: [{ path: item.path, status: 'not-catalog', formats: [], reason: 'no reader for this file type' }], findings: [], topics: [], consumerGroups: [], clients: [] });
      continue;
    }
    if (item.text.includes(SUPPRESSION_MARKER)) kept.set(item.path, item.text);
    const cached = cache?.lookup([item]);
    if (cached) units.push(cached);
    else if (options.yamlReader) {
      batch.push({ slot: units.length, file: item });
      units.push(undefined);
      if (batch.length >= YAML_BATCH) await flush();
    } else units.push(finishUnit([item], readYamlFile(item, registry)));
  }
  await flush();
  for (const [adapter, list] of projects) {
    for (const f of list) if (f.text.includes(SUPPRESSION_MARKER)) kept.set(f.path, f.text);
    units.push(cache?.lookup(list) ?? finishUnit(list, await readProjectFiles(adapter, list)));
  }
  if (records.length) {
    const output: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: notLintableProblems(records), files: records };
    units.push(lintUnit(output, new Map(), env));
  }

  const done = units as UnitResult[];
  const catalog: Catalog = {
    topics: done.flatMap((u) => u.topics),
    consumerGroups: done.flatMap((u) => u.consumerGroups),
    clients: done.flatMap((u) => u.clients),
    files: done.flatMap((u) => u.files),
    problems: [],
    suppressions: [],
  };
  const texts = lazyTexts(kept, options.textOf);
  const crossRaw = runRules(catalog, { rules: active.filter((r) => r.meta.crossFile), config, texts });
  // Fingerprints count repeats of a key per rule in catalog order: put findings in rule order first.
  const order = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const located = [...done.flatMap((u) => u.findings), ...locateFindings(crossRaw, { texts })];
  const rank = (f: LocatedFinding) => order.get(f.finding.ruleId) ?? order.size;
  const inRuleOrder = located.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const suppressionTexts = new Map<string, string>();
  for (const u of done) for (const p of u.suppressionFiles ?? []) {
    const text = texts.get(p);
    if (text !== undefined) suppressionTexts.set(p, text);
  }
  const unknowns = options.collectUnknowns ? done.flatMap((u) => u.unknowns ?? []) : undefined;
  return buildResult(catalog, fingerprintFindings(inRuleOrder), suppressionTexts, options, undefined, unknowns);
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
