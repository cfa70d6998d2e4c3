/**
 * Spring Boot configuration (`application.yml|yaml|properties`, `application-<profile>.*`) as Kafka
 * `Client` entities: one client per kind of client the application configures (producer, consumer,
 * Streams, admin) and per profile.
 *
 * Profiles: a document without a profile condition is the default; a document activated by a profile
 * (`spring.config.activate.on-profile`, legacy `spring.profiles`) or a profile file
 * (`application-prod.yml`) overrides the default per Spring key. A profile gets its own client only
 * for the kinds of client its documents configure, so a setting of the default document is judged
 * once, on the default client. Settings of `application.yml` are not merged into a separate
 * `application-prod.yml` (each file is read on its own).
 *
 * Precedence of Spring's `KafkaProperties`: common typed settings, then `spring.kafka.properties.*`,
 * then the client's typed settings, then the client's `properties.*`.
 */
import type { AdapterProblem, Client, ClientRole, ConfigScalar, Field, SourceLocation } from '../../model/model.js';
import { isPlaceholder, known, unknown } from '../../model/values.js';
import { entryField } from '../properties/index.js';
import { parseProperties, type PropertiesEntry } from '../properties/parse.js';
import type { AdapterOutput, InputFile, ProjectAdapter, YamlFileAdapter } from '../types.js';
import { configValueField } from '../common/fields.js';
import type { YFile, YNode } from '../../yaml/tree.js';
import { canon, mapSpringKafka, springDurationMs, type SpringSection } from './keys.js';

/** One setting, flattened: the key's segments, where each segment is written, and its value. */
export interface SpringEntry {
  readonly segments: readonly string[];
  readonly segmentLocs: readonly SourceLocation[];
  readonly field: Field<ConfigScalar>;
  /** Whether the value is a list/map (a profile list) rather than a scalar. */
  readonly list?: readonly string[];
}

interface SpringDoc {
  readonly entries: readonly SpringEntry[];
  /** Profiles the document is activated for; empty for the default document. */
  readonly profiles: readonly string[];
}

const SPRING_FILE = /(^|\/)application(?:-([^/]+?))?\.(ya?ml|properties)$/i;

/** The profile a file name names (`application-prod.yml` -> `prod`). */
export function fileProfile(path: string): string | undefined {
  return SPRING_FILE.exec(path)?.[2];
}

/** Split a key into segments: `a.b[c.d].e`, with bracketed parts kept whole (`[ssl.endpoint...]`). */
function splitKey(key: string): { seg: string; offset: number; length: number }[] {
  const out: { seg: string; offset: number; length: number }[] = [];
  const re = /\[([^\]]*)\]|[^.[\]]+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(key))) out.push({ seg: m[1] ?? m[0], offset: m.index, length: m[0].length });
  return out;
}

function keySegments(file: string, key: string, start: number, end: number, exact: boolean): { segments: string[]; locs: SourceLocation[] } {
  const parts = splitKey(key);
  return {
    segments: parts.map((p) => p.seg),
    locs: parts.map((p) => (exact ? { file, start: start + p.offset, end: start + p.offset + p.length } : { file, start, end })),
  };
}

/** Flatten a YAML document into entries with segment locations. */
function flattenYaml(file: string, node: YNode | undefined, prefix: string[], prefixLocs: SourceLocation[], out: SpringEntry[]): void {
  if (!node || node.type !== 'map') return;
  for (const p of node.pairs) {
    const kn = p.keyNode;
    const exact = kn.type === 'scalar' && !kn.quoted && kn.raw === p.key;
    const { segments, locs } = keySegments(file, p.key, kn.start, kn.end, exact);
    const segs = [...prefix, ...segments];
    const segLocs = [...prefixLocs, ...locs];
    if (p.value && p.value.type === 'map') {
      flattenYaml(file, p.value, segs, segLocs, out);
      continue;
    }
    const list = p.value?.type === 'seq' ? p.value.items.filter((i) => i.type === 'scalar').map((i) => String((i as { value: unknown }).value)) : undefined;
    out.push({ segments: segs, segmentLocs: segLocs, field: configValueField(file, p.value, p), ...(list ? { list } : {}) });
  }
}

function isSpringKafka(e: SpringEntry): boolean {
  return e.segments.length > 2 && canon(e.segments[0]!) === 'spring' && canon(e.segments[1]!) === 'kafka';
}

/** The profiles a document is activated for (`on-profile: prod | staging`, a list, legacy `spring.profiles`). */
function docProfiles(entries: readonly SpringEntry[], fromFile: string | undefined): string[] {
  let marker: SpringEntry | undefined;
  for (const e of entries) {
    const c = e.segments.map(canon).join('.');
    if (c === 'spring.config.activate.onprofile' || c === 'spring.profiles') marker = e;
  }
  let names: string[] = [];
  if (marker) {
    const raw = marker.list ?? (marker.field.kind === 'known' && marker.field.value !== null ? [String(marker.field.value)] : marker.field.raw ? [marker.field.raw] : []);
    for (const r of raw) {
      // `prod | staging` and `prod, staging` activate for either; other expressions stay whole.
      if (/[&!()]/.test(r)) names.push(r.trim());
      else for (const n of r.split(/[|,]/)) if (n.trim()) names.push(n.trim());
    }
  }
  if (fromFile) names = names.length ? names.map((n) => `${fromFile} & ${n}`) : [fromFile];
  return names;
}

const ROLE_OF: Readonly<Record<Exclude<SpringSection, 'common'>, ClientRole>> = {
  producer: 'producer',
  consumer: 'consumer',
  streams: 'streams',
  admin: 'admin',
};

interface Mapped {
  readonly entry: SpringEntry;
  readonly section: SpringSection;
  readonly layer?: 'typed' | 'props';
  readonly kafkaKey?: string;
  readonly duration?: boolean;
  readonly defaultTopic?: boolean;
}

function mapEntry(e: SpringEntry): Mapped | undefined {
  const m = mapSpringKafka(e.segments.slice(2));
  if (!m) return undefined;
  return { entry: e, section: m.section, ...(m.key ? { layer: m.key.layer, kafkaKey: m.key.kafkaKey, ...(m.key.duration ? { duration: true } : {}), ...(m.key.defaultTopic ? { defaultTopic: true } : {}) } : {}) };
}

function valueField(m: Mapped): Field<ConfigScalar> {
  const f = m.entry.field;
  if (f.kind === 'known' && typeof f.value === 'string' && isPlaceholder(f.value)) return unknown(f.loc, 'placeholder', f.raw);
  if (m.duration && f.kind === 'known') {
    const ms = springDurationMs(f.value);
    if (ms !== undefined) return known(ms, f.loc, f.raw ?? String(f.value));
  }
  return f;
}

const LAYER_ORDER = (m: Mapped): number => (m.section === 'common' ? 0 : 2) + (m.layer === 'props' ? 1 : 0);

/** Build the clients of one scope (default, or one profile over the default). */
function buildClients(path: string, appName: Field<string> | undefined, merged: readonly Mapped[], own: readonly Mapped[], profile: string | undefined): Client[] {
  const present = new Set<SpringSection>(merged.map((m) => m.section));
  const ownSections = new Set<SpringSection>(own.map((m) => m.section));
  let roles: Exclude<SpringSection, 'common'>[] = (['producer', 'consumer', 'streams', 'admin'] as const).filter((s) => present.has(s));
  if (!ownSections.has('common')) roles = roles.filter((r) => ownSections.has(r));
  const clients: Client[] = [];
  const targets: (Exclude<SpringSection, 'common'> | 'unknown')[] = roles.length ? roles : ownSections.has('common') && !['producer', 'consumer', 'streams', 'admin'].some((s) => present.has(s as SpringSection)) ? ['unknown'] : [];
  for (const role of targets) {
    const relevant = merged.filter((m) => m.section === 'common' || m.section === role);
    const ordered = [...relevant].sort((a, b) => LAYER_ORDER(a) - LAYER_ORDER(b));
    const config: Record<string, Field<ConfigScalar>> = {};
    const produces: Field<string>[] = [];
    for (const m of ordered) {
      if (!m.kafkaKey) continue;
      const f = valueField(m);
      config[m.kafkaKey] = f;
      if (m.defaultTopic) {
        if (f.kind === 'known' && f.value !== null && f.value !== '') produces.splice(0, produces.length, known(String(f.value), f.loc, f.raw));
        else if (f.kind !== 'known') produces.splice(0, produces.length, f as Field<string>);
      }
    }
    // Where the client is written: its section key in the most specific document that configures it.
    const ownForRole = own.filter((m) => m.section === role).sort((a, b) => Number(canon(b.entry.segments[2] ?? '') === role) - Number(canon(a.entry.segments[2] ?? '') === role));
    const anchor = (ownForRole[0] ?? own.find((m) => m.section === 'common') ?? own[0] ?? merged[0])!;
    const sectionIdx = role === 'unknown' ? 1 : 2;
    const loc = anchor.entry.segmentLocs[Math.min(sectionIdx, anchor.entry.segmentLocs.length - 1)]!;
    const derived = appName?.kind === 'known' ? appName.value : serviceName(path);
    const name: Field<string> = known(derived, loc);
    const group = config['group.id'];
    clients.push({
      kind: 'client',
      name,
      loc,
      format: 'spring',
      file: path,
      role: role === 'unknown' ? 'unknown' : ROLE_OF[role],
      library: 'spring',
      ...(profile !== undefined ? { profile } : {}),
      config,
      produces,
      consumes: [],
      ...(role === 'consumer' && group ? { groupId: group as Field<string> } : {}),
    });
  }
  return clients;
}

/** A name for the application when `spring.application.name` is not set: its module's folder. */
function serviceName(path: string): string {
  const parts = path.split('/');
  const idx = parts.findIndex((p, i) => p === 'src' && parts[i + 1] === 'main');
  if (idx > 0) return parts[idx - 1]!;
  return parts.length > 1 ? parts[parts.length - 2]! : 'application';
}

/** Turn a file's documents into clients. */
export function clientsFromDocs(path: string, docs: readonly SpringDoc[]): Client[] {
  let appName: Field<string> | undefined;
  for (const d of docs) {
    for (const e of d.entries) {
      if (e.segments.map(canon).join('.') === 'spring.application.name' && e.field.kind === 'known' && e.field.value !== null) {
        if (d.profiles.length === 0 || !appName) appName = known(String(e.field.value), e.field.loc, e.field.raw);
      }
    }
  }
  const mappedOf = (d: SpringDoc) => d.entries.filter(isSpringKafka).map(mapEntry).filter((m): m is Mapped => m !== undefined);
  const defaults = docs.filter((d) => d.profiles.length === 0).flatMap(mappedOf);
  const clients: Client[] = [];
  if (defaults.length) for (const c of buildClients(path, appName, overrideMerge(defaults), defaults, undefined)) clients.push(c);
  // Each profile's documents in one pass, and loops rather than push(...): a file may name 200,000
  // profiles, which must cost linear time and stay under V8's argument limit (issue #15).
  const docsOf = new Map<string, SpringDoc[]>();
  for (const d of docs) {
    for (const p of new Set(d.profiles)) {
      const list = docsOf.get(p);
      if (list) list.push(d);
      else docsOf.set(p, [d]);
    }
  }
  const mapped = new Map(docs.map((d) => [d, mappedOf(d)]));
  for (const [p, profileDocs] of docsOf) {
    const own: Mapped[] = [];
    for (const d of profileDocs) for (const m of mapped.get(d)!) own.push(m);
    if (own.length === 0) continue;
    for (const c of buildClients(path, appName, overrideMerge([...defaults, ...own]), own, p)) clients.push(c);
  }
  return clients;
}

/** Later settings of the same Spring key override earlier ones (profile documents over the default). */
function overrideMerge(list: readonly Mapped[]): Mapped[] {
  const byKey = new Map<string, Mapped>();
  let anon = 0;
  for (const m of list) {
    const k = m.kafkaKey ? `${m.section}|${m.layer}|${m.kafkaKey}` : `#${anon++}`;
    byKey.delete(k);
    byKey.set(k, m);
  }
  return [...byKey.values()];
}

/** Spring YAML: `application.yml`, `application-prod.yaml`. */
export const springYamlAdapter: YamlFileAdapter = {
  id: 'spring',
  // By content: any YAML with Spring Kafka settings (`spring: kafka:` or flat `spring.kafka.*` keys),
  // whatever the file is called; the file name only gives the profile (`application-prod.yml`).
  claims: (path) => /\.ya?ml$/i.test(path),
  read(file: YFile, path: string): Partial<AdapterOutput> | undefined {
    const mentionsSpring = file.documents.some((d) => d.root?.type === 'map' && d.root.pairs.some((p) => p.key === 'spring' || p.key.startsWith('spring.')));
    if (!mentionsSpring) return undefined;
    const fromFile = fileProfile(path);
    const docs: SpringDoc[] = file.documents.map((d) => {
      const entries: SpringEntry[] = [];
      flattenYaml(path, d.root, [], [], entries);
      return { entries, profiles: docProfiles(entries, fromFile) };
    });
    if (!docs.some((d) => d.entries.some(isSpringKafka))) return undefined;
    return { clients: clientsFromDocs(path, docs) };
  },
};

/** Entries of a Spring `.properties` file, split into documents at `#---` / `!---` lines. */
function propertiesDocs(path: string, text: string): { docs: SpringDoc[]; problems: AdapterProblem[] } {
  const parsed = parseProperties(text);
  const problems: AdapterProblem[] = parsed.problems.map((p) => ({
    ruleId: 'parse-error',
    message: `Properties syntax error: ${p.message}. Fix the escape; Spring fails to load the file.`,
    loc: { file: path, start: p.start, end: p.end },
  }));
  const separators = parsed.comments.filter((c) => /^[#!]---\s*$/.test(c.text)).map((c) => c.start);
  const groups: PropertiesEntry[][] = [[]];
  let s = 0;
  for (const e of parsed.entries) {
    while (s < separators.length && separators[s]! < e.start) {
      groups.push([]);
      s++;
    }
    groups[groups.length - 1]!.push(e);
  }
  const fromFile = fileProfile(path);
  const docs = groups.map((g) => {
    const entries: SpringEntry[] = g.map((e) => {
      const exact = text.slice(e.keyStart, e.keyEnd) === e.key;
      const { segments, locs } = keySegments(path, e.key, e.keyStart, e.keyEnd, exact);
      return { segments, segmentLocs: locs, field: entryField(path, e) };
    });
    return { entries, profiles: docProfiles(entries, fromFile) };
  });
  return { docs, problems };
}

/** Spring `.properties`: `application.properties`, `application-prod.properties`. */
export const springPropertiesAdapter: ProjectAdapter = {
  id: 'spring',
  claims: (path) => /(^|\/)application(-[^/]+)?\.properties$/i.test(path),
  declaresCatalogEntities: false,
  async read(files: readonly InputFile[]): Promise<AdapterOutput> {
    const out: AdapterOutput = { topics: [], consumerGroups: [], clients: [], problems: [], files: [] };
    for (const f of files) {
      const { docs, problems } = propertiesDocs(f.path, f.text);
      for (const p of problems) out.problems.push(p);
      if (!docs.some((d) => d.entries.some(isSpringKafka))) {
        out.files.push({ path: f.path, status: problems.length ? 'parse-error' : 'not-catalog', formats: [], reason: 'no spring.kafka settings in this Spring configuration' });
        continue;
      }
      for (const c of clientsFromDocs(f.path, docs)) out.clients.push(c);
      out.files.push({ path: f.path, status: problems.length ? 'parse-error' : 'linted', formats: ['spring'] });
    }
    return out;
  },
};

