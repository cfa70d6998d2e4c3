/**
 * The change rules of a streaming `--base` run (lint.ts), on the part of the two catalogs that can
 * differ, instead of both whole catalogs in memory.
 *
 * Why that part is enough (`core/change.ts`): change rules see base and head entities only through
 * `compareCatalogs`, which matches topics and consumer groups by name, and an entity of a file whose
 * text did not change is the same object at the base and now (the whole-catalog pipeline shares those
 * models too), so it never yields a finding by itself. Findings come from names that occur in a
 * changed, added or deleted file; so the part compared is those files (both versions) plus, for each
 * name they hold, the unchanged files that hold that name too (to pair with, as a move or a duplicate).
 * Everything else a change rule reads is per entity, or the list of current files (`deletionLocation`).
 *
 * The part is built from YAML files. Files of readers that never declare catalog topics or consumer
 * groups (client code and settings: `declaresCatalogEntities: false`) hold nothing the change rules
 * compare, and are left out; their code-declared topics with those names are taken from the topic
 * index (a deleted topic's finding goes where its name now lives most, code included). When a changed
 * file, or an unchanged file the part needs, is read by another project adapter (Terraform: it
 * resolves across files), the whole catalogs are read and compared instead, as the whole-catalog
 * pipeline does.
 */
import type { ResolvedConfig } from './model/config.js';
import type { LocatedFinding, TextLookup } from './engine/engine.js';
import { locateFindings, runRules } from './engine/engine.js';
import { withCodeowners } from './engine/assemble.js';
import type { Catalog, ConsumerGroup, Entity, Topic } from './model/model.js';
import type { AnyRule } from './model/rule.js';
import type { CatalogView } from './engine/stream.js';
import { YAML_EXTENSIONS, projectAdapterFor, readCatalog, readYamlFile, type SourceRegistry } from './sources/index.js';
import type { Codeowners } from './sources/common/ownership.js';
import { reuseUnchanged } from './git/reuse.js';
import type { AdapterOutput, InputFile } from './sources/types.js';

export interface ChangeSubsetInput {
  readonly view: CatalogView;
  readonly baseRef: string;
  /** Base texts of the files that differ from the current ones (changed or deleted since). */
  readonly changedBase: readonly InputFile[];
  /** Paths whose text is the same at the base and now. */
  readonly unchanged: ReadonlySet<string>;
  /** The change rules (`meta.kind === 'change'`) that are on. */
  readonly rules: readonly AnyRule[];
  readonly config: ResolvedConfig;
  readonly registry: SourceRegistry;
  /** CODEOWNERS, parsed; owners taken from it apply at both ends, as in the whole-catalog pipeline. */
  readonly codeowners?: Codeowners;
  /** A current file's text, read again (a streaming run keeps none). */
  readonly readText: (path: string) => string | undefined;
}

const nameOf = (e: Entity): string | undefined => (e.name.kind === 'known' && e.name.value !== '' ? e.name.value : undefined);
const byPath = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export async function changeFindings(input: ChangeSubsetInput): Promise<LocatedFinding[]> {
  const { view, registry } = input;
  /** `yaml`: read here; `none`: holds nothing change rules compare; `whole`: needs the whole catalogs. */
  const kind = (p: string): 'yaml' | 'none' | 'whole' => {
    const adapter = projectAdapterFor(p, registry);
    if (adapter) return adapter.declaresCatalogEntities === false ? 'none' : 'whole';
    return YAML_EXTENSIONS.test(p) ? 'yaml' : 'none'; // no reader: no entities
  };
  // Current files that were read and differ from the base (changed or added).
  const current = view.files.filter((f) => f.status !== 'not-lintable').map((f) => f.path);
  const differing = [...current.filter((p) => !input.unchanged.has(p)), ...input.changedBase.map((f) => f.path)];
  if (differing.some((p) => kind(p) === 'whole')) return wholeChangeFindings(input, current);
  const changedHead = current.filter((p) => !input.unchanged.has(p) && kind(p) === 'yaml');

  const headTexts = new Map<string, string>();
  const parse = (file: InputFile) => readYamlFile(file, registry);
  const headOutputs = new Map<string, AdapterOutput>();
  for (const p of changedHead) {
    const text = input.readText(p);
    if (text === undefined) return wholeChangeFindings(input, current); // vanished since it was linted
    headTexts.set(p, text);
    headOutputs.set(p, parse({ path: p, text }));
  }
  const baseOutputs = new Map(input.changedBase.filter((f) => kind(f.path) === 'yaml').map((f) => [f.path, parse(f)]));

  // Names held by the files that differ, on either side; then the unchanged files that hold them.
  const topicNames = new Set<string>();
  const groupNames = new Set<string>();
  for (const out of [...headOutputs.values(), ...baseOutputs.values()]) {
    for (const t of out.topics) if (nameOf(t) !== undefined) topicNames.add(nameOf(t)!);
    for (const g of out.consumerGroups) if (nameOf(g) !== undefined) groupNames.add(nameOf(g)!);
  }
  const shared = new Set<string>();
  const codeTopics: Topic[] = [];
  for (const name of topicNames) {
    for (const t of view.index.topicsNamed(name)) {
      if (t.declaredIn !== 'catalog') codeTopics.push(t);
      else if (input.unchanged.has(t.file)) shared.add(t.file);
    }
  }
  for (const g of view.consumerGroups) if (groupNames.has(nameOf(g) ?? '') && input.unchanged.has(g.file)) shared.add(g.file);
  if ([...shared].some((p) => kind(p) !== 'yaml')) return wholeChangeFindings(input, current);
  // Parsed once: the same objects at the base and now, as in the whole-catalog pipeline.
  const sharedOutputs = new Map<string, AdapterOutput>();
  for (const p of shared) {
    const text = input.readText(p);
    if (text === undefined) return wholeChangeFindings(input, current);
    headTexts.set(p, text);
    sharedOutputs.set(p, parse({ path: p, text }));
  }

  const catalogOf = (outputs: ReadonlyMap<string, AdapterOutput>, rest: Pick<Catalog, 'clients' | 'files'>, extra: readonly Topic[] = []): Catalog => {
    const topics: Topic[] = [];
    const consumerGroups: ConsumerGroup[] = [];
    // In path order, as the whole catalog holds them (its YAML files come sorted).
    for (const p of [...outputs.keys()].sort(byPath)) {
      for (const t of outputs.get(p)!.topics) topics.push(t);
      for (const g of outputs.get(p)!.consumerGroups) consumerGroups.push(g);
    }
    for (const t of extra) topics.push(t);
    return { topics, consumerGroups, ...rest, problems: [], suppressions: [] };
  };
  // Code-declared topics are never matched (`compareCatalogs` takes catalog entries only), but they are
  // where a deleted topic's name may live now (`deletionLocation`).
  const head = withCodeowners(catalogOf(new Map([...headOutputs, ...sharedOutputs]), { clients: view.clients, files: view.files }, codeTopics), input.codeowners);
  const base = withCodeowners(catalogOf(new Map([...baseOutputs, ...sharedOutputs]), { clients: [], files: [] }), input.codeowners);
  const baseTexts = new Map(input.changedBase.map((f) => [f.path, f.text]));
  for (const p of shared) baseTexts.set(p, headTexts.get(p)!);
  return locate(input, head, base, headTexts, baseTexts);
}

/** The change findings from both whole catalogs (a changed file is read by a project adapter). */
async function wholeChangeFindings(input: ChangeSubsetInput, current: readonly string[]): Promise<LocatedFinding[]> {
  const headFiles: InputFile[] = [];
  for (const p of [...current].sort(byPath)) {
    const text = input.readText(p);
    if (text !== undefined) headFiles.push({ path: p, text });
  }
  const headTexts = new Map(headFiles.map((f) => [f.path, f.text]));
  const baseFiles = [...input.changedBase, ...headFiles.filter((f) => input.unchanged.has(f.path))].sort((a, b) => byPath(a.path, b.path));
  // Unchanged YAML files give the same models on both sides, as in the whole-catalog pipeline.
  const yamlReader = reuseUnchanged(async (files) => files.map((f) => readYamlFile(f, input.registry)));
  const head = withCodeowners(await readCatalog(headFiles, { registry: input.registry, yamlReader }), input.codeowners);
  const base = withCodeowners(await readCatalog(baseFiles, { registry: input.registry, yamlReader }), input.codeowners);
  return locate(input, { ...head, files: input.view.files, clients: input.view.clients }, base, headTexts, new Map(baseFiles.map((f) => [f.path, f.text])));
}

function locate(input: ChangeSubsetInput, head: Catalog, base: Catalog, headTexts: Map<string, string>, baseTexts: Map<string, string>): LocatedFinding[] {
  const texts: TextLookup = { get: (p) => headTexts.get(p) ?? input.view.texts.get(p), has: (p) => headTexts.has(p) || input.view.texts.has(p) };
  const baseLookup: TextLookup = { get: (p) => baseTexts.get(p), has: (p) => baseTexts.has(p) };
  const raw = runRules(head, { rules: input.rules, config: input.config, texts, base: { ref: input.baseRef, catalog: base }, baseTexts: baseLookup });
  return locateFindings(raw, { texts, baseTexts: baseLookup });
}
