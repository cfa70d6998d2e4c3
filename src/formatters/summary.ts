/**
 * The Markdown job summary (for `$GITHUB_STEP_SUMMARY`, or `--summary FILE`): counts, a table of
 * findings per rule, and a table of every visible finding, most severe first. Everything that came from
 * the repository (paths, messages, rule ids of custom policies) goes through `escapeMarkdown`, so a
 * topic name cannot inject HTML, links, images or table cells. GitHub accepts at most 1 MiB per step
 * summary: rows are cut to fit, and a last line says how many were left out.
 *
 * Not a `--format`: the CLI writes it beside the report (I/O stays in the CLI).
 */
import { LEVEL_ORDER, type Finding, type LintResult } from '../model/finding.js';
import type { Level } from '../model/rule.js';
import { escapeMarkdown } from './escape.js';

/** GitHub's limit for one step's summary. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

export interface SummaryOptions {
  /** Findings not shown as annotations (GitHub's per-level limit), to say so in the summary. */
  readonly annotationsOmitted?: number;
  /** Byte limit (tests use a small one). */
  readonly limitBytes?: number;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function bytes(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

function row(f: Finding): string {
  const r = f.location.region;
  const related = f.related.map((rel) =>
    rel.location
      ? `${rel.message}: ${rel.location.file}:${rel.location.region.startLine}`
      : rel.external
        ? `${rel.message}: ${rel.external.ref}:${rel.external.path}:${rel.external.line}`
        : rel.message,
  );
  const message = escapeMarkdown(f.message) + related.map((t) => `<br>↳ ${escapeMarkdown(t)}`).join('');
  return `| ${escapeMarkdown(`${f.location.file}:${r.startLine}:${r.startColumn}`)} | ${f.level} | ${escapeMarkdown(f.ruleId)} | ${message} |\n`;
}

export function summary(result: LintResult, options: SummaryOptions = {}): string {
  const limit = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const visible = result.findings.filter((f) => !f.suppression);
  const count = (level: Level) => visible.filter((f) => f.level === level).length;
  const s = result.stats;
  let head = `## ${escapeMarkdown(result.toolName)}\n\n`;
  head += `**${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${plural(count('note'), 'note')}** in ${plural(s.filesLinted, 'file')} (${plural(s.topics, 'topic')}, ${plural(s.consumerGroups, 'consumer group')}, ${plural(s.clients, 'client')})`;
  const other = [
    s.parseErrors ? `${plural(s.parseErrors, 'file')} with parse errors` : '',
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.baselineFixed ? `${s.baselineFixed} baselined fixed` : '',
    s.testFilesLeftOut ? `${plural(s.testFilesLeftOut, 'test file')} left out (--include-tests to lint them)` : '',
  ].filter(Boolean);
  if (other.length) head += `; ${other.join(', ')}`;
  if (result.baseRef) head += `; compared with ${escapeMarkdown(result.baseRef)}`;
  head += '.\n';
  if (options.annotationsOmitted) {
    head += `\n> ${plural(options.annotationsOmitted, 'finding')} ${options.annotationsOmitted === 1 ? 'was' : 'were'} not shown as annotations (GitHub shows at most 10 per level in a step); the table below lists every finding.\n`;
  }
  if (visible.length === 0) return `${head}\nNo findings.\n`;

  const perRule = new Map<string, Record<Level, number>>();
  for (const f of visible) {
    const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, note: 0 };
    c[f.level]++;
    perRule.set(f.ruleId, c);
  }
  const total = (c: Record<Level, number>) => c.error + c.warning + c.note;
  const rules = [...perRule].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  head += '\n### Findings per rule\n\n| Rule | Errors | Warnings | Notes |\n| --- | ---: | ---: | ---: |\n';
  for (const [id, c] of rules) head += `| ${escapeMarkdown(id)} | ${c.error} | ${c.warning} | ${c.note} |\n`;
  head += '\n### Findings\n\n| Location | Level | Rule | Message |\n| --- | --- | --- | --- |\n';

  // Most severe first (stable within a level), so a cut drops the least severe.
  const ordered = [...visible].sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  const tail = (n: number) => `\n_${plural(n, 'more finding')} left out to keep this summary under ${Math.floor(limit / 1024)} KiB; see the SARIF file or the job log._\n`;
  let out = head;
  let used = bytes(head);
  const reserve = bytes(tail(ordered.length));
  let i = 0;
  for (; i < ordered.length; i++) {
    const line = row(ordered[i]!);
    const size = bytes(line);
    if (used + size + reserve > limit) break;
    out += line;
    used += size;
  }
  if (i < ordered.length) out += tail(ordered.length - i);
  return out;
}
