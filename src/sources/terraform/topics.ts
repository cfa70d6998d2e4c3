/**
 * Terraform topic resources (`kafka_topic`, `confluent_kafka_topic`, `aiven_kafka_topic`) and
 * topic-like `.tfvars` collections, mapped into the model's `Topic`.
 *
 * Locations: every field is located where its value was written. When the value comes through a
 * reference (`var.x`, `local.x`, `each.value.x`), it is located at the literal (in a `locals` block, a
 * variable default, a map, a `.tfvars`) and `origin` is the expression in the resource that brought it
 * in. An unknown value is located at the resource's own expression, with the reason.
 */
import type { ConfigScalar, Field, SourceLocation, Topic } from '../../model/model.js';
import { invalid, known, toNumber, unknown } from '../../model/values.js';
import { typedFromConfig } from '../common/topic-config.js';
import { resourceCluster } from './cluster.js';
import type { Attribute, Block, Expr } from './hcl.js';
import { locIn, rawIn, unknownVal, type Evaluator, type MapEntry, type Scope, type Source, type Val } from './evaluate.js';

/** The attribute names each provider uses. */
interface ProviderSpec {
  readonly name: string;
  readonly partitions: string;
  readonly replication?: string;
  /** `config = { ... }` attribute (Mongey, Confluent) or `config { ... }` block with underscore names (Aiven). */
  readonly config: 'attribute' | 'block';
}

export const TOPIC_RESOURCES: Readonly<Record<string, ProviderSpec>> = {
  kafka_topic: { name: 'name', partitions: 'partitions', replication: 'replication_factor', config: 'attribute' },
  confluent_kafka_topic: { name: 'topic_name', partitions: 'partitions_count', config: 'attribute' },
  aiven_kafka_topic: { name: 'topic_name', partitions: 'partitions', replication: 'replication', config: 'block' },
};

/** A value and the expression in the resource it came through (absent when read in place). */
interface Sourced {
  readonly val: Val;
  readonly via?: { readonly loc: SourceLocation; readonly raw: string };
}

const inside = (inner: SourceLocation, outer: SourceLocation): boolean =>
  inner.file === outer.file && inner.start >= outer.start && inner.end <= outer.end;

/** Where the value lives, and the origin when it came from elsewhere. Unknowns move to the resource's expression. */
function settle(s: Sourced): { val: Val; origin?: SourceLocation } {
  const { val, via } = s;
  if (!via || inside(val.loc, via.loc)) return { val };
  if (val.t === 'unknown') return { val: { ...val, loc: via.loc, raw: via.raw } };
  return { val, origin: via.loc };
}

function spelled(val: Val): string {
  return val.raw.length > 0 ? val.raw : val.t;
}

function stringField(s: Sourced | undefined, expected = 'a string'): Field<string> | undefined {
  if (!s) return undefined;
  const { val, origin } = settle(s);
  if (val.t === 'unknown') return unknown(val.loc, val.reason, val.raw);
  if (val.t !== 'scalar' || val.value === null) return invalid(val.loc, spelled(val), expected);
  return known(String(val.value), val.loc, val.raw, origin);
}

function numberField(s: Sourced | undefined): Field<number> | undefined {
  if (!s) return undefined;
  const { val, origin } = settle(s);
  if (val.t === 'unknown') return unknown(val.loc, val.reason, val.raw);
  const n = val.t === 'scalar' ? toNumber(val.value) : undefined;
  if (n === undefined) return invalid(val.loc, spelled(val), 'a whole number');
  return known(n, val.loc, val.raw, origin);
}

function configField(s: Sourced): Field<ConfigScalar> {
  const { val, origin } = settle(s);
  if (val.t === 'unknown') return unknown(val.loc, val.reason, val.raw);
  if (val.t === 'scalar') return known(val.value, val.loc, val.raw, origin);
  if (val.t === 'list' && val.items.every((i) => i.t === 'scalar')) {
    const joined = val.items.map((i) => (i.t === 'scalar' ? String(i.value) : '')).join(',');
    return known(joined, val.loc, val.raw, origin);
  }
  return invalid(val.loc, spelled(val), 'a scalar config value');
}

/** Aiven writes Kafka config names with underscores (`retention_ms`); Kafka names never contain `_`. */
export const dotted = (key: string): string => key.replace(/_/g, '.');

interface TopicParts {
  readonly file: string;
  readonly loc: SourceLocation;
  readonly name: Field<string>;
  readonly partitions?: Field<number>;
  readonly replicationFactor?: Field<number>;
  readonly config: Record<string, Field<ConfigScalar>>;
  /** Set when the whole config map cannot be known: config-derived fields are then unknown too. */
  readonly configUnknown?: Field<never>;
  readonly labels: Record<string, Field<string>>;
  readonly owner?: Field<string>;
  readonly cluster?: Field<string>;
}

/** Typed ownership fields from plain label names; `x-*` labels stay labels, as in the catalog format. */
const LABEL_FIELDS = {
  owner: ['owner', 'team'],
  classification: ['classification', 'data-classification', 'data_classification'],
  drTier: ['dr-tier', 'dr_tier'],
  contact: ['contact'],
  schemaOwner: ['schema-owner', 'schema_owner'],
} as const;

function fromLabels(labels: Record<string, Field<string>>, names: readonly string[]): Field<string> | undefined {
  for (const n of names) if (labels[n]) return labels[n];
  return undefined;
}

function buildTopic(p: TopicParts): Topic {
  const optional = <K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } => (v === undefined ? {} : ({ [key]: v } as { [P in K]?: V }));
  return {
    kind: 'topic',
    format: 'terraform',
    declaredIn: 'catalog',
    file: p.file,
    loc: p.loc,
    name: p.name,
    ...optional('partitions', p.partitions),
    ...optional('replicationFactor', p.replicationFactor),
    ...typedFromConfig(p.config, p.configUnknown),
    ...optional('owner', p.owner ?? fromLabels(p.labels, LABEL_FIELDS.owner)),
    ...optional('classification', fromLabels(p.labels, LABEL_FIELDS.classification)),
    ...optional('drTier', fromLabels(p.labels, LABEL_FIELDS.drTier)),
    ...optional('contact', fromLabels(p.labels, LABEL_FIELDS.contact)),
    ...optional('schemaOwner', fromLabels(p.labels, LABEL_FIELDS.schemaOwner)),
    consumerGroups: [],
    config: p.config,
    labels: p.labels,
    ...optional('cluster', p.cluster),
  };
}

/** Config entries from a map value; `rename` maps keys (Aiven underscores to dots). */
function configFromMap(s: Sourced, rename: (k: string) => string): Pick<TopicParts, 'config' | 'configUnknown'> {
  const config: Record<string, Field<ConfigScalar>> = {};
  const { val } = settle(s);
  if (val.t === 'unknown') return { config, configUnknown: unknown(val.loc, `config ${val.reason}`, val.raw) };
  if (val.t !== 'map') return { config, configUnknown: invalid(val.loc, spelled(val), 'a map of topic configs') as Field<never> };
  for (const [k, entry] of val.entries) config[rename(k)] = configField({ val: entry.value, ...(s.via ? { via: s.via } : {}) });
  return { config };
}

function labelsFromMap(s: Sourced | undefined): Record<string, Field<string>> {
  const out: Record<string, Field<string>> = {};
  if (!s) return out;
  const { val } = settle(s);
  if (val.t !== 'map') return out;
  for (const [k, entry] of val.entries) {
    const f = stringField({ val: entry.value, ...(s.via ? { via: s.via } : {}) });
    if (f) out[k] = f;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Resources

interface Instance {
  readonly scope: Scope;
}

/** One scope per instance: `for_each` over a known map or set, `count` with a known number. */
function instances(block: Block, ev: Evaluator, src: Source, scope: Scope): Instance[] {
  const forEach = block.body.attributes.find((a) => a.name === 'for_each');
  const count = block.body.attributes.find((a) => a.name === 'count');
  if (forEach) {
    const v = forEach.broken ? unknownVal(src, forEach.expr, 'a value with a syntax error') : ev.eval(forEach.expr, scope);
    const at = locIn(src, forEach.expr);
    const whole = (reason: string): Instance[] => {
      const u = { t: 'unknown', reason, loc: at, raw: rawIn(src, forEach.expr) } as const;
      return [{ scope: { ...scope, each: { key: u, value: u } } }];
    };
    if (v.t === 'unknown') return whole(`each.* comes from for_each = ${rawIn(src, forEach.expr)}, which is ${v.reason}`);
    if (v.t === 'map') return [...v.entries].map(([k, e]) => ({ scope: { ...scope, each: { key: keyVal(k, e), value: e.value } } }));
    if (v.t === 'list' && v.items.every((i) => i.t === 'scalar' && typeof i.value === 'string')) {
      return v.items.map((i) => ({ scope: { ...scope, each: { key: i, value: i } } }));
    }
    return whole(`for_each = ${rawIn(src, forEach.expr)} is not a map or a set of strings`);
  }
  if (count) {
    const v = count.broken ? unknownVal(src, count.expr, 'a value with a syntax error') : ev.eval(count.expr, scope);
    const n = v.t === 'scalar' ? toNumber(v.value) : undefined;
    if (n !== undefined && Number.isInteger(n) && n >= 0 && n <= 10_000) {
      return Array.from({ length: n }, (_, i) => ({ scope: { ...scope, count: { t: 'scalar', value: i, loc: locIn(src, count.expr), raw: String(i) } } }));
    }
    const reason = v.t === 'unknown' ? v.reason : 'not a whole number';
    const u = { t: 'unknown', reason: `count = ${rawIn(src, count.expr)} is ${reason}`, loc: locIn(src, count.expr), raw: rawIn(src, count.expr) } as const;
    return [{ scope: { ...scope, count: u } }];
  }
  return [{ scope }];
}

function keyVal(k: string, e: MapEntry): Val {
  return { t: 'scalar', value: k, loc: e.keyLoc, raw: e.keyRaw };
}

/** The topics a resource block declares (one per `for_each` key / `count` index). */
export function resourceTopics(block: Block, spec: ProviderSpec, ev: Evaluator, src: Source, scope: Scope): Topic[] {
  const attrs = new Map<string, Attribute>(block.body.attributes.map((a) => [a.name, a]));
  const loc = locIn(src, block);
  return instances(block, ev, src, scope).map(({ scope: sc }) => {
    const read = (a: Attribute | undefined): Sourced | undefined => {
      if (!a) return undefined;
      const via = { loc: locIn(src, a.expr), raw: rawIn(src, a.expr) };
      if (a.broken) return { val: unknownVal(src, a.expr, 'a value with a syntax error'), via };
      return { val: ev.eval(a.expr, sc), via };
    };
    /** Literal objects are read entry by entry, so each entry is its own `via`. */
    const readEntries = (e: Expr): Sourced | undefined => {
      if (e.k !== 'object' || !e.entries.every((en) => en.name !== undefined)) return undefined;
      const entries = new Map<string, MapEntry>();
      for (const en of e.entries) entries.set(en.name!, { keyLoc: locIn(src, en.key), keyRaw: rawIn(src, en.key), value: ev.eval(en.value, sc) });
      return { val: { t: 'map', entries, loc: locIn(src, e), raw: rawIn(src, e) } };
    };

    const nameAttr = attrs.get(spec.name);
    const firstLabel = block.labels[0] ?? block;
    const name = stringField(read(nameAttr), 'a topic name') ?? invalid(locIn(src, firstLabel), '', `a topic name in \`${spec.name}\``);

    let configParts: Pick<TopicParts, 'config' | 'configUnknown'> = { config: {} };
    if (spec.config === 'attribute') {
      const c = attrs.get('config');
      if (c) {
        const perEntry = !c.broken ? readEntries(c.expr) : undefined;
        if (perEntry && perEntry.val.t === 'map') {
          const config: Record<string, Field<ConfigScalar>> = {};
          const obj = c.expr as Extract<Expr, { k: 'object' }>;
          for (const en of obj.entries) {
            const entry = perEntry.val.entries.get(en.name!)!;
            config[en.name!] = configField({ val: entry.value, via: { loc: locIn(src, en.value), raw: rawIn(src, en.value) } });
          }
          configParts = { config };
        } else configParts = configFromMap(read(c)!, (k) => k);
      }
    } else {
      const config: Record<string, Field<ConfigScalar>> = {};
      for (const b of block.body.blocks.filter((x) => x.type === 'config')) {
        for (const a of b.body.attributes) config[dotted(a.name)] = configField(read(a)!);
      }
      configParts = { config };
    }

    const labels: Record<string, Field<string>> = { ...labelsFromMap(read(attrs.get('labels'))), ...labelsFromMap(read(attrs.get('tags'))) };
    for (const tag of block.body.blocks.filter((b) => b.type === 'tag')) {
      const t = new Map(tag.body.attributes.map((a) => [a.name, a]));
      const key = stringField(read(t.get('key')));
      const value = stringField(read(t.get('value')));
      if (key?.kind === 'known' && value) labels[key.value] = value;
    }

    const clusterBlock = block.body.blocks.find((b) => b.type === 'kafka_cluster');
    const cluster = resourceCluster(block.labels[0]?.value ?? '', src.path, {
      ...optionalField('project', stringField(read(attrs.get('project')))),
      ...optionalField('service', stringField(read(attrs.get('service_name')))),
      ...optionalField('clusterId', stringField(read(clusterBlock?.body.attributes.find((a) => a.name === 'id')))),
    });
    return buildTopic({
      file: src.path,
      loc,
      name,
      cluster,
      ...optionalField('partitions', numberField(read(attrs.get(spec.partitions)))),
      ...optionalField('replicationFactor', spec.replication ? numberField(read(attrs.get(spec.replication))) : undefined),
      ...configParts,
      labels,
    });
  });
}

function optionalField<K extends string, V>(key: K, v: V | undefined): { [P in K]?: V } {
  return v === undefined ? {} : ({ [key]: v } as { [P in K]?: V });
}

// ---------------------------------------------------------------------------------------------
// Topic-like collections in a .tfvars file

const NAME_KEYS = ['name', 'topic_name', 'topic'] as const;
const PARTITION_KEYS = ['partitions', 'partitions_count', 'partition_count', 'num_partitions'] as const;
const REPLICATION_KEYS = ['replication_factor', 'replication', 'replicas'] as const;
const CONFIG_KEYS = ['config', 'configs', 'topic_config'] as const;
const TOPIC_KEYS = [...PARTITION_KEYS, ...REPLICATION_KEYS, ...CONFIG_KEYS];

type ValMap = Extract<Val, { t: 'map' }>;

function pick(m: ValMap, keys: readonly string[]): Val | undefined {
  for (const k of keys) {
    const e = m.entries.get(k);
    if (e) return e.value;
  }
  return undefined;
}

const looksLikeTopic = (v: Val): boolean => v.t === 'map' && TOPIC_KEYS.some((k) => v.entries.has(k));
const hasName = (v: Val): boolean => v.t === 'map' && NAME_KEYS.some((k) => v.entries.has(k));

/**
 * The heuristic for a `.tfvars` collection whose consuming `for_each` is not among the files read:
 * a list of objects that all have a name (`name`, `topic_name`, `topic`), or a map of objects keyed
 * by topic name, where at least one object has a topic setting (`partitions`, `partitions_count`,
 * `replication_factor`, `replication`, `config`, ...). Config keys with underscores are not renamed:
 * the consuming module decides what they mean. Returns undefined when the value is not topic-like.
 */
export function collectionTopics(val: Val): Topic[] | undefined {
  let objects: { obj: ValMap; key?: MapEntry & { name: string } }[];
  if (val.t === 'list') {
    if (val.items.length === 0 || !val.items.every(hasName)) return undefined;
    objects = val.items.map((obj) => ({ obj: obj as ValMap }));
  } else if (val.t === 'map') {
    const entries = [...val.entries];
    if (entries.length === 0 || !entries.every(([, e]) => e.value.t === 'map')) return undefined;
    objects = entries.map(([name, e]) => ({ obj: e.value as ValMap, key: { ...e, name } }));
  } else return undefined;
  if (!objects.some((o) => looksLikeTopic(o.obj))) return undefined;
  return objects.map(({ obj, key }) => {
    const named = pick(obj, NAME_KEYS);
    const name: Field<string> =
      (named ? stringField({ val: named }, 'a topic name') : undefined) ?? known(key?.name ?? '', key?.keyLoc ?? obj.loc, key?.keyRaw);
    const config = pick(obj, CONFIG_KEYS);
    const labels = { ...labelsFromMap(wrap(pick(obj, ['labels']))), ...labelsFromMap(wrap(pick(obj, ['tags']))) };
    const owner = pick(obj, ['owner', 'team']);
    return buildTopic({
      file: obj.loc.file,
      loc: obj.loc,
      name,
      ...optionalField('partitions', numberField(wrap(pick(obj, PARTITION_KEYS)))),
      ...optionalField('replicationFactor', numberField(wrap(pick(obj, REPLICATION_KEYS)))),
      ...(config ? configFromMap({ val: config }, (k) => k) : { config: {} }),
      labels,
      ...optionalField('owner', owner ? stringField({ val: owner }) : undefined),
    });
  });
}

const wrap = (v: Val | undefined): Sourced | undefined => (v ? { val: v } : undefined);
