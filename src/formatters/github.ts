/**
 * GitHub Actions workflow commands: one annotation per finding,
 *   `::error file=...,line=...,endLine=...,col=...,endColumn=...,title=...::message`
 * (`::warning`, `::notice` for notes).
 *
 * Everything in a command that came from the repository (paths, messages, topic names) is escaped the
 * way the runner unescapes it: in the message `%` -> %25, CR -> %0D, LF -> %0A; in properties also
 * `:` -> %3A and `,` -> %2C. No repository text can therefore end the line or start a command of its
 * own (`\n::error::pwned`, `::stop-commands::`, `::add-mask::`): every line we print starts with our
 * own command name.
 *
 * GitHub shows at most 10 annotations per level in a step (and 50 in a job): the most severe are
 * printed first (errors, then warnings, then notes, each in the result's order), at most 10 per level,
 * followed by a plain line saying how many were not shown. The job summary lists them all.
 */
import { LEVEL_ORDER, type Finding, type LintResult } from '../model/finding.js';
import type { Level } from '../model/rule.js';
import { escapeControlsKeepingLineFeeds } from './escape.js';
import { joined, type PieceFormatter } from './types.js';

/** GitHub's display limit per annotation level in one step. */
export const ANNOTATIONS_PER_LEVEL = 10;

const COMMAND: Record<Level, string> = { error: 'error', warning: 'warning', note: 'notice' };

/** Escaping of a command's message (data) part, as the runner unescapes it. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a command's property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * Line breaks of every kind become `\n` (percent-escaped later, so they stay inside the annotation);
 * other controls and bidirectional characters are shown as escapes (`escapeControlsKeepingLineFeeds`).
 */
function clean(s: string): string {
  return escapeControlsKeepingLineFeeds(s.replace(/\r\n|[\r\u2028\u2029\u0085]/g, '\n'));
}

export interface AnnotationPlan {
  /** Findings to annotate, most severe first. */
  readonly shown: readonly Finding[];
  /** How many visible findings were left out because of GitHub's per-level limit. */
  readonly omitted: number;
}

/** Which findings become annotations (the CLI uses `omitted` for the job summary too). */
export function annotationPlan(result: LintResult): AnnotationPlan {
  const visible = result.findings.filter((f) => !f.suppression);
  const levels: Level[] = (['error', 'warning', 'note'] as Level[]).sort((a, b) => LEVEL_ORDER[b] - LEVEL_ORDER[a]);
  const shown: Finding[] = [];
  for (const level of levels) shown.push(...visible.filter((f) => f.level === level).slice(0, ANNOTATIONS_PER_LEVEL));
  return { shown, omitted: visible.length - shown.length };
}

export function annotation(f: Finding): string {
  const r = f.location.region;
  const props: string[] = [`file=${escapeProperty(clean(f.location.file))}`, `line=${r.startLine}`, `endLine=${r.endLine}`];
  // The runner drops an annotation whose columns span lines, or whose end column is before its start.
  if (r.startLine === r.endLine && r.endColumn >= r.startColumn) props.push(`col=${r.startColumn}`, `endColumn=${r.endColumn}`);
  props.push(`title=${escapeProperty(clean(`topiclint: ${f.ruleId}`))}`);
  const related = f.related.map((rel) => {
    const where = rel.location
      ? `${rel.location.file}:${rel.location.region.startLine}:${rel.location.region.startColumn}`
      : rel.external
        ? `${rel.external.ref}:${rel.external.path}:${rel.external.line}`
        : '';
    return `\n↳ ${rel.message}${where ? `: ${where}` : ''}`;
  });
  const message = clean(`${f.message}${related.join('')}`);
  return `::${COMMAND[f.level]} ${props.join(',')}::${escapeData(message)}`;
}

export function omittedLine(omitted: number): string {
  return `topiclint: ${omitted} more finding${omitted === 1 ? '' : 's'} not shown as annotations; see the job summary or SARIF`;
}

export const githubReport: PieceFormatter = function* (result: LintResult) {
  const plan = annotationPlan(result);
  for (const f of plan.shown) yield `${annotation(f)}\n`;
  if (plan.omitted > 0) yield `${omittedLine(plan.omitted)}\n`;
};

export const github = joined(githubReport);
