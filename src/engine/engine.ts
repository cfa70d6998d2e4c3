/**
 * Runs rules over the model and turns their reports into findings: level and options per entity,
 * inline suppressions, positions, fingerprints, a stable order. Pure: no I/O, no console.
 */
import type { ResolvedConfig } from '../model/config.js';
import { SettingsResolver } from '../policy/settings.js';
import { sortFindings, type Finding, type RelatedFindingLocation } from '../model/finding.js';
import type { Catalog, Entity, Topic } from '../model/model.js';
import type { AnyRule, BaseInfo, Level, ReportDescriptor, RuleContext } from '../model/rule.js';
import { LineIndex, regionOf } from '../model/text.js';
import { BASE_LOCATION } from '../model/change.js';
import { indexOfCatalog, type CatalogIndex } from '../model/catalog-index.js';
import { digestOf } from '../util/digest.js';

export interface RunOptions {
  readonly rules: readonly AnyRule[];
  readonly config: ResolvedConfig;
  /** Text of each input file. Rules never read texts (positions come later, in `locateFindings`). */
  readonly texts?: TextLookup;
  readonly base?: BaseInfo;
  /** Text of base files, by path, for related locations at the base ref. */
  readonly baseTexts?: TextLookup;
  /** The catalog's topic index (the streaming pipeline passes its packed one). */
  readonly index?: CatalogIndex;
  /** A resolver for `rules` and `config` built once (the streaming pipeline runs rules per file). */
  readonly resolver?: SettingsResolver;
}

export interface RawFinding {
  readonly ruleId: string;
  readonly level: Level;
  readonly descriptor: ReportDescriptor;
}

export function entityName(e: Entity): string | undefined {
  return e.name.kind === 'known' ? e.name.value : undefined;
}

/** Run every enabled rule; collect raw reports with their resolved level. */
export function runRules(catalog: Catalog, opts: RunOptions): RawFinding[] {
  return ruleRunner(opts)(catalog);
}

/**
 * Rules bound to their contexts once, run on any number of catalogs: the streaming pipeline runs the
 * per-file rules on every file's catalog, and building ~45 contexts per file cost a quarter of a run
 * on small files.
 */
export function ruleRunner(opts: RunOptions): (catalog: Catalog) => RawFinding[] {
  const resolver = opts.resolver ?? new SettingsResolver(opts.config, new Map(opts.rules.map((r) => [r.meta.id, r])));
  // What the current run sees; the contexts below read it.
  let catalog: Catalog = { topics: [], consumerGroups: [], clients: [], files: [], problems: [], suppressions: [] };
  let out: RawFinding[] = [];
  let declared: readonly Topic[] | undefined;
  const catalogTopics = () => (declared ??= catalog.topics.filter((t) => t.declaredIn === 'catalog'));
  const bound = opts.rules
    .filter((rule) => rule.meta.kind !== 'change' || opts.base)
    .map((rule) => {
      const id = rule.meta.id;
      const options = (target: Entity | string) => {
        const s = resolver.resolve(id, target);
        return s.level === 'off' ? undefined : s.options;
      };
      function* each<T extends Entity>(list: readonly T[]): Iterable<[T, never]> {
        for (const e of list) {
          const o = options(e);
          if (o !== undefined) yield [e, o as never];
        }
      }
      const ctx: RuleContext<unknown> = {
        get catalog() {
          return catalog;
        },
        get index() {
          return opts.index ?? indexOfCatalog(catalog);
        },
        base: opts.base,
        options,
        topics: () => each(catalogTopics()),
        consumerGroups: () => each(catalog.consumerGroups),
        clients: () => each(catalog.clients),
        report(d) {
          const target = d.entity ?? d.loc.file;
          const s = resolver.resolve(id, target);
          if (s.level === 'off') return;
          out.push({ ruleId: id, level: d.level ?? s.level, descriptor: d });
        },
      };
      return { rule, id, ctx };
    });
  return (next) => {
    catalog = next;
    declared = undefined;
    const found: RawFinding[] = (out = []);
    for (const { rule, id, ctx } of bound) {
      try {
        rule.check(ctx as RuleContext<never>);
      } catch (e) {
        // A rule bug must not take the run down: report it where it can be seen and go on.
        found.push({
          ruleId: 'internal-error',
          level: 'error',
          descriptor: { message: `Rule ${id} failed: ${(e as Error).message}. Please report this bug.`, loc: { file: catalog.files[0]?.path ?? '.', start: 0, end: 0 } },
        });
      }
    }
    return found;
  };
}

/** File texts by path: a map, or a lookup that reads files on demand (the streaming pipeline's). */
export type TextLookup = Pick<ReadonlyMap<string, string>, 'get' | 'has'>;

/** A finding with its position resolved; the fingerprint is assigned once every finding of the run is known. */
export interface LocatedFinding {
  readonly finding: Omit<Finding, 'fingerprint'>;
  /** What the fingerprint hashes: rule + entity + field, or rule + file + field/message. */
  readonly key: string;
}

/** Turn raw reports into findings with regions and fingerprints, sorted deterministically. */
export function toFindings(raw: readonly RawFinding[], opts: { readonly texts: TextLookup; readonly baseTexts?: TextLookup }): Finding[] {
  return fingerprintFindings(locateFindings(raw, opts));
}

/**
 * Fingerprints are stable across line moves: a hash of the key, with `#n` for the n-th repeat of the
 * same key (two definitions of one topic). Repeats are counted in the order given, which must be the
 * rules' order and, within a rule, the catalog's (both pipelines keep it). Returns the findings sorted.
 */
export function fingerprintFindings(located: readonly LocatedFinding[]): Finding[] {
  const seen = new Map<string, number>();
  const findings: Finding[] = located.map(({ finding, key }) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = digestOf('sha256', n === 0 ? key : `${key}#${n}`, 'hex').slice(0, 32);
    const { profile, ...rest } = finding;
    return { ...rest, fingerprint, ...(profile ? { profile } : {}) };
  });
  return sortFindings(findings);
}

/** Resolve positions (line/column from offsets, base-ref places as `ref:path:line`) of raw reports. */
export function locateFindings(raw: readonly RawFinding[], opts: { readonly texts: TextLookup; readonly baseTexts?: TextLookup }): LocatedFinding[] {
  const indexes = new Map<string, LineIndex>();
  const indexOf = (file: string): LineIndex => {
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(opts.texts.get(file) ?? '');
      indexes.set(file, idx);
    }
    return idx;
  };
  const baseIndexes = new Map<string, LineIndex | null>();
  const baseIndexOf = (file: string): LineIndex | undefined => {
    let idx = baseIndexes.get(file);
    if (idx === undefined) {
      const text = opts.baseTexts?.get(file);
      idx = text === undefined ? null : new LineIndex(text);
      baseIndexes.set(file, idx);
    }
    return idx ?? undefined;
  };
  return raw.map((r) => {
    const d = r.descriptor;
    let region = regionOf(indexOf(d.loc.file), d.loc.start, d.loc.end);
    // Change rules: a place at the base ref becomes `ref:path:line` (rules never see texts).
    const related: RelatedFindingLocation[] = (d.related ?? []).map((rel) => {
      const bidx = rel.atBase ? baseIndexOf(rel.loc.file) : undefined;
      if (rel.atBase) {
        const p = bidx?.position(rel.loc.start) ?? { line: 1, column: 1 };
        return { message: rel.message, external: { ref: rel.external?.ref ?? 'base', path: rel.loc.file, line: p.line, column: p.column } };
      }
      return rel.external
        ? { message: rel.message, external: rel.external }
        : { message: rel.message, location: { file: rel.loc.file, region: regionOf(indexOf(rel.loc.file), rel.loc.start, rel.loc.end) } };
    });
    if (d.atBaseLine && opts.texts.has(d.loc.file)) {
      // Something deleted from a file that still exists: its line at the base, in the current file.
      const line = baseIndexOf(d.atBaseLine.file)?.position(d.atBaseLine.start).line ?? 1;
      const idx = indexOf(d.loc.file);
      const l = Math.min(line, idx.lineCount);
      const text = opts.texts.get(d.loc.file)!;
      let start = idx.lineStart(l);
      const end = idx.lineEnd(l);
      while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
      region = regionOf(idx, start, end);
    }
    const baseAt = related[(d.related ?? []).findIndex((x) => x.atBase)];
    const message = baseAt?.external && d.message.includes(BASE_LOCATION) ? d.message.split(BASE_LOCATION).join(`${baseAt.external.ref}:${baseAt.external.path}:${baseAt.external.line}`) : d.message;
    const name = d.entity ? entityName(d.entity) : d.entityName;
    const kind = d.entity?.kind ?? (d.entityName ? 'topic' : undefined);
    const key = name !== undefined ? `${r.ruleId}|${kind}|${name}|${d.field ?? ''}` : `${r.ruleId}|${d.loc.file}|${d.field ?? d.message}`;
    const profile = d.entity && d.entity.kind === 'client' ? d.entity.profile : undefined;
    return {
      key,
      finding: {
        ruleId: r.ruleId,
        level: r.level,
        message,
        location: { file: d.loc.file, region },
        related,
        ...(kind ? { entityKind: kind } : {}),
        ...(name !== undefined ? { entityName: name } : {}),
        ...(d.field ? { field: d.field } : {}),
        ...(profile ? { profile } : {}),
      },
    };
  });
}
