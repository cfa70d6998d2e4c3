/**
 * One line per finding, for editors and problem matchers (docs/ide.md):
 *   `path:line:col: level message [rule-id]`
 * Paths are repository-relative with `/` separators; line breaks, controls and bidirectional
 * characters in repository text are shown as escapes (`escapeControls`), so each finding is exactly one
 * line. Suppressed findings are not listed. No summary line, so that every line of output is a problem.
 */
import type { Finding, LintResult } from '../model/finding.js';
import { escapeControls } from './escape.js';
import { joined, type PieceFormatter } from './types.js';

/** The documented line pattern (docs/ide.md repeats it as the VS Code problem matcher's `regexp`). */
export const COMPACT_LINE = /^(.+?):(\d+):(\d+): (error|warning|note) (.*) \[([^[\]\s]+)\]$/;

export function compactLine(f: Finding): string {
  const r = f.location.region;
  return `${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn}: ${f.level} ${escapeControls(f.message)} [${escapeControls(f.ruleId)}]`;
}

export const compactReport: PieceFormatter = function* (result: LintResult) {
  for (const f of result.findings) if (!f.suppression) yield `${compactLine(f)}\n`;
};

export const compact = joined(compactReport);
