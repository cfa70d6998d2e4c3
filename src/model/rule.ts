/**
 * The rule API. One rule, one file under `src/rules/`: metadata next to its check. Rules are pure:
 * they read the model and report; the engine resolves levels, options, suppressions and positions.
 */
import type { Catalog, ConsumerGroup, Client, Entity, SourceLocation, Topic } from './model.js';
import type { CatalogIndex } from './catalog-index.js';

export type Level = 'error' | 'warning' | 'note';
export type Severity = Level | 'off';

export const DOCS_BASE = 'https://github.com/topiclint/topiclint/blob/main/docs/rules/';

/** JSON Schema for a rule's options (an object schema; validated by ajv when config is loaded). */
export type OptionsSchema = Record<string, unknown>;

export interface RuleMeta<O = Record<string, never>> {
  /** Public, stable id (`replication-factor`). Custom rules are namespaced (`acme/tier1-needs-dlq`). */
  readonly id: string;
  readonly level: Level;
  /** One line: what the rule checks. */
  readonly description: string;
  /** Why it matters, from the operations handbook. */
  readonly rationale: string;
  /** `static` rules read one catalog; `change` rules compare the catalog with its base (`--base`). */
  readonly kind: 'static' | 'change' | 'meta';
  /** Grouping for SARIF tags and docs: durability, ownership, naming, contract, client, change, ... */
  readonly tags: readonly string[];
  /** Looks across entities or files (duplicate-topic, unknown-topic): matters for caching and pre-commit. */
  readonly crossFile?: boolean;
  readonly optionsSchema?: OptionsSchema;
  /**
   * Options whose value is a regular expression (topic-naming's `pattern`): the config loader checks
   * each compiles on the linear-time engine (src/util/safe-regex.ts) and reports it at its line if not.
   */
  readonly regexOptions?: readonly string[];
  readonly defaultOptions: O;
  /** Whether the recommended preset enables the rule (default true). */
  readonly recommended?: boolean;
  /** Docs URL; defaults to `DOCS_BASE + id + '.md'`. */
  readonly docsUrl?: string;
}

export interface RelatedLocation {
  readonly loc: SourceLocation;
  readonly message: string;
  /** A location outside the working tree (a base ref): shown as text, e.g. `origin/main:kafka/a.yaml:12`. */
  readonly external?: { readonly ref: string; readonly path: string; readonly line: number; readonly column?: number };
  /**
   * `loc` is an offset range in a file at the base ref (change rules): the engine fills in
   * `external.line`/`column` from the base file's text, which rules do not see.
   */
  readonly atBase?: boolean;
}

export interface ReportDescriptor {
  readonly message: string;
  readonly loc: SourceLocation;
  /** The entity the finding is about: drives per-entity options/levels, fingerprints, waivers. */
  readonly entity?: Entity;
  /** Entity name when there is no entity object (a file-level problem, a deleted topic). */
  readonly entityName?: string;
  /** The field the finding is about (`replicationFactor`, `config.acks`): part of the fingerprint. */
  readonly field?: string;
  readonly related?: readonly RelatedLocation[];
  /** Overrides the configured level for this one finding (rare: e.g. "expires soon" is a warning). */
  readonly level?: Level;
  /**
   * For something deleted from a file that still exists (change rules): place the finding in
   * `loc.file` on the line this base-file location had at the base ref (the engine resolves it).
   */
  readonly atBaseLine?: SourceLocation;
}

/** A topic/consumer group present at both the base and the head (or only one of them). */
export interface ChangePair<T extends Entity> {
  readonly base: T | undefined;
  readonly head: T | undefined;
}

export interface BaseInfo {
  /** The ref as the user gave it (`origin/main`). */
  readonly ref: string;
  readonly catalog: Catalog;
}

export interface RuleContext<O> {
  /**
   * The model. Cross-file rules (`meta.crossFile`) must read topics through `index`, not
   * `catalog.topics`: the streaming pipeline does not keep whole topics (it throws on access).
   */
  readonly catalog: Catalog;
  /** Catalog-wide topic lookups: names, topics by name, repeated names, topics listing groups. */
  readonly index: CatalogIndex;
  /** Only for `change` rules, when `--base` is given. */
  readonly base: BaseInfo | undefined;
  /**
   * Options for an entity (or a file path), or `undefined` when the rule is off for it. Overrides
   * (`files:` globs, `when:` entity fields) make options differ per entity.
   */
  options(target: Entity | string): O | undefined;
  report(descriptor: ReportDescriptor): void;
  /** Topics (declared in a catalog) the rule is on for, with their options. */
  topics(): Iterable<[Topic, O]>;
  consumerGroups(): Iterable<[ConsumerGroup, O]>;
  clients(): Iterable<[Client, O]>;
}

export interface Rule<O = Record<string, never>> {
  readonly meta: RuleMeta<O>;
  check(context: RuleContext<O>): void;
}

/** Typed helper so a rule's options type flows from its defaults. */
export function defineRule<O>(rule: Rule<O>): Rule<O> {
  return rule;
}

export function docsUrl(meta: RuleMeta<unknown>): string {
  return meta.docsUrl ?? `${DOCS_BASE}${meta.id}.md`;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;
