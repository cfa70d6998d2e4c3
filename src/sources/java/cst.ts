/**
 * A thin layer over `java-parser`'s concrete syntax tree: expressions become a small tree (`JExpr`)
 * that keeps UTF-16 offsets (end exclusive), and one walk over a compilation unit collects the
 * facts the Kafka reader needs (declarations, expressions, returns, annotated methods, imports).
 */

export interface Tok {
  readonly image: string;
  readonly startOffset: number;
  readonly endOffset: number;
  readonly tokenType: { readonly name: string };
}

export interface CNode {
  readonly name: string;
  readonly children: Readonly<Record<string, readonly (CNode | Tok)[]>>;
  readonly location: { readonly startOffset: number; readonly endOffset: number };
}

export function isTok(e: CNode | Tok): e is Tok {
  return (e as Tok).image !== undefined;
}

function nodes(n: CNode | undefined, key: string): CNode[] {
  const k = n?.children[key];
  if (!k) return [];
  const out: CNode[] = [];
  for (const x of k) if ((x as Tok).image === undefined) out.push(x as CNode);
  return out;
}

function node(n: CNode | undefined, key: string): CNode | undefined {
  const k = n?.children[key];
  if (!k) return undefined;
  for (const x of k) if ((x as Tok).image === undefined) return x as CNode;
  return undefined;
}

function toks(n: CNode | undefined, key: string): Tok[] {
  const k = n?.children[key];
  if (!k) return [];
  const out: Tok[] = [];
  for (const x of k) if ((x as Tok).image !== undefined) out.push(x as Tok);
  return out;
}

function tok(n: CNode | undefined, key: string): Tok | undefined {
  const k = n?.children[key];
  if (!k) return undefined;
  for (const x of k) if ((x as Tok).image !== undefined) return x as Tok;
  return undefined;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

const spanOfTok = (t: Tok): Span => ({ start: t.startOffset, end: t.endOffset + 1 });
const spanOf = (n: CNode): Span => ({ start: n.location.startOffset, end: n.location.endOffset + 1 });

export interface NameTok extends Span {
  readonly name: string;
}

/** A simplified Java expression. `other` stands for anything we do not interpret (its sub-expressions are kept). */
export type JExpr = Span &
  (
    | { readonly t: 'lit'; readonly value: string | number | boolean | null; readonly kind: 'string' | 'number' | 'boolean' | 'null' | 'char' }
    | { readonly t: 'name'; readonly base?: JExpr; readonly parts: readonly NameTok[] }
    | { readonly t: 'call'; readonly target?: JExpr; readonly name: NameTok; readonly args: readonly JExpr[] }
    | { readonly t: 'new'; readonly type: string; readonly args: readonly JExpr[]; readonly anon?: number }
    | { readonly t: 'this' }
    | { readonly t: 'concat'; readonly parts: readonly JExpr[] }
    | { readonly t: 'neg'; readonly operand: JExpr }
    | { readonly t: 'assign'; readonly target: JExpr; readonly value: JExpr }
    | { readonly t: 'array'; readonly items: readonly JExpr[] }
    | { readonly t: 'classlit'; readonly type: string }
    | { readonly t: 'other'; readonly what: string; readonly inner: readonly JExpr[] }
  );

/** Where an expression or declaration sits: innermost class last; `anon` is an anonymous class body's id. */
export interface Ctx {
  readonly classes: readonly string[];
  readonly method?: string;
  readonly anon?: number;
}

export interface Decl {
  readonly name: NameTok;
  readonly init?: JExpr;
  readonly field: boolean;
  readonly staticFinal: boolean;
  readonly final: boolean;
  /** Declared type's simple name (`KafkaTemplate`, `Map`), without type arguments. */
  readonly type?: string;
  readonly annotations: readonly Annotation[];
  readonly ctx: Ctx;
}

export interface AnnotationPair {
  readonly name: NameTok;
  readonly value: JExpr;
}

export interface Annotation extends Span {
  readonly name: string;
  readonly pairs: readonly AnnotationPair[];
}

export interface MethodInfo {
  readonly name: NameTok;
  readonly annotations: readonly Annotation[];
  readonly ctx: Ctx;
  readonly span: Span;
}

export interface ClassInfo {
  readonly name: NameTok;
  readonly annotations: readonly Annotation[];
  /** Enclosing classes, outermost first, this class last. */
  readonly classes: readonly string[];
  readonly span: Span;
}

export interface FileFacts {
  readonly decls: Decl[];
  readonly exprs: { readonly e: JExpr; readonly ctx: Ctx }[];
  readonly returns: { readonly e: JExpr; readonly ctx: Ctx }[];
  readonly methods: MethodInfo[];
  readonly classes: ClassInfo[];
  /** `import static a.b.Topics.ORDERS;` -> ORDERS -> Topics; `import static a.b.Topics.*;` -> `*` entries. */
  readonly staticImports: Map<string, string>;
  readonly staticStarImports: string[];
}

// ---------------------------------------------------------------------------------------------
// Literals

export function unescapeJava(body: string): string {
  return body.replace(/\\(u+[0-9a-fA-F]{4}|[0-7]{1,3}|.)/gs, (_m, e: string) => {
    if (e.startsWith('u')) return String.fromCharCode(parseInt(e.replace(/^u+/, ''), 16));
    if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
    switch (e) {
      case 'n': return '\n';
      case 't': return '\t';
      case 'r': return '\r';
      case 'b': return '\b';
      case 'f': return '\f';
      case 's': return ' ';
      case '\n': return '';
      default: return e;
    }
  });
}

function textBlockValue(image: string): string {
  const inner = image.slice(3, -3).replace(/^[ \t]*\r?\n/, '');
  const lines = inner.split(/\r?\n/);
  const indents = lines.filter((l, i) => l.trim().length > 0 || i === lines.length - 1).map((l) => /^[ \t]*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return unescapeJava(lines.map((l) => l.slice(cut).replace(/[ \t]+$/, '')).join('\n'));
}

function numberValue(image: string): number | undefined {
  let s = image.replace(/_/g, '');
  if (/^0[xX]/.test(s)) return Number.parseInt(s.replace(/[lL]$/, '').slice(2), 16);
  if (/^0[bB]/.test(s)) return Number.parseInt(s.replace(/[lL]$/, '').slice(2), 2);
  if (/^0[0-7]+[lL]?$/.test(s)) return Number.parseInt(s.replace(/[lL]$/, ''), 8);
  s = s.replace(/[lLfFdD]$/, '');
  const n = Number(s);
  return Number.isFinite(n) ? n : undefined;
}

function literal(n: CNode): JExpr {
  const sp = spanOf(n);
  const str = tok(n, 'StringLiteral');
  if (str) return { t: 'lit', kind: 'string', value: unescapeJava(str.image.slice(1, -1)), ...sp };
  const tb = tok(n, 'TextBlock');
  if (tb) return { t: 'lit', kind: 'string', value: textBlockValue(tb.image), ...sp };
  const ch = tok(n, 'CharLiteral');
  if (ch) return { t: 'lit', kind: 'char', value: unescapeJava(ch.image.slice(1, -1)), ...sp };
  if (tok(n, 'Null')) return { t: 'lit', kind: 'null', value: null, ...sp };
  const b = node(n, 'booleanLiteral');
  if (b) return { t: 'lit', kind: 'boolean', value: tok(b, 'True') !== undefined, ...sp };
  const num = node(n, 'integerLiteral') ?? node(n, 'floatingPointLiteral');
  const numTok = num ? Object.values(num.children).flat().find(isTok) : undefined;
  const v = numTok ? numberValue(numTok.image) : undefined;
  if (v !== undefined) return { t: 'lit', kind: 'number', value: v, ...sp };
  return { t: 'other', what: 'literal', inner: [], ...sp };
}

// ---------------------------------------------------------------------------------------------
// Expressions

/** Converts expressions; statements inside lambdas and anonymous class bodies go back to the walker. */
export class Converter {
  private nextAnon = 1;
  constructor(private readonly walkNested: (n: CNode, ctx: Ctx) => void) {}

  expression(n: CNode, ctx: Ctx): JExpr {
    const lambda = node(n, 'lambdaExpression');
    if (lambda) {
      const body = node(lambda, 'lambdaBody');
      if (body) this.walkNested(body, ctx);
      return { t: 'other', what: 'lambda', inner: [], ...spanOf(n) };
    }
    const cond = node(n, 'conditionalExpression');
    return cond ? this.conditional(cond, ctx) : { t: 'other', what: 'expression', inner: [], ...spanOf(n) };
  }

  conditional(n: CNode, ctx: Ctx): JExpr {
    const bins = nodes(n, 'binaryExpression');
    if (tok(n, 'QuestionMark')) {
      const inner = [...bins.map((b) => this.binary(b, ctx)), ...nodes(n, 'expression').map((e) => this.expression(e, ctx))];
      return { t: 'other', what: 'conditional expression', inner, ...spanOf(n) };
    }
    const b = bins[0];
    return b ? this.binary(b, ctx) : { t: 'other', what: 'expression', inner: [], ...spanOf(n) };
  }

  private binary(n: CNode, ctx: Ctx): JExpr {
    const unaries = nodes(n, 'unaryExpression').map((u) => this.unary(u, ctx));
    const assign = tok(n, 'AssignmentOperator');
    const rhs = node(n, 'expression');
    if (assign && rhs && unaries[0]) {
      const value = this.expression(rhs, ctx);
      if (assign.image === '=') return { t: 'assign', target: unaries[0], value, ...spanOf(n) };
      return { t: 'other', what: 'compound assignment', inner: [unaries[0], value], ...spanOf(n) };
    }
    const ops = toks(n, 'BinaryOperator');
    const extra = nodes(n, 'expression').map((e) => this.expression(e, ctx));
    if (ops.length === 0 && unaries.length === 1 && extra.length === 0 && !tok(n, 'Instanceof')) return unaries[0]!;
    if (ops.length > 0 && ops.every((o) => o.image === '+') && unaries.length === ops.length + 1 && extra.length === 0 && !n.children['shiftOperator']) {
      return { t: 'concat', parts: unaries, ...spanOf(n) };
    }
    return { t: 'other', what: 'expression', inner: [...unaries, ...extra], ...spanOf(n) };
  }

  private unary(n: CNode, ctx: Ctx): JExpr {
    const prim = node(n, 'primary');
    const inner: JExpr = prim ? this.primary(prim, ctx) : { t: 'other', what: 'expression', inner: [], ...spanOf(n) };
    const pre = toks(n, 'UnaryPrefixOperator').concat(toks(n, 'UnaryPrefixOperatorNotPlusMinus'));
    if (toks(n, 'UnarySuffixOperator').length > 0) return { t: 'other', what: 'increment', inner: [inner], ...spanOf(n) };
    if (pre.length === 0) return inner;
    if (pre.length === 1 && pre[0]!.image === '-') return { t: 'neg', operand: inner, ...spanOf(n) };
    if (pre.length === 1 && pre[0]!.image === '+') return inner;
    return { t: 'other', what: 'unary expression', inner: [inner], ...spanOf(n) };
  }

  private args(suffix: CNode | undefined, ctx: Ctx): JExpr[] {
    const list = node(suffix, 'argumentList');
    return nodes(list, 'expression').map((e) => this.expression(e, ctx));
  }

  private newExpr(n: CNode, ctx: Ctx): JExpr {
    const uq = node(n, 'unqualifiedClassInstanceCreationExpression');
    if (uq) return this.instanceCreation(uq, ctx);
    const arr = node(n, 'arrayCreationExpression');
    const init = node(node(arr, 'arrayCreationWithInitializerSuffix'), 'arrayInitializer');
    if (init) return this.arrayInit(init, ctx);
    return { t: 'other', what: 'array creation', inner: [], ...spanOf(n) };
  }

  private instanceCreation(uq: CNode, ctx: Ctx): JExpr {
    const type = toks(node(uq, 'classOrInterfaceTypeToInstantiate'), 'Identifier');
    const args = this.args(uq, ctx);
    const body = node(uq, 'classBody');
    let anon: number | undefined;
    if (body) {
      anon = this.nextAnon++;
      this.walkNested(body, { classes: ctx.classes, ...(ctx.method !== undefined ? { method: ctx.method } : {}), anon });
    }
    return { t: 'new', type: type[type.length - 1]?.image ?? '?', args, ...(anon !== undefined ? { anon } : {}), ...spanOf(uq) };
  }

  arrayInit(n: CNode, ctx: Ctx): JExpr {
    const items = nodes(node(n, 'variableInitializerList'), 'variableInitializer').map((v) => this.variableInitializer(v, ctx));
    return { t: 'array', items, ...spanOf(n) };
  }

  variableInitializer(n: CNode, ctx: Ctx): JExpr {
    const e = node(n, 'expression');
    if (e) return this.expression(e, ctx);
    const a = node(n, 'arrayInitializer');
    if (a) return this.arrayInit(a, ctx);
    return { t: 'other', what: 'initializer', inner: [], ...spanOf(n) };
  }

  elementValue(n: CNode, ctx: Ctx): JExpr {
    const c = node(n, 'conditionalExpression');
    if (c) return this.conditional(c, ctx);
    const arr = node(n, 'elementValueArrayInitializer');
    if (arr) {
      const items = nodes(node(arr, 'elementValueList'), 'elementValue').map((v) => this.elementValue(v, ctx));
      return { t: 'array', items, ...spanOf(n) };
    }
    return { t: 'other', what: 'annotation', inner: [], ...spanOf(n) };
  }

  private primary(n: CNode, ctx: Ctx): JExpr {
    const prefix = node(n, 'primaryPrefix');
    const start = n.location.startOffset;
    let cur: JExpr | undefined;
    let names: NameTok[] = [];
    const nameTok = (t: Tok): NameTok => ({ name: t.image, ...spanOfTok(t) });
    const flush = (): void => {
      if (names.length === 0) return;
      const last = names[names.length - 1]!;
      cur = { t: 'name', ...(cur ? { base: cur } : {}), parts: names, start: cur ? cur.start : names[0]!.start, end: last.end };
      names = [];
    };
    if (prefix) {
      const lit = node(prefix, 'literal');
      const fqn = node(prefix, 'fqnOrRefType');
      const cast = node(prefix, 'castExpression');
      const paren = node(prefix, 'parenthesisExpression');
      const nw = node(prefix, 'newExpression');
      if (lit) cur = literal(lit);
      else if (tok(prefix, 'This')) cur = { t: 'this', ...spanOf(prefix) };
      else if (fqn) {
        const parts = [...nodes(fqn, 'fqnOrRefTypePartFirst'), ...nodes(fqn, 'fqnOrRefTypePartRest')];
        for (const p of parts) {
          const common = node(p, 'fqnOrRefTypePartCommon');
          const id = tok(common, 'Identifier') ?? tok(common, 'Super');
          if (id) names.push(nameTok(id));
        }
        names.sort((a, b) => a.start - b.start);
      } else if (cast) {
        const c = node(cast, 'primitiveCastExpression') ?? node(cast, 'referenceTypeCastExpression');
        const u = node(c, 'unaryExpression') ?? node(c, 'unaryExpressionNotPlusMinus');
        cur = u ? this.unary(u, ctx) : { t: 'other', what: 'cast', inner: [], ...spanOf(prefix) };
      } else if (paren) {
        const e = node(paren, 'expression');
        cur = e ? this.expression(e, ctx) : { t: 'other', what: 'expression', inner: [], ...spanOf(prefix) };
      } else if (nw) cur = this.newExpr(nw, ctx);
      else cur = { t: 'other', what: 'expression', inner: [], ...spanOf(prefix) };
    }
    for (const s of nodes(n, 'primarySuffix')) {
      const inv = node(s, 'methodInvocationSuffix');
      const id = tok(s, 'Identifier');
      if (inv) {
        const method = names.pop();
        flush();
        const args = this.args(inv, ctx);
        if (!method) {
          cur = { t: 'other', what: 'call', inner: cur ? [cur, ...args] : args, start, end: spanOf(inv).end };
        } else {
          cur = { t: 'call', ...(cur ? { target: cur } : {}), name: method, args, start, end: spanOf(inv).end };
        }
      } else if (id && tok(s, 'Dot')) {
        names.push(nameTok(id));
      } else if (node(s, 'classLiteralSuffix')) {
        const type = names.map((x) => x.name).join('.');
        names = [];
        cur = { t: 'classlit', type, start, end: spanOf(s).end };
      } else {
        flush();
        const uq = node(s, 'unqualifiedClassInstanceCreationExpression');
        const inner = uq ? [this.instanceCreation(uq, ctx)] : [];
        cur = { t: 'other', what: 'expression', inner: cur ? [cur, ...inner] : inner, start, end: spanOf(s).end };
      }
    }
    flush();
    return cur ?? { t: 'other', what: 'expression', inner: [], ...spanOf(n) };
  }
}

// ---------------------------------------------------------------------------------------------
// Walking a compilation unit

function annotationsOf(mods: CNode[], conv: Converter, ctx: Ctx): Annotation[] {
  const out: Annotation[] = [];
  for (const m of mods) {
    for (const a of nodes(m, 'annotation')) out.push(annotation(a, conv, ctx));
  }
  return out;
}

function annotation(a: CNode, conv: Converter, ctx: Ctx): Annotation {
  const ids = toks(node(a, 'typeName'), 'Identifier');
  const name = ids[ids.length - 1]?.image ?? '?';
  const pairs: AnnotationPair[] = [];
  for (const p of nodes(node(a, 'elementValuePairList'), 'elementValuePair')) {
    const id = tok(p, 'Identifier');
    const v = node(p, 'elementValue');
    if (id && v) pairs.push({ name: { name: id.image, ...spanOfTok(id) }, value: conv.elementValue(v, ctx) });
  }
  const single = node(a, 'elementValue');
  if (single) pairs.push({ name: { name: 'value', ...spanOf(single) }, value: conv.elementValue(single, ctx) });
  return { name, pairs, ...spanOf(a) };
}

function typeName(unannType: CNode | undefined): string | undefined {
  if (!unannType) return undefined;
  const ct = node(node(node(unannType, 'unannReferenceType'), 'unannClassOrInterfaceType'), 'unannClassType');
  const ids = toks(ct, 'Identifier');
  return ids[ids.length - 1]?.image;
}

/**
 * Method bodies whose text has none of these cannot hold anything the Kafka reader uses (their locals
 * are invisible elsewhere), so they are not converted: most code in a service is skipped cheaply.
 */
const INTERESTING_BODY = /\.put(All|IfAbsent)?\s*\(|\bput\s*\(|setProperty|Kafka|ProducerRecord|subscribe\s*\(|\.send\w*\s*\(|TopicBuilder|NewTopic|Map\.of|Map\s*<|Map\s*\(|Properties|\.to\s*\(|\.(stream|table|globalTable)\s*\(\s*[^)\s]|Admin|Config\b|Config\./;

export function collectFacts(cu: CNode, text?: string): FileFacts {
  const collector = new FactCollector(text);
  collector.walk(cu, { classes: [] });
  return collector.facts;
}

/** What a declaration's modifiers and type say about the variables it declares. */
interface DeclaratorMods {
  field: boolean;
  staticFinal: boolean;
  final: boolean;
  type?: string;
  annotations: Annotation[];
}

/**
 * One walk over a compilation unit, recording what the Kafka reader uses: declarations, expressions,
 * returns, methods, classes and static imports. Expressions are converted (`Converter`) as they are met;
 * lambdas and anonymous classes inside them are walked back through `walk`.
 */
class FactCollector {
  readonly facts: FileFacts = {
    decls: [],
    exprs: [],
    returns: [],
    methods: [],
    classes: [],
    staticImports: new Map(),
    staticStarImports: [],
  };
  private readonly conv = new Converter((n, ctx) => this.walk(n, ctx));
  private readonly text: string | undefined;

  constructor(text: string | undefined) {
    this.text = text;
  }

  walk(n: CNode, ctx: Ctx): void {
    switch (n.name) {
      case 'importDeclaration':
        return this.staticImport(n);
      case 'classDeclaration':
      case 'interfaceDeclaration':
        return this.typeDeclaration(n, ctx);
      case 'fieldDeclaration':
        return this.fieldDeclaration(n, ctx);
      case 'constantDeclaration': {
        const type = typeName(node(n, 'unannType'));
        return this.declarators(node(n, 'variableDeclaratorList'), ctx, { field: true, staticFinal: true, final: true, ...(type ? { type } : {}), annotations: [] });
      }
      case 'localVariableDeclaration':
        return this.localVariableDeclaration(n, ctx);
      case 'methodDeclaration':
      case 'interfaceMethodDeclaration':
        return this.methodDeclaration(n, ctx);
      case 'constructorDeclaration': {
        for (const b of nodes(n, 'constructorBody')) if (this.interesting(b)) this.walk(b, { classes: ctx.classes, method: '<init>' });
        return;
      }
      case 'returnStatement':
        return this.returnStatement(n, ctx);
      case 'expression': {
        this.facts.exprs.push({ e: this.conv.expression(n, ctx), ctx });
        return;
      }
      case 'annotation':
        return;
      default:
        for (const list of Object.values(n.children)) {
          for (const c of list) if (!isTok(c)) this.walk(c, ctx);
        }
    }
  }

  /** Whether a method body is worth converting (`INTERESTING_BODY`); every body is when the text is not given. */
  private interesting(b: CNode): boolean {
    return this.text === undefined || INTERESTING_BODY.test(this.text.slice(b.location.startOffset, b.location.endOffset + 1));
  }

  /** `import static a.B.c;` and `import static a.B.*;` (ordinary imports name no constant). */
  private staticImport(n: CNode): void {
    if (!tok(n, 'Static')) return;
    const ids = toks(node(n, 'packageOrTypeName'), 'Identifier');
    if (tok(n, 'Star')) {
      const cls = ids[ids.length - 1];
      if (cls) this.facts.staticStarImports.push(cls.image);
    } else if (ids.length >= 2) {
      this.facts.staticImports.set(ids[ids.length - 1]!.image, ids[ids.length - 2]!.image);
    }
  }

  /** A class, enum, record, interface or annotation interface: recorded, then its body walked inside it. */
  private typeDeclaration(n: CNode, ctx: Ctx): void {
    const isClass = n.name === 'classDeclaration';
    const mods = nodes(n, isClass ? 'classModifier' : 'interfaceModifier');
    const kinds: readonly [string, string][] = isClass
      ? [['normalClassDeclaration', 'classBody'], ['enumDeclaration', 'enumBody'], ['recordDeclaration', 'recordBody']]
      : [['normalInterfaceDeclaration', 'interfaceBody'], ['annotationInterfaceDeclaration', 'annotationInterfaceBody']];
    for (const [declKey, bodyKey] of kinds) {
      const decl = node(n, declKey);
      if (decl) return this.classBody(decl, node(decl, 'typeIdentifier'), mods, ctx, bodyKey);
    }
  }

  private classBody(decl: CNode, nameNode: CNode | undefined, mods: CNode[], ctx: Ctx, bodyKey: string): void {
    const id = tok(nameNode, 'Identifier');
    if (!id) return;
    const classes = [...ctx.classes, id.image];
    const inner: Ctx = { classes };
    this.facts.classes.push({ name: { name: id.image, ...spanOfTok(id) }, annotations: annotationsOf(mods, this.conv, inner), classes, span: spanOf(decl) });
    for (const b of nodes(decl, bodyKey)) this.walk(b, inner);
  }

  private fieldDeclaration(n: CNode, ctx: Ctx): void {
    const mods = nodes(n, 'fieldModifier');
    const isStatic = mods.some((m) => tok(m, 'Static'));
    const isFinal = mods.some((m) => tok(m, 'Final'));
    const type = typeName(node(n, 'unannType'));
    this.declarators(node(n, 'variableDeclaratorList'), ctx, {
      field: true,
      staticFinal: isStatic && isFinal,
      final: isFinal,
      ...(type ? { type } : {}),
      annotations: annotationsOf(mods, this.conv, ctx),
    });
  }

  private localVariableDeclaration(n: CNode, ctx: Ctx): void {
    const mods = nodes(n, 'variableModifier');
    const type = typeName(node(node(n, 'localVariableType'), 'unannType'));
    this.declarators(node(n, 'variableDeclaratorList'), ctx, {
      field: false,
      staticFinal: false,
      final: mods.some((m) => tok(m, 'Final')),
      ...(type ? { type } : {}),
      annotations: [],
    });
  }

  private declarators(list: CNode | undefined, ctx: Ctx, mods: DeclaratorMods): void {
    for (const d of nodes(list, 'variableDeclarator')) {
      const id = tok(node(d, 'variableDeclaratorId'), 'Identifier');
      const init = node(d, 'variableInitializer');
      const e = init ? this.conv.variableInitializer(init, ctx) : undefined;
      if (!id) continue;
      this.facts.decls.push({ name: { name: id.image, ...spanOfTok(id) }, ...(e ? { init: e } : {}), ...mods, ctx });
      if (e) this.facts.exprs.push({ e, ctx });
    }
  }

  /** A method: recorded with its annotations; its body walked when it may hold anything of Kafka's. */
  private methodDeclaration(n: CNode, ctx: Ctx): void {
    const mods = nodes(n, n.name === 'methodDeclaration' ? 'methodModifier' : 'interfaceMethodModifier');
    const header = node(n, 'methodHeader');
    const id = tok(node(header, 'methodDeclarator'), 'Identifier');
    const mctx: Ctx = { classes: ctx.classes, ...(id ? { method: id.image } : {}) };
    if (id) this.facts.methods.push({ name: { name: id.image, ...spanOfTok(id) }, annotations: annotationsOf(mods, this.conv, mctx), ctx: mctx, span: spanOf(n) });
    for (const b of nodes(n, 'methodBody')) if (this.interesting(b)) this.walk(b, mctx);
  }

  private returnStatement(n: CNode, ctx: Ctx): void {
    const e = node(n, 'expression');
    if (!e) return;
    const x = this.conv.expression(e, ctx);
    this.facts.returns.push({ e: x, ctx });
    this.facts.exprs.push({ e: x, ctx });
  }
}

/** Every sub-expression, parents before children. */
export function* subExpressions(e: JExpr): Generator<JExpr> {
  yield e;
  switch (e.t) {
    case 'name':
      if (e.base) yield* subExpressions(e.base);
      break;
    case 'call':
      if (e.target) yield* subExpressions(e.target);
      for (const a of e.args) yield* subExpressions(a);
      break;
    case 'new':
      for (const a of e.args) yield* subExpressions(a);
      break;
    case 'concat':
      for (const a of e.parts) yield* subExpressions(a);
      break;
    case 'neg':
      yield* subExpressions(e.operand);
      break;
    case 'assign':
      yield* subExpressions(e.target);
      yield* subExpressions(e.value);
      break;
    case 'array':
      for (const a of e.items) yield* subExpressions(a);
      break;
    case 'other':
      for (const a of e.inner) yield* subExpressions(a);
      break;
    default:
      break;
  }
}
