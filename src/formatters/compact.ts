/**
 * One line per finding, for editors and problem matchers (docs/ide.md):
 *   `path:line:col: level message [rule-id]`
 * Paths are repository-relative with `/` separators; the message is flattened to one line and stripped
 * of terminal control sequences. Suppressed findings are not listed. No summary line, so that every
 * line of output is a problem.
 */
import type { Finding, LintResult } from '../core/finding.js';
import { sanitizeTerminal } from './escape.js';
import { joined, type PieceFormatter } from './types.js';

/** The documented line pattern (docs/ide.md repeats it as the VS Code problem matcher's `regexp`). */
export const COMPACT_LINE = /^(.+?):(\d+):(\d+): (error|warning|note) (.*) \[([^[\]\s]+)\]$/;

function oneLine(s: string): string {
  return sanitizeTerminal(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '));
}

export function compactLine(f: Finding): string {
  const r = f.location.region;
  return `${oneLine(f.location.file)}:${r.startLine}:${r.startColumn}: ${f.level} ${oneLine(f.message)} [${oneLine(f.ruleId)}]`;
}

export const compactReport: PieceFormatter = function* (result: LintResult) {
  for (const f of result.findings) if (!f.suppression) yield `${compactLine(f)}\n`;
};

export const compact = joined(compactReport);
