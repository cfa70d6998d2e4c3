import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { escapeMarkdown } from '../../src/formatters/escape.js';
import { summary, SUMMARY_LIMIT_BYTES } from '../../src/formatters/summary.js';
import { finding, result } from './helpers.js';

describe('job summary', () => {
  it('counts findings per rule, then lists every finding, most severe first', () => {
    const md = summary(
      result([
        finding({ ruleId: 'topic-naming', level: 'warning', line: 1, message: 'Name "Orders" is not <domain>.<event>.v<N>.' }),
        finding({ line: 2 }),
        finding({ line: 3 }),
        finding({ line: 4, suppression: { kind: 'inSource', justification: 'x', source: 'inline' } }),
      ]),
    );
    expect(md).toBe(
      [
        '## topiclint',
        '',
        '**2 errors, 1 warning, 0 notes** in 1 file (1 topic, 0 consumer groups, 0 clients); 1 suppressed.',
        '',
        '### Findings per rule',
        '',
        '| Rule | Errors | Warnings | Notes |',
        '| --- | ---: | ---: | ---: |',
        '| replication-factor | 2 | 0 | 0 |',
        '| topic-naming | 0 | 1 | 0 |',
        '',
        '### Findings',
        '',
        '| Location | Level | Rule | Message |',
        '| --- | --- | --- | --- |',
        '| kafka/orders.yaml:2:20 | error | replication-factor | Replication factor 1 is below 3. |',
        '| kafka/orders.yaml:3:20 | error | replication-factor | Replication factor 1 is below 3. |',
        '| kafka/orders.yaml:1:20 | warning | topic-naming | Name "Orders" is not &lt;domain&gt;.&lt;event&gt;.v&lt;N&gt;. |',
        '',
      ].join('\n'),
    );
  });
  it('says so when there are no findings', () => {
    expect(summary(result([]))).toContain('**0 errors, 0 warnings, 0 notes**');
    expect(summary(result([]))).toContain('\nNo findings.\n');
    expect(summary(result([]))).not.toContain('| Location |');
  });
  it('says how many findings were not shown as annotations', () => {
    expect(summary(result([finding({})]), { annotationsOmitted: 12 })).toContain('> 12 findings were not shown as annotations');
    expect(summary(result([finding({})]), { annotationsOmitted: 0 })).not.toContain('not shown as annotations');
  });
  it('lists related locations under the message', () => {
    const md = summary(result([finding({ related: [{ message: 'first definition', location: { file: 'k/b.yaml', region: { startLine: 2, startColumn: 1, endLine: 2, endColumn: 2 } } }] })]));
    expect(md).toContain('| Replication factor 1 is below 3.<br>↳ first definition: k/b.yaml:2 |');
  });
});

describe('job summary escaping of repository text', () => {
  it('neutralises table breaks, HTML, code, emphasis, links, images and newlines', () => {
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(escapeMarkdown('`code` *bold* _it_ ~~del~~')).toBe('\\`code\\` \\*bold\\* \\_it\\_ \\~\\~del\\~\\~');
    expect(escapeMarkdown('![img](http://x) [link](http://y)')).toBe('\\!\\[img\\]\\(http&#8203;://x\\) \\[link\\]\\(http&#8203;://y\\)');
    // Line breaks are shown as escapes (the backslash itself escaped for Markdown): a row stays one line.
    expect(escapeMarkdown('line1\nline2\r\nline3')).toBe('line1\\\\x0aline2\\\\x0d\\\\x0aline3');
    expect(escapeMarkdown('&lt; \\')).toBe('&amp;lt; \\\\');
  });
  it('keeps a hostile topic name and file name inside their table cells', () => {
    const md = summary(result([finding({ file: 'k/a|b.yaml', message: 'Topic "x | y\n| injected | row |" <script>alert(1)</script> [click](javascript:alert(1))' })]));
    const rows = md.split('\n').filter((l) => l.startsWith('| k/'));
    expect(rows).toHaveLength(1);
    const cells = rows[0]!.split(/(?<!\\)\|/).slice(1, -1);
    expect(cells).toHaveLength(4);
    expect(md).not.toMatch(/<script>|\]\(javascript/);
  });
});

describe('job summary size limit', () => {
  const many = (n: number): Finding[] => Array.from({ length: n }, (_, i) => finding({ line: i + 1, message: `Finding number ${i + 1} ${'x'.repeat(200)}` }));

  it('stays under the limit and says how many rows were left out', () => {
    const md = summary(result(many(100)), { limitBytes: 8 * 1024 });
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(8 * 1024);
    const rows = md.split('\n').filter((l) => l.startsWith('| kafka/')).length;
    expect(rows).toBeGreaterThan(10);
    expect(rows).toBeLessThan(100);
    expect(md).toContain(`_${100 - rows} more findings left out to keep this summary under 8 KiB; see the SARIF file or the job log._`);
  });
  it('keeps the real 1 MiB limit with many findings, errors kept before warnings', () => {
    const findings = [...Array.from({ length: 3000 }, (_, i) => finding({ level: 'warning', ruleId: 'topic-naming', line: i + 1, message: 'w'.repeat(300) })), ...many(3000)];
    const md = summary(result(findings));
    expect(Buffer.byteLength(md)).toBeLessThanOrEqual(SUMMARY_LIMIT_BYTES);
    expect(md).toMatch(/more findings left out/);
    const firstWarning = md.indexOf('| warning |');
    const lastError = md.lastIndexOf('| error |');
    expect(lastError).toBeGreaterThan(0);
    expect(firstWarning === -1 || firstWarning > lastError).toBe(true);
  });
  it('adds no note when everything fits', () => {
    expect(summary(result(many(5)))).not.toContain('left out');
  });
});
