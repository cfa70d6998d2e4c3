/**
 * The scanning YAML path: a hand-written, line-oriented parser for the plain block YAML catalogs use
 * (block maps and sequences, single-line plain and quoted scalars, single-line flow collections of
 * scalars, comments, several documents). It builds exactly the light tree (tree.ts) the full composer
 * (`parseYaml`) builds — same offsets, raw text, quoting and core-schema values — without the `yaml`
 * package's CST, which is the cost of the other paths.
 *
 * Lines end at LF or CRLF (the CR is not part of the line). Anything outside that subset (tabs, a lone
 * CR, BOM, anchors, aliases, tags, explicit keys, block scalars,
 * multi-line scalars or flow collections, directives, duplicate keys, odd escapes, long keys, any
 * doubt) makes it return undefined, and the caller parses the file with `parseYaml`, which reports the
 * `yaml` package's errors. So the scanner must accept only text the `yaml` package accepts without an
 * error: a file it took wrongly would be linted with values lost and no `parse-error` (the differential
 * tests in test/sources/yaml-scan.test.ts and test/security/hostile-yaml.test.ts hold it to that).
 */
import type { YDocument, YFile, YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

const NULL_RE = /^(?:~|null|Null|NULL)?$/;
const BOOL_RE = /^(?:true|True|TRUE|false|False|FALSE)$/;
const INT_RE = /^[-+]?[0-9]+$/;
const FLOAT_RE = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;

/** YAML 1.2 core schema resolution of a plain scalar (what the composer does by default). */
export function resolvePlain(s: string): string | number | boolean | null {
  const c = s.charCodeAt(0);
  // Fast exit: most plain scalars are words.
  if (s.length > 0 && !(c === 45 || c === 43 || c === 46 || (c >= 48 && c <= 57) || c === 126 || c === 110 || c === 78 || c === 116 || c === 84 || c === 102 || c === 70)) return s;
  if (NULL_RE.test(s)) return null;
  if (BOOL_RE.test(s)) return s[0] === 't' || s[0] === 'T';
  if (INT_RE.test(s)) return Number.parseInt(s, 10);
  if (/^0o[0-7]+$/.test(s)) return Number.parseInt(s.slice(2), 8);
  if (/^0x[0-9a-fA-F]+$/.test(s)) return Number.parseInt(s.slice(2), 16);
  if (FLOAT_RE.test(s)) return Number.parseFloat(s);
  if (/^[-+]?\.(?:inf|Inf|INF)$/.test(s)) return s[0] === '-' ? -Infinity : Infinity;
  if (/^\.(?:nan|NaN|NAN)$/.test(s)) return NaN;
  return s;
}

/** Thrown to step aside; caught in parseYamlScan. */
class StepAside extends Error {}
const STEP = new StepAside();

function stepAside(): never {
  throw STEP;
}

/** Characters that make the whole file fall back: tabs, a CR not followed by LF, control characters, NEL, LS/PS, BOM. */
// eslint-disable-next-line no-control-regex
const UNSUPPORTED_CHARS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff]|\r(?!\n)/;
const CR = 13;

const SPACE = 32;
const HASH = 35;
const COLON = 58;
const DASH = 45;
const DOT = 46;
const DQUOTE = 34;
const SQUOTE = 39;
const BACKSLASH = 92;
const COMMA = 44;
const LBRACKET = 91;
const RBRACKET = 93;
const LBRACE = 123;
const RBRACE = 125;

/** Line kinds (typed `number` so checks after a method call that moves the scanner are not narrowed away). */
const CONTENT: number = 0;
const DOC_START: number = 1;
const DOC_END: number = 2;
const EOF: number = 3;

/** Longest implicit key we take, from its start to its `:` (YAML 1.2 allows 1024; the composer reports longer ones). */
const MAX_KEY = 1000;
const MAX_DEPTH = 100;

/**
 * True for characters that may not start a plain scalar in our subset (YAML indicators; `-`, `?` and
 * `:` are handled by the caller: they may start one when followed by a non-space).
 */
function isIndicator(c: number): boolean {
  switch (c) {
    case COMMA:
    case LBRACKET:
    case RBRACKET:
    case LBRACE:
    case RBRACE:
    case HASH:
    case 38: // &
    case 42: // *
    case 33: // !
    case 124: // |
    case 62: // >
    case SQUOTE:
    case DQUOTE:
    case 37: // %
    case 64: // @
    case 96: // `
      return true;
    default:
      return false;
  }
}

/** A character that may follow a leading `-` of a plain scalar in a flow collection (not a space, flow indicator, `:` or `#`). */
function isPlainSafeInFlow(c: number): boolean {
  return c !== SPACE && c !== COMMA && c !== LBRACKET && c !== RBRACKET && c !== LBRACE && c !== RBRACE && c !== COLON && c !== HASH;
}

class Scanner {
  /** Current significant line: its start, end (index of its CRLF or LF, or the text length), indent and kind; nl starts the next line. */
  ls = 0;
  le = 0;
  nl = 0;
  ind = 0;
  kind = EOF;

  constructor(private readonly text: string) {}

  /** Moves to the first line at or after `from` (a line start) that is not blank or a comment. */
  nextLine(from: number): void {
    const text = this.text;
    const len = text.length;
    let i = from;
    while (i < len) {
      let j = i;
      while (text.charCodeAt(j) === SPACE) j++;
      let n = text.indexOf('\n', j);
      if (n < 0) n = len;
      const e = n > j && text.charCodeAt(n - 1) === CR ? n - 1 : n;
      const c = text.charCodeAt(j);
      if (j === e || c === HASH) {
        i = n + 1;
        continue;
      }
      this.ls = i;
      this.le = e;
      this.nl = n + 1;
      this.ind = j - i;
      this.kind = CONTENT;
      if (j === i && (c === DASH || c === DOT) && text.charCodeAt(i + 1) === c && text.charCodeAt(i + 2) === c && (i + 3 === e || text.charCodeAt(i + 3) === SPACE)) {
        this.kind = c === DASH ? DOC_START : DOC_END;
      }
      return;
    }
    this.ls = len;
    this.le = len;
    this.nl = len + 1;
    this.ind = 0;
    this.kind = EOF;
  }

  /** After position p on the current line: only spaces, then the end of the line or a comment. */
  expectLineEnd(p: number): void {
    const text = this.text;
    const le = this.le;
    if (p === le) return;
    if (text.charCodeAt(p) !== SPACE) stepAside();
    while (p < le && text.charCodeAt(p) === SPACE) p++;
    if (p < le && text.charCodeAt(p) !== HASH) stepAside();
  }

  isSeqItemAt(p: number): boolean {
    return this.text.charCodeAt(p) === DASH && (p + 1 === this.le || this.text.charCodeAt(p + 1) === SPACE);
  }

  /** A block node whose first character is at p (column col) on the current line: a map or a sequence. */
  blockNode(col: number, p: number, depth: number): YMap | YSeq | undefined {
    if (depth > MAX_DEPTH) stepAside();
    if (this.isSeqItemAt(p)) return this.seq(col, p, depth);
    if (this.keyEnd(p) >= 0) return this.map(col, p, depth);
    return undefined;
  }

  /**
   * If a block mapping key starts at p, the position of its `:` indicator; otherwise -1.
   * Steps aside for keys the subset does not cover.
   */
  keyEnd(p: number): number {
    const text = this.text;
    const le = this.le;
    const c = text.charCodeAt(p);
    if (c === DQUOTE || c === SQUOTE) {
      const e = this.quotedEnd(p);
      if (text.charCodeAt(e) === COLON && (e + 1 === le || text.charCodeAt(e + 1) === SPACE)) return e;
      return -1;
    }
    if (isIndicator(c)) return -1;
    if ((c === DASH || c === COLON || c === 63) /* ? */ && (p + 1 === le || text.charCodeAt(p + 1) === SPACE)) return -1;
    for (let i = p; i < le; i++) {
      const d = text.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 === le || text.charCodeAt(i + 1) === SPACE) return i;
      } else if (d === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
    }
    return -1;
  }

  map(col: number, p: number, depth: number): YMap {
    const text = this.text;
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    for (;;) {
      const colon = this.keyEnd(p);
      if (colon < 0) stepAside();
      if (colon - p > MAX_KEY) stepAside();
      let keyNode: YScalar;
      const c = text.charCodeAt(p);
      if (c === DQUOTE || c === SQUOTE) {
        keyNode = this.quoted(p);
      } else {
        let e = colon;
        while (text.charCodeAt(e - 1) === SPACE) e--;
        const raw = text.slice(p, e);
        keyNode = { type: 'scalar', value: resolvePlain(raw), raw, quoted: false, start: p, end: e };
      }
      const key = String(keyNode.value ?? '');
      if (seen.has(key) || key === '<<') stepAside();
      seen.add(key);
      const value = this.valueAfter(col, colon + 1, false, depth);
      pairs.push({ key, keyNode, value, start: keyNode.start, end: value.end });
      if (this.kind !== CONTENT || this.ind < col) break;
      if (this.ind > col) stepAside();
      p = this.ls + this.ind;
      if (this.isSeqItemAt(p)) stepAside();
    }
    return { type: 'map', pairs, start: pairs[0]!.start, end: pairs[pairs.length - 1]!.end };
  }

  seq(col: number, p: number, depth: number): YSeq {
    const items: YNode[] = [];
    const start = p;
    for (;;) {
      items.push(this.valueAfter(col, p + 1, true, depth));
      if (this.kind !== CONTENT || this.ind < col) break;
      if (this.ind > col) stepAside();
      p = this.ls + this.ind;
      if (!this.isSeqItemAt(p)) break; // the parent map (at the same indent) goes on
    }
    return { type: 'seq', items, start, end: items[items.length - 1]!.end };
  }

  /**
   * The value after a `:` (map) or `-` (sequence) indicator that ends at `after`, in a collection at
   * column col. Leaves the scanner on the next significant line after the value.
   */
  valueAfter(col: number, after: number, inSeq: boolean, depth: number): YNode {
    const text = this.text;
    const le = this.le;
    let q = after;
    while (q < le && text.charCodeAt(q) === SPACE) q++;
    if (q === le || text.charCodeAt(q) === HASH) {
      // Nothing on this line: a block node on the next lines, or an empty (null) value.
      this.nextLine(this.nl);
      if (this.kind === CONTENT) {
        const p = this.ls + this.ind;
        if (this.ind > col) {
          const n = this.blockNode(this.ind, p, depth + 1);
          if (!n) stepAside(); // a scalar on its own line
          return n;
        }
        if (this.ind === col && !inSeq && this.isSeqItemAt(p)) return this.seq(col, p, depth + 1);
      }
      return { type: 'scalar', value: null, raw: '', quoted: false, start: q, end: q };
    }
    if (inSeq) {
      // `- key: value` and `- - item` open a block collection inside the item.
      const n = this.blockNode(q - this.ls, q, depth + 1);
      if (n) return n;
    }
    const v = this.inline(q);
    this.nextLine(this.nl);
    if (this.kind === CONTENT && this.ind > col) stepAside(); // a continuation line
    return v;
  }

  /** A scalar or flow collection that starts at q and must end the current line. */
  inline(q: number): YNode {
    const text = this.text;
    const c = text.charCodeAt(q);
    let n: YNode;
    if (c === DQUOTE || c === SQUOTE) n = this.quoted(q);
    else if (c === LBRACKET || c === LBRACE) n = this.flow(q);
    else n = this.plainBlock(q);
    this.expectLineEnd(n.end);
    return n;
  }

  plainBlock(q: number): YScalar {
    const text = this.text;
    const le = this.le;
    const c = text.charCodeAt(q);
    if (isIndicator(c)) stepAside();
    if ((c === DASH || c === COLON || c === 63) && (q + 1 === le || text.charCodeAt(q + 1) === SPACE)) stepAside();
    let i = q;
    for (; i < le; i++) {
      const d = text.charCodeAt(i);
      if (d === COLON) {
        if (i + 1 === le || text.charCodeAt(i + 1) === SPACE) stepAside();
      } else if (d === HASH && text.charCodeAt(i - 1) === SPACE) break;
    }
    while (text.charCodeAt(i - 1) === SPACE) i--;
    const raw = text.slice(q, i);
    return { type: 'scalar', value: resolvePlain(raw), raw, quoted: false, start: q, end: i };
  }

  /** End (after the closing quote) of a single-line quoted scalar starting at p. */
  quotedEnd(p: number): number {
    const text = this.text;
    const le = this.le;
    const quote = text.charCodeAt(p);
    for (let i = p + 1; i < le; i++) {
      const d = text.charCodeAt(i);
      if (d === quote) {
        if (quote === SQUOTE && text.charCodeAt(i + 1) === SQUOTE) {
          i++;
          continue;
        }
        return i + 1;
      }
      if (d === BACKSLASH && quote === DQUOTE) i++;
    }
    return stepAside(); // multi-line or unterminated
  }

  quoted(p: number): YScalar {
    const text = this.text;
    const end = this.quotedEnd(p);
    const inner = text.slice(p + 1, end - 1);
    let value: string;
    if (text.charCodeAt(p) === SQUOTE) value = inner.includes("'") ? inner.replaceAll("''", "'") : inner;
    else value = inner.includes('\\') ? unescape(inner) : inner;
    return { type: 'scalar', value, raw: value, quoted: true, start: p, end };
  }

  skipSpaces(i: number): number {
    while (this.text.charCodeAt(i) === SPACE) i++;
    return i;
  }

  /** A single-line flow sequence or map of scalars starting at p. */
  flow(p: number): YMap | YSeq {
    const text = this.text;
    const isMap = text.charCodeAt(p) === LBRACE;
    const close = isMap ? RBRACE : RBRACKET;
    let i = this.skipSpaces(p + 1);
    const items: YNode[] = [];
    const pairs: YPair[] = [];
    const seen = new Set<string>();
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        const item = this.flowScalar(i, isMap);
        i = this.skipSpaces(item.end);
        if (isMap) {
          if (text.charCodeAt(i) !== COLON || text.charCodeAt(i + 1) !== SPACE) stepAside();
          i = this.skipSpaces(i + 1);
          const value = this.flowScalar(i, false);
          const key = String(item.value ?? '');
          if (seen.has(key) || key === '<<') stepAside();
          seen.add(key);
          pairs.push({ key, keyNode: item, value, start: item.start, end: value.end });
          i = this.skipSpaces(value.end);
        } else items.push(item);
        const d = text.charCodeAt(i);
        if (d === close) break;
        if (d !== COMMA) stepAside();
        i = this.skipSpaces(i + 1);
        if (text.charCodeAt(i) === close) stepAside(); // trailing comma
      }
    }
    if (i >= this.le) stepAside();
    const end = i + 1;
    return isMap ? { type: 'map', pairs, start: p, end } : { type: 'seq', items, start: p, end };
  }

  /** A scalar inside a flow collection; `asKey` allows it to end at a `: `. */
  flowScalar(q: number, asKey: boolean): YScalar {
    const text = this.text;
    const le = this.le;
    if (q >= le) stepAside();
    const c = text.charCodeAt(q);
    if (c === DQUOTE || c === SQUOTE) return this.quoted(q);
    if (isIndicator(c) || c === COLON || c === 63) stepAside();
    // `-` starts a plain scalar only before a safe character (`[-]` is a block sequence in a flow one: an error).
    if (c === DASH && (q + 1 === le || !isPlainSafeInFlow(text.charCodeAt(q + 1)))) stepAside();
    let i = q;
    for (; i < le; i++) {
      const d = text.charCodeAt(i);
      if (d === COMMA || d === RBRACKET || d === RBRACE) break;
      if (d === LBRACKET || d === LBRACE || d === HASH) stepAside();
      if (d === COLON) {
        if (asKey && text.charCodeAt(i + 1) === SPACE) break;
        stepAside();
      }
    }
    if (i >= le) stepAside();
    while (text.charCodeAt(i - 1) === SPACE) i--;
    const raw = text.slice(q, i);
    return { type: 'scalar', value: resolvePlain(raw), raw, quoted: false, start: q, end: i };
  }
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  '"': '"',
  '/': '/',
  n: '\n',
  t: '\t',
  r: '\r',
  '0': '\0',
  a: '\x07',
  b: '\b',
  e: '\x1b',
  f: '\f',
  v: '\v',
  ' ': ' ',
};

/** Unescapes the inside of a single-line double-quoted scalar; steps aside for rare escapes. */
function unescape(s: string): string {
  let out = '';
  let from = 0;
  for (let i = s.indexOf('\\'); i >= 0; i = s.indexOf('\\', from)) {
    out += s.slice(from, i);
    const e = s[i + 1];
    if (e === undefined) return stepAside();
    const simple = SIMPLE_ESCAPES[e];
    if (simple !== undefined) {
      out += simple;
      from = i + 2;
      continue;
    }
    const digits = e === 'x' ? 2 : e === 'u' ? 4 : 0;
    if (digits === 0) return stepAside();
    const hex = s.slice(i + 2, i + 2 + digits);
    if (hex.length !== digits || !/^[0-9a-fA-F]+$/.test(hex)) return stepAside();
    out += String.fromCharCode(Number.parseInt(hex, 16));
    from = i + 2 + digits;
  }
  return out + s.slice(from);
}

/** Parse with the scanner, or undefined when the file needs one of the other paths. Never throws. */
export function parseYamlScan(text: string): YFile | undefined {
  if (UNSUPPORTED_CHARS.test(text)) return undefined;
  try {
    const s = new Scanner(text);
    const documents: YDocument[] = [];
    s.nextLine(0);
    if (s.kind === EOF) return undefined; // empty or comments only: rare, leave it to the others
    let first = true;
    for (;;) {
      let start: number;
      if (s.kind === DOC_START) {
        start = s.ls;
        s.expectLineEnd(s.ls + 3);
        s.nextLine(s.nl);
      } else if (s.kind === CONTENT && first) {
        start = s.ls;
      } else return undefined;
      first = false;
      let root: YNode | undefined;
      if (s.kind === CONTENT) {
        root = s.blockNode(s.ind, s.ls + s.ind, 0);
        if (!root || s.kind === CONTENT) return undefined;
      }
      if (s.kind === DOC_END) {
        s.expectLineEnd(s.ls + 3);
        documents.push({ root, start, end: s.ls + 3 });
        s.nextLine(s.nl);
        if (s.kind === EOF) break;
        if (s.kind !== DOC_START) return undefined;
      } else if (s.kind === DOC_START) {
        documents.push({ root, start, end: s.ls });
      } else {
        documents.push({ root, start, end: text.length });
        break;
      }
    }
    return { documents, errors: [] };
  } catch (e) {
    if (e instanceof StepAside) return undefined;
    return undefined;
  }
}
