/**
 * The fast YAML path: builds the light tree (tree.ts) straight from the `yaml` package's CST, skipping
 * its composer, which does work a linter does not need. It handles the plain shapes catalogs use
 * (block and flow maps and sequences, plain, quoted and block scalars, several documents). Anything
 * else — anchors, aliases, tags, explicit keys, duplicate keys, any syntax error — returns undefined,
 * and the caller parses the file with the full composer (`parseYaml`), which reports exact errors.
 */
import { CST, Parser } from 'yaml';
import type { YDocument, YFile, YMap, YNode, YPair, YScalar, YSeq } from './tree.js';

class Unsupported extends Error {}

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

function checkProps(tokens: readonly CST.SourceToken[] | undefined): void {
  if (!tokens) return;
  for (const t of tokens) {
    if (t.type === 'anchor' || t.type === 'tag' || t.type === 'explicit-key-ind' || (t as { type: string }).type === 'error' || t.type === 'flow-error-end') throw new Unsupported();
  }
}

/** Where an empty value sits: after the `:` or `-` indicator and the spaces that follow it (as the composer puts it). */
function endOf(tokens: readonly CST.SourceToken[] | undefined, fallback: number): number {
  if (!tokens) return fallback;
  let end = fallback;
  let afterIndicator = false;
  for (const t of tokens) {
    if (t.type === 'map-value-ind' || t.type === 'seq-item-ind') {
      end = t.offset + t.source.length;
      afterIndicator = true;
    } else if (t.type === 'space' && afterIndicator) end = t.offset + t.source.length;
    else afterIndicator = false;
  }
  return end;
}

function emptyScalar(at: number): YScalar {
  return { type: 'scalar', value: null, raw: '', quoted: false, start: at, end: at };
}

function scalar(token: CST.FlowScalar | CST.BlockScalar): YScalar {
  if (token.type === 'alias') throw new Unsupported();
  let failed = false;
  const r = CST.resolveAsScalar(token, true, () => {
    failed = true;
  });
  if (failed) throw new Unsupported();
  if (token.type === 'block-scalar') checkProps(token.props.filter((p): p is CST.SourceToken => 'indent' in p));
  if (token.type === 'scalar') {
    return { type: 'scalar', value: resolvePlain(r.value), raw: r.value, quoted: false, start: r.range[0], end: r.range[1] };
  }
  return { type: 'scalar', value: r.value, raw: r.value, quoted: token.type !== 'block-scalar', start: r.range[0], end: r.range[1] };
}

function keyString(n: YNode): string {
  if (n.type !== 'scalar') throw new Unsupported();
  return String(n.value ?? '');
}

function node(token: CST.Token | null | undefined, at: number, depth: number): YNode {
  if (!token) return emptyScalar(at);
  if (depth > 200) throw new Unsupported();
  switch (token.type) {
    case 'scalar':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
    case 'alias':
      return scalar(token);
    case 'block-map': {
      const pairs: YPair[] = [];
      const seen = new Set<string>();
      for (const item of token.items) {
        checkProps(item.start);
        if (item.key === undefined && item.sep === undefined) {
          if (item.value) throw new Unsupported();
          continue;
        }
        checkProps(item.sep);
        const keyNode = item.key ? node(item.key, item.key.offset, depth + 1) : emptyScalar(item.start[0]?.offset ?? token.offset);
        const key = keyString(keyNode);
        if (seen.has(key)) throw new Unsupported(); // duplicate key: let the composer report it
        seen.add(key);
        const value = node(item.value, endOf(item.sep, keyNode.end), depth + 1);
        pairs.push({ key, keyNode, value, start: keyNode.start, end: value.end });
      }
      const map: YMap = { type: 'map', pairs, start: pairs[0]?.start ?? token.offset, end: pairs[pairs.length - 1]?.end ?? token.offset };
      return map;
    }
    case 'block-seq': {
      const items: YNode[] = [];
      for (const item of token.items) {
        checkProps(item.start);
        items.push(node(item.value, endOf(item.start, token.offset), depth + 1));
      }
      const seq: YSeq = { type: 'seq', items, start: token.offset, end: items[items.length - 1]?.end ?? token.offset };
      return seq;
    }
    case 'flow-collection': {
      const isMap = token.start.source === '{';
      const closing = token.end.find((t) => t.type === 'flow-map-end' || t.type === 'flow-seq-end');
      if (!closing) throw new Unsupported();
      checkProps(token.end);
      const end = closing.offset + 1;
      if (isMap) {
        const pairs: YPair[] = [];
        const seen = new Set<string>();
        for (const item of token.items) {
          checkProps(item.start);
          checkProps(item.sep);
          if (!item.key && !item.sep) {
            if (!item.value) continue;
            // `{ a }`: a key with a null value
            const keyNode = node(item.value, item.value.offset, depth + 1);
            const key = keyString(keyNode);
            if (seen.has(key)) throw new Unsupported();
            seen.add(key);
            pairs.push({ key, keyNode, value: emptyScalar(keyNode.end), start: keyNode.start, end: keyNode.end });
            continue;
          }
          const keyNode = item.key ? node(item.key, item.key.offset, depth + 1) : emptyScalar(token.offset);
          const key = keyString(keyNode);
          if (seen.has(key)) throw new Unsupported();
          seen.add(key);
          const value = node(item.value, endOf(item.sep, keyNode.end), depth + 1);
          pairs.push({ key, keyNode, value, start: keyNode.start, end: value.end });
        }
        return { type: 'map', pairs, start: token.offset, end };
      }
      const items: YNode[] = [];
      for (const item of token.items) {
        checkProps(item.start);
        if (item.key !== undefined || item.sep !== undefined) throw new Unsupported(); // `[a: b]` pairs in a sequence
        if (item.value) items.push(node(item.value, item.value.offset, depth + 1));
      }
      return { type: 'seq', items, start: token.offset, end };
    }
    default:
      throw new Unsupported();
  }
}

/** Parse with the fast path, or undefined when the file needs the full composer. Never throws. */
export function parseYamlFast(text: string): YFile | undefined {
  try {
    const documents: YDocument[] = [];
    let current: { start: number; root: YNode | undefined } | undefined;
    const finish = (end: number) => {
      if (current) documents.push({ root: current.root, start: current.start, end });
      current = undefined;
    };
    for (const token of new Parser().parse(text)) {
      switch (token.type) {
        case 'document': {
          finish(token.offset);
          checkProps(token.start);
          checkProps(token.end);
          const docStart = token.start.find((t) => t.type === 'doc-start');
          const root = token.value && token.value.type !== 'comment' ? node(token.value, token.offset, 0) : undefined;
          current = { start: docStart ? docStart.offset : token.offset, root: root && root.type === 'scalar' && root.value === null && root.raw === '' ? undefined : root };
          break;
        }
        case 'doc-end':
          if (current) finish(token.offset + token.source.length);
          break;
        case 'comment':
        case 'space':
        case 'newline':
        case 'byte-order-mark':
          break;
        default:
          // directives, errors, stray tokens: leave them to the composer
          return undefined;
      }
    }
    finish(text.length);
    return { documents, errors: [] };
  } catch (e) {
    if (e instanceof Unsupported) return undefined;
    return undefined;
  }
}
