/**
 * adapterTester, in the spirit of ESLint's RuleTester: adapter tests read their input through the
 * same function `lint()` uses, never through a copy of it. A YAML file goes through `readYamlFile`
 * (both pipelines call it for every YAML/JSON file: template detection, the scanner-then-composer
 * parser, the file adapters, then the document adapters in registry order, parse errors and file
 * statuses); several files go through `readCatalog`, which adds the project adapters (properties,
 * Terraform, Java, TypeScript). So a test also proves the registry routes the file to the adapter
 * under test (no earlier detector claims it) and that the real parser gives the adapter its input.
 *
 * The result is the model an adapter produced (topics, consumer groups, clients with their fields,
 * locations, problems and file statuses) with helpers to assert a field's value, provenance (known,
 * unknown or invalid, the user's spelling, the origin) and exact position.
 */
import { expect } from 'vitest';
import type { Field, FileRecord, SourceLocation } from '../../src/model/model.js';
import { LineIndex } from '../../src/model/text.js';
import { defaultSources, readCatalog, readYamlFile, type SourceRegistry } from '../../src/sources/index.js';
import type { AdapterOutput, YamlDocumentAdapter } from '../../src/sources/types.js';

/** `line:column-endLine:endColumn` (1-based) of a location in a text: exact positions, compact to compare. */
export function span(text: string, loc: SourceLocation): string {
  const idx = new LineIndex(text);
  const s = idx.position(loc.start);
  const e = idx.position(loc.end);
  return `${s.line}:${s.column}-${e.line}:${e.column}`;
}

/** A field's value when known, else its kind (`unknown`, `invalid`), else undefined when absent. */
export const value = <T>(f: Field<T> | undefined): T | string | undefined => (f?.kind === 'known' ? f.value : f?.kind);

/** What a test may state about one field; every property given is compared exactly. */
export interface ExpectedField<T> {
  readonly value?: T;
  readonly kind?: Field<T>['kind'];
  /** The user's spelling, as the field keeps it (`raw`). */
  readonly raw?: string;
  /** `line:column-endLine:endColumn` of the field. */
  readonly at?: string;
  /** `file line:column-endLine:endColumn` of the field's origin (Known.origin), or null for none. */
  readonly origin?: string | null;
}

/** The model read from in-memory files, and assertions on it. */
export interface AdapterResult extends AdapterOutput {
  /** The text of a file given to the reader (for positions). */
  readonly textOf: (path: string) => string;
  readonly topic: (name: string) => AdapterOutput['topics'][number];
  readonly group: (name: string) => AdapterOutput['consumerGroups'][number];
  readonly client: (name: string) => AdapterOutput['clients'][number];
  /** The status record of one file. */
  readonly file: (path: string) => FileRecord;
  /** Assert one field: value, kind, spelling, exact position and origin, as far as `expected` states them. */
  readonly expectField: <T>(field: Field<T> | undefined, expected: ExpectedField<T>) => void;
}

function nameOf(e: { readonly name: Field<string> }): string | undefined {
  return e.name.kind === 'known' ? e.name.value : undefined;
}

function find<E extends { readonly name: Field<string> }>(list: readonly E[], what: string, name: string): E {
  const found = list.find((e) => nameOf(e) === name);
  if (!found) throw new Error(`No ${what} named "${name}" was read; read: ${JSON.stringify(list.map(nameOf))}`);
  return found;
}

function withHelpers(out: AdapterOutput, texts: Readonly<Record<string, string>>): AdapterResult {
  const textOf = (path: string): string => {
    const text = texts[path];
    if (text === undefined) throw new Error(`No file ${path} was given to the reader.`);
    return text;
  };
  const at = (loc: SourceLocation) => span(textOf(loc.file), loc);
  return {
    ...out,
    textOf,
    topic: (name) => find(out.topics, 'topic', name),
    group: (name) => find(out.consumerGroups, 'consumer group', name),
    client: (name) => find(out.clients, 'client', name),
    file: (path) => {
      const record = out.files.find((f) => f.path === path);
      if (!record) throw new Error(`No file record for ${path}; records: ${JSON.stringify(out.files.map((f) => f.path))}`);
      return record;
    },
    expectField: (field, expected) => {
      expect(field, 'the field is absent').toBeDefined();
      const f = field!;
      const actual: Record<string, unknown> = {};
      const want: Record<string, unknown> = {};
      if ('value' in expected) [actual['value'], want['value']] = [f.kind === 'known' ? f.value : undefined, expected.value];
      if (expected.kind !== undefined) [actual['kind'], want['kind']] = [f.kind, expected.kind];
      if (expected.raw !== undefined) [actual['raw'], want['raw']] = [f.raw, expected.raw];
      if (expected.at !== undefined) [actual['at'], want['at']] = [at(f.loc), expected.at];
      if (expected.origin !== undefined) {
        const origin = f.kind === 'known' ? f.origin : undefined;
        [actual['origin'], want['origin']] = [origin ? `${origin.file} ${at(origin)}` : null, expected.origin];
      }
      expect(actual).toEqual(want);
    },
  };
}

/**
 * Read one YAML/JSON text through `readYamlFile`, as `lint()` does. With `adapterId`, asserts that the
 * file parsed without error and that the registry gave it to that adapter (as a copy of the read loop
 * calling one adapter directly could never show).
 */
export function readYaml(text: string, path: string, adapterId?: string, registry: SourceRegistry = defaultSources): AdapterResult {
  const out = readYamlFile({ path, text }, registry);
  const result = withHelpers(out, { [path]: text });
  if (adapterId !== undefined) {
    expect(out.problems.filter((p) => p.ruleId === 'parse-error'), `${path} must parse without error`).toEqual([]);
    expect(result.file(path).formats, `${path} must be read by the ${adapterId} adapter`).toContain(adapterId);
  }
  return result;
}

/** Read several files (YAML and project files alike) through `readCatalog`, as `lint()` does. */
export async function readFiles(files: Readonly<Record<string, string>>, registry: SourceRegistry = defaultSources): Promise<AdapterResult> {
  const catalog = await readCatalog(Object.entries(files).map(([path, text]) => ({ path, text })), { registry });
  const out: AdapterOutput = { topics: [...catalog.topics], consumerGroups: [...catalog.consumerGroups], clients: [...catalog.clients], problems: [...catalog.problems], files: [...catalog.files] };
  return withHelpers(out, files);
}

/** The default registry with one document adapter replaced by a configured copy of the same id. */
export function registryWith(adapter: YamlDocumentAdapter, registry: SourceRegistry = defaultSources): SourceRegistry {
  if (!registry.yamlDocumentAdapters.some((a) => a.id === adapter.id)) throw new Error(`No document adapter ${adapter.id} in the registry to replace.`);
  return { ...registry, yamlDocumentAdapters: registry.yamlDocumentAdapters.map((a) => (a.id === adapter.id ? adapter : a)) };
}

/**
 * The tester for one adapter: `read(text, path?)` reads through the real registry and checks that this
 * adapter read the file. Each adapter test makes one with its adapter's id and a typical path.
 */
export function adapterTester(adapter: { readonly id: string }, defaultPath: string) {
  return {
    /** Read one file; `configured` replaces the registry's adapter (e.g. one built with CODEOWNERS). */
    read: (text: string, path: string = defaultPath, configured?: YamlDocumentAdapter): AdapterResult =>
      readYaml(text, path, adapter.id, configured ? registryWith(configured) : defaultSources),
    readFiles,
  };
}
