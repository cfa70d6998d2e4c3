/**
 * From input files to the one model. YAML/JSON is parsed once per file and offered to the document
 * adapters in order; other files go to the project adapters that claim them. Pure: takes text, returns
 * the model; never throws for a user's file.
 */
import type { AdapterProblem, Catalog, FileRecord } from '../model/model.js';
import { catalogAdapter } from './catalog/index.js';
import { detectTemplate, yamlFormatAdapters } from './formats.js';
import { javaAdapter } from './java/index.js';
import { propertiesAdapter } from './properties/index.js';
import { springPropertiesAdapter, springYamlAdapter } from './spring/index.js';
import { terraformAdapter } from './terraform/index.js';
import { typescriptAdapter } from './typescript/index.js';
import type { AdapterOutput, InputFile, ProjectAdapter, YamlDocumentAdapter, YamlFileAdapter } from './types.js';
import { parseYamlScan } from '../yaml/scan.js';
import { boundQuoted } from '../util/excerpt.js';
import { parseYaml, type YFile } from '../yaml/tree.js';
import { append } from '../util/append.js';
import { settleParseErrors } from './evidence.js';
import { blankJsonComments, isJsoncPath } from './jsonc.js';

export const YAML_EXTENSIONS = /\.(ya?ml|json)$/i;

export interface SourceRegistry {
  readonly yamlFileAdapters: readonly YamlFileAdapter[];
  readonly yamlDocumentAdapters: readonly YamlDocumentAdapter[];
  readonly projectAdapters: readonly ProjectAdapter[];
  /** Cheap check for templated YAML (Helm, Jinja): returns the reason, or undefined. */
  readonly detectTemplate?: (text: string) => string | undefined;
}

export const defaultSources: SourceRegistry = {
  yamlFileAdapters: [springYamlAdapter],
  // Kubernetes resources, AsyncAPI and the other tools' shapes first; each detector is exclusive.
  yamlDocumentAdapters: [...yamlFormatAdapters, catalogAdapter],
  // Order matters only for paths two adapters could claim (Spring's application*.properties first).
  projectAdapters: [springPropertiesAdapter, propertiesAdapter, terraformAdapter, javaAdapter, typescriptAdapter],
  detectTemplate,
};

/** Files any adapter may read: the discovery layer uses this to pick files by path. */
export function isCandidatePath(path: string, registry: SourceRegistry = defaultSources): boolean {
  return YAML_EXTENSIONS.test(path) || registry.projectAdapters.some((a) => a.claims(path));
}

function merge(into: AdapterOutput, part: Partial<AdapterOutput>): void {
  append(into.topics, part.topics);
  append(into.consumerGroups, part.consumerGroups);
  append(into.clients, part.clients);
  append(into.problems, part.problems);
  append(into.files, part.files);
}

function count(part: Partial<AdapterOutput>): number {
  return (part.topics?.length ?? 0) + (part.consumerGroups?.length ?? 0) + (part.clients?.length ?? 0);
}

/** The first strict-JSON error of a text, if any (JSON.parse's message and its position when given). */
export function strictJsonError(text: string): { message: string; offset: number } | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (e) {
    const message = (e as Error).message;
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Math.min(Number(at[1]), Math.max(0, text.length - 1)) : 0;
    // Bounded: V8 quotes a few characters of the file around the error (src/util/excerpt.ts).
    return { message: boundQuoted(message.replace(/ in JSON at position \d+.*$/, '').replace(/, ".*" is not valid JSON$/s, '')), offset };
  }
}

/**
 * Parse a YAML/JSON text the way every catalog file is parsed: the line scanner for the plain YAML
 * catalogs use, and anything unusual (or broken) through the `yaml` package's composer, which reports
 * its errors. (A CST-based middle path was dropped: it could not see the composer's errors, so
 * broken files were linted as if valid, with values lost.) The scanner takes only text the `yaml`
 * package reads without an error, to the same tree (test/security/hostile-yaml.test.ts).
 */
export function parseYamlSource(text: string): YFile {
  return parseYamlScan(text) ?? parseYaml(text);
}

/**
 * Whether a sorted list holds a value in [lo, hi]: a binary search, because a file of many documents
 * and many errors would otherwise be checked in time quadratic in its size.
 */
function anyBetween(sorted: readonly number[], lo: number, hi: number): boolean {
  let a = 0;
  let b = sorted.length;
  while (a < b) {
    const mid = (a + b) >> 1;
    if (sorted[mid]! < lo) a = mid + 1;
    else b = mid;
  }
  return a < sorted.length && sorted[a]! <= hi;
}

/** Read one YAML/JSON file: parse once, then the file adapters, then the document adapters. */
export function readYamlFile(file: InputFile, registry: SourceRegistry = defaultSources): AdapterOutput {
  const out = readYamlFileRaw(file, registry);
  settleParseErrors(out, [file]);
  return out;
}

function readYamlFileRaw(file: InputFile, registry: SourceRegistry): AdapterOutput {
  const out: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
  const { path } = file;
  // JSON with comments where its tools allow them (tsconfig.json, .vscode/*.json, ...): offsets kept.
  const text = isJsoncPath(path) ? blankJsonComments(file.text) : file.text;
  if (text.trim() === '') {
    out.files.push({ path, status: 'not-catalog', formats: [], reason: 'empty file' });
    return out;
  }
  const template = registry.detectTemplate?.(text);
  if (template) {
    out.files.push({ path, status: 'not-lintable', formats: [], reason: template });
    return out;
  }
  const parsed = parseYamlSource(text);
  // topiclint's own cut-offs first: they name the cause of the package errors that follow them, and a
  // file gets one parse-error, its first (src/sources/evidence.ts).
  const own = (code: string) => (code === 'UNUSUAL_LINE_BREAK' || code === 'DEEP_NESTING' || code === 'ALIAS_BOMB' ? 0 : 1);
  const ordered = [...parsed.errors].sort((a, b) => own(a.code) - own(b.code) || a.start - b.start);
  const errors: AdapterProblem[] = ordered.map((e) => ({
    ruleId: 'parse-error',
    message: `${/\.json$/i.test(path) ? 'JSON' : 'YAML'} syntax error: ${e.message}. Fix the syntax at this position; the rest of the catalog is still linted.`,
    loc: { file: path, start: e.start, end: Math.max(e.end, e.start) },
  }));
  // YAML is a superset of JSON and forgives what JSON does not (`,,`, comments, single quotes).
  if (errors.length === 0 && /\.json$/i.test(path)) {
    const jsonError = strictJsonError(text);
    if (jsonError) errors.push({ ruleId: 'parse-error', message: `JSON syntax error: ${jsonError.message}. Fix the syntax at this position; the rest of the catalog is still linted.`, loc: { file: path, start: jsonError.offset, end: jsonError.offset + 1 } });
  }
  for (const fa of registry.yamlFileAdapters) {
    if (!fa.claims(path)) continue;
    const part = fa.read(parsed, path, text);
    if (part) {
      merge(out, { ...part, files: [] });
      append(out.problems, errors);
      out.files.push({ path, status: errors.length ? 'parse-error' : 'linted', formats: [fa.id] });
      return out;
    }
  }
  const formats = new Set<string>();
  let recognised = false;
  const errorStarts = parsed.errors.map((e) => e.start).sort((a, b) => a - b);
  for (const doc of parsed.documents) {
    if (!doc.root) continue;
    // A document with a syntax error inside (or at its very end: an unclosed `{` or `[`) is not read:
    // its structure cannot be trusted.
    if (anyBetween(errorStarts, doc.start, Math.max(doc.end, doc.start + 1))) continue;
    for (const adapter of registry.yamlDocumentAdapters) {
      if (!adapter.detect(doc.root, path)) continue;
      recognised = true;
      try {
        const part = adapter.read(doc, path, parsed);
        merge(out, part);
        if (count(part) > 0 || (part.problems?.length ?? 0) > 0) formats.add(adapter.id);
        else formats.add(adapter.id);
      } catch (e) {
        out.problems.push({ ruleId: 'parse-error', message: `The ${adapter.id} reader failed on this document: ${(e as Error).message}. This is a topiclint bug; please report it.`, loc: { file: path, start: doc.start, end: doc.start } });
      }
      break;
    }
  }
  append(out.problems, errors);
  const status: FileRecord['status'] = errors.length ? 'parse-error' : recognised ? 'linted' : 'not-catalog';
  out.files.push({ path, status, formats: [...formats], ...(status === 'not-catalog' ? { reason: 'no known catalog or client format in this file' } : {}) });
  return out;
}

/** Reads YAML files, one output per file in the same order (the worker pool plugs in here). */
export type YamlReader = (files: readonly InputFile[]) => Promise<AdapterOutput[]>;

export interface ReadOptions {
  readonly registry?: SourceRegistry;
  readonly yamlReader?: YamlReader;
}

/** Read every input file into the one model. */
export async function readCatalog(files: readonly InputFile[], options: ReadOptions = {}): Promise<Catalog> {
  const registry = options.registry ?? defaultSources;
  const out: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
  const byAdapter = new Map<ProjectAdapter, InputFile[]>();
  const yamlFiles: InputFile[] = [];
  for (const f of files) {
    const project = projectAdapterFor(f.path, registry);
    if (project) {
      const list = byAdapter.get(project) ?? [];
      list.push(f);
      byAdapter.set(project, list);
    } else if (YAML_EXTENSIONS.test(f.path)) {
      yamlFiles.push(f);
    } else {
      out.files.push({ path: f.path, status: 'not-catalog', formats: [], reason: 'no reader for this file type' });
    }
  }
  const yamlOutputs = options.yamlReader ? await options.yamlReader(yamlFiles) : yamlFiles.map((f) => readYamlFile(f, registry));
  for (const part of yamlOutputs) merge(out, part);
  for (const [adapter, list] of byAdapter) merge(out, await readProjectFiles(adapter, list));
  return { topics: out.topics, consumerGroups: out.consumerGroups, clients: out.clients, problems: out.problems, files: out.files, suppressions: [] };
}

/** The project adapter that reads a path (`.properties`, `.tf`, `.java`, `.ts`, ...), if any. */
export function projectAdapterFor(path: string, registry: SourceRegistry = defaultSources): ProjectAdapter | undefined {
  return registry.projectAdapters.find((a) => a.claims(path));
}

/** Run one project adapter over the files it claimed; a failing adapter becomes findings, never a crash. */
export async function readProjectFiles(adapter: ProjectAdapter, files: readonly InputFile[]): Promise<AdapterOutput> {
  try {
    const part = await adapter.read(files);
    const out: AdapterOutput = { topics: part.topics ?? [], consumerGroups: part.consumerGroups ?? [], clients: part.clients ?? [], problems: part.problems ?? [], files: part.files ?? [] };
    settleParseErrors(out, files);
    return out;
  } catch (e) {
    const out: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      out.files.push({ path: f.path, status: 'parse-error', formats: [], reason: `${adapter.id} reader failed: ${(e as Error).message}` });
      out.problems.push({ ruleId: 'parse-error', message: `The ${adapter.id} reader failed: ${(e as Error).message}. This is a topiclint bug; please report it.`, loc: { file: f.path, start: 0, end: 0 } });
    }
    return out;
  }
}
