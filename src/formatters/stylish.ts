/** The default human format: grouped by file, a summary line with counts. Colours only when asked. */
import pc from 'picocolors';
import type { Finding, LintResult } from '../model/finding.js';
import { escapeControls } from './escape.js';
import { joined, type PieceFormatter } from './types.js';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The length of the longest string. A loop, not `Math.max(...lengths)`: spreading an array into a
 * call passes every element as an argument, and past some tens of thousands (a file with 40,000
 * findings) that overflows the stack.
 */
function longest(strings: readonly string[]): number {
  let width = 0;
  for (const s of strings) if (s.length > width) width = s.length;
  return width;
}

export const stylishReport: PieceFormatter = function* (result: LintResult, options = {}) {
  const c = pc.createColors(options.color ?? false);
  const visible = result.findings.filter((f) => !f.suppression);
  const byFile = new Map<string, Finding[]>();
  for (const f of visible) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, findings] of byFile) {
    const lines: string[] = [c.underline(escapeControls(file))];
    const pos = findings.map((f) => `${f.location.region.startLine}:${f.location.region.startColumn}`);
    const width = longest(pos);
    findings.forEach((f, i) => {
      const level = f.level === 'error' ? c.red('error  ') : f.level === 'warning' ? c.yellow('warning') : c.blue('note   ');
      const profile = f.profile ? c.dim(` [profile ${escapeControls(f.profile)}]`) : '';
      lines.push(`  ${c.dim(pos[i]!.padEnd(width))}  ${level}  ${escapeControls(f.message)}${profile}  ${c.dim(escapeControls(f.ruleId))}`);
      for (const r of f.related) {
        const where = r.location ? `${r.location.file}:${r.location.region.startLine}:${r.location.region.startColumn}` : r.external ? `${r.external.ref}:${r.external.path}:${r.external.line}` : '';
        lines.push(`  ${' '.repeat(width)}           ${c.dim(`↳ ${escapeControls(r.message)}: ${escapeControls(where)}`)}`);
      }
    });
    lines.push('', '');
    yield lines.join('\n');
  }
  const lines: string[] = [];
  const errors = visible.filter((f) => f.level === 'error').length;
  const warnings = visible.filter((f) => f.level === 'warning').length;
  const notes = visible.filter((f) => f.level === 'note').length;
  const s = result.stats;
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}`;
  const scope = `${plural(s.filesLinted, 'file')} linted (${plural(s.topics, 'topic')}, ${plural(s.consumerGroups, 'consumer group')}, ${plural(s.clients, 'client')})`;
  const other = [
    s.notCatalog ? `${s.notCatalog} not a catalog file` : '',
    s.notLintable ? `${s.notLintable} not lintable` : '',
    s.parseErrors ? `${plural(s.parseErrors, 'file')} with parse errors` : '',
    s.suppressed ? `${s.suppressed} suppressed` : '',
    s.baselineFixed ? `${s.baselineFixed} baselined fixed` : '',
    s.testFilesLeftOut ? `${plural(s.testFilesLeftOut, 'test file')} left out (--include-tests to lint them)` : '',
  ].filter(Boolean);
  const mark = errors ? c.red(c.bold('✖')) : warnings ? c.yellow(c.bold('⚠')) : c.green(c.bold('✔'));
  lines.push(`${mark} ${counts} in ${scope}${other.length ? `; ${other.join(', ')}` : ''}${result.baseRef ? `; compared with ${escapeControls(result.baseRef)}` : ''}`);
  const notLintable = result.files.filter((f) => f.status === 'not-lintable');
  for (const f of notLintable) lines.push(c.dim(`  not lintable: ${escapeControls(f.path)}: ${escapeControls(f.reason ?? '')}`));
  if (options.verbose) {
    for (const f of result.files.filter((x) => x.status === 'not-catalog')) lines.push(c.dim(`  not a catalog file: ${escapeControls(f.path)}${f.reason ? ` (${escapeControls(f.reason)})` : ''}`));
    for (const u of result.unknowns ?? []) lines.push(c.dim(`  unknown value: ${escapeControls(u.file)}:${u.line}:${u.column} ${escapeControls(u.what)} (${escapeControls(u.reason)})`));
  }
  yield `${lines.join('\n')}\n`;
};

export const stylish = joined(stylishReport);
