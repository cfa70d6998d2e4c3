/**
 * Assembling a result, shared by the whole-catalog pipeline (pipeline.ts) and the streaming one
 * (stream.ts): owners from CODEOWNERS, files not read, values not known, post-processing and stats.
 */
import type { Finding, LintResult, LintStats, UnknownValueNote } from '../model/finding.js';
import type { AdapterProblem, Catalog, ConsumerGroup, Entity, Field, FileRecord, Topic } from '../model/model.js';
import { known } from '../model/values.js';
import { globMatcher } from '../util/glob.js';
import type { AnyRule } from '../model/rule.js';
import { LineIndex } from '../model/text.js';
import { TOOL } from '../model/tool.js';
import { ownerOf } from '../model/labels.js';
import { codeownersOwner, type Codeowners } from '../sources/common/ownership.js';

export type PostprocessStep = (findings: Finding[], ctx: { catalog: Catalog; texts: ReadonlyMap<string, string> }) => Finding[];

/** Give topics without any owner the CODEOWNERS owners of their file. */
export function withCodeowners(catalog: Catalog, codeowners: Codeowners | undefined): Catalog {
  if (!codeowners) return catalog;
  let changed = false;
  const topics = catalog.topics.map((t) => {
    if (ownerOf(t)) return t;
    const owner = codeownersOwner(codeowners, t.file);
    if (!owner) return t;
    changed = true;
    return { ...t, owner };
  });
  return changed ? { ...catalog, topics } : catalog;
}

/**
 * Give topics and consumer groups whose format names no cluster the first cluster of the `clusters:`
 * mapping whose globs match their file, located at the start of the file (an empty span).
 */
export function withClusters(catalog: Catalog, clusterOf: ((file: string) => string | undefined) | undefined): Catalog {
  if (!clusterOf) return catalog;
  let changed = false;
  const give = <T extends Topic | ConsumerGroup>(e: T): T => {
    if (e.cluster) return e;
    const value = clusterOf(e.file);
    if (value === undefined) return e;
    changed = true;
    return { ...e, cluster: known(value, { file: e.file, start: 0, end: 0 }) };
  };
  const topics = catalog.topics.map(give);
  const consumerGroups = catalog.consumerGroups.map(give);
  return changed ? { ...catalog, topics, consumerGroups } : catalog;
}

/** The `clusters:` mapping as a lookup by file path (undefined without a mapping). */
export function clusterMatcher(clusters: Readonly<Record<string, readonly string[]>> | undefined): ((file: string) => string | undefined) | undefined {
  if (!clusters || Object.keys(clusters).length === 0) return undefined;
  const matchers = Object.entries(clusters).map(([name, globs]) => [name, globMatcher(globs)] as const);
  return (file) => matchers.find(([, m]) => m(file))?.[0];
}

/** A file found but not read is reported as a `parse-error` at 1:1, so every output shows it. */
export function notLintableProblems(records: readonly FileRecord[]): AdapterProblem[] {
  return records.map((r) => ({
    ruleId: 'parse-error',
    message: `This file was not linted: ${r.reason ?? 'it cannot be read'}. Until it is, topiclint cannot check what it defines.`,
    loc: { file: r.path, start: 0, end: 0 },
  }));
}

/** Post-processing (suppressions, waivers, baseline), file records in path order, stats: the result. */
export function buildResult(
  catalog: Catalog,
  located: Finding[],
  texts: ReadonlyMap<string, string>,
  options: { readonly rules: readonly AnyRule[]; readonly postprocess?: readonly PostprocessStep[] },
  baseRef: string | undefined,
  unknowns: UnknownValueNote[] | undefined,
  /** The streaming pipeline counts topics in its index (its catalog keeps no topics). */
  topicCount?: number,
): LintResult {
  let findings = located;
  for (const step of options.postprocess ?? []) findings = step(findings, { catalog, texts });
  const files = [...catalog.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const stats: LintStats = {
    filesScanned: files.length,
    filesLinted: files.filter((f) => f.status === 'linted').length,
    notCatalog: files.filter((f) => f.status === 'not-catalog').length,
    notLintable: files.filter((f) => f.status === 'not-lintable').length,
    parseErrors: files.filter((f) => f.status === 'parse-error').length,
    topics: topicCount ?? catalog.topics.length,
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
    ...(baseRef !== undefined ? { baseRef } : {}),
    ...(unknowns ? { unknowns: sortUnknowns(unknowns) } : {}),
  };
}

export function sortUnknowns(notes: UnknownValueNote[]): UnknownValueNote[] {
  return notes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column));
}

/** Values that could not be known statically, with their positions (for `--verbose`). */
export function collectUnknowns(catalog: Pick<Catalog, 'topics' | 'consumerGroups' | 'clients'>, texts: ReadonlyMap<string, string>): UnknownValueNote[] {
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
  return notes;
}
