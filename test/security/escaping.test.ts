/**
 * Everything written for humans or for GitHub escapes what came from the repository: topic names,
 * messages, paths and (custom) rule ids are repository content.
 * - stylish and compact (terminals): no escape sequence of the repository's survives — no OSC 8
 *   hyperlinks, no screen clearing, no C1 controls (each shown as a visible `\xNN` escape); with
 *   colours on, the only sequences are our SGR colour codes. (Line breaks and bidirectional
 *   characters in real file names: `hostile-output.test.ts`.)
 * - github (workflow commands): every line printed starts with one of our own commands; a name like
 *   `x\n::error::pwned` stays inside the message of our annotation.
 * - the Markdown job summary: `|`, `<script>`, backticks, links and images are inert text.
 * Each is checked on hand-built findings with malicious text and end to end from a YAML file.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { formatters, summary } from '../../src/formatters/index.js';
import { finding, meta, result } from '../formatters/helpers.js';

const OSC8 = '\u001b]8;;http://evil.example/\u0007click me\u001b]8;;\u0007';
const CLEAR = '\u001b[2J\u001b[H';
const TITLE = '\u001b]0;owned\u001b\\';
const C1_CSI = '\u009b31m';
const NASTY = `orders.${OSC8}.${CLEAR}${TITLE}${C1_CSI}\u0007\u0008.v1`;

const stylish = formatters['stylish']!;
const compact = formatters['compact']!;
const github = formatters['github']!;

/** A result whose findings carry malicious text everywhere repository text can reach. */
function hostile(text: string) {
  return result(
    [
      finding({ message: `Topic "${text}" has replication factor 1.`, file: `kafka/${text}.yaml`, entityName: text }),
      finding({
        ruleId: 'duplicate-topic',
        line: 3,
        message: `Topic "${text}" is already defined.`,
        related: [{ message: `first definition ${text}`, location: { file: `other/${text}.yaml`, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } } }],
      }),
      finding({ ruleId: `acme/${text}`, line: 5, message: 'custom policy' }),
    ],
    [meta('replication-factor'), meta('duplicate-topic'), meta(`acme/${text}`)],
  );
}

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe('terminal output (stylish, compact) strips escape sequences from repository text', () => {
  it('stylish without colours: no control character at all', () => {
    const out = stylish(hostile(NASTY), { color: false });
    expect(out).not.toMatch(ANY_CONTROL);
    expect(out).not.toContain('http://evil.example/\u0007');
    expect(out).toContain('click me'); // the visible text stays, the hyperlink does not
  });

  it('stylish with colours: only our SGR colour codes, nothing else', () => {
    const out = stylish(hostile(NASTY), { color: true });
    expect(out).toMatch(SGR);
    expect(out.replace(SGR, '')).not.toMatch(ANY_CONTROL);
  });

  it('stylish: a not-lintable file whose name and reason carry escapes is listed cleanly', () => {
    const r = { ...hostile('x'), files: [{ path: `kafka/${CLEAR}.yaml`, status: 'not-lintable' as const, formats: [], reason: OSC8 }] };
    const out = stylish(r, { color: false });
    expect(out).toContain('not lintable: kafka/');
    expect(out).not.toMatch(ANY_CONTROL);
  });

  it('compact: one line per finding, no control character', () => {
    const out = compact(hostile(`${NASTY}\nsecond line\r\nthird`));
    expect(out).not.toMatch(ANY_CONTROL);
    expect(out.trimEnd().split('\n')).toHaveLength(3);
  });
});

describe('GitHub workflow commands cannot be injected', () => {
  const OURS = /^::(error|warning|notice) file=[^\n]*::[^\n]*$|^topiclint: \d+ more findings? not shown/;

  for (const evil of ['x\n::error::pwned', 'x\r\n::add-mask::secret', 'x\r::stop-commands::tok', 'x%0A::error::pwned', 'x\u2028::error::pwned', `x\n${OSC8}`]) {
    it(`a topic named ${JSON.stringify(evil)}`, () => {
      const out = github(hostile(evil));
      const lines = out.trimEnd().split('\n');
      expect(lines).toHaveLength(3);
      for (const line of lines) {
        expect(line).toMatch(OURS);
        expect(line).not.toMatch(ANY_CONTROL); // CR included
      }
      // What came from the repository appears only after our `::` separator, escaped.
      expect(out).not.toMatch(/^::(add-mask|stop-commands|set-output|set-env)/m);
      if (evil.includes('%0A')) expect(out).toContain('%250A'); // a literal %0A is not turned into a newline
    });
  }

  it('a path with `,` and `:` cannot add or change annotation properties', () => {
    const out = github(result([finding({ file: 'kafka/a,line=99,title=x:y.yaml' })]));
    expect(out).toContain('file=kafka/a%2Cline=99%2Ctitle=x%3Ay.yaml,line=1,');
    expect(out.match(/,line=/g)).toHaveLength(1);
  });
});

describe('the Markdown job summary renders repository text inert', () => {
  const MD = 'a|b <script>alert(1)</script> `code` [link](http://evil.example) ![img](http://evil.example/x.png) *em* _u_ <img src=x onerror=alert(1)> &amp; \n| injected | row |';

  it('table rows keep their four cells; no raw HTML, code spans, links or images', () => {
    const out = summary(hostile(MD));
    const rows = out.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| ---') && !/^\| (Location|Rule) \|/.test(l));
    expect(rows.length).toBeGreaterThan(3);
    for (const row of rows) {
      const cells = row.split(/(?<!\\)\|/).length - 2; // unescaped pipes delimit the cells
      expect(cells, row).toBe(4);
      expect(row).not.toMatch(/<script|<img/i);
      expect(row).not.toMatch(/(?<!\\)`/);
      expect(row).not.toMatch(/(?<!\\)\[[^\]]*(?<!\\)\]\(/);
      expect(row).not.toMatch(/(?<!\\)!(?<!\\)\[/);
    }
    expect(out).toContain('&lt;script&gt;');
    expect(out).toContain('\\|');
    expect(out).not.toMatch(/\n\| injected \| row \|/); // the newline did not start a row of its own
  });

  it('control characters never reach the summary', () => {
    expect(summary(hostile(NASTY))).not.toMatch(ANY_CONTROL);
  });
});

describe('end to end: a catalog whose topic names attack every output', () => {
  const made: string[] = [];
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

  async function lintRepo(files: Record<string, string>, ...argv: string[]): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-esc-'));
    made.push(dir);
    mkdirSync(path.join(dir, '.git'));
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
    let stdout = '';
    await runCli({ argv: [...argv, '--concurrency', 'off', '.'], env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
    return stdout;
  }

  // YAML double-quoted scalars spell control characters as \e, \a, \n: exactly what an attacker writes.
  const catalog = {
    'topics.yaml':
      'topics:\n' +
      '  - topic: "orders.\\e]8;;http://evil.example/\\aclick\\e]8;;\\a.v1"\n    replicationFactor: 1\n' +
      '  - topic: "payments.\\e[2J\\e[H.v1"\n    replicationFactor: 1\n' +
      '  - topic: "x\\n::error::pwned"\n    replicationFactor: 1\n' +
      '  - topic: "a|b <script>alert(1)</script> `c` [l](http://evil.example)"\n    replicationFactor: 1\n',
  };

  it('stylish (even with --color): no repository escape sequence', async () => {
    for (const argv of [['--format', 'stylish'], ['--format', 'stylish', '--color']]) {
      const out = await lintRepo(catalog, ...argv);
      expect(out).toContain('replication-factor');
      expect(out.replace(SGR, '')).not.toMatch(ANY_CONTROL);
    }
  });

  it('github: every line is one of our commands', async () => {
    const out = await lintRepo(catalog, '--format', 'github');
    const lines = out.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=|^topiclint: /);
    expect(out).toContain('x%0A::error::pwned');
  });

  it('the job summary (--summary FILE) escapes Markdown and HTML', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-esc-sum-'));
    made.push(dir);
    const file = path.join(dir, 'summary.md');
    await lintRepo(catalog, '--format', 'json', '--summary', file);
    const md = readFileSync(file, 'utf8');
    expect(md).toContain('&lt;script&gt;');
    expect(md).not.toMatch(/<script/);
    expect(md).not.toMatch(ANY_CONTROL);
  });
});
