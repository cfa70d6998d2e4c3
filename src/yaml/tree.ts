/**
 * A small, format-neutral YAML tree with source offsets. Adapters read this instead of the `yaml`
 * package's node classes, so the parse path can change (a lighter CST reader, a worker) without
 * touching any adapter.
 */
import { Composer, CST, isAlias, isMap, isPair, isScalar, isSeq, Parser, type Document, type Node as YamlNode } from 'yaml';
import { collectScalarRanges, UNUSUAL_LINE_BREAK, unusualLineBreakErrors } from './line-breaks.js';
import { excerpt, yamlErrorMessage } from '../util/excerpt.js';
import { append } from '../util/append.js';

export interface YScalar {
  readonly type: 'scalar';
  /** The resolved value under the YAML 1.2 core schema. */
  readonly value: string | number | boolean | null;
  /** The text as written, without quotes for quoted scalars. */
  readonly raw: string;
  readonly quoted: boolean;
  readonly start: number;
  readonly end: number;
}

export interface YPair {
  /** The key as a string (`String(value)` of a scalar key; complex keys are stringified). */
  readonly key: string;
  readonly keyNode: YNode;
  /** `undefined` for `key:` with nothing after it. */
  readonly value: YNode | undefined;
  readonly start: number;
  readonly end: number;
}

export interface YMap {
  readonly type: 'map';
  readonly pairs: readonly YPair[];
  readonly start: number;
  readonly end: number;
}

export interface YSeq {
  readonly type: 'seq';
  readonly items: readonly YNode[];
  readonly start: number;
  readonly end: number;
}

export type YNode = YScalar | YMap | YSeq;

export interface YDocument {
  readonly root: YNode | undefined;
  /** Offsets of the document within the file. */
  readonly start: number;
  readonly end: number;
}

export interface YParseError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

export interface YFile {
  readonly documents: readonly YDocument[];
  readonly errors: readonly YParseError[];
}

/** Most aliases a file may use before it is treated as an alias bomb. */
const MAX_ALIASES = 1000;
/** Deepest nesting we walk; deeper content is cut off with an error rather than a stack overflow. */
const MAX_DEPTH = 200;
/** Nodes past MAX_DEPTH reported one by one in a document (a wide node there would give one error per child). */
const MAX_DEEP_REPORTS = 10;
/**
 * Most nodes the aliases of one document may stand for once expanded. A "billion laughs" file needs
 * only a few dozen aliases (each doubling or nonupling the one before), so counting aliases is not
 * enough: anything that walks the tree as plain data (toJS for the JSON Schema check) would expand
 * them. Aliases whose expansion would go past this are cut off with an ALIAS_BOMB error.
 */
const MAX_ALIAS_EXPANSION = 100_000;

class Converter {
  aliases = 0;
  /** Nodes the aliases so far expand to. */
  expanded = 0;
  errors: YParseError[] = [];
  /** Keys written twice in one mapping (the yaml package reports them without naming the key). */
  readonly duplicates: { key: string; start: number; end: number }[] = [];
  private readonly cache = new Map<YamlNode, YNode | undefined>();
  /** Expanded size (nodes, aliases counted as their target) of each converted collection and scalar. */
  private readonly sizes = new WeakMap<YNode, number>();

  private sizeOf(n: YNode | undefined): number {
    return n ? (this.sizes.get(n) ?? 1) : 0;
  }

  private aliasBomb(range: readonly number[] | undefined, what: string): undefined {
    if (!this.errors.some((e) => e.code === 'ALIAS_BOMB')) {
      const r = range ?? [0, 0];
      this.errors.push({ message: `${what}; treated as an alias bomb ("billion laughs") and not expanded`, start: r[0] ?? 0, end: r[1] ?? 0, code: 'ALIAS_BOMB' });
    }
    return undefined;
  }

  /** @param cuts where each collection cut from the CST ended (cutDeepNesting), to report its whole extent */
  constructor(
    private readonly doc: Document.Parsed,
    private readonly cuts: ReadonlyMap<number, number> = new Map(),
  ) {}

  /** Nodes cut for depth so far: each of the first MAX_DEEP_REPORTS is reported, then one line for the rest. */
  private deepCuts = 0;

  private cutForDepth(node: unknown): undefined {
    const r = (node as { range?: [number, number, number] }).range ?? [0, 0, 0];
    const at = { start: r[0], end: Math.max(r[1], this.cuts.get(r[0]) ?? 0), code: 'DEEP_NESTING' };
    if (++this.deepCuts <= MAX_DEEP_REPORTS) this.errors.push({ message: `Nesting deeper than ${MAX_DEPTH} levels; the rest of this node is not read`, ...at });
    else if (this.deepCuts === MAX_DEEP_REPORTS + 1) this.errors.push({ message: `Nesting deeper than ${MAX_DEPTH} levels here and in more places of this document; none of them is read`, ...at });
    return undefined;
  }

  convert(node: unknown, depth: number): YNode | undefined {
    if (node == null) return undefined;
    if (depth > MAX_DEPTH) return this.cutForDepth(node);
    if (isAlias(node)) {
      // Aliases share the converted target: no expansion, so "billion laughs" costs nothing.
      if (++this.aliases > MAX_ALIASES) {
        const r = node.range ?? [0, 0, 0];
        if (this.aliases === MAX_ALIASES + 1) {
          this.errors.push({ message: `More than ${MAX_ALIASES} aliases; treated as an alias bomb and not expanded`, start: r[0], end: r[1], code: 'ALIAS_BOMB' });
        }
        return undefined;
      }
      const target = node.resolve(this.doc);
      if (!target) return undefined;
      const converted = this.cache.has(target) ? this.cache.get(target) : this.convert(target, depth + 1);
      this.expanded += this.sizeOf(converted);
      if (this.expanded > MAX_ALIAS_EXPANSION) return this.aliasBomb(node.range ?? undefined, `Aliases expand to more than ${MAX_ALIAS_EXPANSION} nodes`);
      return converted;
    }
    if (this.cache.has(node as YamlNode)) return this.cache.get(node as YamlNode);
    const range = (node as { range?: [number, number, number] }).range ?? [0, 0, 0];
    if (isScalar(node)) {
      const v = node.value;
      const value = v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : String(v);
      const source = (node as { source?: string }).source;
      const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
      const out: YScalar = { type: 'scalar', value, raw: source ?? String(v ?? ''), quoted, start: range[0], end: range[1] };
      this.cache.set(node, out);
      return out;
    }
    if (isMap(node)) {
      const pairs: YPair[] = [];
      const out: { -readonly [K in keyof YMap]: YMap[K] } = { type: 'map', pairs, start: range[0], end: range[1] };
      let size = 1;
      const seen = new Set<string>();
      this.cache.set(node, out);
      for (const item of node.items) {
        if (!isPair(item)) continue;
        const keyNode = this.convert(item.key, depth + 1);
        if (!keyNode) continue;
        const value = this.convert(item.value, depth + 1);
        const key = keyNode.type === 'scalar' ? String(keyNode.value ?? '') : '[complex key]';
        if (seen.has(key)) this.duplicates.push({ key, start: keyNode.start, end: keyNode.end });
        seen.add(key);
        pairs.push({ key, keyNode, value, start: keyNode.start, end: value ? value.end : keyNode.end });
        size += this.sizeOf(keyNode) + this.sizeOf(value);
      }
      this.sizes.set(out, size);
      // Block collections end at their last value, not after the trailing line break.
      if (node.flow !== true && pairs.length > 0) out.end = pairs[pairs.length - 1]!.end;
      return out;
    }
    if (isSeq(node)) {
      const items: YNode[] = [];
      const out: { -readonly [K in keyof YSeq]: YSeq[K] } = { type: 'seq', items, start: range[0], end: range[1] };
      let size = 1;
      this.cache.set(node, out);
      for (const item of node.items) {
        const c = this.convert(item, depth + 1);
        if (c) items.push(c);
        size += this.sizeOf(c);
      }
      this.sizes.set(out, size);
      if (node.flow !== true && items.length > 0) out.end = items[items.length - 1]!.end;
      return out;
    }
    return undefined;
  }
}

/**
 * Replaces every collection nested deeper than MAX_DEPTH in a CST document with an empty scalar, so
 * the `yaml` composer never recurses deeper than that. The composer recurses once per level; a
 * thousand levels (a 1.8 KB JSON file of `[`) leave so little stack that V8, compiling one of the
 * composer's regular expressions there, aborts the whole process ("RegExpCompiler Allocation failed",
 * exit 134) instead of throwing. The lexer and parser keep their own stacks, so the CST of any depth
 * is safe to walk here, without recursion. The cut node stays as a null at the same depth, where
 * Converter reports it (DEEP_NESTING); `cuts` keeps where each cut node ended, for that report.
 */
function cutDeepNesting(doc: CST.Document, cuts: Map<number, number>): void {
  if (!doc.value) return;
  const stack: [CST.Token, number][] = [[doc.value, 0]];
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (!CST.isCollection(token)) continue;
    for (const item of token.items as CST.CollectionItem[]) {
      for (const slot of ['key', 'value'] as const) {
        const child = item[slot];
        if (!child) continue;
        if (depth + 1 > MAX_DEPTH && CST.isCollection(child)) {
          cuts.set(child.offset, endOfToken(child));
          item[slot] = { type: 'scalar', offset: child.offset, indent: child.indent, source: '' };
        } else stack.push([child, depth + 1]);
      }
    }
  }
}

/** Where a collection token ends: after a flow collection's closing bracket, else its start (block collections are cut where they start). */
function endOfToken(token: CST.BlockMap | CST.BlockSequence | CST.FlowCollection): number {
  if (token.type !== 'flow-collection') return token.offset;
  const close = token.end.find((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end');
  return close ? close.offset + 1 : token.offset;
}

/**
 * `parseAllDocuments` of the `yaml` package (same lexer, parser and composer, same errors), with each
 * document's CST cut at MAX_DEPTH before it is composed (see cutDeepNesting). `strict` keeps the
 * errors YAML 1.2 requires even where the text is unambiguous (implicit keys over 1,024 characters,
 * a comment without a space before it): another YAML reader may refuse such a file.
 */
function composeDocuments(text: string, cuts: Map<number, number>, scalars: [number, number][] | undefined): Document.Parsed[] {
  const composer = new Composer({ prettyErrors: false, uniqueKeys: true, strict: true });
  function* tokens(): Generator<CST.Token> {
    for (const token of new Parser().parse(text)) {
      if (token.type === 'document') {
        cutDeepNesting(token, cuts);
        if (scalars) collectScalarRanges(token, scalars);
      }
      yield token;
    }
  }
  return Array.from(composer.compose(tokens())) as Document.Parsed[];
}

/** Parse every document of a YAML (or JSON) text. Never throws. */
export function parseYaml(text: string): YFile {
  const documents: YDocument[] = [];
  const errors: YParseError[] = [];
  const cuts = new Map<number, number>();
  // Quoted and block scalars, collected only when the text has a line break the parser does not read as one.
  const scalars: [number, number][] | undefined = UNUSUAL_LINE_BREAK.test(text) ? [] : undefined;
  let docs: Document.Parsed[];
  try {
    docs = composeDocuments(text, cuts, scalars);
  } catch (e) {
    return { documents: [], errors: [{ message: cleanMessage((e as Error).message), start: 0, end: 0, code: 'PARSER' }] };
  }
  for (const doc of docs) {
    const conv = new Converter(doc, cuts);
    let root: YNode | undefined;
    let convertError: YParseError | undefined;
    try {
      root = conv.convert(doc.contents, 0);
    } catch (e) {
      convertError = { message: cleanMessage((e as Error).message), start: doc.range[0], end: doc.range[1], code: 'CONVERT' };
    }
    for (const err of doc.errors) {
      const dup = err.code === 'DUPLICATE_KEY' ? conv.duplicates.find((d) => d.start === err.pos[0]) : undefined;
      if (dup) {
        // Name the key and cover all of it: "Map keys must be unique" alone does not say which one.
        const key = excerpt(dup.key);
        errors.push({ message: `Duplicate key \`${key}\`: a key may appear only once in a mapping, and which of its values counts is undefined; keep one`, start: dup.start, end: dup.end, code: err.code });
      } else errors.push({ message: cleanMessage(err.message), start: err.pos[0], end: err.pos[1], code: err.code });
    }
    if (convertError) errors.push(convertError);
    for (const e of conv.errors) errors.push(e); // not push(...): a wide node past the depth limit has one error per child
    // An empty document (a trailing `---`) has no root, whichever parse path read it.
    if (root && root.type === 'scalar' && root.value === null && root.raw === '') root = undefined;
    documents.push({ root, start: doc.range[0], end: doc.range[2] ?? doc.range[1] });
  }
  if (scalars) append(errors, unusualLineBreakErrors(text, scalars));
  return { documents, errors };
}

function cleanMessage(message: string): string {
  // The yaml package catches its own stack overflow on absurdly deep nesting and reports it as is.
  if (/Maximum call stack size exceeded/i.test(message)) return 'Nesting too deep for the YAML parser (thousands of levels); flatten this structure';
  // The yaml package appends "at line X, column Y" and a code frame; we report our own position. What
  // it quotes of the file (a token, a tag: a whole line of `.git/config` once) is cut to an excerpt.
  return yamlErrorMessage(message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '').trim());
}

/** The value of `key` in a map, or undefined. */
export function get(node: YNode | undefined, key: string): YNode | undefined {
  if (!node || node.type !== 'map') return undefined;
  for (const p of node.pairs) if (p.key === key) return p.value;
  return undefined;
}

/** The pair for `key` in a map (to locate a key that has no value). */
export function getPair(node: YNode | undefined, key: string): YPair | undefined {
  if (!node || node.type !== 'map') return undefined;
  for (const p of node.pairs) if (p.key === key) return p;
  return undefined;
}

export function hasKey(node: YNode | undefined, key: string): boolean {
  return getPair(node, key) !== undefined;
}

/** Plain JS value of a node (for ajv), sharing nothing with the tree. */
export function toJS(node: YNode | undefined): unknown {
  if (!node) return null;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'seq') return node.items.map(toJS);
  const out: Record<string, unknown> = {};
  for (const p of node.pairs) out[p.key] = toJS(p.value);
  return out;
}
