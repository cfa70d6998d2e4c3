import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, COMPACT_LINE } from '../../src/formatters/compact.js';
import { finding, result } from './helpers.js';

const DOC = readFileSync(new URL('../../docs/ide.md', import.meta.url), 'utf8');

interface Matcher {
  owner: string;
  fileLocation: unknown;
  pattern: { regexp: string; file: number; line: number; column: number; severity: number; message: number; code: number };
}

/** The problem matcher exactly as docs/ide.md ships it (the first JSON block with a problemMatcher). */
function documentedMatcher(): Matcher {
  const blocks = [...DOC.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const block = blocks.find((b) => b.includes('"problemMatcher"'));
  if (!block) throw new Error('docs/ide.md has no ```json block with a problemMatcher');
  const tasks = JSON.parse(block) as { tasks: { problemMatcher: Matcher }[] };
  return tasks.tasks[0]!.problemMatcher;
}

const sample = result([
  finding({ line: 12, message: 'Replication factor 1 is below the minimum of 3. Set replicationFactor: 3.' }),
  finding({ file: 'kafka/my topics #1.yaml', line: 3, ruleId: 'topic-naming', level: 'warning', message: 'Topic name "Orders [v1]" does not match: see docs.' }),
  finding({ file: 'kafka/zahlungsströme.yaml', line: 7, ruleId: 'acme/tier1-needs-dlq', level: 'note', message: 'line one\nline two' }),
  finding({ line: 40, suppression: { kind: 'inSource', justification: 'legacy', source: 'inline' } }),
]);

describe('compact format', () => {
  it('prints path:line:col: level message [rule-id], one line per visible finding', () => {
    expect(compact(sample)).toBe(
      [
        'kafka/orders.yaml:12:20: error Replication factor 1 is below the minimum of 3. Set replicationFactor: 3. [replication-factor]',
        'kafka/my topics #1.yaml:3:20: warning Topic name "Orders [v1]" does not match: see docs. [topic-naming]',
        'kafka/zahlungsströme.yaml:7:20: note line one\\x0aline two [acme/tier1-needs-dlq]',
        '',
      ].join('\n'),
    );
  });
  it('prints nothing when there is nothing to report', () => {
    expect(compact(result([]))).toBe('');
  });
  it('cannot be broken into extra lines or terminal escapes by a message', () => {
    const out = compact(result([finding({ message: 'a\r\nb\u001b[31mred\u2028c' })]));
    expect(out.split('\n')).toHaveLength(2);
    expect(out).not.toContain('\u001b');
  });
});

describe('the VS Code problem matcher documented in docs/ide.md', () => {
  const matcher = documentedMatcher();
  const re = new RegExp(matcher.pattern.regexp);

  it('is the pattern the formatter is built for', () => {
    expect(matcher.pattern.regexp).toBe(COMPACT_LINE.source);
    expect(matcher.fileLocation).toEqual(['relative', '${workspaceFolder}']);
  });
  it('matches every line of compact output and extracts file, position, severity, message and rule', () => {
    const lines = compact(sample).trimEnd().split('\n');
    const parsed = lines.map((l) => {
      const m = re.exec(l);
      expect(m, l).not.toBeNull();
      const p = matcher.pattern;
      return { file: m![p.file], line: m![p.line], column: m![p.column], severity: m![p.severity], message: m![p.message], code: m![p.code] };
    });
    expect(parsed).toEqual([
      { file: 'kafka/orders.yaml', line: '12', column: '20', severity: 'error', message: 'Replication factor 1 is below the minimum of 3. Set replicationFactor: 3.', code: 'replication-factor' },
      { file: 'kafka/my topics #1.yaml', line: '3', column: '20', severity: 'warning', message: 'Topic name "Orders [v1]" does not match: see docs.', code: 'topic-naming' },
      { file: 'kafka/zahlungsströme.yaml', line: '7', column: '20', severity: 'note', message: 'line one\\x0aline two', code: 'acme/tier1-needs-dlq' },
    ]);
  });
  it('does not match lines that are not findings', () => {
    expect(re.test('✖ 2 errors, 0 warnings, 0 notes in 3 files linted')).toBe(false);
    expect(re.test('kafka/a.yaml:3:5: fatal oops [x]')).toBe(false);
  });
});
