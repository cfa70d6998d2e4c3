/**
 * The pure core end to end: input files -> model -> rules -> findings -> result. No I/O, no console.
 * The `lint` API (src/lint.ts) feeds it files it read from disk or git; tests feed it strings.
 */
import type { ResolvedConfig } from './config.js';
import { EMPTY_CONFIG } from './config.js';
import { runRules, toFindings } from './engine.js';
import type { Finding, LintResult, LintStats, UnknownValueNote } from './finding.js';
import type { AdapterProblem, Catalog, Entity, Field, FileRecord } from './model.js';
import type { AnyRule, BaseInfo } from './rule.js';
import { LineIndex } from './text.js';
import { readCatalog, type SourceRegistry, type YamlReader } from '../sources/index.js';
import type { InputFile } from '../sources/types.js';
import { TOOL } from './tool.js';
import { codeownersOwner, parseCodeowners, type Codeowners } from '../sources/ownership.js';

export interface CoreOptions {
  readonly rules: readonly AnyRule[];
  readonly config?: ResolvedConfig;
  readonly registry?: SourceRegistry;
  /** The base catalog and the text of its files, for change rules. */
  readonly base?: { readonly ref: string; readonly files: readonly InputFile[] };
  /** Collect values that could not be known statically (for `--verbose`). */
  readonly collectUnknowns?: boolean;
  /**
   * The repository's CODEOWNERS: topics that declare no owner anywhere get the owners of their file
   * (the last source in the ownership order), so `ownership-metadata` means something on every format.
   */
  readonly codeowners?: InputFile;
  /** Reads YAML files (the lint API passes a worker pool here). */
  readonly yamlReader?: YamlReader;
  /**
   * Files found but not read (too large, binary, not UTF-8, unreadable, symlinks out of the repository):
   * listed with the other files and each reported as a `parse-error` finding at 1:1, so they reach
   * every output (SARIF, annotations, exit code) and can be waived like any other finding.
   */
  readonly notLintable?: readonly FileRecord[];
  /** Post-processing of findings (suppressions, waivers, baseline): pure functions, applied in order. */
  readonly postprocess?: readonly ((findings: Finding[], ctx: { catalog: Catalog; texts: ReadonlyMap<string, string> }) => Finding[])[];
}

/** Give topics without any owner the CODEOWNERS owners of their file. */
export function withCodeowners(catalog: Catalog, codeowners: Codeowners | undefined): Catalog {
  if (!codeowners) return catalog;
  let changed = false;
  const topics = catalog.topics.map((t) => {
    if (t.owner || t.labels['x-topic-owner']) return t;
    const owner = codeownersOwner(codeowners, t.file);
    if (!owner) return t;
    changed = true;
    return { ...t, owner };
  });
  return changed ? { ...catalog, topics } : catalog;
}

/** Files in path order: entity order (which definition is "first") never depends on how they were listed. */
function byPath(files: readonly InputFile[]): InputFile[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export async function lintFiles(unordered: readonly InputFile[], options: CoreOptions): Promise<LintResult> {
  const files = byPath(unordered);
  const readOptions = { ...(options.registry ? { registry: options.registry } : {}), ...(options.yamlReader ? { yamlReader: options.yamlReader } : {}) };
  const codeowners = options.codeowners ? parseCodeowners(options.codeowners.path, options.codeowners.text) : undefined;
  let catalog = withCodeowners(await readCatalog(files, readOptions), codeowners);
  if (options.notLintable?.length) catalog = withNotLintable(catalog, options.notLintable);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  if (options.codeowners) texts.set(options.codeowners.path, options.codeowners.text);
  let base: BaseInfo | undefined;
  let baseTexts: Map<string, string> | undefined;
  if (options.base) {
    base = { ref: options.base.ref, catalog: withCodeowners(await readCatalog(byPath(options.base.files), readOptions), codeowners) };
    baseTexts = new Map(options.base.files.map((f) => [f.path, f.text]));
  }
  return lintCatalogs(catalog, texts, options, base, baseTexts);
}

function withNotLintable(catalog: Catalog, records: readonly FileRecord[]): Catalog {
  const problems: AdapterProblem[] = records.map((r) => ({
    ruleId: 'parse-error',
    message: `This file was not linted: ${r.reason ?? 'it cannot be read'}. Until it is, topiclint cannot check what it defines.`,
    loc: { file: r.path, start: 0, end: 0 },
  }));
  return { ...catalog, files: [...catalog.files, ...records], problems: [...catalog.problems, ...problems] };
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
  let findings = toFindings(raw, { texts, ...(baseTexts ? { baseTexts } : {}) });
  for (const step of options.postprocess ?? []) findings = step(findings, { catalog, texts });
  const files = [...catalog.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const stats: LintStats = {
    filesScanned: files.length,
    filesLinted: files.filter((f) => f.status === 'linted').length,
    notCatalog: files.filter((f) => f.status === 'not-catalog').length,
    notLintable: files.filter((f) => f.status === 'not-lintable').length,
    parseErrors: files.filter((f) => f.status === 'parse-error').length,
    topics: catalog.topics.length,
    consumerGroups: catalog.consumerGroups.length,
    clients: catalog.clients.length,
    suppressed: findings.filter((f) => f.suppression && f.baselineState !== 'absent').length,
    // With a baseline every finding has a state; `absent` ones are baselined findings that are fixed.
    ...(findings.some((f) => f.baselineState) ? { baselineFixed: findings.filter((f) => f.baselineState === 'absent').length } : {}),
  };
  return {
    toolName: TOOL.name,
    toolVersion: TOOL.version,
    informationUri: TOOL.informationUri,
    rules: options.rules.map((r) => r.meta),
    findings,
    files,
    stats,
    ...(base ? { baseRef: base.ref } : {}),
    ...(options.collectUnknowns ? { unknowns: collectUnknowns(catalog, texts) } : {}),
  };
}

function collectUnknowns(catalog: Catalog, texts: ReadonlyMap<string, string>): UnknownValueNote[] {
  const notes: UnknownValueNote[] = [];
  const indexes = new Map<string, LineIndex>();
  const visit = (entity: Entity) => {
    const name = entity.name.kind === 'known' ? entity.name.value : '(unnamed)';
    const walk = (what: string, v: unknown) => {
      if (!v || typeof v !== 'object') return;
      if (Array.isArray(v)) return v.forEach((x, i) => walk(`${what}[${i}]`, x));
      const f = v as Field<unknown>;
      if (f.kind === 'unknown') {
        let idx = indexes.get(f.loc.file);
        if (!idx) indexes.set(f.loc.file, (idx = new LineIndex(texts.get(f.loc.file) ?? '')));
        const p = idx.position(f.loc.start);
        notes.push({ file: f.loc.file, line: p.line, column: p.column, what: `${name} ${what}`, reason: f.reason });
      }
    };
    for (const [k, v] of Object.entries(entity)) {
      if (k === 'loc' || k === 'kind' || k === 'format' || k === 'file') continue;
      if ((k === 'config' || k === 'labels') && v && typeof v === 'object') for (const [ck, cv] of Object.entries(v)) walk(`${k}.${ck}`, cv);
      else walk(k, v);
    }
  };
  [...catalog.topics, ...catalog.consumerGroups, ...catalog.clients].forEach(visit);
  return notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}
