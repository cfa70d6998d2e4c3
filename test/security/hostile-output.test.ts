/**
 * A hostile pull request names files and topics so that our output does its work: a line that starts
 * a GitHub workflow command (`::error::`, `::add-mask::`, `::stop-commands::`) in the CI log, text
 * reversed by bidirectional overrides ("Trojan Source"), links in the job summary, a path that is
 * reported as another file. Each case builds the repository for real in a temporary folder (file
 * names with line feeds, carriage returns, bidi characters and backslashes are legal on Linux), runs
 * the CLI, and checks every output.
 *
 * Escapes are shown as `\xNN` (up to U+00FF) and `\uNNNN` (above): see `src/formatters/escape.ts`.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { guardedLog } from '../../src/formatters/escape.js';
import { formatters, summary } from '../../src/formatters/index.js';
import { finding, result } from '../formatters/helpers.js';
import { available, REPO_ROOT } from '../integration/helpers.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A fresh repository holding `files` (paths relative to it, folders made as needed). */
function repository(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-out-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function lint(dir: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv: [...argv, '--concurrency', 'off', '.'], env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

/** Lines (after the runner's own trimming of leading white space) that would run as workflow commands. */
function commandLines(out: string): string[] {
  return out.split(/\r\n|\r|\n/).filter((line) => /^(::|##\[)/.test(line.trimStart()));
}

// eslint-disable-next-line no-control-regex
const SGR = /\u001b\[[0-9;]*m/g;
/** Every character no formatter may let through raw: controls but LF, line/paragraph separators, bidi. */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;

/** The commands a hostile name tries to start, and the bidirectional characters it hides behind. */
const ATTACKS = ['\n::error::pwned', '\r::add-mask::x', '\n::stop-commands::tok', '\r\n::warning::w', '\u0085::error::nel', '\u2028::error::ls', '\u001b[2J\u001b]0;owned\u0007'];
const BIDI = '\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c';

/** YAML double-quoted spelling of a string (YAML escapes every character we need: \n \r \N \L \uXXXX). */
function yamlQuoted(s: string): string {
  return `"${[...s].map((c) => (c === '"' || c === '\\' ? `\\${c}` : c < ' ' || c > '~' ? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}` : c)).join('')}"`;
}

/** One file per attack, its name and its topic's name carrying the attack. */
function hostileRepository(): string {
  const files: Record<string, string> = {};
  ATTACKS.forEach((attack, i) => {
    const topic = `orders${attack}.v${i}${BIDI}`;
    files[`kafka/t${i}${attack}${BIDI}.yaml`] = `topic: ${yamlQuoted(topic)}\nreplicationFactor: 1\n`;
  });
  return repository(files);
}

describe('repository text cannot forge workflow commands or reorder output', () => {
  const dir = hostileRepository();

  it('the files with line breaks in their names are real and are linted', async () => {
    const r = await lint(dir, '--format', 'json');
    const report = JSON.parse(r.stdout) as { files: { path: string; status: string }[]; findings: { file: string }[] };
    expect(report.files.filter((f) => f.status === 'linted')).toHaveLength(ATTACKS.length);
    // json keeps the real names (JSON escapes them by construction).
    for (const attack of ATTACKS) expect(report.findings.some((f) => f.file.includes(attack))).toBe(true);
    // JSON escapes C0 controls itself; C1, line separators and bidi characters are written as \uXXXX.
    expect(r.stdout).not.toMatch(UNSAFE);
    expect(r.stdout).not.toMatch(/^::/m); // JavaScript's `^` also starts a line after U+2028
  });

  for (const argv of [['--format', 'stylish'], ['--format', 'stylish', '--color'], ['--format', 'stylish', '--verbose'], ['--format', 'compact']]) {
    it(`${argv.join(' ')}: no line starts a command; no raw control or bidi character`, async () => {
      const r = await lint(dir, ...argv);
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('replication-factor');
      expect(commandLines(r.stdout)).toEqual([]);
      expect(r.stdout.replace(SGR, '')).not.toMatch(UNSAFE);
      // Shown, not dropped: the reader sees what the name hides.
      expect(r.stdout).toContain('\\x0a::error::pwned');
      expect(r.stdout).toContain('\\x0d::add-mask::x');
      expect(r.stdout).toContain('\\x85::error::nel');
      expect(r.stdout).toContain('\\u2028::error::ls');
      expect(r.stdout).toContain('\\u202e');
      expect(r.stdout).toContain('\\x1b[2J\\x1b]0;owned\\x07'); // a screen clear and a window title, inert
      expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    });
  }

  it('compact: exactly one line per finding', async () => {
    const r = await lint(dir, '--format', 'compact');
    const json = JSON.parse((await lint(dir, '--format', 'json')).stdout) as { findings: unknown[] };
    expect(r.stdout.trimEnd().split('\n')).toHaveLength(json.findings.length);
  });

  it('github: every line is one of our own annotations, and bidi characters are escaped', async () => {
    const r = await lint(dir, '--format', 'github');
    const lines = r.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^::(error|warning|notice) file=|^topiclint: \d+ more/);
    expect(r.stdout).not.toMatch(UNSAFE);
  });

  it('sarif and json keep the real names; sarif URIs percent-encode them', async () => {
    const text = (await lint(dir, '--format', 'sarif')).stdout;
    expect(text).not.toMatch(UNSAFE);
    const sarif = JSON.parse(text) as { runs: { results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    const uris = sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toContain(`kafka/t0${encodeURIComponent(`\n::error::pwned${BIDI}`).replace(/:/g, '%3A')}.yaml`);
    for (const uri of uris) expect(uri).toMatch(/^[A-Za-z0-9\-._~/%]+$/);
    // Messages are read by people in the code scanning view: no reversed or hidden text there either.
    const messages = sarif.runs[0]!.results.map((x) => x.message.text).join('\n');
    expect(messages).not.toMatch(UNSAFE);
    expect(messages).toContain('\\u202e');
  });

  it('the job summary: no raw control or bidi character, every row one line', async () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-sum-')), 'summary.md');
    made.push(path.dirname(out));
    await lint(dir, '--format', 'json', '--summary', out);
    const md = readFileSync(out, 'utf8');
    expect(md).not.toMatch(UNSAFE);
    expect(commandLines(md)).toEqual([]);
    for (const line of md.split('\n').filter((l) => l.startsWith('| kafka/'))) expect(line.split(/(?<!\\)\|/).length - 2).toBe(4);
    expect(md).toContain('\\\\u202e'); // shown as the escape (its backslash escaped for Markdown)
  });
});

/**
 * The text GitHub would show for Markdown `md`, as far as autolinks care: backslash escapes and the
 * entities we write decoded. GFM's extended autolinks (https://github.github.com/gfm/#autolinks-extension-)
 * need `http://`, `https://` (cmark-gfm also takes `ftp://`), `www.`, or an address character right
 * before an `@`; cmark-gfm matches email addresses on this decoded text.
 */
function renderedText(md: string): string {
  return md
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&#8203;/g, '\u200b')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
const AUTOLINK = /(https?|ftp):\/\/|www\.|[A-Za-z0-9._+-]@/i;

describe('the job summary: no bare URL, www name or email address from the repository becomes a link', () => {
  it('topic names with URLs, www names and addresses are shown but not linked', async () => {
    const names = ['https://evil.example/login', 'HTTP://evil.example', 'ftp://evil.example/x', 'www.evil.example', 'WWW.evil.example', 'ceo@evil.example', 'mailto:ceo@evil.example', 'xmpp:ceo@evil.example'];
    const dir = repository({ 'topics.yaml': `topics:\n${names.map((n) => `  - topic: ${yamlQuoted(n)}\n    replicationFactor: 1\n`).join('')}` });
    const out = path.join(dir, 'summary.md');
    await lint(dir, '--format', 'json', '--summary', out);
    const md = readFileSync(out, 'utf8');
    const text = renderedText(md);
    expect(text).toContain('evil.example'); // the names are there...
    for (const line of text.split('\n')) expect(line).not.toMatch(AUTOLINK); // ...and none is a link
    // The reader sees the name as it is: only a zero-width space was added.
    expect(text.replace(/\u200b/g, '')).toContain('https://evil.example/login');
  });

  // GitHub's own renderer, when this machine has it (Debian package cmark-gfm): no link in the HTML.
  it.skipIf(!available('cmark-gfm'))('rendered by cmark-gfm (GitHub’s renderer), the summary has no link', async () => {
    const names = ['https://evil.example/login', 'ftp://evil.example/x', '(www.evil.example)', '*ceo@evil.example*', 'mailto:ceo@evil.example'];
    const dir = repository({ 'topics.yaml': `topics:\n${names.map((n) => `  - topic: ${yamlQuoted(n)}\n    replicationFactor: 1\n`).join('')}` });
    await lint(dir, '--format', 'json', '--summary', path.join(dir, 'summary.md'));
    const html = execFileSync('cmark-gfm', ['-e', 'autolink', '-e', 'table', path.join(dir, 'summary.md')], { encoding: 'utf8' });
    expect(html).toContain('evil.example/login');
    expect(html).not.toContain('<a ');
    // Control: the same names unescaped are links.
    expect(execFileSync('cmark-gfm', ['-e', 'autolink'], { input: names.join(' '), encoding: 'utf8' }).split('<a ')).toHaveLength(names.length + 1);
  });

  it('the checker catches a link (control)', () => {
    expect(renderedText('see https\\://evil.example')).toMatch(AUTOLINK);
    expect(renderedText('x\\@evil.example')).toMatch(AUTOLINK);
  });
});

describe('a backslash is part of a file name, never a separator', () => {
  it('a\\b.yaml is reported as a\\b.yaml by every format, and as a%5Cb.yaml in SARIF', async () => {
    const dir = repository({ 'a\\b.yaml': 'topic: orders.created.v1\nreplicationFactor: 1\n' });
    const json = JSON.parse((await lint(dir, '--format', 'json')).stdout) as { findings: { file: string }[] };
    expect(new Set(json.findings.map((f) => f.file))).toEqual(new Set(['a\\b.yaml']));
    const sarif = JSON.parse((await lint(dir, '--format', 'sarif')).stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(new Set(sarif.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri))).toEqual(new Set(['a%5Cb.yaml']));
    expect((await lint(dir, '--format', 'stylish')).stdout.split('\n')[0]).toBe('a\\b.yaml');
    for (const line of (await lint(dir, '--format', 'compact')).stdout.trimEnd().split('\n')) expect(line.startsWith('a\\b.yaml:')).toBe(true);
    for (const line of (await lint(dir, '--format', 'github')).stdout.trimEnd().split('\n')) expect(line).toMatch(/^::\w+ file=a\\b\.yaml,/);
  });
});

describe('a file with tens of thousands of findings', () => {
  /** `n` findings in one file, built by hand (linting a catalog that large would take seconds). */
  function manyFindings(n: number) {
    return result(Array.from({ length: n }, (_, i) => finding({ file: 'kafka/huge.yaml', line: i + 1 })));
  }

  // Node spreads about 120,000 arguments into a call before its stack overflows (less when the call
  // is deep in the CLI, where the issue saw it at ~40,000 topics): 200,000 fails without the fix.
  for (const n of [50_000, 200_000]) {
    it(`stylish formats ${n.toLocaleString('en')} findings in one file without a stack overflow`, () => {
      const out = formatters['stylish']!(manyFindings(n), { color: false });
      const lines = out.split('\n');
      expect(lines[0]).toBe('kafka/huge.yaml');
      expect(lines[n]).toMatch(new RegExp(`^  ${n}:20 +error `));
      expect(out).toContain(`✖ ${n} errors`);
    });
  }

  it('every other format and the job summary take 50,000 findings in one file', () => {
    const r = manyFindings(50_000);
    for (const name of ['compact', 'github', 'json', 'sarif']) expect(formatters[name]!(r).length, name).toBeGreaterThan(1000);
    expect(summary(r)).toContain('more findings left out');
  });

  it('end to end: a catalog file with 10,000 findings through the CLI (stylish), exit 1, no stack trace', async () => {
    const dir = repository({ 'kafka/huge.yaml': `topics:\n${Array.from({ length: 2_500 }, (_, i) => `  - {topic: t${i}, replicationFactor: 1}\n`).join('')}` });
    const r = await lint(dir, '--format', 'stylish');
    expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
    expect(r.code).toBe(1);
    // Per topic: replication-factor and min-insync-replicas (errors), ownership-metadata and topic-naming (governance: warnings).
    expect(r.stdout).toMatch(/^✖ 5000 errors, 5000 warnings, 0 notes in 1 file linted/m);
  });
});

/**
 * `--watch` in a real child process (so that Node's own end, exit code 13 for a top-level await that
 * never settles, can be seen), with the real `fs.watch`. The sources are bundled once with esbuild
 * into a temporary folder (dependencies stay imports, resolved through a link to node_modules).
 */
describe('--watch: the folder going away, and the files a run writes', () => {
  let bundleDir = '';
  beforeAll(async () => {
    bundleDir = mkdtempSync(path.join(tmpdir(), 'topiclint-watch-bundle-'));
    made.push(bundleDir);
    symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(bundleDir, 'node_modules'), 'dir');
    writeFileSync(path.join(bundleDir, 'entry.ts'), `export { runCli } from ${JSON.stringify(path.join(REPO_ROOT, 'src/cli.ts'))};\nexport { watchCommand } from ${JSON.stringify(path.join(REPO_ROOT, 'src/watch.ts'))};\n`);
    await build({ entryPoints: [path.join(bundleDir, 'entry.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: path.join(bundleDir, 'cli.mjs'), logLevel: 'silent' });
  });

  /** Starts `script` (an ES module that imports `runCli`/`watchCommand` from `BUNDLE`) in `cwd`. */
  function start(script: string, cwd: string) {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script.replaceAll('BUNDLE', JSON.stringify(pathToFileURL(path.join(bundleDir, 'cli.mjs')).href))], { cwd, env: { PATH: process.env['PATH'], HOME: process.env['HOME'] } });
    const out = { stdout: '', stderr: '' };
    child.stdout.on('data', (d: Buffer) => void (out.stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => void (out.stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    let code: number | null | undefined;
    void exited.then((c) => (code = c));
    return { child, out, exited, code: () => code };
  }

  async function until(what: string, predicate: () => boolean, ms = 5000): Promise<void> {
    const end = Date.now() + ms;
    while (!predicate()) {
      if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  const CATALOG = 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 1\n';

  it('a watched folder that is deleted is reported and watched again when it comes back; exit 0 on Ctrl-C, never 13', async () => {
    const dir = repository({ 'kafka/topics.yaml': CATALOG });
    // What `topiclint --watch kafka` runs, with a short check interval so the test is quick.
    const w = start(
      `import { runCli, watchCommand } from BUNDLE;
const io = { argv: ['--watch', '--no-base', '--no-color', '--concurrency', 'off', 'kafka'], env: {}, cwd: process.cwd(), isTTY: false, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) };
process.exitCode = await watchCommand({ io, positionals: ['kafka'], debounceMs: 30, pollMs: 50, runCli: (argv) => runCli({ ...io, argv }) });`,
      dir,
    );
    try {
      await until('the first run', () => w.out.stderr.includes('watching kafka'));
      rmSync(path.join(dir, 'kafka'), { recursive: true });
      await until('the folder reported gone', () => w.out.stderr.includes('topiclint: watch: kafka is gone (deleted or moved); waiting for it to come back.') || w.code() !== undefined);
      expect(w.code(), w.out.stderr).toBeUndefined(); // still running: not exit code 13
      const runs = () => w.out.stderr.split('topiclint: linting kafka').length - 1;
      const before = runs();
      mkdirSync(path.join(dir, 'kafka'));
      writeFileSync(path.join(dir, 'kafka/topics.yaml'), CATALOG.replace('orders.created.v1', 'orders.back.v1'));
      await until('the folder reported back and linted', () => w.out.stderr.includes('kafka is back') && runs() > before && w.out.stdout.includes('orders.back.v1'));
      // Watched again: a change in the new folder gives a run.
      const after = runs();
      await until('the run to end', () => w.out.stderr.split('watching kafka').length - 1 === after);
      writeFileSync(path.join(dir, 'kafka/topics.yaml'), CATALOG.replace('orders.created.v1', 'orders.again.v1'));
      await until('a run after a change in the new folder', () => w.out.stdout.includes('orders.again.v1'));
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(0);
      expect(w.out.stderr).not.toMatch(/internal error|\n\s+at /);
    } finally {
      w.child.kill('SIGKILL');
    }
  });

  it('--watch --write-baseline with the baseline in the watched folder: one change gives exactly one run', async () => {
    const dir = repository({ 'kafka/topics.yaml': CATALOG });
    const w = start(
      `import { runCli } from BUNDLE;
process.exitCode = await runCli({ argv: ['--watch', '--no-base', '--no-color', '--concurrency', 'off', '--write-baseline', 'kafka/baseline.json', '--output', 'kafka/report.txt', 'kafka'], env: {}, cwd: process.cwd(), isTTY: false, stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s) });`,
      dir,
    );
    const runs = () => w.out.stderr.split('topiclint: linting kafka').length - 1;
    const ended = () => w.out.stderr.split('watching kafka').length - 1;
    try {
      await until('the first run', () => ended() === 1);
      expect(readFileSync(path.join(dir, 'kafka/baseline.json'), 'utf8')).toContain('replication-factor');
      writeFileSync(path.join(dir, 'kafka/topics.yaml'), CATALOG.replace('replicationFactor: 1', 'replicationFactor: 2'));
      await until('the run after the change', () => ended() === 2);
      // Longer than the debounce (200 ms) and a run: a run started by the baseline or report it wrote would show here.
      await new Promise((r) => setTimeout(r, 600));
      expect(runs(), w.out.stderr).toBe(2);
      w.child.kill('SIGINT');
      expect(await w.exited).toBe(0);
    } finally {
      w.child.kill('SIGKILL');
    }
  });
});

describe('messages on stderr cannot start a workflow command either', () => {
  it('a config key holding `\\n::error::` is quoted in the config error without starting a line of its own', async () => {
    const dir = repository({ 'topiclint.config.yaml': `rules:\n  ${yamlQuoted('x\n::error::pwned\r::add-mask::tok\u202e')}: error\n`, 'topics.yaml': 'topic: orders.created.v1\n' });
    const r = await lint(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Unknown rule');
    expect(commandLines(r.stderr)).toEqual([]);
    expect(r.stderr).not.toMatch(UNSAFE);
    expect(r.stderr).toContain('x\n\\x3a:error::pwned\\x0d::add-mask::tok\\u202e');
  });

  it('guardedLog: lines in pieces, after white space, and ##[ commands', () => {
    let out = '';
    const log = guardedLog((s) => (out += s));
    log('topiclint: a');
    log('\n  ::error::x\n##[error]y\nnot ::a command\n');
    log('::warning::z');
    log('::still the same line\n');
    expect(commandLines(out)).toEqual([]);
    expect(out).toBe('topiclint: a\n  \\x3a:error::x\n\\x23#[error]y\nnot ::a command\n\\x3a:warning::z::still the same line\n');
  });
});
