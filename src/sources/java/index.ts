/**
 * The Java adapter: Kafka clients and topics configured in Java code.
 *
 * - Config maps (`Properties`, `Map`): `put`/`setProperty` calls, `Map.of`/`Map.ofEntries`, double-brace
 *   `new HashMap<>() {{ put(..) }}`, `new HashMap<>(other)` / `putAll(other)`. Keys are `*Config.XXX_CONFIG`
 *   constants (mapped to Kafka's dotted names) or strings. One `Client` per config map, named after
 *   its variable (or the method that returns it), with its role taken from its use (`new KafkaProducer<>(props)`,
 *   `new DefaultKafkaConsumerFactory<>(props)`, `new KafkaStreams(topology, props)`) or else from its keys.
 * - Topics used: `new ProducerRecord<>(TOPIC, ..)`, `consumer.subscribe(List.of(..))`, `kafkaTemplate.send("t", ..)`,
 *   `@KafkaListener(topics = .., groupId = ..)`, `builder.stream("t")` / `.to("t")` in Streams code.
 * - Topics created from code: `TopicBuilder.name(..).partitions(..).replicas(..).config(..)` and `new NewTopic(..)`.
 *
 * Values are literals or `static final` constants (same file or another file of the project, found by
 * class name); anything else (`System.getenv`, method calls, non-final fields) is unknown.
 *
 * Speed: `java-parser` is imported lazily and parses only files that mention Kafka; any other file is
 * parsed only when one of its constants is needed. Java files that never mention Kafka are recorded
 * `not-catalog` without being parsed, so their syntax errors are not reported (topiclint is not a compiler).
 */
import type { AdapterProblem, Client, ClientRole, ConfigScalar, Field, FileRecord, SourceLocation, Topic } from '../../model/model.js';
import { LineIndex } from '../../model/text.js';
import { isPlaceholder, known, mapField, toNumber, unknown } from '../../model/values.js';
import { typedFromConfig } from '../common/topic-config.js';
import { emptyOutput, type AdapterOutput, type InputFile, type ProjectAdapter } from '../types.js';
import { collectFacts, subExpressions, type CNode, type Ctx, type Decl, type FileFacts, type JExpr, type NameTok, type Span } from './cst.js';
import {
  CONFIG_CLASSES,
  CONSUMER_KEYS,
  configKeyOf,
  isKnownClientKey,
  KEY_PREFIX_METHODS,
  NAME_ENUMS,
  PRODUCER_KEYS,
  STREAMS_KEYS,
  VALUE_CONSTANTS,
  type RoleHint,
} from './kafka-names.js';
import { cjsExports } from '../../util/cjs.js';
import { boundQuoted } from '../../util/excerpt.js';
import { append } from '../../util/append.js';

const FORMAT = 'java';
const MENTIONS_KAFKA = /kafka/i;
const DECLARES_TYPE = /\b(?:class|interface|enum|record)\s+([A-Za-z_$][\w$]*)/g;
const MAP_TYPES = new Set(['HashMap', 'Properties', 'LinkedHashMap', 'TreeMap', 'ConcurrentHashMap', 'Hashtable']);
const LIST_FACTORIES = new Set(['List.of', 'Arrays.asList', 'Collections.singletonList', 'Set.of', 'Collections.singleton', 'Stream.of', 'ImmutableList.of', 'Lists.newArrayList']);
const USES: Readonly<Record<string, { role: ClientRole; library: string }>> = {
  KafkaProducer: { role: 'producer', library: 'java' },
  KafkaConsumer: { role: 'consumer', library: 'java' },
  KafkaStreams: { role: 'streams', library: 'java' },
  StreamsConfig: { role: 'streams', library: 'java' },
  DefaultKafkaProducerFactory: { role: 'producer', library: 'spring' },
  DefaultKafkaConsumerFactory: { role: 'consumer', library: 'spring' },
  KafkaStreamsConfiguration: { role: 'streams', library: 'spring' },
  KafkaAdmin: { role: 'admin', library: 'spring' },
};
const TEMPLATE_TYPES = new Set(['KafkaTemplate', 'ReactiveKafkaProducerTemplate', 'RoutingKafkaTemplate', 'ReplyingKafkaTemplate']);
const MAX_DEPTH = 12;

type Res = { ok: true; value: ConfigScalar; origin?: SourceLocation } | { ok: false; reason: string };

interface Unit {
  readonly file: InputFile;
  readonly index: number;
  readonly kafka: boolean;
  parsed: boolean;
  facts?: FileFacts;
  error?: { message: string; start: number; end: number };
  lines?: LineIndex;
}

type JavaParse = (text: string) => unknown;

function parseError(unit: Unit, e: unknown): { message: string; start: number; end: number } {
  const msg = e instanceof Error ? e.message : String(e);
  const m = /line: (\d+), column: (\d+)/.exec(msg);
  const lines = (unit.lines ??= new LineIndex(unit.file.text));
  const start = m ? Math.min(unit.file.text.length, lines.lineStart(Number(m[1])) + Number(m[2]) - 1) : 0;
  const found = /but found:? (?:--> )?'([^']*)'/.exec(msg);
  const second = msg.split('\n')[1]?.replace(/[!:.]$/, '').trim();
  const expected = /Expecting --> '([^']*)' <-- but found --> '([^']*)' <--/.exec(msg);
  const detail = expected ? `expected '${expected[1]}' but found '${expected[2]}'` : found ? `unexpected '${found[1]}'` : /unexpected character/.test(msg) ? 'unexpected character' : second && second.length < 120 && !/one of these/.test(second) ? second : 'the parser stopped here';
  const len = found ? Math.max(1, found[1]!.length) : 1;
  // What the parser quotes of the file is cut to an excerpt (src/util/excerpt.ts).
  return { message: `Java syntax error: ${boundQuoted(detail)}. topiclint cannot read Kafka settings from this file until it compiles.`, start, end: Math.min(unit.file.text.length, start + len) };
}

function innermost(ctx: Ctx): string {
  return ctx.classes.join('.');
}

/** Everything known about one project's Java files; units are parsed on demand. */
class JavaProject {
  readonly units: Unit[];
  private readonly byClass = new Map<string, Unit[]>();
  /** `Class.FIELD` -> declaration, for parsed units. */
  private readonly fields = new Map<string, { decl: Decl; unit: Unit }>();
  /** Assignments per scope key, to tell effectively final locals and fields. */
  private readonly assigned = new Map<Unit, Set<string>>();
  readonly usedFiles = new Set<string>();

  constructor(files: readonly InputFile[], private readonly parse: JavaParse) {
    this.units = files.map((file, index) => ({ file, index, kafka: MENTIONS_KAFKA.test(file.text), parsed: false }));
    for (const u of this.units) {
      for (const m of u.file.text.matchAll(DECLARES_TYPE)) {
        const name = m[1]!;
        const list = this.byClass.get(name) ?? [];
        if (!list.includes(u)) list.push(u);
        this.byClass.set(name, list);
      }
    }
  }

  ensure(unit: Unit): FileFacts | undefined {
    if (unit.parsed) return unit.facts;
    unit.parsed = true;
    try {
      const cst = this.parse(unit.file.text) as CNode;
      unit.facts = collectFacts(cst, unit.file.text);
    } catch (e) {
      unit.error = parseError(unit, e);
      return undefined;
    }
    const assigned = new Set<string>();
    for (const d of unit.facts.decls) {
      if (d.field) this.fields.set(`${d.ctx.classes[d.ctx.classes.length - 1] ?? ''}.${d.name.name}`, { decl: d, unit });
    }
    for (const { e, ctx } of unit.facts.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t !== 'assign' && !(s.t === 'other' && (s.what === 'increment' || s.what === 'compound assignment'))) continue;
        const target = s.t === 'assign' ? s.target : s.inner[0];
        if (target?.t !== 'name') continue;
        const first = target.parts[0]!.name;
        if (target.base?.t === 'this' || target.parts.length === 1) {
          const n = target.base?.t === 'this' ? first : first;
          assigned.add(`${innermost(ctx)}#${ctx.method ?? ''}#${n}`);
          assigned.add(`${innermost(ctx)}##${n}`);
        }
      }
    }
    this.assigned.set(unit, assigned);
    return unit.facts;
  }

  /** A field `Class.FIELD` anywhere in the project (parsing the file that declares the class if needed). */
  field(cls: string, name: string): { decl: Decl; unit: Unit } | undefined {
    const key = `${cls}.${name}`;
    const hit = this.fields.get(key);
    if (hit) return hit;
    for (const u of this.byClass.get(cls) ?? []) {
      if (!u.parsed) this.ensure(u);
    }
    return this.fields.get(key);
  }

  isAssigned(unit: Unit, key: string): boolean {
    return this.assigned.get(unit)?.has(key) ?? false;
  }
}

/** Reads values, keys and topics of one unit. */
class UnitReader {
  readonly facts: FileFacts;
  readonly path: string;
  private readonly locals = new Map<string, Decl>();

  constructor(readonly project: JavaProject, readonly unit: Unit) {
    this.facts = unit.facts!;
    this.path = unit.file.path;
    for (const d of this.facts.decls) if (!d.field) this.locals.set(`${innermost(d.ctx)}#${d.ctx.method ?? ''}#${d.name.name}`, d);
  }

  loc(s: Span): SourceLocation {
    return { file: this.path, start: s.start, end: s.end };
  }

  raw(s: Span): string {
    return this.unit.file.text.slice(s.start, s.end);
  }

  local(ctx: Ctx, name: string): Decl | undefined {
    return this.locals.get(`${innermost(ctx)}#${ctx.method ?? ''}#${name}`);
  }

  /** The declaration of a simple name as a field of the class chain (innermost first). */
  classField(ctx: Ctx, name: string): { decl: Decl; unit: Unit } | undefined {
    for (let i = ctx.classes.length; i > 0; i--) {
      const hit = this.project.field(ctx.classes[i - 1]!, name);
      if (hit && hit.unit === this.unit) return hit;
    }
    return undefined;
  }

  field(e: JExpr | undefined, ctx: Ctx): Field<ConfigScalar> | undefined {
    if (!e) return undefined;
    const r = this.resolve(e, ctx, this.unit, 0);
    if (!r.ok) return unknown(this.loc(e), r.reason, this.raw(e));
    if (r.origin) this.project.usedFiles.add(r.origin.file);
    return known(r.value, this.loc(e), this.raw(e), r.origin);
  }

  /** Resolve an expression written in `unit` (which may be another file, for constants). */
  resolve(e: JExpr, ctx: Ctx, unit: Unit, depth: number): Res {
    if (depth > MAX_DEPTH) return { ok: false, reason: 'constant defined in terms of itself' };
    const reader = unit === this.unit ? this : new UnitReader(this.project, unit);
    switch (e.t) {
      case 'lit':
        if (typeof e.value === 'string' && isPlaceholder(e.value)) return { ok: false, reason: 'placeholder' };
        return { ok: true, value: e.value };
      case 'neg': {
        const r = this.resolve(e.operand, ctx, unit, depth + 1);
        if (r.ok && typeof r.value === 'number') return { ...r, value: -r.value };
        return r.ok ? { ok: false, reason: 'expression' } : r;
      }
      case 'concat': {
        let out = '';
        let origin: SourceLocation | undefined;
        for (const p of e.parts) {
          const r = this.resolve(p, ctx, unit, depth + 1);
          if (!r.ok) return r;
          out += String(r.value);
          origin ??= r.origin;
        }
        if (isPlaceholder(out)) return { ok: false, reason: 'placeholder' };
        return { ok: true, value: out, ...(origin ? { origin } : {}) };
      }
      case 'classlit':
        return { ok: true, value: e.type };
      case 'name':
        return reader.resolveName(e, ctx, depth);
      case 'call':
        return reader.resolveCall(e, ctx, depth);
      case 'new':
        return { ok: false, reason: 'object creation' };
      case 'array':
        return { ok: false, reason: 'array' };
      case 'assign':
        return { ok: false, reason: 'assignment' };
      case 'this':
        return { ok: false, reason: 'this' };
      case 'other':
        return { ok: false, reason: e.what };
    }
  }

  private fromDecl(hit: { decl: Decl; unit: Unit }, depth: number, staticOnly: boolean): Res {
    const { decl, unit } = hit;
    if (decl.annotations.some((a) => a.name === 'Value')) return { ok: false, reason: 'injected value (@Value)' };
    if (staticOnly && !decl.staticFinal) return { ok: false, reason: decl.final ? 'instance field' : 'non-final field' };
    const effectivelyFinal = decl.final || (!decl.field && !this.project.isAssigned(unit, `${innermost(decl.ctx)}#${decl.ctx.method ?? ''}#${decl.name.name}`));
    if (!effectivelyFinal) return { ok: false, reason: decl.field ? 'non-final field' : 'variable assigned more than once' };
    if (!decl.init) return { ok: false, reason: decl.field ? 'field set at run time' : 'variable set at run time' };
    const reader = unit === this.unit ? this : new UnitReader(this.project, unit);
    const r = reader.resolve(decl.init, decl.ctx, unit, depth + 1);
    if (!r.ok) return r;
    return { ok: true, value: r.value, origin: r.origin ?? { file: unit.file.path, start: decl.init.start, end: decl.init.end } };
  }

  private resolveName(e: Extract<JExpr, { t: 'name' }>, ctx: Ctx, depth: number): Res {
    const parts = e.parts.map((p) => p.name);
    const last = parts[parts.length - 1]!;
    if (e.base) {
      if (e.base.t === 'this' && parts.length === 1) {
        const hit = this.classField(ctx, last);
        return hit ? this.fromDecl(hit, depth, false) : { ok: false, reason: 'field' };
      }
      return { ok: false, reason: 'field of an expression' };
    }
    if (parts.length === 1) {
      const loc = this.local(ctx, last);
      if (loc) return this.fromDecl({ decl: loc, unit: this.unit }, depth, false);
      const hit = this.classField(ctx, last);
      if (hit) return this.fromDecl(hit, depth, false);
      const imported = this.facts.staticImports.get(last);
      for (const cls of imported ? [imported] : this.facts.staticStarImports) {
        const v = VALUE_CONSTANTS[`${cls}.${last}`];
        if (v !== undefined) return { ok: true, value: v };
        const h = this.project.field(cls, last);
        if (h) return this.fromDecl(h, depth, true);
      }
      return { ok: false, reason: 'variable' };
    }
    const cls = parts[parts.length - 2]!;
    const v = VALUE_CONSTANTS[`${cls}.${last}`];
    if (v !== undefined) return { ok: true, value: v };
    if (parts.length >= 3 && last === 'name' && NAME_ENUMS.has(parts[parts.length - 3]!)) return { ok: true, value: cls };
    if (NAME_ENUMS.has(cls)) return { ok: false, reason: 'enum constant' };
    if (CONFIG_CLASSES[cls] !== undefined || cls in CONFIG_CLASSES) {
      const key = configKeyOf(last);
      if (key) return { ok: true, value: key };
    }
    const h = this.project.field(cls, last);
    if (h) return this.fromDecl(h, depth, true);
    return { ok: false, reason: `constant ${cls}.${last} not found in the files read` };
  }

  private resolveCall(e: Extract<JExpr, { t: 'call' }>, ctx: Ctx, depth: number): Res {
    const target = e.target?.t === 'name' && !e.target.base ? e.target.parts.map((p) => p.name).join('.') : undefined;
    const m = e.name.name;
    if (target === 'System' && m === 'getenv') return { ok: false, reason: 'environment variable' };
    if (target === 'System' && m === 'getProperty') return { ok: false, reason: 'system property' };
    if (m === 'getProperty' || m === 'getRequiredProperty') return { ok: false, reason: 'environment property' };
    if ((m === 'name' || m === 'toString') && e.args.length === 0 && e.target?.t === 'name' && !e.target.base) {
      const parts = e.target.parts.map((p) => p.name);
      if (parts.length >= 2 && NAME_ENUMS.has(parts[parts.length - 2]!)) return { ok: true, value: parts[parts.length - 1]! };
    }
    if (e.args.length === 1 && ((target === 'String' && m === 'valueOf') || (['Integer', 'Long', 'Boolean', 'Short'].includes(target ?? '') && m === 'toString'))) {
      const r = this.resolve(e.args[0]!, ctx, this.unit, depth + 1);
      return r.ok ? { ...r, value: String(r.value) } : r;
    }
    if (target === 'StreamsConfig' && KEY_PREFIX_METHODS[m] && e.args.length === 1) {
      const r = this.resolve(e.args[0]!, ctx, this.unit, depth + 1);
      return r.ok ? { ...r, value: KEY_PREFIX_METHODS[m] + String(r.value) } : r;
    }
    return { ok: false, reason: 'method call' };
  }

  /** A config key: `ProducerConfig.ACKS_CONFIG` (with the client kind it implies), `"acks"`, a project constant. */
  key(e: JExpr, ctx: Ctx): { key: string; hint?: RoleHint; constant: boolean } | undefined {
    if (e.t === 'name' && !e.base) {
      const parts = e.parts.map((p) => p.name);
      const last = parts[parts.length - 1]!;
      const cls = parts.length >= 2 ? parts[parts.length - 2]! : (this.facts.staticImports.get(last) ?? this.facts.staticStarImports.find((c) => c in CONFIG_CLASSES));
      if (cls && cls in CONFIG_CLASSES) {
        const key = configKeyOf(last);
        const hint = CONFIG_CLASSES[cls];
        if (key) return { key, ...(hint ? { hint } : {}), constant: true };
      }
    }
    if (e.t === 'call' && e.target?.t === 'name' && e.target.parts.map((p) => p.name).join('.') === 'StreamsConfig' && KEY_PREFIX_METHODS[e.name.name] && e.args[0]) {
      const inner = this.key(e.args[0], ctx);
      return inner ? { key: KEY_PREFIX_METHODS[e.name.name] + inner.key, hint: 'streams', constant: inner.constant } : undefined;
    }
    const r = this.resolve(e, ctx, this.unit, 0);
    if (r.ok && typeof r.value === 'string') return { key: r.value, constant: e.t !== 'lit' && isKnownClientKey(r.value) };
    return undefined;
  }

  stringField(e: JExpr, ctx: Ctx): Field<string> {
    const f = this.field(e, ctx)!;
    return mapField(f, (v) => (typeof v === 'string' ? v : undefined), 'a string');
  }

  numberField(e: JExpr, ctx: Ctx): Field<number> {
    return mapField(this.field(e, ctx)!, (v) => toNumber(v), 'a whole number');
  }
}

// ---------------------------------------------------------------------------------------------
// Config maps and clients

interface Bag {
  readonly id: string;
  readonly reader: UnitReader;
  readonly cls: string;
  name: NameTok;
  readonly span: Span;
  readonly entries: Map<string, Field<ConfigScalar>>;
  readonly bases: Bag[];
  readonly hints: Set<RoleHint>;
  evidence: boolean;
  use?: { role: ClientRole; library: string };
  absorbed: boolean;
  usedDirectly: boolean;
  readonly produces: Field<string>[];
  readonly consumes: Field<string>[];
  groupId?: Field<string>;
}

interface ExtraClient {
  readonly reader: UnitReader;
  readonly name: NameTok;
  readonly span: Span;
  readonly role: ClientRole;
  readonly library: string;
  readonly config: Map<string, Field<ConfigScalar>>;
  readonly produces: Field<string>[];
  readonly consumes: Field<string>[];
  groupId?: Field<string>;
}

const dotted = (e: JExpr | undefined): string | undefined =>
  e?.t === 'name' && !e.base ? e.parts.map((p) => p.name).join('.') : undefined;

class UnitAnalysis {
  readonly bags = new Map<string, Bag>();
  private readonly anonBags = new Map<number, Bag>();
  private readonly methodBags = new Map<string, Bag>();
  private readonly clientVars = new Map<string, Bag>();
  private readonly extras = new Map<string, ExtraClient>();
  private readonly consumedNews = new Set<JExpr>();
  readonly topics: Topic[] = [];
  private readonly seenChains = new Set<JExpr>();
  private readonly declTypes = new Map<string, string>();

  constructor(private readonly r: UnitReader) {}

  private varKey(ctx: Ctx, e: JExpr | undefined): string | undefined {
    if (!e || e.t !== 'name') return undefined;
    if (e.base?.t === 'this' && e.parts.length === 1) return `${innermost(ctx)}##${e.parts[0]!.name}`;
    if (e.base || e.parts.length !== 1) return undefined;
    const n = e.parts[0]!.name;
    if (this.r.local(ctx, n)) return `${innermost(ctx)}#${ctx.method ?? ''}#${n}`;
    return `${innermost(ctx)}##${n}`;
  }

  private declKey(d: Decl): string {
    return d.field ? `${innermost(d.ctx)}##${d.name.name}` : `${innermost(d.ctx)}#${d.ctx.method ?? ''}#${d.name.name}`;
  }

  private newBag(id: string, ctx: Ctx, name: NameTok, span: Span): Bag {
    const bag: Bag = {
      id,
      reader: this.r,
      cls: innermost(ctx),
      name,
      span,
      entries: new Map(),
      bases: [],
      hints: new Set(),
      evidence: false,
      absorbed: false,
      usedDirectly: false,
      produces: [],
      consumes: [],
    };
    this.bags.set(id, bag);
    return bag;
  }

  private put(bag: Bag, k: JExpr, v: JExpr | undefined, ctx: Ctx): void {
    const key = this.r.key(k, ctx);
    if (!key || !v) return;
    if (key.hint) bag.hints.add(key.hint);
    if (key.constant || isKnownClientKey(key.key)) bag.evidence = true;
    bag.entries.set(key.key, this.r.field(v, ctx)!);
  }

  /** A map built in one expression (`Map.of`, `new HashMap<>()`, double brace): fills `bag`. Returns false if not map-like. */
  private fillFromInit(bag: Bag, init: JExpr, ctx: Ctx): boolean {
    if (init.t === 'call') {
      const t = dotted(init.target);
      if ((t === 'Map' || t === 'ImmutableMap') && init.name.name === 'of') {
        for (let i = 0; i + 1 < init.args.length; i += 2) this.put(bag, init.args[i]!, init.args[i + 1], ctx);
        return true;
      }
      if (t === 'Map' && init.name.name === 'ofEntries') {
        for (const a of init.args) {
          if (a.t === 'call' && a.name.name === 'entry' && a.args.length === 2) this.put(bag, a.args[0]!, a.args[1], ctx);
        }
        return true;
      }
      return false;
    }
    if (init.t === 'new' && MAP_TYPES.has(init.type)) {
      if (init.anon !== undefined) this.anonBags.set(init.anon, bag);
      const base = init.args[0];
      if (base) {
        if (!this.fillFromInit(bag, base, ctx)) {
          const other = this.bagOf(base, ctx);
          if (other) {
            bag.bases.push(other);
            other.absorbed = true;
          }
        }
      }
      return true;
    }
    return false;
  }

  /** The config map an expression stands for: a variable, a call to a method of this class, an inline map. */
  bagOf(e: JExpr, ctx: Ctx, nameFor?: NameTok): Bag | undefined {
    const key = this.varKey(ctx, e);
    if (key) return this.bags.get(key);
    if (e.t === 'call' && (!e.target || e.target.t === 'this')) return this.methodBags.get(`${innermost(ctx)}#${e.name.name}`);
    if (e.t === 'call' || e.t === 'new') {
      const id = `inline@${e.start}`;
      const existing = this.bags.get(id);
      if (existing) return existing;
      const name = nameFor ?? { name: ctx.method ?? ctx.classes[ctx.classes.length - 1] ?? 'config', start: e.start, end: e.end };
      const bag = this.newBag(id, ctx, name, e);
      if (this.fillFromInit(bag, e, ctx)) return bag;
      this.bags.delete(id);
    }
    return undefined;
  }

  run(): void {
    const f = this.r.facts;
    for (const d of f.decls) if (d.type) this.declTypes.set(this.declKey(d), d.type);
    // 1. Maps declared with an initializer.
    for (const d of f.decls) {
      if (!d.init) continue;
      const id = this.declKey(d);
      const bag = this.newBag(id, d.ctx, d.name, { start: d.name.start, end: d.init.end });
      if (!this.fillFromInit(bag, d.init, d.ctx)) this.bags.delete(id);
    }
    // 2. put / setProperty / putAll on variables and inside double-brace initialisers.
    for (const { e, ctx } of f.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t !== 'call') continue;
        const m = s.name.name;
        if (m !== 'put' && m !== 'setProperty' && m !== 'putIfAbsent' && m !== 'putAll') continue;
        let bag: Bag | undefined;
        if (!s.target && ctx.anon !== undefined) bag = this.anonBags.get(ctx.anon);
        else {
          const key = this.varKey(ctx, s.target);
          if (!key) continue;
          bag = this.bags.get(key);
          const k = !bag && m !== 'putAll' && s.args[0] ? this.r.key(s.args[0], ctx) : undefined;
          if (k && (k.constant || isKnownClientKey(k.key))) {
            const target = s.target as Extract<JExpr, { t: 'name' }>;
            const decl = f.decls.find((d) => this.declKey(d) === key);
            const name = decl?.name ?? target.parts[target.parts.length - 1]!;
            bag = this.newBag(key, ctx, name, decl ? { start: decl.name.start, end: decl.init?.end ?? decl.name.end } : s);
          }
        }
        if (!bag) continue;
        if (m === 'putAll') {
          const other = s.args[0] ? this.bagOf(s.args[0], ctx) : undefined;
          if (other && other !== bag) {
            bag.bases.push(other);
            other.absorbed = true;
          }
          continue;
        }
        if (s.args.length === 2) this.put(bag, s.args[0]!, s.args[1], ctx);
      }
    }
    // 3. Methods that return a map: `producerConfigs()`. The client is named after the method.
    for (const { e, ctx } of f.returns) {
      if (!ctx.method || ctx.anon !== undefined) continue;
      const method = f.methods.find((m) => m.name.name === ctx.method && innermost(m.ctx) === innermost(ctx));
      const bag = this.bagOf(e, ctx, method?.name);
      if (!bag) continue;
      if (method) bag.name = method.name;
      this.methodBags.set(`${innermost(ctx)}#${ctx.method}`, bag);
    }
    // 4. Uses: `new KafkaProducer<>(props)`, factories, `Admin.create(props)`.
    for (const { e, ctx } of f.exprs) {
      for (const s of subExpressions(e)) {
        let use: { role: ClientRole; library: string } | undefined;
        let args: readonly JExpr[] = [];
        if (s.t === 'new' && USES[s.type]) {
          use = USES[s.type];
          args = s.args;
        } else if (s.t === 'call' && s.name.name === 'create' && (dotted(s.target) === 'AdminClient' || dotted(s.target) === 'Admin')) {
          use = { role: 'admin', library: 'java' };
          args = s.args;
        }
        if (!use) continue;
        let bag: Bag | undefined;
        for (const a of args) {
          bag = this.bagOf(a, ctx);
          if (bag) break;
        }
        if (!bag) continue;
        bag.use = use;
        bag.usedDirectly = true;
        this.bindClientVar(s, bag, ctx);
      }
    }
    // 5. Topics.
    for (const { e, ctx } of f.exprs) this.topicsOf(e, ctx);
    for (const m of f.methods) this.listener(m.annotations, m.name, m.ctx);
  }

  /** `KafkaProducer<..> producer = new KafkaProducer<>(props)` / `this.producer = new ..`: the variable's client. */
  private bindClientVar(creation: JExpr, bag: Bag, ctx: Ctx): void {
    for (const d of this.r.facts.decls) if (d.init === creation) this.clientVars.set(this.declKey(d), bag);
    for (const { e, ctx: c } of this.r.facts.exprs) {
      for (const s of subExpressions(e)) {
        if (s.t === 'assign' && s.value === creation) {
          const key = this.varKey(c, s.target);
          if (key) this.clientVars.set(key, bag);
        }
      }
    }
    void ctx;
  }

  private bagsInClass(ctx: Ctx, role: ClientRole): Bag[] {
    return [...new Set(this.bags.values())].filter((b) => b.cls === innermost(ctx) && !b.absorbed && roleOf(b) === role);
  }

  /** The client a topic use belongs to: the target variable's, the class's only one of that role, else an implicit one. */
  private clientFor(ctx: Ctx, role: ClientRole, target: JExpr | undefined, library: string, implicitName: NameTok): { produces: Field<string>[]; consumes: Field<string>[]; groupId?: Field<string>; config?: Map<string, Field<ConfigScalar>> } {
    const key = this.varKey(ctx, target);
    const viaVar = key ? this.clientVars.get(key) : undefined;
    if (viaVar) return viaVar;
    const inClass = this.bagsInClass(ctx, role);
    if (inClass.length === 1) return inClass[0]!;
    const id = `${innermost(ctx)}#${role}#${implicitName.name}`;
    let x = this.extras.get(id);
    if (!x) {
      x = { reader: this.r, name: implicitName, span: implicitName, role, library, config: new Map(), produces: [], consumes: [] };
      this.extras.set(id, x);
    }
    return x;
  }

  private classNameTok(ctx: Ctx, at: Span): NameTok {
    const c = this.r.facts.classes.find((k) => k.classes.join('.') === innermost(ctx));
    return c ? c.name : { name: ctx.classes[ctx.classes.length - 1] ?? 'client', start: at.start, end: at.end };
  }

  private topicList(e: JExpr, ctx: Ctx): Field<string>[] {
    if (e.t === 'array') return e.items.flatMap((i) => this.topicList(i, ctx));
    if (e.t === 'call' && LIST_FACTORIES.has(`${dotted(e.target) ?? ''}.${e.name.name}`)) return e.args.flatMap((a) => this.topicList(a, ctx));
    if (e.t === 'call' && dotted(e.target) === 'Pattern' && e.name.name === 'compile') return [unknown(this.r.loc(e), 'topic pattern', this.r.raw(e))];
    return [this.r.stringField(e, ctx)];
  }

  private topicsOf(root: JExpr, ctx: Ctx): void {
    const streamsFile = this.r.unit.file.text.includes('StreamsBuilder');
    for (const s of subExpressions(root)) {
      if (this.seenChains.has(s)) continue;
      if (s.t === 'call' || s.t === 'new') {
        const t = this.topicDefinition(s, ctx);
        if (t) {
          this.topics.push(t);
          continue;
        }
      }
      if (s.t === 'call') {
        const m = s.name.name;
        const targetKey = this.varKey(ctx, s.target);
        const targetType = targetKey ? this.declTypes.get(targetKey) : undefined;
        const targetName = s.target?.t === 'name' ? s.target.parts[s.target.parts.length - 1]!.name : undefined;
        const isTemplate = (targetType !== undefined && TEMPLATE_TYPES.has(targetType)) || (targetType === undefined && targetName !== undefined && /template/i.test(targetName));
        if ((m === 'send' || m === 'sendAndReceive') && s.args[0]) {
          const first = s.args[0];
          if (first.t === 'new' && first.type === 'ProducerRecord') {
            this.consumedNews.add(first);
            const c = isTemplate
              ? this.clientFor(ctx, 'producer', undefined, 'spring', { name: targetName!, start: s.target!.start, end: s.target!.end })
              : this.clientFor(ctx, 'producer', s.target, 'java', this.classNameTok(ctx, s));
            if (first.args[0]) c.produces.push(this.r.stringField(first.args[0], ctx));
          } else if (isTemplate && s.args.length >= 2 && !(first.t === 'call' && /build|MessageBuilder/.test(this.r.raw(first)))) {
            const c = this.clientFor(ctx, 'producer', undefined, 'spring', { name: targetName!, start: s.target!.start, end: s.target!.end });
            c.produces.push(this.r.stringField(first, ctx));
          }
        } else if (m === 'subscribe' && s.args[0]) {
          const a = s.args[0];
          const isClient = targetKey !== undefined && (this.clientVars.has(targetKey) || targetType === 'KafkaConsumer' || targetType === 'Consumer');
          const listLike = a.t === 'lit' || a.t === 'array' || (a.t === 'call' && (LIST_FACTORIES.has(`${dotted(a.target) ?? ''}.${a.name.name}`) || dotted(a.target) === 'Pattern'));
          if (isClient || listLike) {
            const c = this.clientFor(ctx, 'consumer', s.target, 'java', this.classNameTok(ctx, s));
            append(c.consumes, this.topicList(a, ctx));
          }
        } else if (streamsFile && (m === 'stream' || m === 'table' || m === 'globalTable') && s.args[0] && (targetType === 'StreamsBuilder' || (targetType === undefined && /builder/i.test(targetName ?? '')))) {
          const c = this.clientFor(ctx, 'streams', undefined, 'java', this.classNameTok(ctx, s));
          append(c.consumes, this.topicList(s.args[0], ctx));
        } else if (streamsFile && m === 'to' && s.args[0] && s.target && (s.args[0].t === 'lit' || s.args[0].t === 'name')) {
          const c = this.clientFor(ctx, 'streams', undefined, 'java', this.classNameTok(ctx, s));
          c.produces.push(this.r.stringField(s.args[0], ctx));
        }
      }
      if (s.t === 'new' && s.type === 'ProducerRecord' && !this.consumedNews.has(s) && s.args[0]) {
        this.consumedNews.add(s);
        const c = this.clientFor(ctx, 'producer', undefined, 'java', this.classNameTok(ctx, s));
        c.produces.push(this.r.stringField(s.args[0], ctx));
      }
    }
  }

  /** `TopicBuilder.name(..)...build()` or `new NewTopic(..)...`, processed once at the outermost call of the chain. */
  private topicDefinition(outer: JExpr, ctx: Ctx): Topic | undefined {
    const chain: Extract<JExpr, { t: 'call' }>[] = [];
    let cur: JExpr | undefined = outer;
    while (cur?.t === 'call') {
      chain.unshift(cur);
      cur = cur.target;
    }
    let rootNew: Extract<JExpr, { t: 'new' }> | undefined;
    let calls = chain;
    if (cur?.t === 'new' && cur.type === 'NewTopic') rootNew = cur;
    else if (chain[0] && chain[0].name.name === 'name' && dotted(chain[0].target) === 'TopicBuilder') calls = chain.slice(1);
    else return undefined;
    for (const c of chain) this.seenChains.add(c);
    if (rootNew) this.seenChains.add(rootNew);

    const r = this.r;
    const config: Record<string, Field<ConfigScalar>> = {};
    let name: Field<string> | undefined;
    let partitions: Field<number> | undefined;
    let replicas: Field<number> | undefined;
    const optional = (e: JExpr | undefined): JExpr | null | undefined => {
      if (e?.t === 'call' && dotted(e.target) === 'Optional') return e.name.name === 'empty' ? null : e.args[0];
      return e;
    };
    if (rootNew) {
      const [n, p, rf] = rootNew.args;
      if (!n) return undefined;
      name = r.stringField(n, ctx);
      const pp = optional(p);
      const rr = optional(rf);
      if (rootNew.args.length === 3) {
        if (pp) partitions = r.numberField(pp, ctx);
        if (rr) replicas = r.numberField(rr, ctx);
      } else if (p && rootNew.args.length === 2) {
        partitions = unknown(r.loc(p), 'replica assignment', r.raw(p));
      }
    } else {
      const n = chain[0]!.args[0];
      if (!n) return undefined;
      name = r.stringField(n, ctx);
    }
    for (const c of calls) {
      const [a, b] = c.args;
      switch (c.name.name) {
        case 'partitions':
          if (a) partitions = r.numberField(a, ctx);
          break;
        case 'replicas':
          if (a) replicas = r.numberField(a, ctx);
          break;
        case 'config':
          if (a && b) {
            const k = r.key(a, ctx);
            if (k) config[k.key] = r.field(b, ctx)!;
          }
          break;
        case 'configs':
          if (a) {
            const tmp = this.newBag(`topic-config@${a.start}`, ctx, c.name, a);
            this.bags.delete(tmp.id);
            if (this.fillFromInit(tmp, a, ctx)) for (const [k, v] of tmp.entries) config[k] = v;
          }
          break;
        case 'compact':
          config['cleanup.policy'] = known('compact', r.loc({ start: c.name.start, end: c.end }), r.raw({ start: c.name.start, end: c.end }));
          break;
        default:
          break;
      }
    }
    const loc = r.loc(outer);
    return {
      kind: 'topic',
      name,
      loc,
      format: FORMAT,
      file: r.path,
      ...(partitions ? { partitions } : {}),
      ...(replicas ? { replicationFactor: replicas } : {}),
      ...typedFromConfig(config),
      consumerGroups: [],
      config,
      labels: {},
      declaredIn: 'code',
    };
  }

  /** `@KafkaListener(topics = .., groupId = .., properties = {"k=v"})` on a method. */
  private listener(annotations: readonly { name: string; pairs: readonly { name: NameTok; value: JExpr }[]; start: number; end: number }[], method: NameTok, ctx: Ctx): void {
    const r = this.r;
    for (const a of annotations) {
      if (a.name !== 'KafkaListener') continue;
      const pair = (n: string) => a.pairs.find((p) => p.name.name === n)?.value;
      const topics: Field<string>[] = [];
      const t = pair('topics');
      if (t) append(topics, this.topicList(t, ctx));
      const pattern = pair('topicPattern');
      if (pattern) topics.push(unknown(r.loc(pattern), 'topic pattern', r.raw(pattern)));
      const partitions = pair('topicPartitions');
      if (partitions) topics.push(unknown(r.loc(partitions), 'topic partitions', r.raw(partitions)));
      const g = pair('groupId');
      const id = pair('id');
      const idIsGroup = pair('idIsGroup');
      const groupExpr = g ?? (id && !(idIsGroup?.t === 'lit' && idIsGroup.value === false) ? id : undefined);
      const groupId = groupExpr ? r.stringField(groupExpr, ctx) : undefined;
      const config = new Map<string, Field<ConfigScalar>>();
      const props = pair('properties');
      for (const p of props ? (props.t === 'array' ? props.items : [props]) : []) {
        const f = r.field(p, ctx)!;
        if (f.kind !== 'known' || typeof f.value !== 'string') continue;
        const m = /^\s*([^=:\s]+)\s*[=:]\s*(.*?)\s*$/.exec(f.value);
        if (!m) continue;
        const value = m[2]!;
        config.set(m[1]!, isPlaceholder(value) ? unknown(f.loc, 'placeholder', f.raw) : { ...f, value });
      }
      const inClass = this.bagsInClass(ctx, 'consumer');
      if (inClass.length === 1) {
        const bag = inClass[0]!;
        append(bag.consumes, topics);
        if (groupId) bag.groupId = groupId;
        continue;
      }
      if (groupId) config.set('group.id', groupId);
      this.extras.set(`${innermost(ctx)}#listener#${method.name}@${a.start}`, {
        reader: r,
        name: method,
        span: { start: a.start, end: a.end },
        role: 'consumer',
        library: 'spring',
        config,
        produces: [],
        consumes: topics,
        ...(groupId ? { groupId } : {}),
      });
    }
  }

  clients(): Client[] {
    const out: Client[] = [];
    const r = this.r;
    for (const [id, bag] of this.bags) {
      if (id !== bag.id) continue;
      if (bag.absorbed && !bag.usedDirectly) continue;
      if (!bag.use && !bag.evidence) continue;
      const config: Record<string, Field<ConfigScalar>> = {};
      const addAll = (b: Bag, depth: number): void => {
        if (depth > 5) return;
        for (const base of b.bases) addAll(base, depth + 1);
        for (const [k, v] of b.entries) config[k] = v;
      };
      addAll(bag, 0);
      const g = config['group.id'];
      const groupId = bag.groupId ?? (g ? mapField(g, (v) => (typeof v === 'string' ? v : undefined), 'a string') : undefined);
      out.push({
        kind: 'client',
        name: known(clientName(bag), r.loc(bag.name)),
        loc: r.loc(bag.span),
        format: FORMAT,
        file: r.path,
        role: roleOf(bag),
        library: bag.use?.library ?? 'java',
        config,
        produces: bag.produces,
        consumes: bag.consumes,
        ...(groupId ? { groupId } : {}),
      });
    }
    for (const x of this.extras.values()) {
      out.push({
        kind: 'client',
        name: known(x.name.name, r.loc(x.name)),
        loc: r.loc(x.span),
        format: FORMAT,
        file: r.path,
        role: x.role,
        library: x.library,
        config: Object.fromEntries(x.config),
        produces: x.produces,
        consumes: x.consumes,
        ...(x.groupId ? { groupId: x.groupId } : {}),
      });
    }
    return out;
  }
}

function roleOf(bag: Bag): ClientRole {
  if (bag.use) return bag.use.role;
  const keys = new Set<string>();
  const collect = (b: Bag, d: number): void => {
    if (d > 5) return;
    for (const k of b.entries.keys()) keys.add(k);
    for (const base of b.bases) collect(base, d + 1);
  };
  collect(bag, 0);
  const hints = new Set(bag.hints);
  for (const b of bag.bases) for (const h of b.hints) hints.add(h);
  if (hints.has('streams') || [...keys].some((k) => STREAMS_KEYS.has(k))) return 'streams';
  const p = hints.has('producer') || [...keys].some((k) => PRODUCER_KEYS.has(k));
  const c = hints.has('consumer') || [...keys].some((k) => CONSUMER_KEYS.has(k));
  if (p && !c) return 'producer';
  if (c && !p) return 'consumer';
  if (hints.has('admin')) return 'admin';
  return 'unknown';
}

async function read(files: readonly InputFile[]): Promise<AdapterOutput> {
  const out = emptyOutput();
  const claimed = files.filter((f) => javaAdapter.claims(f.path));
  if (claimed.length === 0) return out;
  // Only a file that mentions Kafka is ever parsed (others on demand, for its constants): without
  // one, java-parser (its grammar takes most of a second to build) is not even loaded.
  if (!claimed.some((f) => MENTIONS_KAFKA.test(f.text))) {
    append(out.files, claimed.map((f): FileRecord => ({ path: f.path, status: 'not-catalog', formats: [], reason: 'does not mention Kafka' })));
    return out;
  }
  let parse: JavaParse;
  try {
    const mod = cjsExports(await import('java-parser'), 'parse');
    parse = mod.parse as JavaParse;
  } catch (e) {
    const reason = `the Java parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
    append(out.files, claimed.map((f): FileRecord => ({ path: f.path, status: 'not-lintable', formats: [], reason })));
    return out;
  }
  const project = new JavaProject(claimed, parse);
  const problems: AdapterProblem[] = [];
  const found = new Set<string>();
  for (const unit of project.units) {
    if (!unit.kafka) continue;
    if (!project.ensure(unit)) continue;
    const analysis = new UnitAnalysis(new UnitReader(project, unit));
    analysis.run();
    const clients = analysis.clients();
    append(out.clients, clients);
    append(out.topics, analysis.topics);
    if (clients.length > 0 || analysis.topics.length > 0) found.add(unit.file.path);
  }
  for (const unit of project.units) {
    const path = unit.file.path;
    if (unit.error && unit.kafka) {
      problems.push({ ruleId: 'parse-error', message: unit.error.message, loc: { file: path, start: unit.error.start, end: unit.error.end } });
      out.files.push({ path, status: 'parse-error', formats: [], reason: unit.error.message });
    } else if (found.has(path) || project.usedFiles.has(path)) {
      out.files.push({ path, status: 'linted', formats: [FORMAT] });
    } else {
      out.files.push({ path, status: 'not-catalog', formats: [], reason: unit.kafka ? 'no Kafka client, topic or config map found' : 'does not mention Kafka' });
    }
  }
  append(out.problems, problems);
  return out;
}

export const javaAdapter: ProjectAdapter = {
  id: FORMAT,
  claims: (path: string) => path.endsWith('.java'),
  declaresCatalogEntities: false,
  read,
};


/** Variable names that say nothing about the client: the client is named after its class as well. */
const GENERIC_NAMES = /^(props|properties|config|configs|conf|cfg|settings|map|params|kafkaprops|kafkaproperties|kafkaconfig|producerprops|consumerprops|p|m)$/i;

/** `OrderProducer.props` rather than `props`, so that messages say which client is meant. */
function clientName(bag: Bag): string {
  return GENERIC_NAMES.test(bag.name.name) && bag.cls ? `${bag.cls}.${bag.name.name}` : bag.name.name;
}
