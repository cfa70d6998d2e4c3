/**
 * The TypeScript/JavaScript adapter: KafkaJS and `@confluentinc/kafka-javascript` (its KafkaJS-compatible
 * API, `new Kafka({ kafkaJS: {...} })`, and librdkafka-style dotted keys) clients and topics in code.
 *
 * - `new Kafka({ clientId, brokers, ssl, sasl })` settings go to every client made from that instance
 *   in the same file (an instance with no client in its file is a Client of role `unknown`).
 * - `kafka.producer({...})`, `kafka.consumer({...})`: one Client each, named after the variable or
 *   property they are stored in; KafkaJS option names are mapped to Kafka's dotted keys.
 * - `producer.send({ topic, acks })` / `sendBatch({ acks, topicMessages })`, `consumer.subscribe({ topic | topics })`,
 *   `consumer.run({ autoCommit })` on those variables (or on the file's only client of that role).
 *   KafkaJS sets acks per send: a producer's `acks` is the weakest one its sends use (the first send
 *   whose acks is known and not -1/all, else the first unknown one, else the first one), so a finding
 *   points at that send; the others are not reported until it is fixed.
 * - `admin.createTopics({ topics: [{ topic, numPartitions, replicationFactor, configEntries }] })` -> Topics
 *   with `declaredIn: 'code'`.
 *
 * Each file is parsed once with typescript-estree, and only when it mentions Kafka. Values that are not
 * literals (identifiers, enum members, `as const` objects, imports) are resolved afterwards with ts-morph
 * in one in-memory project (see `resolve.ts`); `process.env.X` and calls are unknown.
 */
import type { TSESTree } from '@typescript-eslint/typescript-estree';
import type { AdapterProblem, Client, ClientRole, ConfigScalar, Field, SourceLocation, Topic } from '../../model/model.js';
import { isPlaceholder, known, mapField, toNumber, unknown } from '../../model/values.js';
import { typedFromConfig } from '../common/topic-config.js';
import { emptyOutput, type AdapterOutput, type InputFile, type ProjectAdapter } from '../types.js';
import { resolveAll, type ResolveRequest } from './resolve.js';
import { cjsExports } from '../../util/cjs.js';
import { boundQuoted } from '../../util/excerpt.js';
import { append } from '../../util/append.js';

const FORMAT = 'typescript';
const CLAIMED = /\.(ts|tsx|js|mjs|cjs|mts|cts)$/;
const MENTIONS = ['kafkajs', '@confluentinc/kafka-javascript', '.producer(', '.consumer(', 'createTopics'];

type N = TSESTree.Node;
type Apply = (f: Field<ConfigScalar>) => void;

const PRODUCER_OPTIONS: Readonly<Record<string, string>> = {
  idempotent: 'enable.idempotence',
  maxInFlightRequests: 'max.in.flight.requests.per.connection',
  transactionalId: 'transactional.id',
  transactionTimeout: 'transaction.timeout.ms',
  allowAutoTopicCreation: 'allow.auto.create.topics',
  acks: 'acks',
  compression: 'compression.type',
  'retry.retries': 'retries',
};

const CONSUMER_OPTIONS: Readonly<Record<string, string>> = {
  groupId: 'group.id',
  sessionTimeout: 'session.timeout.ms',
  heartbeatInterval: 'heartbeat.interval.ms',
  rebalanceTimeout: 'rebalance.timeout.ms',
  maxPollInterval: 'max.poll.interval.ms',
  maxWaitTimeInMs: 'fetch.max.wait.ms',
  maxBytes: 'fetch.max.bytes',
  minBytes: 'fetch.min.bytes',
  maxBytesPerPartition: 'max.partition.fetch.bytes',
  autoCommit: 'enable.auto.commit',
  autoCommitInterval: 'auto.commit.interval.ms',
  allowAutoTopicCreation: 'allow.auto.create.topics',
  'retry.retries': 'retries',
};

const INSTANCE_OPTIONS: Readonly<Record<string, string>> = {
  clientId: 'client.id',
  brokers: 'bootstrap.servers',
  requestTimeout: 'request.timeout.ms',
  connectionTimeout: 'socket.connection.setup.timeout.ms',
  'sasl.mechanism': 'sasl.mechanism',
  'sasl.username': 'sasl.username',
  'sasl.password': 'sasl.password',
  'sasl.accessKeyId': 'sasl.access.key.id',
  'sasl.secretAccessKey': 'sasl.secret.access.key',
  'sasl.sessionToken': 'sasl.session.token',
  'retry.retries': 'retries',
};

const RUN_OPTIONS: Readonly<Record<string, string>> = {
  autoCommit: 'enable.auto.commit',
  autoCommitInterval: 'auto.commit.interval.ms',
  autoCommitThreshold: 'auto.commit.threshold',
};

interface TsClient {
  readonly unit: Unit;
  readonly name: string;
  readonly nameSpan: [number, number];
  readonly span: [number, number];
  role: ClientRole;
  library: string;
  readonly config: Record<string, Field<ConfigScalar>>;
  readonly sendAcks: Field<ConfigScalar>[];
  readonly produces: Field<string>[];
  readonly consumes: Field<string>[];
  instance?: Instance;
}

interface Instance {
  readonly name: string;
  readonly nameSpan: [number, number];
  readonly span: [number, number];
  readonly library: string;
  readonly config: Record<string, Field<ConfigScalar>>;
  used: boolean;
}

interface Unit {
  readonly file: InputFile;
  readonly library: string;
}

interface Pending extends ResolveRequest {
  readonly unit: Unit;
  readonly raw: string;
  readonly apply: Apply;
}

function propName(p: TSESTree.Property): string | undefined {
  if (!p.computed && p.key.type === 'Identifier') return p.key.name;
  if (p.key.type === 'Literal' && (typeof p.key.value === 'string' || typeof p.key.value === 'number')) return String(p.key.value);
  return undefined;
}

function props(n: N | undefined): Map<string, TSESTree.Property> {
  const out = new Map<string, TSESTree.Property>();
  const obj = unwrap(n);
  if (obj?.type !== 'ObjectExpression') return out;
  for (const p of obj.properties) {
    if (p.type !== 'Property') continue;
    const k = propName(p);
    if (k !== undefined) out.set(k, p);
  }
  return out;
}

function unwrap(n: N | undefined): N | undefined {
  let cur = n;
  while (cur && (cur.type === 'TSAsExpression' || cur.type === 'TSSatisfiesExpression' || cur.type === 'TSNonNullExpression' || cur.type === 'TSTypeAssertion' || cur.type === 'AwaitExpression')) {
    cur = cur.type === 'AwaitExpression' ? cur.argument : cur.expression;
  }
  return cur;
}

/** The name a value is stored under: `const producer = ..`, `this.producer = ..`, `producer = ..` in a class. */
function bindingOf(n: N, parents: ReadonlyMap<N, N>): { name: string; span: [number, number] } | undefined {
  let cur: N = n;
  let parent = parents.get(cur);
  while (parent && (parent.type === 'AwaitExpression' || parent.type === 'TSAsExpression' || parent.type === 'TSNonNullExpression')) {
    cur = parent;
    parent = parents.get(cur);
  }
  if (!parent) return undefined;
  if (parent.type === 'VariableDeclarator' && parent.id.type === 'Identifier') return { name: parent.id.name, span: [parent.id.range[0], parent.id.range[0] + parent.id.name.length] };
  if (parent.type === 'AssignmentExpression' && parent.right === cur) {
    const l = parent.left;
    if (l.type === 'Identifier') return { name: l.name, span: l.range };
    if (l.type === 'MemberExpression' && !l.computed && l.property.type === 'Identifier') return { name: l.property.name, span: l.property.range };
  }
  if ((parent.type === 'PropertyDefinition' || parent.type === 'Property') && !parent.computed && parent.key.type === 'Identifier') return { name: parent.key.name, span: parent.key.range };
  return undefined;
}

/** `producer`, `this.producer`, `svc.producer` -> `producer`. */
function refName(n: N | undefined): string | undefined {
  const u = unwrap(n);
  if (u?.type === 'Identifier') return u.name;
  if (u?.type === 'MemberExpression' && !u.computed && u.property.type === 'Identifier') return u.property.name;
  return undefined;
}

function isProcessEnv(n: N): boolean {
  if (n.type !== 'MemberExpression') return false;
  const o = n.object;
  if (o.type === 'MemberExpression' && !o.computed && o.property.type === 'Identifier' && o.property.name === 'env') {
    const base = o.object;
    if (base.type === 'Identifier' && (base.name === 'process' || base.name === 'Deno' || base.name === 'Bun')) return true;
    if (base.type === 'MetaProperty') return true;
  }
  return false;
}

class UnitReader {
  readonly clients: TsClient[] = [];
  readonly instances = new Map<string, Instance>();
  readonly topics: Topic[] = [];
  private readonly byName = new Map<string, TsClient>();
  private readonly orphans = new Map<string, TsClient>();
  /** typescript-estree's `parse` does not link parents; the walk records them. */
  private readonly parents = new Map<N, N>();

  constructor(
    readonly unit: Unit,
    private readonly pending: Pending[],
  ) {}

  private loc(r: readonly [number, number]): SourceLocation {
    return { file: this.unit.file.path, start: r[0], end: r[1] };
  }

  private raw(n: N): string {
    return this.unit.file.text.slice(n.range[0], n.range[1]);
  }

  /** Read a value now when it is a literal; else unknown now, or resolved later by ts-morph. */
  value(node: N, apply: Apply): void {
    const n = unwrap(node)!;
    const loc = this.loc(node.range);
    const raw = this.raw(node);
    const lit = this.literal(n);
    if (lit !== undefined) {
      apply(typeof lit === 'string' && isPlaceholder(lit) ? unknown(loc, 'placeholder', raw) : known(lit, loc, raw));
      return;
    }
    switch (n.type) {
      case 'Identifier':
        if (n.name === 'undefined') return apply(unknown(loc, 'undefined', raw));
        break;
      case 'MemberExpression':
        if (isProcessEnv(n)) return apply(unknown(loc, 'environment variable', raw));
        if (n.computed && n.property.type !== 'Literal') return apply(unknown(loc, 'computed property', raw));
        break;
      case 'Literal':
        return apply(unknown(loc, 'regex' in n && n.regex ? 'regular expression' : 'literal', raw));
      case 'CallExpression':
      case 'NewExpression':
        return apply(unknown(loc, 'function call', raw));
      case 'ConditionalExpression':
        return apply(unknown(loc, 'conditional expression', raw));
      case 'TemplateLiteral':
        return apply(unknown(loc, 'template string', raw));
      default:
        return apply(unknown(loc, 'expression', raw));
    }
    // Initial value until resolved: the request replaces it.
    apply(unknown(loc, 'variable', raw));
    this.pending.push({ unit: this.unit, file: this.unit.file.path, start: n.range[0], end: n.range[1], raw, apply });
  }

  private literal(n: N): ConfigScalar | undefined {
    switch (n.type) {
      case 'Literal':
        if ('regex' in n && n.regex) return undefined;
        if (typeof n.value === 'bigint') return Number(n.value);
        return n.value as ConfigScalar;
      case 'TemplateLiteral':
        return n.expressions.length === 0 ? (n.quasis[0]?.value.cooked ?? undefined) : undefined;
      case 'UnaryExpression': {
        const inner = unwrap(n.argument);
        const v = inner ? this.literal(inner) : undefined;
        if (typeof v !== 'number') return undefined;
        return n.operator === '-' ? -v : n.operator === '+' ? v : undefined;
      }
      case 'ArrayExpression': {
        const items = n.elements.map((e) => (e && e.type !== 'SpreadElement' ? this.literal(unwrap(e)!) : undefined));
        return items.every((i) => typeof i === 'string' || typeof i === 'number') ? items.join(',') : undefined;
      }
      case 'BinaryExpression': {
        if (n.operator !== '+') return undefined;
        const l = this.literal(unwrap(n.left)!);
        const r = this.literal(unwrap(n.right)!);
        return typeof l === 'string' && typeof r === 'string' ? l + r : undefined;
      }
      default:
        return undefined;
    }
  }

  private stringInto(list: Field<string>[], node: N): void {
    const i = list.length;
    list.push(unknown(this.loc(node.range), 'pending'));
    this.value(node, (f) => {
      list[i] = mapField(f, (v) => (typeof v === 'string' ? v : undefined), 'a topic name');
    });
  }

  private configInto(config: Record<string, Field<ConfigScalar>>, key: string, node: N): void {
    this.value(node, (f) => {
      config[key] = f;
    });
  }

  /** Options object -> dotted keys by a mapping; dotted string keys (librdkafka style) are kept as written. */
  private options(obj: N | undefined, mapping: Readonly<Record<string, string>>, config: Record<string, Field<ConfigScalar>>, prefix = ''): void {
    for (const [k, p] of props(obj)) {
      const path = prefix + k;
      if (k === 'kafkaJS' && prefix === '') {
        this.options(p.value, mapping, config);
        continue;
      }
      const v = unwrap(p.value);
      if (v?.type === 'ObjectExpression' && (k === 'retry' || k === 'sasl')) {
        this.options(v, mapping, config, `${k}.`);
        continue;
      }
      const key = mapping[path] ?? (prefix === '' && k.includes('.') ? k : undefined);
      if (key) this.configInto(config, key, p.value);
    }
  }

  private libraryOf(obj: N | undefined): string {
    return props(obj).has('kafkaJS') ? 'confluent-js' : this.unit.library;
  }

  private instance(n: TSESTree.NewExpression): void {
    const arg = n.arguments[0];
    const binding = bindingOf(n, this.parents) ?? { name: 'kafka', span: [n.range[0], n.range[0] + 3] as [number, number] };
    const config: Record<string, Field<ConfigScalar>> = {};
    const inst: Instance = { name: binding.name, nameSpan: binding.span, span: n.range, library: this.libraryOf(arg), config, used: false };
    this.options(arg, INSTANCE_OPTIONS, config);
    const all = new Map([...props(arg), ...props(props(arg).get('kafkaJS')?.value)]);
    const ssl = all.get('ssl');
    const sasl = all.get('sasl');
    if (ssl) {
      const v = unwrap(ssl.value)!;
      const on = v.type === 'ObjectExpression' ? true : v.type === 'Literal' && typeof v.value === 'boolean' ? v.value : undefined;
      const loc = this.loc(ssl.range);
      if (on === undefined) config['security.protocol'] = unknown(loc, 'ssl option not known statically', this.raw(ssl));
      else config['security.protocol'] = known(on ? (sasl ? 'SASL_SSL' : 'SSL') : sasl ? 'SASL_PLAINTEXT' : 'PLAINTEXT', loc, this.raw(ssl));
    } else if (sasl) {
      const loc = this.loc([sasl.range[0], sasl.key.range[1]]);
      config['security.protocol'] = known('SASL_PLAINTEXT', loc, 'sasl without ssl');
    }
    this.instances.set(inst.name, inst);
  }

  private client(call: TSESTree.CallExpression, role: ClientRole, target: string | undefined): void {
    const arg = call.arguments[0];
    const inst = target ? this.instances.get(target) : undefined;
    const binding = bindingOf(call, this.parents) ?? { name: role, span: [call.range[0], call.range[1]] as [number, number] };
    const c: TsClient = {
      unit: this.unit,
      name: binding.name,
      nameSpan: binding.span,
      span: call.range,
      role,
      library: inst?.library === 'confluent-js' ? 'confluent-js' : this.libraryOf(arg),
      config: {},
      sendAcks: [],
      produces: [],
      consumes: [],
      ...(inst ? { instance: inst } : {}),
    };
    if (inst) inst.used = true;
    if (role === 'producer') this.options(arg, PRODUCER_OPTIONS, c.config);
    if (role === 'consumer') this.options(arg, CONSUMER_OPTIONS, c.config);
    this.clients.push(c);
    this.byName.set(c.name, c);
  }

  /** The client a call's target names; else the file's only client of that role; else an orphan. */
  private clientFor(target: N, role: ClientRole): TsClient {
    const name = refName(target) ?? role;
    const direct = this.byName.get(name);
    if (direct && direct.role === role) return direct;
    const ofRole = this.clients.filter((c) => c.role === role);
    if (ofRole.length === 1) return ofRole[0]!;
    let o = this.orphans.get(`${role}:${name}`);
    if (!o) {
      o = { unit: this.unit, name, nameSpan: target.range, span: target.range, role, library: this.unit.library, config: {}, sendAcks: [], produces: [], consumes: [] };
      this.orphans.set(`${role}:${name}`, o);
    }
    return o;
  }

  private acks(c: TsClient, opts: Map<string, TSESTree.Property>): void {
    const a = opts.get('acks');
    if (!a) return;
    const i = c.sendAcks.length;
    c.sendAcks.push(unknown(this.loc(a.value.range), 'pending'));
    this.value(a.value, (f) => {
      c.sendAcks[i] = f;
    });
  }

  private topicsOf(node: N | undefined, list: Field<string>[]): void {
    const n = unwrap(node);
    if (!n) return;
    if (n.type === 'ArrayExpression') {
      for (const e of n.elements) if (e && e.type !== 'SpreadElement') this.topicsOf(e, list);
      return;
    }
    if (n.type === 'Literal' && 'regex' in n && n.regex) {
      list.push(unknown(this.loc(n.range), 'topic pattern', this.raw(n)));
      return;
    }
    this.stringInto(list, n);
  }

  private createTopics(call: TSESTree.CallExpression): void {
    const topics = unwrap(props(call.arguments[0]).get('topics')?.value);
    if (topics?.type !== 'ArrayExpression') return;
    for (const el of topics.elements) {
      const t = unwrap(el ?? undefined);
      if (!t || t.type !== 'ObjectExpression') continue;
      const p = props(t);
      const nameProp = p.get('topic');
      if (!nameProp) continue;
      const topic: {
        name: Field<string>;
        partitions?: Field<number>;
        replicationFactor?: Field<number>;
        minInsyncReplicas?: Field<number>;
        retentionMs?: Field<number>;
        cleanupPolicy?: Field<readonly string[]>;
        config: Record<string, Field<ConfigScalar>>;
      } = { name: unknown(this.loc(nameProp.value.range), 'pending'), config: {} };
      this.value(nameProp.value, (f) => {
        topic.name = mapField(f, (v) => (typeof v === 'string' ? v : undefined), 'a topic name');
      });
      const num = (key: 'partitions' | 'replicationFactor', prop: string): void => {
        const q = p.get(prop);
        if (q) this.value(q.value, (f) => (topic[key] = mapField(f, (v) => toNumber(v), 'a whole number')));
      };
      num('partitions', 'numPartitions');
      num('replicationFactor', 'replicationFactor');
      const entries = unwrap(p.get('configEntries')?.value);
      if (entries?.type === 'ArrayExpression') {
        for (const e of entries.elements) {
          const ep = props(e ?? undefined);
          const k = unwrap(ep.get('name')?.value);
          const v = ep.get('value');
          if (k?.type === 'Literal' && typeof k.value === 'string' && v) {
            const key = k.value;
            this.value(v.value, (f) => {
              topic.config[key] = f;
              // Values arrive one by one (some after resolution): each typed key as it comes.
              Object.assign(topic, typedFromConfig({ [key]: f }));
            });
          }
        }
      }
      const file = this.unit.file.path;
      // Filled in place by the callbacks above (some only after ts-morph resolution).
      this.topics.push(
        Object.assign(topic, {
          kind: 'topic' as const,
          loc: this.loc(t.range),
          format: FORMAT,
          file,
          consumerGroups: [],
          labels: {},
          declaredIn: 'code' as const,
        }),
      );
    }
  }

  private onCall(call: TSESTree.CallExpression): void {
    const callee = unwrap(call.callee);
    if (callee?.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
    const m = callee.property.name;
    const target = callee.object;
    const arg = call.arguments[0];
    const opts = props(arg);
    switch (m) {
      case 'producer':
      case 'consumer':
        if (call.arguments.length <= 1 && (!arg || unwrap(arg)?.type === 'ObjectExpression')) this.client(call, m, refName(target));
        return;
      case 'admin':
        if (call.arguments.length <= 1) this.client(call, 'admin', refName(target));
        return;
      case 'transaction': {
        const b = bindingOf(call, this.parents);
        const c = this.byName.get(refName(target) ?? '');
        if (b && c) this.byName.set(b.name, c);
        return;
      }
      case 'send':
        if (opts.has('topic') && opts.has('messages')) {
          const c = this.clientFor(target, 'producer');
          this.topicsOf(opts.get('topic')!.value, c.produces);
          this.acks(c, opts);
        }
        return;
      case 'sendBatch':
        if (opts.has('topicMessages')) {
          const c = this.clientFor(target, 'producer');
          const tm = unwrap(opts.get('topicMessages')!.value);
          if (tm?.type === 'ArrayExpression') for (const e of tm.elements) this.topicsOf(props(e ?? undefined).get('topic')?.value, c.produces);
          this.acks(c, opts);
        }
        return;
      case 'subscribe':
        if (opts.has('topic') || opts.has('topics')) {
          const c = this.clientFor(target, 'consumer');
          this.topicsOf((opts.get('topic') ?? opts.get('topics'))!.value, c.consumes);
        }
        return;
      case 'run':
        if (opts.has('eachMessage') || opts.has('eachBatch')) {
          const c = this.clientFor(target, 'consumer');
          this.options(arg, RUN_OPTIONS, c.config);
        }
        return;
      case 'createTopics':
        this.createTopics(call);
        return;
      default:
        return;
    }
  }

  walk(root: N): void {
    const visit = (n: N): void => {
      if (n.type === 'NewExpression') {
        const callee = unwrap(n.callee);
        const name = callee?.type === 'Identifier' ? callee.name : callee?.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : undefined;
        if (name === 'Kafka' && n.arguments.length <= 1) this.instance(n);
      }
      for (const key in n) {
        if (key === 'parent' || key === 'range' || key === 'loc') continue;
        const v = (n as unknown as Record<string, unknown>)[key];
        if (Array.isArray(v)) {
          for (const c of v) {
            if (c && typeof c === 'object' && typeof (c as N).type === 'string') {
              this.parents.set(c as N, n);
              visit(c as N);
            }
          }
        } else if (v && typeof v === 'object' && typeof (v as N).type === 'string') {
          this.parents.set(v as N, n);
          visit(v as N);
        }
      }
      // Calls after their arguments and callee: `kafka.producer()` inside `const p = ..` is seen before `p.send()` later.
      if (n.type === 'CallExpression') this.onCall(n);
    };
    visit(root);
    this.parents.clear();
  }

  output(): Client[] {
    const out: Client[] = [];
    const all = [...this.clients, ...this.orphans.values()];
    for (const c of all) {
      const config: Record<string, Field<ConfigScalar>> = { ...(c.instance?.config ?? {}), ...c.config };
      if (c.sendAcks.length > 0) {
        const weak = c.sendAcks.find((f) => f.kind === 'known' && f.value !== -1 && f.value !== '-1' && String(f.value).toLowerCase() !== 'all');
        config['acks'] = weak ?? c.sendAcks.find((f) => f.kind !== 'known') ?? c.sendAcks[0]!;
      }
      const g = config['group.id'];
      const groupId = g ? mapField(g, (v) => (typeof v === 'string' ? v : undefined), 'a string') : undefined;
      out.push({
        kind: 'client',
        name: known(c.name, this.loc(c.nameSpan)),
        loc: this.loc(c.span),
        format: FORMAT,
        file: this.unit.file.path,
        role: c.role,
        library: c.library,
        config,
        produces: c.produces,
        consumes: c.consumes,
        ...(groupId ? { groupId } : {}),
      });
    }
    for (const inst of this.instances.values()) {
      if (inst.used) continue;
      out.push({
        kind: 'client',
        name: known(inst.name, this.loc(inst.nameSpan)),
        loc: this.loc(inst.span),
        format: FORMAT,
        file: this.unit.file.path,
        role: 'unknown',
        library: inst.library,
        config: { ...inst.config },
        produces: [],
        consumes: [],
      });
    }
    return out;
  }
}

async function read(files: readonly InputFile[]): Promise<AdapterOutput> {
  const out = emptyOutput();
  const claimed = files.filter((f) => typescriptAdapter.claims(f.path));
  if (claimed.length === 0) return out;
  const candidates = claimed.filter((f) => MENTIONS.some((m) => f.text.includes(m)));
  let parse: typeof import('@typescript-eslint/typescript-estree').parse | undefined;
  if (candidates.length > 0) {
    try {
      parse = cjsExports(await import('@typescript-eslint/typescript-estree'), 'parse').parse;
    } catch (e) {
      const reason = `the TypeScript parser could not be loaded: ${e instanceof Error ? e.message : String(e)}`;
      append(out.files, claimed.map((f) => ({ path: f.path, status: 'not-lintable' as const, formats: [], reason })));
      return out;
    }
  }
  const pending: Pending[] = [];
  const readers: UnitReader[] = [];
  const problems: AdapterProblem[] = [];
  const errors = new Map<string, string>();
  for (const f of candidates) {
    const unit: Unit = { file: f, library: f.text.includes('@confluentinc/kafka-javascript') ? 'confluent-js' : 'kafkajs' };
    let ast: TSESTree.Program;
    try {
      ast = parse!(f.text, { range: true, loc: false, comment: false, jsx: /\.(tsx|jsx)$/.test(f.path) });
    } catch (e) {
      const err = e as { message?: string; location?: { start?: { offset?: number }; end?: { offset?: number } } };
      const start = err.location?.start?.offset ?? 0;
      const end = Math.min(f.text.length, Math.max(start + 1, err.location?.end?.offset ?? start));
      // What the parser quotes of the file is cut to an excerpt (src/util/excerpt.ts).
      const message = `Syntax error: ${boundQuoted(err.message ?? String(e)).replace(/\.$/, '')}. topiclint cannot read Kafka settings from this file until it parses.`;
      problems.push({ ruleId: 'parse-error', message, loc: { file: f.path, start, end } });
      errors.set(f.path, message);
      continue;
    }
    const reader = new UnitReader(unit, pending);
    reader.walk(ast);
    readers.push(reader);
  }
  const usedFiles = new Set<string>();
  if (pending.length > 0) {
    const results = await resolveAll(claimed.filter((f) => !f.path.endsWith('.d.ts')), pending);
    pending.forEach((p, i) => {
      const r = results[i]!;
      const loc: SourceLocation = { file: p.file, start: p.start, end: p.end };
      if (r.ok) {
        if (r.origin) usedFiles.add(r.origin.file);
        p.apply(typeof r.value === 'string' && isPlaceholder(r.value) ? unknown(loc, 'placeholder', p.raw) : known(r.value, loc, p.raw, r.origin));
      } else p.apply(unknown(loc, r.reason, p.raw));
    });
  }
  const found = new Set<string>();
  for (const r of readers) {
    const clients = r.output();
    append(out.clients, clients);
    append(out.topics, r.topics);
    if (clients.length > 0 || r.topics.length > 0) found.add(r.unit.file.path);
  }
  for (const f of claimed) {
    const err = errors.get(f.path);
    if (err) out.files.push({ path: f.path, status: 'parse-error', formats: [], reason: err });
    else if (found.has(f.path) || usedFiles.has(f.path)) out.files.push({ path: f.path, status: 'linted', formats: [FORMAT] });
    else out.files.push({ path: f.path, status: 'not-catalog', formats: [], reason: candidates.includes(f) ? 'no Kafka client or topic found' : 'does not mention Kafka' });
  }
  append(out.problems, problems);
  return out;
}

export const typescriptAdapter: ProjectAdapter = {
  id: FORMAT,
  claims: (path: string) => CLAIMED.test(path) && !/\.d\.[cm]?ts$/.test(path) && !/(^|\/)node_modules\//.test(path),
  declaresCatalogEntities: false,
  read,
};
