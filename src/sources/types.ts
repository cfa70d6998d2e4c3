/** The adapter interfaces: every input format is one adapter into the model (`core/model.ts`). */
import type { AdapterProblem, Client, ConsumerGroup, FileRecord, Topic } from '../model/model.js';
import type { YDocument, YFile } from '../yaml/tree.js';

/** One input file, decoded. `path` is repository-relative with `/` separators. */
export interface InputFile {
  readonly path: string;
  readonly text: string;
}

export interface AdapterOutput {
  topics: Topic[];
  consumerGroups: ConsumerGroup[];
  clients: Client[];
  problems: AdapterProblem[];
  /** One record per file the adapter claimed (status `linted`, `not-catalog`, `not-lintable`, `parse-error`). */
  files: FileRecord[];
}

export function emptyOutput(): AdapterOutput {
  return { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
}

/** Reads one YAML/JSON document whose content it recognises. YAML is parsed once per file and shared. */
export interface YamlDocumentAdapter {
  readonly id: string;
  /** Cheap check on the document's root (e.g. `kind: KafkaTopic`, a `topic:` key). */
  detect(root: NonNullable<YDocument['root']>, path: string): boolean;
  read(doc: YDocument, path: string, file: YFile): Partial<AdapterOutput>;
}

/**
 * Reads a whole YAML file at once where documents depend on each other (Spring profiles). Tried
 * before document adapters; returns undefined when the file is not its kind.
 */
export interface YamlFileAdapter {
  readonly id: string;
  claims(path: string): boolean;
  read(file: YFile, path: string, text: string): Partial<AdapterOutput> | undefined;
}

/**
 * Reads non-YAML files (`.properties`, `.tf`, `.java`, `.ts`), all claimed files at once so that
 * values can be resolved across files (imports, tfvars, constants). Heavy parsers are imported
 * lazily inside `read`, so they cost nothing when no such file exists.
 */
export interface ProjectAdapter {
  readonly id: string;
  /** Cheap path check: does this adapter want the file? */
  claims(path: string): boolean;
  /** Must return a FileRecord for every claimed file. Never throws for bad input. */
  read(files: readonly InputFile[]): Promise<AdapterOutput>;
  /**
   * False for a reader whose output never holds a topic declared as a catalog entry (`declaredIn:
   * 'catalog'`) nor a consumer group: client code and client settings. Change rules compare only
   * those, so a `--base` run need not read such files at the base (src/change-subset.ts). Unset means
   * it may (test/sources/declares-catalog-entities.test.ts checks the readers that say false).
   */
  readonly declaresCatalogEntities?: boolean;
}
