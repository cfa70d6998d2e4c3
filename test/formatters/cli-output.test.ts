/** The CLI's output wiring: SARIF root URI, the Markdown job summary, annotations beside another format. */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { requireSarifValidator } from '../helpers/sarif-schema.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-output-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [p, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
    writeFileSync(path.join(dir, p), text);
  }
  return dir;
}

async function run(cwd: string, env: Record<string, string>, ...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv: ['--concurrency', 'off', '--no-base', ...argv], env, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

const TOPICS = 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 1\n';

describe('CLI output wiring', () => {
  it('a report that cannot be written is a clear error (exit 2), not an internal one', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS });
    mkdirSync(path.join(dir, 'out'));
    const r = await run(dir, {}, '--format', 'json', '--output', 'out');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^topiclint: cannot write the report to out \(EISDIR\): give --output a file/);
    expect(r.stderr).not.toMatch(/internal error/);
  });

  it('a cache that cannot be written is a warning: the run and its report are complete', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS, 'not-a-folder': 'x' });
    const plain = await run(dir, {}, '--format', 'json');
    const r = await run(dir, {}, '--format', 'json', '--cache', '--cache-location', 'not-a-folder');
    expect(r.code).toBe(plain.code);
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toMatch(/^topiclint: the cache could not be written to .*not-a-folder \((EEXIST|ENOTDIR)\); this run's result is complete/);
  });

  it('writes a large report in pieces, to stdout and to --output alike, the same bytes as the formatter', async () => {
    const topics = Array.from({ length: 600 }, (_, i) => `  - topic: orders.t${i}.v1\n    replicationFactor: 1\n`).join('');
    const dir = repo({ 'kafka/topics.yaml': `topics:\n${topics}` });
    const writes: string[] = [];
    const code = await runCli({ argv: ['--concurrency', 'off', '--no-base', '--format', 'json'], env: {}, cwd: dir, stdout: (s) => writes.push(s), stderr: () => {}, isTTY: false });
    expect(code).toBe(1);
    expect(writes.length).toBeGreaterThan(1); // not one string
    const report = writes.join('');
    expect((JSON.parse(report) as { findings: unknown[] }).findings.length).toBeGreaterThanOrEqual(600);
    const r = await run(dir, {}, '--format', 'json', '--output', 'out/report.json');
    expect(r.stdout).toBe('');
    expect(readFileSync(path.join(dir, 'out/report.json'), 'utf8')).toBe(report);
  });

  it('--format sarif declares the lint root as %SRCROOT% and writes URIs relative to it', async () => {
    const dir = repo({ 'kafka/my topics.yaml': TOPICS });
    const r = await run(dir, {}, '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { originalUriBaseIds: Record<string, { uri: string }>; results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.runs[0]!.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`${pathToFileURL(dir).href}/`);
    expect(log.runs[0]!.results.map((x) => x.locations[0]!.physicalLocation.artifactLocation.uri)).toContain('kafka/my%20topics.yaml');
  });

  it('the CLI\'s SARIF, end to end (findings, a parse error, a related location, an odd file name), validates against the official schema', async (ctx) => {
    const validate = requireSarifValidator(ctx);
    const dir = repo({
      'kafka/my topics.yaml': TOPICS,
      'kafka/dup #1.yaml': 'topics:\n  - topic: orders.created.v1\n    replicationFactor: 3\n',
      'kafka/broken.yaml': 'topics:\n  - topic: [unclosed\n',
    });
    const r = await run(dir, {}, '--format', 'sarif');
    expect(r.code).toBe(1);
    const log = JSON.parse(r.stdout) as { runs: { results: { ruleId: string; relatedLocations?: unknown[] }[] }[] };
    const ids = new Set(log.runs[0]!.results.map((x) => x.ruleId));
    expect([...ids]).toEqual(expect.arrayContaining(['replication-factor', 'duplicate-topic', 'parse-error']));
    expect(log.runs[0]!.results.some((x) => (x.relatedLocations ?? []).length > 0)).toBe(true);
    const ok = validate(log);
    expect(ok ? [] : validate.errors).toEqual([]);
  });

  it('appends the Markdown summary to $GITHUB_STEP_SUMMARY when it is set', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS });
    const stepSummary = path.join(dir, 'runner', 'step_summary.md');
    mkdirSync(path.dirname(stepSummary));
    writeFileSync(stepSummary, 'earlier content\n');
    const r = await run(dir, { GITHUB_STEP_SUMMARY: stepSummary }, '--format', 'compact');
    expect(r.code).toBe(1);
    const md = readFileSync(stepSummary, 'utf8');
    expect(md.startsWith('earlier content\n## topiclint\n')).toBe(true);
    expect(md).toContain('| kafka/topics.yaml:3:24 | error | replication-factor |');
  });

  it('--summary FILE writes it anywhere, and no summary is written without either', async () => {
    const dir = repo({ 'kafka/topics.yaml': TOPICS });
    await run(dir, {}, '--summary', 'out/summary.md');
    expect(readFileSync(path.join(dir, 'out/summary.md'), 'utf8')).toContain('### Findings per rule');
    const other = repo({ 'kafka/topics.yaml': TOPICS });
    await run(other, {});
    expect(existsSync(path.join(other, 'out'))).toBe(false);
  });

  it('--annotations prints workflow commands beside a report written to a file, and the summary says how many were left out', async () => {
    const many = `topics:\n${Array.from({ length: 12 }, (_, i) => `  - topic: orders.t${i}.v1\n    replicationFactor: 1\n`).join('')}`;
    const dir = repo({ 'kafka/topics.yaml': many });
    const summaryFile = path.join(dir, 'summary.md');
    const r = await run(dir, { GITHUB_STEP_SUMMARY: summaryFile }, '--format', 'sarif', '--output', 'topiclint.sarif', '--annotations');
    expect(r.code).toBe(1);
    // Other rules of the default preset fire too: work out what GitHub's limits leave out from the SARIF.
    const log = JSON.parse(readFileSync(path.join(dir, 'topiclint.sarif'), 'utf8')) as { runs: { results: { level: string }[] }[] };
    const perLevel = (level: string) => log.runs[0]!.results.filter((x) => x.level === level).length;
    expect(perLevel('error')).toBeGreaterThanOrEqual(12);
    const omitted = ['error', 'warning', 'note'].reduce((n, level) => n + Math.max(0, perLevel(level) - 10), 0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error file=kafka/topics.yaml,'))).toHaveLength(10);
    expect(lines.at(-1)).toBe(`topiclint: ${omitted} more findings not shown as annotations; see the job summary or SARIF`);
    expect(readFileSync(summaryFile, 'utf8')).toContain(`> ${omitted} findings were not shown as annotations`);
  });

  it('lists the new options in --help', async () => {
    const r = await run(repo({}), {}, '--help');
    expect(r.stdout).toContain('--summary <file>');
    expect(r.stdout).toContain('--annotations');
    expect(r.stdout).toContain('--include-suppressed');
  });
});
