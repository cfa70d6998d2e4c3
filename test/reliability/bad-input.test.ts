/**
 * Bad input, one case each, through the real `lint()` API or the CLI (`runCli`) on a temporary
 * repository: every case ends in a clear message, the run never throws, and the good file next to the
 * bad ones is still linted. docs/reliability.md lists what the user sees for each case.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Log } from 'sarif';
import { runCli } from '../../src/cli.js';
import type { Finding, LintResult } from '../../src/model/finding.js';
import { formatters } from '../../src/formatters/index.js';
import { lint, readWhole } from '../../src/lint.js';
import { sarifValidatorOrFail } from '../helpers/sarif-schema.js';

const GOOD = 'topic: orders.order-created.v1\nreplicationFactor: 1\n';

const made: string[] = [];
afterAll(() => {
  for (const d of made) {
    try {
      chmodSync(path.join(d, 'secret.yaml'), 0o644);
    } catch {
      /* not there */
    }
    rmSync(d, { recursive: true, force: true });
  }
});

/** A repository (with `.git`, so it is the root) holding `good.yaml` and the given files. */
function repo(files: Record<string, string | Uint8Array> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-bad-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries({ 'good.yaml': GOOD, ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

const run = (dir: string, extra: Partial<Parameters<typeof lint>[0]> = {}) => lint({ cwd: dir, root: dir, paths: ['.'], concurrency: 1, ...extra });

async function cli(dir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

const at = (f: Finding) => `${f.location.region.startLine}:${f.location.region.startColumn}-${f.location.region.endLine}:${f.location.region.endColumn}`;
const findingsIn = (r: LintResult, file: string) => r.findings.filter((f) => f.location.file === file);
const record = (r: LintResult, file: string) => r.files.find((f) => f.path === file);

function expectGoodStillLinted(r: LintResult): void {
  expect(record(r, 'good.yaml')?.status).toBe('linted');
  expect(findingsIn(r, 'good.yaml').map((f) => `${at(f)} ${f.ruleId}`)).toContain('2:20-2:21 replication-factor');
}

/** A not-lintable file: listed with its reason, and reported once as `parse-error` at 1:1. */
function expectNotLintable(r: LintResult, file: string, reason: RegExp): void {
  expect(record(r, file)).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(reason) });
  const fs = findingsIn(r, file);
  expect(fs.map((f) => [f.ruleId, f.level, at(f)])).toEqual([['parse-error', 'error', '1:1-1:1']]);
  expect(fs[0]!.message).toMatch(reason);
  expect(fs[0]!.message).toMatch(/^This file was not linted: /);
}

describe('a YAML alias bomb ("billion laughs")', () => {
  // Nine levels, each a list of nine aliases of the level before: 9^9 (387 million) strings expanded.
  const levels = ['l0: &l0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  for (let i = 1; i <= 9; i++) levels.push(`l${i}: &l${i} [${Array.from({ length: 9 }, () => `*l${i - 1}`).join(', ')}]`);
  const bomb = `topic: orders.bomb.v1\nowner: team\nlabels:\n  ${levels.join('\n  ')}\n`;

  it('is cut off quickly with a parse-error that names it, and the other files are linted', async () => {
    const dir = repo({ 'bomb.yaml': bomb });
    const started = Date.now();
    const r = await run(dir);
    expect(Date.now() - started).toBeLessThan(5000);
    const fs = findingsIn(r, 'bomb.yaml');
    expect(fs.map((f) => f.ruleId)).toContain('parse-error');
    expect(fs.find((f) => f.ruleId === 'parse-error')!.message).toMatch(/alias bomb \("billion laughs"\)/);
    expectGoodStillLinted(r);
  });

  it('a file that uses a few aliases normally is read as usual', async () => {
    const dir = repo({ 'anchors.yaml': 'defaults: &d { replicationFactor: 1 }\ntopics:\n  - topic: orders.a.v1\n    owner: *d\n  - topic: orders.b.v1\n' });
    const r = await run(dir);
    expect(findingsIn(r, 'anchors.yaml').filter((f) => f.ruleId === 'parse-error')).toEqual([]);
  });
});

describe('an oversized file', () => {
  // Not 200 MB in a test: the limit is what is exercised, so a small limit and a small file.
  const big = `topic: orders.big.v1\nreplicationFactor: 1\n${'# padding padding padding\n'.repeat(40)}`;

  it('is not read, listed as not lintable and reported as a parse-error finding (lint API, maxFileSize)', async () => {
    const dir = repo({ 'big.yaml': big });
    const r = await run(dir, { maxFileSize: 500 });
    expectNotLintable(r, 'big.yaml', /file is \d+ bytes, over the 500-byte limit/);
    expect(r.findings.some((f) => f.entityName === 'orders.big.v1')).toBe(false);
    expect(r.stats.notLintable).toBe(1);
    expectGoodStillLinted(r);
  });

  it('a file that grows past the limit while it is read is cut off, not read to its end', () => {
    // Simulated: the size taken before reading (fstat) is smaller than what the file holds.
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'topiclint-grow-')), 'growing.yaml');
    writeFileSync(file, 'x'.repeat(200_000));
    const fd = openSync(file, 'r');
    try {
      expect(readWhole(fd, 10, 100_000)).toBeUndefined();
    } finally {
      closeSync(fd);
    }
    const again = openSync(file, 'r');
    try {
      expect(readWhole(again, 10, 1_000_000)?.length).toBe(200_000);
    } finally {
      closeSync(again);
    }
  });

  it('--max-file-size sets the limit on the command line and the run fails (exit 1)', async () => {
    const dir = repo({ 'big.yaml': big });
    const out = await cli(dir, '--format', 'json', '--max-file-size', '500');
    expect(out.code).toBe(1);
    const json = JSON.parse(out.stdout) as { findings: { ruleId: string; file?: string; location?: { file: string } }[] };
    expect(JSON.stringify(json)).toMatch(/over the 500-byte limit/);
  });

  it('`maxFileSize` in the config file sets the default limit; --max-file-size wins over it', async () => {
    const dir = repo({ 'big.yaml': big, 'topiclint.config.yaml': 'maxFileSize: 500\n' });
    const viaConfig = await cli(dir, '--format', 'stylish');
    expect(viaConfig.stdout).toMatch(/not lintable: big\.yaml: file is \d+ bytes, over the 500-byte limit/);
    const overridden = await cli(dir, '--format', 'stylish', '--max-file-size', '100000');
    expect(overridden.stdout).not.toMatch(/not lintable/);
    expect(overridden.stdout).toMatch(/big\.yaml/); // linted now: its replication factor is reported
  });

  it('a config `maxFileSize` that is not a positive whole number is a configuration error (exit 2)', async () => {
    const dir = repo({ 'topiclint.config.yaml': 'maxFileSize: lots\n' });
    const out = await cli(dir);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/maxFileSize/);
  });
});

describe('files that are not UTF-8 text', () => {
  it('a binary file named .yaml is refused as binary', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]);
    const r = await run(repo({ 'logo.yaml': png }));
    expectNotLintable(r, 'logo.yaml', /binary content \(a NUL byte at offset 8\)/);
    expectGoodStillLinted(r);
  });

  it('invalid UTF-8 is refused with the offset of the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('topic: orders.x.v1\nowner: caf'), Buffer.from([0xe9]), Buffer.from('\n')]);
    const r = await run(repo({ 'latin1.yaml': bytes }));
    expectNotLintable(r, 'latin1.yaml', /not valid UTF-8 \(first bad byte at offset 29\); save the file as UTF-8/);
    expectGoodStillLinted(r);
  });
});

describe('positions stay right', () => {
  it('after a byte order mark: columns on line 1 are counted from the first visible character', async () => {
    const r = await run(repo({ 'bom.yaml': '\uFEFFtopic: Orders_Created\nreplicationFactor: 1\n' }));
    expect(record(r, 'bom.yaml')?.status).toBe('linted');
    const got = findingsIn(r, 'bom.yaml').map((f) => `${at(f)} ${f.ruleId}`);
    expect(got).toContain('1:8-1:22 topic-naming');
    expect(got).toContain('2:20-2:21 replication-factor');
  });

  it('with CRLF line endings: lines and columns as with LF, the CR never inside a region', async () => {
    const r = await run(repo({ 'crlf.yaml': 'topic: Orders_Created\r\nowner: team\r\nreplicationFactor: 1\r\nminInsyncReplicas: 1\r\n' }));
    const got = findingsIn(r, 'crlf.yaml').map((f) => `${at(f)} ${f.ruleId}`);
    expect(got).toContain('1:8-1:22 topic-naming');
    expect(got).toContain('3:20-3:21 replication-factor');
    expect(got).toContain('4:20-4:21 min-insync-replicas');
  });
});

describe('duplicate keys', () => {
  it('are reported at the second key, and the message names the key', async () => {
    const r = await run(repo({ 'dup.yaml': 'topic: orders.dup.v1\nowner: team-a\npartitions: 3\nowner: team-b\n' }));
    const dup = findingsIn(r, 'dup.yaml').filter((f) => /owner/.test(f.message) && /duplicate|more than once|twice/i.test(f.message));
    expect(dup).toHaveLength(1);
    expect(dup[0]!.ruleId).toBe('parse-error');
    expect(at(dup[0]!)).toBe('4:1-4:6');
    expectGoodStillLinted(r);
  });
});

describe('deep nesting', () => {
  it('10,000 levels of flow collections: no stack overflow, a clear parse-error', async () => {
    const r = await run(repo({ 'deep-flow.yaml': `topic: orders.deep.v1\nlabels: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n` }));
    const fs = findingsIn(r, 'deep-flow.yaml');
    expect(fs.length).toBeGreaterThan(0);
    expect(fs.every((f) => f.ruleId === 'parse-error')).toBe(true);
    expect(fs.map((f) => f.message).join('\n')).toMatch(/Nesting (deeper than 200 levels|too deep)/);
    expect(fs.map((f) => f.message).join('\n')).not.toMatch(/call stack/i);
    expectGoodStillLinted(r);
  });

  it('10,000 levels of block sequences and of block mappings: no stack overflow', async () => {
    const seq = `topic: orders.deep-seq.v1\nlabels: ${'- '.repeat(10_000)}x\n`;
    // Block mappings indented one more space per level: 10k levels is 50 MB, so 2,000 levels (2 MB).
    const map = `topic: orders.deep-map.v1\nlabels:\n${Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i + 1)}k${i}:`).join('\n')} 1\n`;
    const r = await run(repo({ 'deep-seq.yaml': seq, 'deep-map.yaml': map }));
    for (const file of ['deep-seq.yaml', 'deep-map.yaml']) {
      expect(record(r, file), file).toBeDefined();
      expect(findingsIn(r, file).map((f) => f.message).join('\n'), file).not.toMatch(/call stack|internal error/i);
    }
    expect(findingsIn(r, 'deep-map.yaml').map((f) => f.message).join('\n')).toMatch(/Nesting deeper than 200 levels/);
    expectGoodStillLinted(r);
  });
});

describe('symbolic links', () => {
  it('a symlink loop is reported as not lintable, not followed forever', async () => {
    const dir = repo();
    symlinkSync('loop-b.yaml', path.join(dir, 'loop-a.yaml'));
    symlinkSync('loop-a.yaml', path.join(dir, 'loop-b.yaml'));
    mkdirSync(path.join(dir, 'nested'));
    symlinkSync('..', path.join(dir, 'nested', 'up')); // a folder loop: never entered
    const r = await run(dir);
    expectNotLintable(r, 'loop-a.yaml', /ELOOP/);
    expectNotLintable(r, 'loop-b.yaml', /ELOOP/);
    expect(r.files.filter((f) => f.path.includes('nested/up'))).toEqual([]);
    expectGoodStillLinted(r);
  });

  it('a symlink pointing outside the repository is not followed, and is reported', async () => {
    const outside = mkdtempSync(path.join(tmpdir(), 'topiclint-outside-'));
    made.push(outside);
    writeFileSync(path.join(outside, 'elsewhere.yaml'), 'topic: outside.secret-topic.v1\nreplicationFactor: 1\n');
    mkdirSync(path.join(outside, 'dir'));
    writeFileSync(path.join(outside, 'dir', 'more.yaml'), 'topic: outside.more.v1\nreplicationFactor: 1\n');
    const dir = repo();
    symlinkSync(path.join(outside, 'elsewhere.yaml'), path.join(dir, 'linked.yaml'));
    symlinkSync(path.join(outside, 'dir'), path.join(dir, 'linked-dir'));
    const r = await run(dir);
    expectNotLintable(r, 'linked.yaml', /symbolic link to a file outside the repository; not followed/);
    // Nothing from outside was read: neither the file link nor anything under the folder link.
    expect(r.findings.filter((f) => f.entityName?.startsWith('outside.'))).toEqual([]);
    expect(r.files.filter((f) => f.path.startsWith('linked-dir'))).toEqual([]);
    expectGoodStillLinted(r);
  });

  it('a symlink to a file inside the repository is read', async () => {
    const dir = repo({ 'real/orders.yaml': 'topic: orders.linked.v1\nreplicationFactor: 1\n' });
    symlinkSync('real/orders.yaml', path.join(dir, 'alias.yaml'));
    const r = await run(dir);
    expect(record(r, 'alias.yaml')?.status).toBe('linted');
  });

  it('a symlink to a folder, named like a catalog file, is reported as a folder and not entered', async () => {
    const dir = repo({ 'real/orders.yaml': 'topic: orders.linked.v1\nreplicationFactor: 1\n' });
    symlinkSync('real', path.join(dir, 'linked.yaml'));
    const r = await run(dir);
    expectNotLintable(r, 'linked.yaml', /a symbolic link to a folder, not a file; not read/);
    expect(r.files.filter((f) => f.path.startsWith('linked.yaml/'))).toEqual([]);
    expect(record(r, 'real/orders.yaml')?.status).toBe('linted');
  });
});

/** Root reads any file whatever its mode: probe whether chmod 000 actually hides a file here. */
function canHideFiles(): boolean {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-probe-'));
  try {
    const f = path.join(dir, 'probe');
    writeFileSync(f, 'x');
    chmodSync(f, 0);
    try {
      readFileSync(f);
      return false;
    } catch {
      return true;
    }
  } finally {
    chmodSync(path.join(dir, 'probe'), 0o644);
    rmSync(dir, { recursive: true, force: true });
  }
}
const hides = canHideFiles();
if (!hides) console.warn('bad-input: running with privileges that read chmod-000 files (root?); the unreadable-file case is skipped');

describe.skipIf(!hides)('an unreadable file (chmod 000)', () => {
  it('is listed as not lintable with the system error, reported, and the run goes on', async () => {
    const dir = repo({ 'secret.yaml': 'topic: orders.secret.v1\n' });
    chmodSync(path.join(dir, 'secret.yaml'), 0);
    const r = await run(dir);
    expectNotLintable(r, 'secret.yaml', /cannot be read \(EACCES\)/);
    expectGoodStillLinted(r);
  });
});

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe.skipIf(!hasMkfifo)('a named pipe called .yaml', () => {
  it('is not read (a read would block forever): not lintable, reported, and the run goes on', async () => {
    const dir = repo();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const r = await run(dir);
    expectNotLintable(r, 'pipe.yaml', /not a regular file/);
    expectGoodStillLinted(r);
  }, 10_000);
});

describe('file names with spaces, #, % and non-ASCII letters', () => {
  const names: Record<string, string> = {
    'team a/orders #1.yaml': 'team%20a/orders%20%231.yaml',
    'rates 100%.yaml': 'rates%20100%25.yaml',
    'café/über-topics.yaml': 'caf%C3%A9/%C3%BCber-topics.yaml',
    'заказы.yaml': '%D0%B7%D0%B0%D0%BA%D0%B0%D0%B7%D1%8B.yaml',
    'a?b;c=d&e+f.yaml': 'a%3Fb%3Bc%3Dd%26e%2Bf.yaml',
  };
  const files = Object.fromEntries(Object.keys(names).map((n, i) => [n, `topic: orders.named-${i}.v1\nreplicationFactor: 1\n`]));

  it('are linted, and SARIF URIs are relative, percent-encoded UTF-8 with / kept', async () => {
    const dir = repo(files);
    const out = await cli(dir, '--format', 'sarif');
    const log = JSON.parse(out.stdout) as Log;
    const uris = new Set(log.runs[0]!.results!.map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri));
    for (const [name, uri] of Object.entries(names)) expect(uris, name).toContain(uri);
    expect(uris).toContain('good.yaml');
    // Every URI is a valid relative reference that decodes back to a real path.
    for (const uri of uris) {
      expect(uri).toMatch(/^[A-Za-z0-9\-._~/%]+$/);
      expect(Object.keys(files).concat('good.yaml')).toContain(decodeURIComponent(uri!));
    }
  });

  it('stylish and json show the names as they are', async () => {
    const dir = repo(files);
    const r = await run(dir);
    const stylish = formatters['stylish']!(r);
    for (const name of Object.keys(names)) {
      expect(record(r, name)?.status, name).toBe('linted');
      expect(stylish).toContain(name);
    }
  });
});

describe('a path on the command line that does not exist', () => {
  it('is reported as not lintable, and the other paths are linted', async () => {
    const dir = repo();
    const r = await run(dir, { paths: ['good.yaml', 'no-such-folder'] });
    expectNotLintable(r, 'no-such-folder', /does not exist or cannot be read \(ENOENT\)/);
    expectGoodStillLinted(r);
  });
});

describe('not-lintable files are visible in every output', () => {
  it('stylish lists them with their reason; SARIF has a parse-error result and a notification for each', async () => {
    const dir = repo({ 'logo.yaml': Uint8Array.from([0, 1, 2, 3]), 'with space #1.yaml': Buffer.from([0xff, 0x41]) });
    const stylish = await cli(dir, '--format', 'stylish');
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toMatch(/not lintable: logo\.yaml: binary content/);
    expect(stylish.stdout).toMatch(/not lintable: with space #1\.yaml: not valid UTF-8/);

    const log = JSON.parse((await cli(dir, '--format', 'sarif')).stdout) as Log;
    const run0 = log.runs[0]!;
    const parseErrors = run0.results!.filter((x) => x.ruleId === 'parse-error').map((x) => x.locations![0]!.physicalLocation!.artifactLocation!.uri);
    expect(parseErrors.sort()).toEqual(['logo.yaml', 'with%20space%20%231.yaml']);
    const notes = run0.invocations![0]!.toolExecutionNotifications!;
    expect(notes.map((n) => [n.locations![0]!.physicalLocation!.artifactLocation!.uri, n.message.text])).toEqual([
      ['logo.yaml', expect.stringMatching(/^Not linted: binary content/)],
      ['with%20space%20%231.yaml', expect.stringMatching(/^Not linted: not valid UTF-8/)],
    ]);
    expect(run0.invocations![0]!.executionSuccessful).toBe(true);
    const validate = sarifValidatorOrFail('bad-input');
    if (validate) expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
  });
});
