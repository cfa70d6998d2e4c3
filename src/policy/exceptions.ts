/**
 * Recorded exceptions, as pure post-processing steps of the pipeline (`CoreOptions.postprocess`):
 * inline suppression comments, waivers with an expiry date, and the baseline. Each marks findings
 * `suppression` (never drops them) and may add findings of its own (`suppression-reason`,
 * `unused-suppression`, `expired-waiver`). Rules listed as `unsuppressible` stay visible whatever hides them.
 */
import { createHash } from 'node:crypto';
import type { ResolvedConfig } from '../model/config.js';
import { SettingsResolver } from './settings.js';
import { sortFindings, type Finding, type Suppression } from '../model/finding.js';
import type { Catalog, SuppressionComment } from '../model/model.js';
import type { AnyRule, Level } from '../model/rule.js';
import { LineIndex, regionOf } from '../model/text.js';
import { didYouMean } from '../util/did-you-mean.js';
import { globMatcher } from '../util/glob.js';
import { boundQuoted } from '../util/excerpt.js';

/** A step after the rules: the texts of the input files, and the files of the run (to judge waiver scope). */
export type PostprocessStep = (findings: Finding[], ctx: { texts: ReadonlyMap<string, string>; catalog?: Pick<Catalog, 'files'> }) => Finding[];

/** Level of a meta rule for a file, or undefined when it is off. */
function levelFor(resolver: SettingsResolver, ruleId: string, file: string): Level | undefined {
  const s = resolver.resolve(ruleId, file);
  return s.level === 'off' ? undefined : s.level;
}

/** The line index of the text last asked for: the findings about one file's comments come in a row. */
let lastIndexed: { text: string; index: LineIndex } | undefined;
function lineIndexOf(text: string): LineIndex {
  if (lastIndexed?.text !== text) lastIndexed = { text, index: new LineIndex(text) };
  return lastIndexed.index;
}

/** A finding made outside the rule engine (a comment, a waiver): region, fingerprint, no entity. */
export function makeFinding(ruleId: string, level: Level, message: string, file: string, text: string, start: number, end: number, key: string): Finding {
  return {
    ruleId,
    level,
    message,
    location: { file, region: regionOf(lineIndexOf(text), start, end) },
    related: [],
    fingerprint: createHash('sha256').update(`${ruleId}|${file}|${key}`).digest('hex').slice(0, 32),
  };
}

// ---------------------------------------------------------------------------------------------------
// Inline comments

const HASH_COMMENTS = /\.(ya?ml|properties|tf|tfvars|hcl|sh|env|conf|toml)$/i;
const SLASH_COMMENTS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|java|kt|kts|scala|groovy|tf|hcl)$/i;
const MARKER = 'topiclint-disable';
/** Rule ids longer than this are kept truncated (they name no rule): messages quote them. */
export const MAX_SUPPRESSED_RULE_ID = 128;
/** A longer reason is kept truncated: it is quoted in SARIF and the job summary. */
export const MAX_SUPPRESSION_REASON = 1000;

/**
 * Find `topiclint-disable-next-line <rule>[, <rule>] -- <reason>`, `topiclint-disable-line ...` (a
 * comment at the end of the line it applies to) and `topiclint-disable-file ...`
 * comments: `#` in YAML, `.properties` (also `!`) and HCL; `//` and `/* *\/` in TypeScript, Java and HCL.
 * No rule list means every rule. Pure and cheap: files without the marker are not scanned.
 */
export function scanSuppressions(file: string, text: string): SuppressionComment[] {
  if (!text.includes(MARKER)) return [];
  const hash = HASH_COMMENTS.test(file);
  const slash = SLASH_COMMENTS.test(file);
  if (!hash && !slash) return [];
  const openers = [...(hash ? ['#'] : []), ...(/\.properties$/i.test(file) ? ['!'] : []), ...(slash ? ['//', '/*'] : [])].map((o) => o.replace(/[/*]/g, '\\$&')).join('|');
  const re = new RegExp(`(^|[\\s;,({])(${openers})[ \\t]*${MARKER}-(next-line|line|file)(?![\\w-])`, 'g');
  const out: SuppressionComment[] = [];
  const index = new LineIndex(text);
  // The next `*/` after a comment, found once and reused by the comments before it: searching from
  // every `/*` would be quadratic in a file full of unclosed comments.
  let close = -2;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const opener = m[2]!;
    const start = m.index + m[1]!.length;
    const bodyStart = m.index + m[0].length;
    let bodyEnd = text.indexOf('\n', bodyStart);
    if (bodyEnd < 0) bodyEnd = text.length;
    let end = bodyEnd;
    if (opener === '/*') {
      if (close !== -1 && close < bodyStart) close = text.indexOf('*/', bodyStart);
      if (close >= 0) {
        bodyEnd = close;
        end = close + 2;
      }
    }
    if (text.charCodeAt(bodyEnd - 1) === 13) bodyEnd--;
    if (text.charCodeAt(end - 1) === 13) end--;
    const body = text.slice(bodyStart, bodyEnd).replace(/\s+/g, ' ').trim();
    const sep = body.search(/(^|\s)--(\s|$)/);
    const rulesText = sep >= 0 ? body.slice(0, sep) : body;
    const reason = truncate(sep >= 0 ? body.slice(sep).replace(/^\s*--\s*/, '').trim() : '', MAX_SUPPRESSION_REASON);
    const rules = [...new Set(rulesText.split(/[\s,]+/).filter(Boolean).map((id) => truncate(id, MAX_SUPPRESSED_RULE_ID)))];
    const kind = m[3] === 'file' ? 'file' : m[3] === 'line' ? 'line' : 'next-line';
    out.push({
      file,
      kind,
      rules,
      ...(reason ? { reason } : {}),
      loc: { file, start, end },
      ...(kind === 'next-line' ? { line: index.position(end).line + 1 } : kind === 'line' ? { line: index.position(start).line } : {}),
    });
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}

/**
 * The comments that may apply to a finding, in text order: those on its line and the file-wide ones
 * naming its rule or every rule. Indexed once, so a file with thousands of comments and findings is
 * not a product of the two (each finding used to walk every comment of its file).
 */
function commentsByPlace(comments: readonly SuppressionComment[]): (f: Finding) => SuppressionComment[] {
  const index = new Map<string, SuppressionComment[]>();
  const add = (key: string, c: SuppressionComment) => {
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  };
  for (const c of comments) {
    if (c.kind !== 'file') add(`${c.file}\0line\0${c.line}`, c);
    else if (c.rules.length === 0) add(`${c.file}\0file\0*`, c);
    else for (const rule of c.rules) add(`${c.file}\0file\0${rule}`, c);
  }
  return (f) => {
    const found = [`line\0${f.location.region.startLine}`, 'file\0*', `file\0${f.ruleId}`].flatMap((k) => index.get(`${f.location.file}\0${k}`) ?? []);
    return found.length > 1 ? found.sort((a, b) => a.loc.start - b.loc.start) : found;
  };
}

/**
 * The rule ids of a comment as they enter its findings' fingerprints: joined as always (fingerprints
 * of baselined comments stay the same), or, over 1,000 characters, their digest.
 */
function fingerprintKey(rules: readonly string[]): string {
  const joined = rules.join(',');
  return joined.length > 1000 ? createHash('sha256').update(joined).digest('hex') : joined;
}

/** `text` cut to `max` characters, the cut marked with `…` (so a cut id never equals a rule id). */
function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

export interface ExceptionSettings {
  readonly config: ResolvedConfig;
  /** Every rule that can report (built-in and policies): levels of the meta rules, did-you-mean. */
  readonly rules: readonly AnyRule[];
}

/** Inline suppression comments, found in the texts of the input files. */
export function inlineSuppressionStep(settings: ExceptionSettings): PostprocessStep {
  const resolver = new SettingsResolver(settings.config, new Map(settings.rules.map((r) => [r.meta.id, r])));
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const ruleIds = new Set(settings.rules.map((r) => r.meta.id));
  return (findings, { texts }) => {
    const comments: SuppressionComment[] = [];
    for (const [file, text] of texts) comments.push(...scanSuppressions(file, text));
    if (comments.length === 0) return findings;
    const candidates = commentsByPlace(comments);
    /** comment -> rule ids (or '*') it hid a finding of; and rule ids it could not hide. */
    const used = new Map<SuppressionComment, Set<string>>();
    const blocked = new Map<SuppressionComment, Set<string>>();
    const out = findings.map((f) => {
      if (f.suppression) return f;
      for (const c of candidates(f)) {
        const names = c.rules.length === 0 || c.rules.includes(f.ruleId);
        if (!names) continue;
        const key = c.rules.length === 0 ? '*' : f.ruleId;
        if (unsuppressible.has(f.ruleId)) {
          blocked.set(c, (blocked.get(c) ?? new Set()).add(f.ruleId));
          continue;
        }
        used.set(c, (used.get(c) ?? new Set()).add(key));
        const suppression: Suppression = { kind: 'inSource', justification: c.reason ?? '', source: 'inline' };
        return { ...f, suppression };
      }
      return f;
    });
    const extra: Finding[] = [];
    for (const c of comments) {
      const text = texts.get(c.file) ?? '';
      const what = `topiclint-disable-${c.kind}`;
      // Once per comment, and bounded: a comment naming 50,000 ids made each of its findings join them all.
      const rulesKey = fingerprintKey(c.rules);
      const shownIds = c.rules.length > 5 ? `${c.rules.slice(0, 5).join(', ')} and ${c.rules.length - 5} more` : c.rules.join(', ');
      const scope = c.kind === 'file' ? 'in this file' : `on line ${c.line}`;
      const reasonLevel = levelFor(resolver, 'suppression-reason', c.file);
      if (!c.reason && reasonLevel) {
        extra.push(
          makeFinding('suppression-reason', reasonLevel, `\`${what}${c.rules.length ? ` ${shownIds}` : ''}\` gives no reason: an exception nobody can explain is never revisited. Add one after \` -- \`, e.g. \`${what} ${shownIds || '<rule>'} -- replicated by MirrorMaker, see OPS-123\`.`, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${rulesKey}|reason`),
        );
      }
      const unusedLevel = levelFor(resolver, 'unused-suppression', c.file);
      if (!unusedLevel) continue;
      const hits = used.get(c) ?? new Set<string>();
      const stopped = blocked.get(c) ?? new Set<string>();
      const report = (rule: string | undefined, message: string) =>
        extra.push(makeFinding('unused-suppression', unusedLevel, message, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${rulesKey}|${rule ?? '*'}`));
      if (c.rules.length === 0) {
        if (hits.size === 0 && stopped.size === 0) report(undefined, `\`${what}\` suppresses nothing: no finding ${scope}. Remove the comment.`);
      }
      for (const rule of c.rules) {
        if (hits.has(rule)) continue;
        if (unsuppressible.has(rule)) {
          report(rule, `\`${rule}\` is unsuppressible in this repository's configuration, so \`${what}\` cannot hide it${stopped.has(rule) ? '' : ' (and there is no such finding ' + scope + ')'}. Fix the finding instead, and remove the comment.`);
        } else if (!ruleIds.has(rule)) {
          const s = didYouMean(rule, ruleIds);
          report(rule, `\`${what}\` names \`${rule}\`, which is no rule, so it suppresses nothing.${s ? ` Did you mean \`${s}\`?` : ' Run `topiclint rules` for the ids.'}`);
        } else {
          report(rule, `\`${what} ${rule}\` suppresses nothing: no \`${rule}\` finding ${scope}. Remove it (or the rule id) so it cannot hide a future finding.`);
        }
      }
    }
    return extra.length ? sortFindings([...out, ...extra]) : out;
  };
}

// ---------------------------------------------------------------------------------------------------
// Waivers

export interface Waiver {
  readonly rule: string;
  readonly target: string;
  readonly reason: string;
  readonly approvedBy: string;
  /** YYYY-MM-DD: the last day the waiver applies. */
  readonly expires: string;
  readonly ticket?: string;
  /** Where it is written: the waivers file (or the config), its text and offsets. */
  readonly file: string;
  readonly text: string;
  readonly loc: { readonly start: number; readonly end: number };
  readonly expiresLoc: { readonly start: number; readonly end: number };
}

/** Days from `today` to `date` (both YYYY-MM-DD); negative when `date` is past. */
export function daysUntil(today: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

/** A waiver this many days or fewer from its expiry is an `expired-waiver` warning. */
export const EXPIRY_WARNING_DAYS = 14;

export function waiverStep(
  settings: ExceptionSettings & {
    readonly waivers: readonly Waiver[];
    readonly today: string;
    /**
     * The run lints the whole repository, so a waiver whose topic or consumer group has no finding is
     * known to be unused. When only some paths are linted, only file-glob waivers that match a linted
     * file can be judged.
     */
    readonly wholeRepository?: boolean;
  },
): PostprocessStep {
  const resolver = new SettingsResolver(settings.config, new Map(settings.rules.map((r) => [r.meta.id, r])));
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const active: { waiver: Waiver; glob: (path: string) => boolean; matches: (f: Finding) => boolean }[] = [];
  const extra: Finding[] = [];
  for (const w of settings.waivers) {
    const days = daysUntil(settings.today, w.expires);
    const level = levelFor(resolver, 'expired-waiver', w.file);
    const who = `for \`${w.rule}\` on \`${w.target}\` (approved by ${w.approvedBy})`;
    if (days < 0) {
      if (level) extra.push(makeFinding('expired-waiver', level, `The waiver ${who} expired on ${w.expires}, so it no longer applies and its findings are reported again. Fix them, or renew the waiver with a new date and a fresh approval.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expired`));
      continue;
    }
    if (days <= EXPIRY_WARNING_DAYS && level) {
      extra.push(makeFinding('expired-waiver', 'warning', `The waiver ${who} expires on ${w.expires}, in ${days === 0 ? 'less than a day' : `${days} day${days === 1 ? '' : 's'}`}: its findings will then fail the build. Fix them or get the waiver renewed now.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expiring`));
    }
    if (unsuppressible.has(w.rule)) {
      const unused = levelFor(resolver, 'unused-suppression', w.file);
      if (unused) extra.push(makeFinding('unused-suppression', unused, `The waiver ${who} cannot apply: \`${w.rule}\` is unsuppressible in this repository's configuration. Fix the finding and remove the waiver.`, w.file, w.text, w.loc.start, w.loc.end, `${w.rule}|${w.target}|unsuppressible`));
      continue;
    }
    const glob = globMatcher([w.target]); // linear time: src/util/glob.ts
    active.push({ waiver: w, glob, matches: (f) => f.ruleId === w.rule && (f.entityName === w.target || glob(f.location.file)) });
  }
  return (findings, { catalog }) => {
    const used = new Set<Waiver>();
    const out = findings.map((f) => {
      if (f.suppression || unsuppressible.has(f.ruleId)) return f;
      const hit = active.find((a) => a.matches(f));
      if (!hit) return f;
      const w = hit.waiver;
      used.add(w);
      const suppression: Suppression = { kind: 'external', justification: `${w.reason} (waiver approved by ${w.approvedBy}, expires ${w.expires}${w.ticket ? `, ${w.ticket}` : ''})`, source: 'waiver' };
      return { ...f, suppression };
    });
    // A waiver that waives nothing would silently hide the next finding on its target.
    const unused: Finding[] = [];
    for (const { waiver: w, glob } of active) {
      if (used.has(w)) continue;
      const judged = settings.wholeRepository || (catalog?.files ?? []).some((file) => glob(file.path));
      const level = judged ? levelFor(resolver, 'unused-suppression', w.file) : undefined;
      if (!level) continue;
      unused.push(
        makeFinding(
          'unused-suppression',
          level,
          `The waiver for \`${w.rule}\` on \`${w.target}\` (approved by ${w.approvedBy}) waives nothing: no \`${w.rule}\` finding matches it. The finding was fixed, or its target was renamed or deleted; remove the waiver so that it cannot hide a future finding.`,
          w.file,
          w.text,
          w.loc.start,
          w.loc.end,
          `${w.rule}|${w.target}|unused`,
        ),
      );
    }
    const added = [...extra, ...unused];
    return added.length ? sortFindings([...out, ...added]) : out;
  };
}

// ---------------------------------------------------------------------------------------------------
// Baseline

export interface BaselineEntry {
  readonly fingerprint: string;
  readonly ruleId: string;
  readonly level: Level;
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export interface BaselineFile {
  readonly version: 1;
  readonly tool: 'topiclint';
  readonly findings: readonly BaselineEntry[];
}

/** The baseline of a run: its visible findings, sorted, as stable JSON. */
export function createBaseline(findings: readonly Finding[]): string {
  const entries: BaselineEntry[] = findings
    .filter((f) => !f.suppression && f.baselineState !== 'absent')
    .map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, level: f.level, file: f.location.file, line: f.location.region.startLine, message: f.message }))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0)));
  const file: BaselineFile = { version: 1, tool: 'topiclint', findings: entries };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Read a baseline file's text; `undefined` with a reason when it is not one. */
export function parseBaseline(text: string): { entries: BaselineEntry[] } | { error: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${boundQuoted((e as Error).message)})` };
  }
  const d = data as Partial<BaselineFile>;
  if (!d || typeof d !== 'object' || d.tool !== 'topiclint' || d.version !== 1 || !Array.isArray(d.findings)) return { error: 'not a topiclint baseline (expected {"version": 1, "tool": "topiclint", "findings": [...]}); write one with --write-baseline' };
  const entries = d.findings.filter((e): e is BaselineEntry => !!e && typeof e === 'object' && typeof (e as BaselineEntry).fingerprint === 'string');
  return { entries };
}

/**
 * Findings in the baseline are marked suppressed (`external`, source `baseline`) and `unchanged`; others
 * are `new`. Baselined findings that are gone come back as findings with `baselineState: absent`, marked
 * suppressed: they never fail a run nor show in the stylish output, the pipeline counts them
 * (`stats.baselineFixed`), and SARIF lists them only with `--include-suppressed`.
 */
export function baselineStep(settings: { readonly entries: readonly BaselineEntry[]; readonly config: ResolvedConfig; readonly baselineFile?: string }): PostprocessStep {
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const justification = `in the baseline${settings.baselineFile ? ` ${settings.baselineFile}` : ''}`;
  return (findings) => {
    const remaining = new Map<string, BaselineEntry[]>();
    for (const e of settings.entries) remaining.set(e.fingerprint, [...(remaining.get(e.fingerprint) ?? []), e]);
    const out: Finding[] = findings.map((f) => {
      const list = remaining.get(f.fingerprint);
      if (!list || list.length === 0) return { ...f, baselineState: 'new' as const };
      list.shift();
      if (f.suppression || unsuppressible.has(f.ruleId)) return { ...f, baselineState: 'unchanged' as const };
      return { ...f, baselineState: 'unchanged' as const, suppression: { kind: 'external' as const, justification, source: 'baseline' as const } };
    });
    const absent: Finding[] = [];
    for (const list of remaining.values()) {
      for (const e of list) {
        absent.push({
          ruleId: e.ruleId,
          level: e.level,
          message: e.message,
          location: { file: e.file, region: { startLine: e.line, startColumn: 1, endLine: e.line, endColumn: 1 } },
          related: [],
          fingerprint: e.fingerprint,
          baselineState: 'absent',
          suppression: { kind: 'external', justification: `${justification}; fixed since`, source: 'baseline' },
        });
      }
    }
    return sortFindings([...out, ...absent]);
  };
}
