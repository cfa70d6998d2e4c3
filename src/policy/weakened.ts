/**
 * `policy-weakened`: in `--base` mode, a pull request cannot quietly weaken the policy that judges it.
 * The comparison is a pure function over the text of a topiclint file at the base and now
 * (`comparePolicies`, `compareBaselines`); the lint API runs it on the configuration, policy and waiver
 * files, because they are not catalog entities. It lives in the policy layer because it reads policy
 * files (YAML, baselines); the rule object in src/rules/policy-weakened.ts carries only the metadata
 * (SARIF, docs, levels), so that rules import nothing but the model and git never imports a rule.
 */
import { createHash } from 'node:crypto';
import type { Finding, RelatedFindingLocation } from '../model/finding.js';
import type { Level } from '../model/rule.js';
import { LineIndex, regionOf } from '../model/text.js';
import { parseBaseline, type BaselineEntry } from './exceptions.js';
import { parseYaml, type YMap, type YNode, type YPair } from '../yaml/tree.js';
import { globMatcher } from '../util/glob.js';

export const POLICY_WEAKENED = 'policy-weakened';

const LEVELS: Record<string, number> = { off: 0, note: 1, warning: 2, error: 3 };

export interface RuleDefaults {
  readonly level: Level;
  readonly defaultOptions?: unknown;
}

export interface ComparePoliciesOptions {
  /** The base ref as shown to users (`origin/main`). */
  readonly ref?: string;
  /** Built-in rule defaults, to judge a setting that appears or disappears. */
  readonly rules?: ReadonlyMap<string, { readonly meta: RuleDefaults }>;
  /** Level of the findings (the configured level of `policy-weakened`). */
  readonly level?: Level;
  /**
   * The candidate files at the base (root-relative): a change to `include`/`exclude` then names the
   * files it would hide, among those the base's configuration lints.
   */
  readonly files?: readonly string[];
}

interface Side {
  readonly text: string;
  readonly root: YMap | undefined;
  readonly index: LineIndex;
}

function side(text: string | undefined): Side {
  const t = text ?? '';
  let root: YMap | undefined;
  try {
    const parsed = parseYaml(t);
    const r = parsed.documents[0]?.root;
    if (r?.type === 'map' && parsed.errors.length === 0) root = r;
  } catch {
    root = undefined;
  }
  return { text: t, root, index: new LineIndex(t) };
}

const pair = (node: YNode | undefined, key: string): YPair | undefined => (node?.type === 'map' ? node.pairs.find((p) => p.key === key) : undefined);
const scalar = (node: YNode | undefined): string | undefined => (node?.type === 'scalar' && node.value !== null ? String(node.value) : undefined);
const strings = (node: YNode | undefined): { value: string; node: YNode }[] =>
  node?.type === 'seq' ? node.items.flatMap((i) => (scalar(i) !== undefined ? [{ value: scalar(i)!, node: i }] : [])) : scalar(node) !== undefined ? [{ value: scalar(node)!, node: node! }] : [];

function plain(node: YNode | undefined): unknown {
  if (!node) return undefined;
  if (node.type === 'scalar') return node.value;
  if (node.type === 'seq') return node.items.map(plain);
  return Object.fromEntries(node.pairs.map((p) => [p.key, plain(p.value)]));
}

interface Setting {
  readonly level: string | undefined;
  readonly levelNode: YNode | undefined;
  readonly options: YMap | undefined;
  readonly node: YNode | undefined;
}

function setting(node: YNode | undefined): Setting {
  if (!node) return { level: undefined, levelNode: undefined, options: undefined, node };
  if (node.type === 'scalar') return { level: scalar(node), levelNode: node, options: undefined, node };
  if (node.type === 'seq') {
    const opts = node.items[1];
    return { level: scalar(node.items[0]), levelNode: node.items[0], options: opts?.type === 'map' ? opts : undefined, node };
  }
  // `{ level, options }` is accepted too, in case the config grows that spelling.
  const opts = pair(node, 'options')?.value;
  return { level: scalar(pair(node, 'level')?.value), levelNode: pair(node, 'level')?.value, options: opts?.type === 'map' ? opts : undefined, node };
}

interface Change {
  readonly field: string;
  readonly message: string;
  /** Where it points now (head offsets); undefined = line 1. */
  readonly at: { start: number; end: number } | undefined;
  /** Where it was at the base (base offsets). */
  readonly was?: { start: number; end: number } | undefined;
}

const MIN_KEY = /^(min|minimum|atleast|floor|least)|min$/i;
const MAX_KEY = /^(max|maximum|atmost|limit|cap|ceiling)|max$/i;
const SHRINK_IS_WEAKER = /forbid|deny|disallow|block|require|mandatory|must|reject/i;
const GROW_IS_WEAKER = /allow|permit|accept|ignore|exclude|skip|except/i;

/** How option `key` moved from `a` to `b`: undefined when it is not weaker, else why it is (or may be). */
function relaxation(key: string, a: unknown, b: unknown): string | undefined {
  if (JSON.stringify(a) === JSON.stringify(b)) return undefined;
  if (b === undefined) return `was removed (it falls back to the rule's default)`;
  if (typeof a === 'number' && typeof b === 'number') {
    if (MIN_KEY.test(key)) return b < a ? `was lowered from ${a} to ${b}` : undefined;
    if (MAX_KEY.test(key)) return b > a ? `was raised from ${a} to ${b}` : undefined;
    return `changed from ${a} to ${b}, and topiclint cannot tell whether that is stricter`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const as = new Set(a.map((x) => JSON.stringify(x)));
    const bs = new Set(b.map((x) => JSON.stringify(x)));
    const removed = [...as].filter((x) => !bs.has(x));
    const added = [...bs].filter((x) => !as.has(x));
    if (SHRINK_IS_WEAKER.test(key)) return removed.length ? `no longer lists ${removed.join(', ')}` : undefined;
    if (GROW_IS_WEAKER.test(key)) return added.length ? `now also lists ${added.join(', ')}` : undefined;
  }
  if (a === undefined) return `was added (${JSON.stringify(b)}), and topiclint cannot tell whether that is stricter than the default`;
  return `changed from ${JSON.stringify(a)} to ${JSON.stringify(b)}, and topiclint cannot tell whether that is stricter`;
}

function compareSettings(where: string, id: string, base: Setting | undefined, head: Setting, fallbackLevel: string | undefined, defaults: Record<string, unknown>, out: Change[], keyNode: { start: number; end: number }): void {
  const from = base?.level ?? fallbackLevel;
  const to = head.level ?? fallbackLevel;
  const wasAt = base?.levelNode ? { start: base.levelNode.start, end: base.levelNode.end } : undefined;
  if (from !== undefined && to !== undefined && (LEVELS[to] ?? 3) < (LEVELS[from] ?? 0)) {
    out.push({
      field: `${where}.${id}.level`,
      message: to === 'off' ? `turns rule \`${id}\` off${where === 'rules' ? '' : ` in ${where}`} (it was ${from})` : `lowers rule \`${id}\`${where === 'rules' ? '' : ` in ${where}`} from ${from} to ${to}`,
      at: head.levelNode ? { start: head.levelNode.start, end: head.levelNode.end } : keyNode,
      was: wasAt,
    });
  }
  if (to === 'off') return;
  const a = { ...defaults, ...((plain(base?.options) as Record<string, unknown> | undefined) ?? {}) };
  const b = { ...defaults, ...((plain(head.options) as Record<string, unknown> | undefined) ?? {}) };
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const why = relaxation(key, a[key], b[key]);
    if (!why) continue;
    const node = pair(head.options, key);
    const baseNode = pair(base?.options, key);
    out.push({
      field: `${where}.${id}.options.${key}`,
      message: `relaxes rule \`${id}\`${where === 'rules' ? '' : ` in ${where}`}: option \`${key}\` ${why}`,
      at: node ? { start: node.value?.start ?? node.start, end: node.value?.end ?? node.end } : head.node ? { start: head.node.start, end: head.node.end } : keyNode,
      was: baseNode ? { start: baseNode.value?.start ?? baseNode.start, end: baseNode.value?.end ?? baseNode.end } : undefined,
    });
  }
}

function compareRuleMaps(where: string, base: YNode | undefined, head: YNode | undefined, fallback: (id: string) => Setting | undefined, opts: ComparePoliciesOptions, out: Change[], anchor: { start: number; end: number } | undefined): void {
  const headPairs = head?.type === 'map' ? head.pairs : [];
  const basePairs = base?.type === 'map' ? base.pairs : [];
  for (const hp of headPairs) {
    const meta = opts.rules?.get(hp.key)?.meta;
    const bp = basePairs.find((p) => p.key === hp.key);
    const prior = bp ? setting(bp.value) : fallback(hp.key);
    const defaults = (meta?.defaultOptions ?? {}) as Record<string, unknown>;
    compareSettings(where, hp.key, prior, setting(hp.value), prior?.level ?? meta?.level, defaults, out, { start: hp.keyNode.start, end: hp.keyNode.end });
  }
  // A setting removed: back to the default (or to the top-level setting, for an override).
  for (const bp of basePairs) {
    if (headPairs.some((p) => p.key === bp.key)) continue;
    const before = setting(bp.value);
    const after = fallback(bp.key) ?? { level: opts.rules?.get(bp.key)?.meta.level, levelNode: undefined, options: undefined, node: undefined };
    if (after.level === undefined || before.level === undefined) continue;
    if ((LEVELS[after.level] ?? 3) < (LEVELS[before.level] ?? 0)) {
      out.push({ field: `${where}.${bp.key}.level`, message: `removes the \`${bp.key}\` setting${where === 'rules' ? '' : ` from ${where}`}, which lowers it from ${before.level} to ${after.level}`, at: anchor, was: { start: bp.start, end: bp.end } });
    }
  }
}

function listRemoved(key: string, base: Side, head: Side, what: string, out: Change[], tail = ''): void {
  const b = strings(pair(base.root, key)?.value);
  const hp = pair(head.root, key);
  const h = strings(hp?.value).map((x) => x.value);
  for (const item of b) {
    if (h.includes(item.value)) continue;
    out.push({ field: `${key}.${item.value}`, message: `removes \`${item.value}\` from \`${key}\` (${what})${tail}`, at: hp ? { start: hp.keyNode.start, end: hp.keyNode.end } : undefined, was: { start: item.node.start, end: item.node.end } });
  }
}

function waiverKey(node: YNode): string {
  return `${scalar(pair(node, 'rule')?.value) ?? ''}|${scalar(pair(node, 'target')?.value) ?? ''}`;
}

function compareWaivers(base: YNode | undefined, head: YNode | undefined, out: Change[]): void {
  const bs = base?.type === 'seq' ? base.items : [];
  const hs = head?.type === 'seq' ? head.items : [];
  for (const w of hs) {
    const key = waiverKey(w);
    const prior = bs.find((b) => waiverKey(b) === key);
    const rule = scalar(pair(w, 'rule')?.value) ?? '?';
    const target = scalar(pair(w, 'target')?.value) ?? '?';
    const expires = pair(w, 'expires');
    if (!prior) {
      out.push({ field: `waiver.${key}`, message: `adds a waiver of \`${rule}\` for \`${target}\`${expires ? ` until ${scalar(expires.value) ?? '?'}` : ''}`, at: { start: w.start, end: pair(w, 'rule')?.end ?? w.end } });
      continue;
    }
    const was = scalar(pair(prior, 'expires')?.value);
    const now = scalar(expires?.value);
    if (was !== undefined && now !== undefined && now > was) {
      const wasNode = pair(prior, 'expires')?.value;
      out.push({ field: `waiver.${key}.expires`, message: `extends the waiver of \`${rule}\` for \`${target}\` from ${was} to ${now}`, at: { start: expires!.value!.start, end: expires!.value!.end }, was: wasNode ? { start: wasNode.start, end: wasNode.end } : undefined });
    }
  }
}

function overrideKey(node: YNode): string {
  return JSON.stringify([plain(pair(node, 'files')?.value), plain(pair(node, 'excludedFiles')?.value), plain(pair(node, 'when')?.value)]);
}

function isWaiversFile(root: YMap | undefined): boolean {
  return !!root && root.pairs.every((p) => p.key === 'waivers' || p.key === '$schema') && pair(root, 'waivers') !== undefined;
}

function isPolicyFile(root: YMap | undefined): boolean {
  const rules = pair(root, 'rules')?.value;
  return !!root && root.pairs.every((p) => p.key === 'rules' || p.key === '$schema') && rules?.type === 'map' && rules.pairs.some((p) => pair(p.value, 'match') !== undefined);
}

/** At most this many files are named in one finding; the rest are counted. */
const NAMED_FILES = 5;

/**
 * The files a configuration change stops linting: among `files` (the candidates at the base), those
 * the base configuration's `include`/`exclude` lint and the new one does not. `hiddenBy(glob)` says
 * which of them an added exclude glob hides (`'include'`: which the new include no longer selects),
 * as a message tail; empty when the files are not known.
 */
function narrowing(base: Side, head: Side, files: readonly string[] | undefined): { hiddenBy: (by: string) => string } {
  if (!files) return { hiddenBy: () => '' };
  const globsOf = (s: Side, key: string) => (pair(s.root, key) ? strings(pair(s.root, key)?.value).map((x) => x.value) : undefined);
  const selects = (s: Side) => {
    const include = globsOf(s, 'include');
    const inc = include ? globMatcher(include) : undefined;
    const exc = globMatcher(globsOf(s, 'exclude') ?? []);
    return (p: string) => (!inc || inc(p)) && !exc(p);
  };
  const before = selects(base);
  const after = selects(head);
  const hidden = files.filter((p) => before(p) && !after(p));
  const headInclude = globsOf(head, 'include');
  const includes = headInclude ? globMatcher(headInclude) : () => true;
  return {
    hiddenBy(by) {
      const match = by === 'include' ? (p: string) => !includes(p) : globMatcher([by]);
      const named = hidden.filter(match);
      if (named.length === 0) return ' (no file linted at the base is hidden by it yet)';
      const shown = named.slice(0, NAMED_FILES).map((p) => `\`${p}\``).join(', ');
      const more = named.length > NAMED_FILES ? ` and ${named.length - NAMED_FILES} more` : '';
      return `, which hides ${named.length} file${named.length === 1 ? '' : 's'} linted at the base: ${shown}${more}`;
    },
  };
}

/**
 * Compare one topiclint file (configuration, policy file or waivers file) at the base and now, and
 * return a `policy-weakened` finding for every change that weakens the policy. `baseText` undefined:
 * the file is new; `headText` undefined: the file was deleted (everything it set is gone).
 */
export function comparePolicies(baseText: string | undefined, headText: string | undefined, path: string, opts: ComparePoliciesOptions = {}): Finding[] {
  const base = side(baseText);
  const head = side(headText);
  if (headText !== undefined && head.root === undefined && headText.trim() !== '') return []; // unparseable: the config loader reports it
  const changes: Change[] = [];
  const shape = base.root ?? head.root;
  if (isWaiversFile(shape)) {
    compareWaivers(pair(base.root, 'waivers')?.value, pair(head.root, 'waivers')?.value, changes);
  } else if (isPolicyFile(shape)) {
    const bRules = pair(base.root, 'rules')?.value;
    const hRules = pair(head.root, 'rules')?.value;
    const hp = pair(head.root, 'rules');
    for (const b of bRules?.type === 'map' ? bRules.pairs : []) {
      const h = pair(hRules, b.key);
      if (!h) {
        changes.push({ field: `policy.${b.key}`, message: `removes custom rule \`${b.key}\``, at: hp ? { start: hp.keyNode.start, end: hp.keyNode.end } : undefined, was: { start: b.keyNode.start, end: b.keyNode.end } });
        continue;
      }
      const from = scalar(pair(b.value, 'level')?.value) ?? 'error';
      const toNode = pair(h.value, 'level')?.value;
      const to = scalar(toNode) ?? 'error';
      if ((LEVELS[to] ?? 3) < (LEVELS[from] ?? 0)) {
        changes.push({ field: `policy.${b.key}.level`, message: `lowers custom rule \`${b.key}\` from ${from} to ${to}`, at: toNode ? { start: toNode.start, end: toNode.end } : { start: h.keyNode.start, end: h.keyNode.end } });
      }
      for (const part of ['match', 'require']) {
        if (JSON.stringify(plain(pair(b.value, part)?.value)) === JSON.stringify(plain(pair(h.value, part)?.value))) continue;
        const node = pair(h.value, part);
        changes.push({
          field: `policy.${b.key}.${part}`,
          message: `changes the \`${part}\` of custom rule \`${b.key}\`, and topiclint cannot tell whether it is stricter`,
          at: node ? { start: node.keyNode.start, end: node.value?.end ?? node.end } : { start: h.keyNode.start, end: h.keyNode.end },
        });
      }
    }
  } else {
    const topRules = (r: YMap | undefined) => pair(r, 'rules')?.value;
    const headRulesPair = pair(head.root, 'rules');
    compareRuleMaps('rules', topRules(base.root), topRules(head.root), () => undefined, opts, changes, headRulesPair ? { start: headRulesPair.keyNode.start, end: headRulesPair.keyNode.end } : undefined);
    // Overrides, matched by what they select; a new one is compared with the top-level settings.
    const bo = pair(base.root, 'overrides')?.value;
    const ho = pair(head.root, 'overrides')?.value;
    const baseOverrides = bo?.type === 'seq' ? bo.items : [];
    const topLevel = (id: string) => {
      const p = pair(topRules(head.root), id);
      return p ? setting(p.value) : undefined;
    };
    (ho?.type === 'seq' ? ho.items : []).forEach((o, i) => {
      const prior = baseOverrides.find((b) => overrideKey(b) === overrideKey(o));
      const rulesPair = pair(o, 'rules');
      compareRuleMaps(`overrides[${i}]`, pair(prior, 'rules')?.value, rulesPair?.value, topLevel, opts, changes, rulesPair ? { start: rulesPair.keyNode.start, end: rulesPair.keyNode.end } : undefined);
    });
    listRemoved('extends', base, head, 'its rules no longer apply', changes);
    listRemoved('policies', base, head, 'its custom rules no longer run', changes);
    listRemoved('unsuppressible', base, head, 'it can now be waived or suppressed', changes);
    const scope = narrowing(base, head, opts.files);
    // An include removed altogether lints every file: only a narrower list is a weakening.
    if (pair(head.root, 'include')) listRemoved('include', base, head, 'fewer files are linted', changes, scope.hiddenBy('include'));
    const be = strings(pair(base.root, 'exclude')?.value).map((x) => x.value);
    for (const e of strings(pair(head.root, 'exclude')?.value)) {
      if (!be.includes(e.value)) changes.push({ field: `exclude.${e.value}`, message: `excludes \`${e.value}\` from linting${scope.hiddenBy(e.value)}`, at: { start: e.node.start, end: e.node.end } });
    }
    if (pair(head.root, 'include') && !pair(base.root, 'include') && base.root) {
      const ip = pair(head.root, 'include')!;
      changes.push({ field: 'include', message: `limits linting to the \`include\` globs${scope.hiddenBy('include')}`, at: { start: ip.keyNode.start, end: ip.value?.end ?? ip.end } });
    }
    const hw = pair(head.root, 'waivers')?.value;
    if (hw?.type === 'seq') compareWaivers(pair(base.root, 'waivers')?.value, hw, changes);
    for (const key of ['waivers', 'baseline']) {
      const b = scalar(pair(base.root, key)?.value);
      const hpair = pair(head.root, key);
      const h = scalar(hpair?.value);
      if (h !== undefined && h !== b) changes.push({ field: key, message: `points \`${key}\` at ${h}${b ? ` instead of ${b}` : ''}`, at: { start: hpair!.value!.start, end: hpair!.value!.end } });
    }
  }
  return findingsOf(changes, base, head, headText, path, opts);
}

/** One `policy-weakened` finding per change, at its place now, with its place at the base as related. */
function findingsOf(changes: readonly Change[], base: Side, head: Side, headText: string | undefined, path: string, opts: ComparePoliciesOptions): Finding[] {
  const ref = opts.ref ?? 'base';
  const seen = new Map<string, number>();
  return changes.map((c) => {
    const region = c.at && headText !== undefined ? regionOf(head.index, c.at.start, c.at.end) : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const related: RelatedFindingLocation[] = c.was ? [{ message: `setting at ${ref}`, external: { ref, path, line: base.index.position(c.was.start).line, column: base.index.position(c.was.start).column } }] : [];
    const key = `${POLICY_WEAKENED}|${path}|${c.field}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      ruleId: POLICY_WEAKENED,
      level: opts.level ?? 'error',
      message:
        `This change ${c.message}${headText === undefined ? ' (the file is deleted)' : ''}, which weakens the policy that judges this pull request. ` +
        'A change that relaxes topiclint must not pass unseen in the same diff it may excuse. Have the platform team that owns the policy review and approve it, or revert it.',
      location: { file: path, region },
      related,
      field: c.field,
      fingerprint: createHash('sha256').update(n === 0 ? key : `${key}#${n}`).digest('hex').slice(0, 32),
    };
  });
}

/** What `compareBaselines` decided: the entries this run honours, and a finding per entry it does not. */
export interface BaselineComparison {
  readonly honoured: readonly BaselineEntry[];
  readonly findings: Finding[];
}

/**
 * The baseline file at the base and now (`--base`): an entry the pull request adds hides a finding
 * from the run that judges that same pull request, so it is not honoured and is reported, at its line,
 * naming the rule and the finding it would hide. Entries the base already had are honoured (removing
 * entries is fine: the findings then count again). `baseText` undefined: no baseline at the base, so
 * every entry is added. Entries are matched by fingerprint, as many times as the base has them.
 */
export function compareBaselines(baseText: string | undefined, headText: string, path: string, opts: ComparePoliciesOptions = {}): BaselineComparison {
  const parsed = parseBaseline(headText);
  if ('error' in parsed) return { honoured: [], findings: [] }; // the config step reports an unreadable baseline
  if (baseText === headText) return { honoured: parsed.entries, findings: [] };
  const atBase = baseText === undefined ? undefined : parseBaseline(baseText);
  const left = new Map<string, number>();
  for (const e of atBase && 'entries' in atBase ? atBase.entries : []) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  const honoured: BaselineEntry[] = [];
  const added: { entry: BaselineEntry; index: number }[] = [];
  parsed.entries.forEach((entry, index) => {
    const n = left.get(entry.fingerprint) ?? 0;
    if (n > 0) {
      left.set(entry.fingerprint, n - 1);
      honoured.push(entry);
    } else added.push({ entry, index });
  });
  if (added.length === 0) return { honoured, findings: [] };
  // Where each entry is written: the items of `findings` that parseBaseline kept, in order.
  const head = side(headText);
  const list = pair(head.root, 'findings')?.value;
  const items = (list?.type === 'seq' ? list.items : []).filter((i) => {
    const fingerprint = pair(i, 'fingerprint')?.value;
    return fingerprint?.type === 'scalar' && typeof fingerprint.value === 'string';
  });
  const changes: Change[] = added.map(({ entry, index }) => {
    const item = items[index];
    // The entry's other fields are the pull request's text, not checked by parseBaseline: shown bounded.
    const shown = (v: unknown, max: number) => {
      const s = typeof v === 'string' || typeof v === 'number' ? String(v) : '?';
      return s.length > max ? `${s.slice(0, max)}…` : s;
    };
    return {
      field: `baseline.${entry.fingerprint}`,
      message: `adds a baseline entry that hides \`${shown(entry.ruleId, 80)}\` at ${shown(entry.file, 200)}:${shown(entry.line, 12)} ("${shown(entry.message, 160)}"); this run does not honour it`,
      at: item ? { start: item.start, end: pair(item, 'fingerprint')?.end ?? item.end } : undefined,
    };
  });
  return { honoured, findings: findingsOf(changes, side(undefined), head, headText, path, opts) };
}
