/**
 * A light HCL syntax tree built from the tree-sitter CST, with UTF-16 offsets into the file text.
 * Converting once lets the tree-sitter tree be freed at once and keeps evaluation simple.
 */
import type { Node, Parser } from 'web-tree-sitter';
import { excerpt } from '../../util/excerpt.js';

export interface Span {
  readonly start: number;
  readonly end: number;
}

export type Step =
  | { readonly k: 'attr'; readonly name: string }
  | { readonly k: 'index'; readonly index: Expr }
  | { readonly k: 'splat' };

export interface ObjectEntry extends Span {
  /** The key as written when it is a bare identifier or a literal string; undefined when computed. */
  readonly name?: string;
  readonly key: Expr;
  readonly value: Expr;
}

export type Expr = Span &
  (
    | { readonly k: 'lit'; readonly value: string | number | boolean | null }
    /** A template with at least one interpolation (or directive, kept as `other`). */
    | { readonly k: 'template'; readonly parts: readonly (string | Expr)[] }
    | { readonly k: 'tuple'; readonly items: readonly Expr[] }
    | { readonly k: 'object'; readonly entries: readonly ObjectEntry[] }
    | { readonly k: 'var'; readonly name: string }
    | { readonly k: 'get'; readonly base: Expr; readonly steps: readonly Step[] }
    | { readonly k: 'call'; readonly name: string; readonly args: readonly Expr[]; readonly expand: boolean }
    | { readonly k: 'cond'; readonly cond: Expr; readonly then: Expr; readonly else: Expr }
    | {
        readonly k: 'for';
        readonly object: boolean;
        readonly keyVar?: string;
        readonly valueVar: string;
        readonly collection: Expr;
        readonly key?: Expr;
        readonly value: Expr;
        readonly grouped: boolean;
        readonly cond?: Expr;
      }
    /** Anything not evaluated statically: operators, splats, directives, syntax errors. */
    | { readonly k: 'other'; readonly what: string }
  );

export interface Attribute extends Span {
  readonly name: string;
  readonly nameSpan: Span;
  readonly expr: Expr;
  /** The attribute contains a syntax error: its value is not trusted. */
  readonly broken: boolean;
}

export interface Block extends Span {
  readonly type: string;
  readonly labels: readonly ({ readonly value: string } & Span)[];
  readonly body: Body;
}

export interface Body {
  readonly attributes: readonly Attribute[];
  readonly blocks: readonly Block[];
}

export interface SyntaxProblem extends Span {
  readonly message: string;
}

export interface HclFile {
  readonly body: Body;
  /** The first ERROR or MISSING node, when the file has a syntax error. */
  readonly error?: SyntaxProblem;
}

const span = (n: Node): Span => ({ start: n.startIndex, end: n.endIndex });

/** The text being converted; set by `parseHcl`, which is synchronous and the only entry point. */
let text = '';

/** Named children, without comments and error nodes. */
function kids(n: Node): Node[] {
  return n.namedChildren.filter((c) => c.type !== 'comment' && c.type !== 'ERROR');
}

const ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** Unescape the literal part of a quoted template: `\n`, `\"`, `\uNNNN`, `$${`, `%%{`. */
export function unescapeLiteral(s: string, quoted: boolean): string {
  let out = s.replace(/\$\$\{/g, '${').replace(/%%\{/g, '%{');
  if (quoted) {
    out = out.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (m, e: string) => {
      if (e.length > 1) return String.fromCodePoint(parseInt(e.slice(1), 16));
      return ESCAPES[e] ?? m;
    });
  }
  return out;
}

/**
 * Literal text and interpolations of a quoted string or heredoc. The literal text is taken from the
 * source between the interpolations: the grammar's `template_literal` nodes leave out the whitespace
 * next to an interpolation (`" x ${y} z "`).
 */
function templateParts(n: Node): (string | Expr)[] {
  const children = n.children;
  const quoted = n.type !== 'heredoc_template';
  let from: number;
  let to: number;
  let indent = 0;
  if (quoted) {
    const open = children.find((c) => c.type === 'quoted_template_start');
    const close = children.find((c) => c.type === 'quoted_template_end');
    from = open ? open.endIndex : n.startIndex;
    to = close && !close.isMissing ? close.startIndex : n.endIndex;
  } else {
    const ids = children.filter((c) => c.type === 'heredoc_identifier');
    const afterOpen = ids[0] ? text.indexOf('\n', ids[0].endIndex) : -1;
    from = afterOpen < 0 ? n.endIndex : afterOpen + 1;
    const closeId = ids.length > 1 ? ids[ids.length - 1]! : undefined;
    to = closeId ? text.lastIndexOf('\n', closeId.startIndex - 1) + 1 : n.endIndex;
    if (to < from) to = from;
    if (children.some((c) => c.type === 'heredoc_start' && c.text === '<<-')) {
      const lines = text.slice(from, to).split('\n').filter((l) => l.trim().length > 0);
      indent = lines.length ? Math.min(...lines.map((l) => /^[ \t]*/.exec(l)![0].length)) : 0;
    }
  }
  const parts: (string | Expr)[] = [];
  const literal = (a: number, b: number) => {
    if (b <= a) return;
    let s = unescapeLiteral(text.slice(a, b), quoted);
    if (indent > 0) {
      const strip = new RegExp(`(^|\\n)[ \\t]{0,${indent}}`, 'g');
      s = a === from ? s.replace(strip, '$1') : s.replace(strip, (m, nl: string) => (nl ? nl : m));
    }
    const last = parts[parts.length - 1];
    if (typeof last === 'string') parts[parts.length - 1] = last + s;
    else parts.push(s);
  };
  let at = from;
  for (const c of children) {
    if (c.type !== 'template_interpolation' && c.type !== 'template_directive') continue;
    literal(at, c.startIndex);
    if (c.type === 'template_interpolation') {
      const e = c.namedChildren.find((x) => x.type === 'expression');
      parts.push(e ? expr(e) : { k: 'other', what: 'an empty interpolation', ...span(c) });
    } else parts.push({ k: 'other', what: 'a template directive (%{ ... })', ...span(c) });
    at = c.endIndex;
  }
  literal(at, to);
  return parts;
}

function template(n: Node): Expr {
  const parts = templateParts(n);
  if (parts.every((p) => typeof p === 'string')) return { k: 'lit', value: parts.join(''), ...span(n) };
  return { k: 'template', parts, ...span(n) };
}

function literal(n: Node): Expr {
  const c = kids(n)[0];
  if (!c) return { k: 'other', what: 'an incomplete literal', ...span(n) };
  switch (c.type) {
    case 'numeric_lit':
      // Valued from the original text: an exponent literal was parsed as digits (see parseHcl).
      return { k: 'lit', value: Number(text ? text.slice(c.startIndex, c.endIndex) : c.text), ...span(n) };
    case 'bool_lit':
      return { k: 'lit', value: c.text === 'true', ...span(n) };
    case 'null_lit':
      return { k: 'lit', value: null, ...span(n) };
    case 'string_lit':
      return template(c);
    default:
      return { k: 'other', what: c.type, ...span(n) };
  }
}

function step(n: Node): Step | undefined {
  switch (n.type) {
    case 'get_attr': {
      const id = kids(n)[0];
      return id ? { k: 'attr', name: id.text } : undefined;
    }
    case 'index': {
      const c = kids(n)[0];
      if (c?.type === 'legacy_index') return { k: 'index', index: { k: 'lit', value: Number(c.text.slice(1)), ...span(c) } };
      const e = c ? kids(c)[0] : undefined;
      return e ? { k: 'index', index: expr(e) } : undefined;
    }
    case 'splat':
      return { k: 'splat' };
    default:
      return undefined;
  }
}

function forExpr(n: Node): Expr {
  const f = kids(n)[0];
  if (!f) return { k: 'other', what: 'a for expression', ...span(n) };
  const object = f.type === 'for_object_expr';
  const parts = kids(f);
  const intro = parts.find((p) => p.type === 'for_intro');
  const ids = intro ? kids(intro).filter((p) => p.type === 'identifier') : [];
  const coll = intro ? kids(intro).find((p) => p.type === 'expression') : undefined;
  const bodies = parts.filter((p) => p.type === 'expression');
  const condNode = parts.find((p) => p.type === 'for_cond');
  const condExpr = condNode ? kids(condNode)[0] : undefined;
  const value = bodies[object ? 1 : 0];
  if (!coll || ids.length === 0 || !value || (object && !bodies[0])) return { k: 'other', what: 'a for expression', ...span(n) };
  const two = ids.length > 1;
  return {
    k: 'for',
    object,
    ...(two ? { keyVar: ids[0]!.text } : {}),
    valueVar: ids[two ? 1 : 0]!.text,
    collection: expr(coll),
    ...(object ? { key: expr(bodies[0]!) } : {}),
    value: expr(value),
    grouped: f.children.some((c) => c.type === 'ellipsis'),
    ...(condExpr ? { cond: expr(condExpr) } : {}),
    ...span(n),
  };
}

function primary(n: Node): Expr {
  switch (n.type) {
    case 'expression':
      return expr(n);
    case 'literal_value':
      return literal(n);
    case 'template_expr': {
      const t = kids(n)[0];
      if (!t) return { k: 'other', what: 'a template', ...span(n) };
      return template(t);
    }
    case 'variable_expr':
      return { k: 'var', name: n.text, ...span(n) };
    case 'collection_value': {
      const c = kids(n)[0];
      if (c?.type === 'tuple') return { k: 'tuple', items: kids(c).filter((x) => x.type === 'expression').map(expr), ...span(n) };
      if (c?.type === 'object') return { k: 'object', entries: kids(c).filter((x) => x.type === 'object_elem').map(objectEntry), ...span(n) };
      return { k: 'other', what: 'a collection', ...span(n) };
    }
    case 'function_call': {
      const parts = kids(n);
      const args = parts.find((p) => p.type === 'function_arguments');
      return {
        k: 'call',
        name: parts[0]?.text ?? '',
        args: args ? kids(args).filter((a) => a.type === 'expression').map(expr) : [],
        expand: args ? args.children.some((a) => a.type === 'ellipsis') : false,
        ...span(n),
      };
    }
    case 'conditional': {
      const [c, t, e] = kids(n);
      if (!c || !t || !e) return { k: 'other', what: 'a conditional', ...span(n) };
      return { k: 'cond', cond: expr(c), then: expr(t), else: expr(e), ...span(n) };
    }
    case 'for_expr':
      return forExpr(n);
    case 'operation': {
      const u = kids(n)[0];
      const operand = u?.type === 'unary_operation' ? kids(u)[0] : undefined;
      if (u && operand?.type === 'literal_value' && u.text.trimStart().startsWith('-')) {
        const lit = literal(operand);
        if (lit.k === 'lit' && typeof lit.value === 'number') return { k: 'lit', value: -lit.value, ...span(n) };
      }
      return { k: 'other', what: 'an operator expression', ...span(n) };
    }
    default:
      return { k: 'other', what: n.type, ...span(n) };
  }
}

export function expr(n: Node): Expr {
  if (n.type !== 'expression') return primary(n);
  const parts = kids(n);
  const first = parts[0];
  if (!first) return { k: 'other', what: 'an incomplete expression', ...span(n) };
  const base = primary(first);
  if (parts.length === 1) return n.text.startsWith('(') ? { ...base, start: n.startIndex, end: n.endIndex } : base;
  const steps: Step[] = [];
  for (const p of parts.slice(1)) {
    const s = step(p);
    if (!s) return { k: 'other', what: 'an expression', ...span(n) };
    steps.push(s);
  }
  return { k: 'get', base, steps, ...span(n) };
}

function objectEntry(n: Node): ObjectEntry {
  // Children are `key = val` (or `key: val`): the two expressions, in order.
  const [keyNode, valNode] = kids(n).filter((c) => c.type === 'expression');
  const key: Expr = keyNode ? expr(keyNode) : { k: 'other', what: 'a missing key', ...span(n) };
  const value: Expr = valNode ? expr(valNode) : { k: 'other', what: 'a missing value', ...span(n) };
  // A bare identifier key is a string (`retention_ms = ...`); `(var.x)` is computed.
  const parenthesised = keyNode?.text.startsWith('(') ?? false;
  const name = parenthesised ? undefined : key.k === 'var' ? key.name : key.k === 'lit' && typeof key.value === 'string' ? key.value : undefined;
  return { ...(name !== undefined ? { name } : {}), key, value, ...span(n) };
}

/** An attribute followed on its own line by an error (`partitions = 3 3`) is not trusted. */
function markBroken(attributes: Attribute[], errors: readonly Node[]): void {
  for (const err of errors) {
    for (let i = attributes.length - 1; i >= 0; i--) {
      const a = attributes[i]!;
      if (a.end > err.startIndex) continue;
      if (!/[\r\n]/.test(text.slice(a.end, err.startIndex))) attributes[i] = { ...a, broken: true };
      break;
    }
  }
}

function body(n: Node | undefined, trailingErrors: readonly Node[] = []): Body {
  const attributes: Attribute[] = [];
  const blocks: Block[] = [];
  if (!n) return { attributes, blocks };
  for (const c of n.namedChildren) {
    if (c.type === 'attribute') {
      const parts = kids(c);
      const id = parts[0];
      const e = parts.find((p) => p.type === 'expression');
      if (!id) continue;
      attributes.push({
        name: id.text,
        nameSpan: span(id),
        expr: e ? expr(e) : { k: 'other', what: 'a syntax error', ...span(c) },
        broken: c.hasError || !e,
        ...span(c),
      });
    } else if (c.type === 'block') {
      const parts = c.namedChildren.filter((p) => p.type !== 'comment');
      const id = parts[0];
      if (!id || id.type !== 'identifier') continue;
      const labels = parts
        .slice(1)
        .filter((p) => p.type === 'string_lit' || p.type === 'identifier')
        .map((p) => ({ value: p.type === 'string_lit' ? templateParts(p).filter((x) => typeof x === 'string').join('') : p.text, ...span(p) }));
      const errors = parts.filter((p) => p.type === 'ERROR');
      blocks.push({ type: id.text, labels, body: body(parts.find((p) => p.type === 'body'), errors), ...span(c) });
    }
  }
  markBroken(attributes, [...n.namedChildren.filter((c) => c.type === 'ERROR'), ...trailingErrors]);
  return { attributes, blocks };
}

/** The first ERROR or MISSING node in document order. */
function firstError(root: Node, text: string): SyntaxProblem | undefined {
  const visit = (n: Node): SyntaxProblem | undefined => {
    if (n.isMissing) {
      return { message: `HCL syntax error: missing ${JSON.stringify(n.type)}`, start: n.startIndex, end: n.startIndex };
    }
    if (n.isError) {
      const lineEnd = text.slice(n.startIndex, n.endIndex).search(/[\r\n]/);
      const end = lineEnd < 0 ? n.endIndex : n.startIndex + lineEnd;
      // A short excerpt of the file only (src/util/excerpt.ts): the line may hold a credential.
      const snippet = excerpt(text.slice(n.startIndex, Math.min(end, n.startIndex + 40)).trim());
      return { message: `HCL syntax error: unexpected ${snippet ? `"${snippet}"` : 'input'}`, start: n.startIndex, end: Math.max(end, n.startIndex) };
    }
    for (const c of n.children) {
      if (c.hasError || c.isMissing) {
        const found = visit(c);
        if (found) return found;
      }
    }
    return undefined;
  };
  return root.hasError ? visit(root) : undefined;
}

/**
 * An HCL number with an exponent and no fraction (`1e+06`, `2E3`): valid HCL (hclsyntax's NumberLit,
 * and what `terraform fmt` keeps), but the tree-sitter grammar takes an exponent only after a fraction
 * (`1.5e+3`). Not inside a word, a quoted string's first character or a dotted name.
 */
const EXPONENT_INTEGER = /(?<![\w."$])\d+[eE][+-]?\d+(?![\w.])/g;

/**
 * The text tree-sitter parses: each exponent integer replaced by a run of digits of the same length,
 * so every offset is unchanged; `literal` reads its value from the original text.
 */
export function hclParseText(source: string): string {
  return /\d[eE][+-]?\d/.test(source) ? source.replace(EXPONENT_INTEGER, (m) => '0'.repeat(m.length)) : source;
}

/** Parse HCL text into the light tree; the tree-sitter tree is freed before returning. */
export function parseHcl(parser: Parser, source: string): HclFile {
  const tree = parser.parse(hclParseText(source));
  if (!tree) return { body: { attributes: [], blocks: [] }, error: { message: 'HCL syntax error: the file could not be parsed', start: 0, end: 0 } };
  text = source;
  try {
    const root = tree.rootNode;
    const error = firstError(root, source);
    const b = kids(root).find((c) => c.type === 'body');
    return { body: body(b), ...(error ? { error } : {}) };
  } finally {
    text = '';
    tree.delete();
  }
}
