/**
 * The pure core end to end: input files -> model -> rules -> findings -> result. No I/O, no console.
 * The `lint` API (src/lint.ts) feeds it files it read from disk or git; tests feed it strings.
 */
import { EMPTY_CONFIG } from '../model/config.js';
import { runRules, toFindings } from './engine.js';
import type { LintResult } from '../model/finding.js';
import type { Catalog, FileRecord } from '../model/model.js';
import type { BaseInfo } from '../model/rule.js';
import { readCatalog } from '../sources/index.js';
import type { InputFile } from '../sources/types.js';
import { parseCodeowners } from '../sources/common/ownership.js';
import { buildResult, collectUnknowns, notLintableProblems, withClusters, withCodeowners, clusterMatcher, type PostprocessStep } from './assemble.js';
import { canStream, lintStream } from './stream.js';
import type { CoreOptions } from './options.js';

export { withCodeowners, type PostprocessStep };

export type { CoreOptions } from './options.js';

/** Files in path order: entity order (which definition is "first") never depends on how they were listed. */
function byPath(files: readonly InputFile[]): InputFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * Lint files held in memory. Without a base ref this streams (stream.ts: per-file rules file by file,
 * cross-file rules on packed topics); `wholeCatalog` forces the whole-catalog path, which the change
 * rules need and which the differential test compares the streaming path with.
 */
export async function lintFiles(unordered: readonly InputFile[], options: CoreOptions & { readonly wholeCatalog?: boolean }): Promise<LintResult> {
  const files = byPath(unordered);
  if (!options.base && !options.wholeCatalog && canStream(options.rules, options.config)) {
    const texts = new Map(files.map((f) => [f.path, f.text]));
    const records = (options.notLintable ?? []).map((record) => ({ path: record.path, record }));
    const { base: _base, notLintable: _n, yamlReader: _y, ...rest } = options;
    return lintStream([...files, ...records], { ...rest, textOf: (p) => texts.get(p) });
  }
  const readOptions = { ...(options.registry ? { registry: options.registry } : {}), ...(options.yamlReader ? { yamlReader: options.yamlReader } : {}) };
  const codeowners = options.codeowners ? parseCodeowners(options.codeowners.path, options.codeowners.text) : undefined;
  const clusterOf = clusterMatcher(options.config?.clusters);
  let catalog = withClusters(withCodeowners(await readCatalog(files, readOptions), codeowners), clusterOf);
  if (options.notLintable?.length) catalog = withNotLintable(catalog, options.notLintable);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  if (options.codeowners) texts.set(options.codeowners.path, options.codeowners.text);
  let base: BaseInfo | undefined;
  let baseTexts: Map<string, string> | undefined;
  if (options.base) {
    base = { ref: options.base.ref, catalog: withClusters(withCodeowners(await readCatalog(byPath(options.base.files), readOptions), codeowners), clusterOf) };
    baseTexts = new Map(options.base.files.map((f) => [f.path, f.text]));
  }
  return lintCatalogs(catalog, texts, options, base, baseTexts);
}

function withNotLintable(catalog: Catalog, records: readonly FileRecord[]): Catalog {
  return { ...catalog, files: [...catalog.files, ...records], problems: [...catalog.problems, ...notLintableProblems(records)] };
}

/** Run rules on an already-read catalog (the cache and workers hand models here). */
export function lintCatalogs(
  catalog: Catalog,
  texts: ReadonlyMap<string, string>,
  options: CoreOptions,
  base?: BaseInfo,
  baseTexts?: ReadonlyMap<string, string>,
): LintResult {
  const raw = runRules(catalog, { rules: options.rules, config: options.config ?? EMPTY_CONFIG, texts, ...(base ? { base } : {}) });
  const findings = toFindings(raw, { texts, ...(baseTexts ? { baseTexts } : {}) });
  return buildResult(catalog, findings, texts, options, base?.ref, options.collectUnknowns ? collectUnknowns(catalog, texts) : undefined);
}

