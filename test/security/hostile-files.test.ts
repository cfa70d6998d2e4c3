/**
 * A hostile pull request against the files topiclint reads and writes (issue #15, part A). Each case
 * builds the repository an attacker could hand us, in a temp folder, with a `.git/config` holding a
 * fake `actions/checkout` credential, and checks the promise through the CLI in every output format:
 *
 *  1. nothing inside a git directory is ever read, whatever path leads there (a committed link, an
 *     explicit path, a git dir a `.git` file points at, a bare repository folder);
 *  2. every repository file (catalogs, config files, CODEOWNERS, `.gitignore`) resolves to a regular
 *     file inside the repository, under a size limit, or is reported with its reason;
 *  3. a parse error quotes no more than a short excerpt of the file (no token reaches any output);
 *  4. nothing is written through a committed link (`--output`, `--write-baseline`, `--summary`, the
 *     Action's SARIF file);
 *  5. `-c` naming a folder, a pipe or an unreadable file exits 2 naming it;
 *  6. a named pipe on the command line is reported as not a regular file, never read;
 *  7. `extends` as a diamond or a very long chain finishes at once.
 * Exit codes stay 0/1/2 and no stack trace is printed.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action.js';
import { runCli } from '../../src/cli.js';
import { boundQuoted, excerpt, yamlErrorMessage } from '../../src/util/excerpt.js';
import { commitAll, git, write } from '../change/helpers.js';

/** The fake credential of actions/checkout, as `.git/config` holds it in CI. */
const TOKEN = 'ghs_FAKE0token0do0not0leak0abcdefghijkl';
const BASIC = Buffer.from(`x-access-token:${TOKEN}`).toString('base64');
const GIT_CONFIG = [
  '[core]',
  '\trepositoryformatversion = 0',
  '[remote "origin"]',
  '\turl = https://github.com/acme/kafka',
  '[http "https://github.com/"]',
  `\textraheader = AUTHORIZATION: basic ${BASIC}`,
  '',
].join('\n');
/** The secret part of the header: what must never reach an output (its first characters encode `x-access-token:`). */
const SECRETS = [TOKEN, BASIC.slice(20)];

const GOOD = 'topic: orders.created.v1\nreplicationFactor: 1\npartitions: 3\n';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A repository with a `.git` folder (HEAD, objects/, the config with the credential) and the given files. */
function repo(files: Record<string, string> = {}): string {
  const dir = tempDir('topiclint-hostile-files-');
  mkdirSync(path.join(dir, '.git', 'objects'), { recursive: true });
  writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  writeFileSync(path.join(dir, '.git', 'config'), GIT_CONFIG);
  for (const [name, content] of Object.entries({ 'good.yaml': GOOD, ...files })) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** A folder outside the repository holding `name` with `content`; returns the file's path. */
function outsideFile(name: string, content: string): string {
  const dir = tempDir('topiclint-outside-');
  writeFileSync(path.join(dir, name), content);
  return path.join(dir, name);
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

async function cli(dir: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

const FORMATS = ['stylish', 'json', 'sarif', 'github', 'compact'] as const;

/**
 * The run in every format, with the Markdown job summary (written to a file outside the repository):
 * what each printed, and one text of everything for the leak checks. Each exit code is 0, 1 or 2, and
 * no run printed a stack trace or an internal error.
 */
async function everyOutput(dir: string, ...argv: string[]): Promise<{ runs: Record<string, Run>; all: string }> {
  const runs: Record<string, Run> = {};
  let all = '';
  const summaryDir = tempDir('topiclint-summary-');
  for (const format of FORMATS) {
    const summaryFile = path.join(summaryDir, `${format}.md`);
    const r = await cli(dir, '--format', format, '--summary', summaryFile, ...argv);
    let summary = '';
    try {
      summary = readFileSync(summaryFile, 'utf8');
    } catch {
      /* no summary on a usage error */
    }
    runs[format] = r;
    all += `${r.stdout}\n${r.stderr}\n${summary}\n`;
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toContain('internal error');
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  }
  return { runs, all };
}

function expectNoSecret(text: string): void {
  for (const s of SECRETS) expect(text).not.toContain(s);
}

interface JsonFile {
  path: string;
  status: string;
  reason?: string;
}
interface JsonReport {
  files: JsonFile[];
  findings: { ruleId: string; message: string; file: string }[];
}
const json = (r: Run) => JSON.parse(r.stdout) as JsonReport;
const fileRecord = (r: Run, p: string) => json(r).files.find((f) => f.path === p);

const hasMkfifo = (() => {
  try {
    execFileSync('mkfifo', ['--version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

describe('nothing inside a git directory is read', () => {
  it('a committed link gitcfg.yaml -> .git/config is not read: not lintable, and the credential reaches no output', async () => {
    const dir = repo();
    symlinkSync('.git/config', path.join(dir, 'gitcfg.yaml'));
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    expect(fileRecord(runs['json']!, 'gitcfg.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
    expect(fileRecord(runs['json']!, 'good.yaml')?.status).toBe('linted');
    expect(runs['json']!.code).toBe(1);
  });

  it('an explicit path into .git, or .git itself, is refused', async () => {
    const dir = repo();
    const r = await cli(dir, '--format', 'json', '.git/config', '.git', 'good.yaml');
    expectNoSecret(r.stdout + r.stderr);
    expect(fileRecord(r, '.git/config')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
    expect(fileRecord(r, '.git')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
  });

  it('a link through a folder link into .git (docs -> .git, a.yaml -> docs/config) is not read', async () => {
    const dir = repo();
    symlinkSync('.git', path.join(dir, 'docs'));
    symlinkSync('docs/config', path.join(dir, 'a.yaml'));
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    expect(fileRecord(runs['json']!, 'a.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
  });

  it('a git dir elsewhere in the tree (what a `.git` file or a worktree points at) and a bare repository folder are neither walked nor read through links', async () => {
    const dir = repo({
      'modules/sub/HEAD': 'ref: refs/heads/main\n',
      'modules/sub/commondir': '../..\n',
      'modules/sub/config.yaml': GIT_CONFIG,
      'vendor/bare.git/HEAD': 'ref: refs/heads/main\n',
      'vendor/bare.git/objects/.keep': '',
      'vendor/bare.git/leak.yaml': GIT_CONFIG,
    });
    symlinkSync('modules/sub/config.yaml', path.join(dir, 'wt.yaml'));
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    const files = json(runs['json']!).files.map((f) => f.path);
    expect(files).not.toContain('modules/sub/config.yaml');
    expect(files).not.toContain('vendor/bare.git/leak.yaml');
    expect(fileRecord(runs['json']!, 'wt.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
  });

  it('a config file that is a dangling link is an error (exit 2), not a run without config', async () => {
    const dir = repo();
    symlinkSync('nowhere.yaml', path.join(dir, 'topiclint.config.yaml'));
    const r = await cli(dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topiclint\.config\.yaml: cannot be read: cannot be resolved \(ENOENT\)/);
  });

  it('a config file that is a link into .git is a config error (exit 2) that quotes nothing of it', async () => {
    const dir = repo();
    symlinkSync('.git/config', path.join(dir, 'topiclint.config.yaml'));
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    expect(runs['stylish']!.code).toBe(2);
    expect(runs['stylish']!.stderr).toMatch(/topiclint\.config\.yaml: cannot be read: inside a git directory/);
  });
});

describe('CODEOWNERS is read only as a regular file inside the repository', () => {
  it('a CODEOWNERS link to a file outside the repository is not used, and is reported', async () => {
    const outside = outsideFile('owners', '* @outside-secret-owner\n');
    const dir = repo();
    mkdirSync(path.join(dir, '.github'));
    symlinkSync(outside, path.join(dir, '.github', 'CODEOWNERS'));
    const { runs, all } = await everyOutput(dir);
    expect(all).not.toContain('outside-secret-owner');
    expect(fileRecord(runs['json']!, '.github/CODEOWNERS')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/outside the repository.*owners were not applied/) });
  });

  it('a CODEOWNERS link into .git/config is not read', async () => {
    const dir = repo();
    symlinkSync('.git/config', path.join(dir, 'CODEOWNERS'));
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    expect(fileRecord(runs['json']!, 'CODEOWNERS')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/inside a git directory/) });
  });

  it('a CODEOWNERS link to /dev/zero is not read (not a regular file)', async () => {
    const dir = repo();
    symlinkSync('/dev/zero', path.join(dir, 'CODEOWNERS'));
    const r = await cli(dir, '--format', 'json');
    expect(fileRecord(r, 'CODEOWNERS')?.status).toBe('not-lintable');
  });
});

describe('a .gitignore is read only as a regular file inside the repository', () => {
  it('a .gitignore link outside the repository or to /dev/zero is not applied, and is reported', async () => {
    const outside = outsideFile('ignore', 'good.yaml\n');
    const dir = repo({ 'sub/other.yaml': GOOD });
    symlinkSync(outside, path.join(dir, '.gitignore'));
    symlinkSync('/dev/zero', path.join(dir, 'sub', '.gitignore'));
    const r = await cli(dir, '--format', 'json');
    expect(fileRecord(r, '.gitignore')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/outside the repository.*patterns were not applied/) });
    expect(fileRecord(r, 'sub/.gitignore')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/outside the repository.*patterns were not applied/) });
    expect(fileRecord(r, 'good.yaml')?.status).toBe('linted');
  });
});

describe('config paths (extends, policies, waivers, baseline) are read only inside the repository', () => {
  const OUTSIDE_KEYS = 'outsideSecretKey: 1\nrules:\n  outside-only-rule: error\n';
  for (const key of ['extends', 'policies', 'waivers', 'baseline'] as const) {
    const name = key === 'baseline' ? 'b.json' : 'linked.yaml';
    it(`\`${key}\` naming a link to a file outside: exit 2 at the value, nothing of the file echoed`, async () => {
      const outside = outsideFile('x.yaml', OUTSIDE_KEYS);
      const dir = repo({ 'topiclint.config.yaml': `${key}: ./${name}\n` });
      symlinkSync(outside, path.join(dir, name));
      const r = await cli(dir);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`topiclint\\.config\\.yaml:1:${key.length + 3}: .*outside the repository`));
      expect(r.stderr).not.toMatch(/outsideSecretKey|outside-only-rule/);
    });

    it(`\`${key}\` naming a link to /dev/zero: exit 2 at once (never read), and one into .git/config quotes nothing`, async () => {
      const dir = repo({ 'topiclint.config.yaml': `${key}: ./${name}\n` });
      symlinkSync('/dev/zero', path.join(dir, name));
      const started = Date.now();
      const r = await cli(dir);
      expect(Date.now() - started).toBeLessThan(1000);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/topiclint\.config\.yaml:1:\d+: .*outside the repository|not a regular file/);
      rmSync(path.join(dir, name));
      symlinkSync('.git/config', path.join(dir, name));
      const leak = await cli(dir);
      expect(leak.code).toBe(2);
      expect(leak.stderr).toMatch(/inside a git directory/);
      expectNoSecret(leak.stderr + leak.stdout);
    });
  }
});

describe('policy files compared with --base are read the same way', () => {
  it('a policy file the base named, now a committed link to /dev/zero, is not read: the run ends at once', async () => {
    const dir = tempDir('topiclint-hostile-base-');
    git(dir, 'init', '-q');
    write(dir, { 'good.yaml': GOOD, 'topiclint.config.yaml': 'policies: [p.yaml]\n', 'p.yaml': 'rules: {}\n' });
    commitAll(dir, 'base');
    git(dir, 'checkout', '-q', '-b', 'feature');
    write(dir, { 'topiclint.config.yaml': 'rules: {}\n', 'p.yaml': null });
    symlinkSync('/dev/zero', path.join(dir, 'p.yaml'));
    commitAll(dir, 'head');
    const started = Date.now();
    const r = await cli(dir, '--base', 'main', '--format', 'json');
    expect(Date.now() - started).toBeLessThan(2000);
    expect(r.code).toBe(1);
    expect(json(r).findings.map((f) => f.ruleId)).toContain('policy-weakened');
  });
});

describe('a parse error quotes at most a short excerpt of the file', () => {
  it('a token on the line that breaks a YAML or JSON file reaches no output format', async () => {
    const dir = repo({
      'kafka/broken.yaml': `topic: orders.broken.v1\nreplicationFactor: 3\n[http]: x: AUTHORIZATION: basic ${BASIC}\n`,
      'kafka/stream.yaml': `topic: a\nb: basic ${BASIC}\n- c\n`,
      'kafka/tag.yaml': `topic: !${TOKEN} x\n`,
      'kafka/dup.yaml': `topic: x\n${TOKEN}: 1\n${TOKEN}: 2\n`,
      'kafka/broken.json': `{"topic": "a", "token": ${TOKEN}}\n`,
    });
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    const parseErrors = json(runs['json']!).findings.filter((f) => f.ruleId === 'parse-error').map((f) => f.file);
    for (const f of ['kafka/broken.yaml', 'kafka/stream.yaml', 'kafka/dup.yaml', 'kafka/broken.json']) expect(parseErrors).toContain(f);
    // eslint-disable-next-line no-control-regex
    for (const f of json(runs['json']!).findings) expect(f.message).not.toMatch(/[\n\r\u001b]/);
  });

  it('excerpts: at most 24 characters of the file, one line, controls and bidi overrides escaped', () => {
    expect(excerpt(TOKEN)).toHaveLength(24);
    expect(excerpt(TOKEN).endsWith('…')).toBe(true);
    expect(excerpt('a\nb\u202ec\u001b[2J')).toBe('a\\x0ab\\u202ec\\x1b[2J');
    expect(yamlErrorMessage(`Unexpected scalar token in YAML stream: "basic ${BASIC}"`)).toBe('Unexpected scalar token in YAML stream: "basic eC1hY2Nlc3MtdG9rZ…"');
    expect(yamlErrorMessage(`Unresolved tag: !${TOKEN}`)).not.toContain(TOKEN);
    expect(yamlErrorMessage(`The !${TOKEN} tag has no suffix`)).toBe('The !ghs_FAKE0token0do0not0… tag has no suffix');
    expect(boundQuoted(`Unexpected token 'x', "{"a": ${TOKEN}"... is not valid JSON\nsecond line ${TOKEN}`)).not.toContain(TOKEN);
  });

  it('a config file whose broken line holds a token: exit 2, the token quoted nowhere', async () => {
    const dir = repo({ 'topiclint.config.yaml': GIT_CONFIG });
    const { runs, all } = await everyOutput(dir);
    expectNoSecret(all);
    expect(runs['stylish']!.code).toBe(2);
    expect(runs['stylish']!.stderr).toMatch(/topiclint\.config\.yaml:\d+:\d+: YAML: /);
  });
});

describe('nothing is written through a committed link', () => {
  it('--output onto a link to a file elsewhere replaces the link; the target is untouched', async () => {
    const target = outsideFile('victim', 'precious\n');
    const dir = repo();
    symlinkSync(target, path.join(dir, 'topiclint.sarif'));
    symlinkSync(path.join(path.dirname(target), 'nowhere'), path.join(dir, 'dangling.sarif'));
    for (const out of ['topiclint.sarif', 'dangling.sarif']) {
      const r = await cli(dir, '--format', 'sarif', '--output', out);
      expect(r.code).toBe(1);
      expect(lstatSync(path.join(dir, out)).isFile()).toBe(true);
      expect(JSON.parse(readFileSync(path.join(dir, out), 'utf8'))).toHaveProperty('runs');
    }
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(() => lstatSync(path.join(path.dirname(target), 'nowhere'))).toThrow();
  });

  it('--write-baseline onto a link replaces the link; --summary onto a link is refused (exit 2)', async () => {
    const target = outsideFile('victim', 'precious\n');
    const dir = repo();
    symlinkSync(target, path.join(dir, 'baseline.json'));
    symlinkSync(target, path.join(dir, 'summary.md'));
    const b = await cli(dir, '--write-baseline', 'baseline.json');
    expect(b.code).toBe(0);
    expect(lstatSync(path.join(dir, 'baseline.json')).isFile()).toBe(true);
    const s = await cli(dir, '--summary', 'summary.md');
    expect(s.code).toBe(2);
    expect(s.stderr).toMatch(/cannot write the job summary to .*summary\.md \(ELOOP\): it is a symbolic link/);
    expect(readlinkSync(path.join(dir, 'summary.md'))).toBe(target);
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
  });

  it('--output into a folder that is a link out of the repository is refused (exit 2), nothing written there', async () => {
    const elsewhere = tempDir('topiclint-elsewhere-');
    const dir = repo();
    symlinkSync(elsewhere, path.join(dir, 'reports'));
    const r = await cli(dir, '--format', 'sarif', '--output', 'reports/sub/topiclint.sarif');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/its folder leads outside the repository through a symbolic link/);
    expect(() => lstatSync(path.join(elsewhere, 'sub'))).toThrow();
  });

  it("the Action's SARIF file: a committed link is replaced, never followed nor uploaded", async () => {
    const target = outsideFile('victim', 'precious\n');
    const dir = repo();
    symlinkSync(target, path.join(dir, 'topiclint.sarif'));
    const outputs = path.join(tempDir('topiclint-gh-'), 'output');
    let stdout = '';
    await runAction({ argv: [], env: { GITHUB_OUTPUT: outputs, TOPICLINT_BASE_REF: 'none' }, cwd: dir, stdout: (s) => (stdout += s), stderr: () => undefined, isTTY: false });
    expect(readFileSync(target, 'utf8')).toBe('precious\n');
    expect(lstatSync(path.join(dir, 'topiclint.sarif')).isFile()).toBe(true);
    expect(readFileSync(outputs, 'utf8')).toMatch(/sarif-file=topiclint\.sarif\nerrors=[1-9]/);
    expect(stdout).toContain('::error');
  });

  it("the Action on a usage error: a committed SARIF file is not taken for the report (no forged upload)", async () => {
    const dir = repo({ 'topiclint.sarif': '{"runs":[{"results":[{"level":"error"}]}]}', 'topiclint.config.yaml': 'rules: [\n' });
    const outputs = path.join(tempDir('topiclint-gh-'), 'output');
    await runAction({ argv: [], env: { GITHUB_OUTPUT: outputs, TOPICLINT_BASE_REF: 'none' }, cwd: dir, stdout: () => undefined, stderr: () => undefined, isTTY: false });
    expect(readFileSync(outputs, 'utf8')).toMatch(/^sarif-file=\n/);
  });
});

describe('-c/--config naming something that is not a readable file', () => {
  it('a folder: exit 2, naming the path and the reason', async () => {
    const dir = repo({ 'conf/x.yaml': 'rules: {}\n' });
    const r = await cli(dir, '-c', 'conf');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--config conf: cannot be read: a folder, not a file/);
  });

  it.skipIf(!hasMkfifo)('a named pipe: exit 2 at once, never blocks', async () => {
    const dir = repo();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const r = await cli(dir, '-c', 'pipe.yaml');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--config pipe\.yaml: cannot be read: not a regular file/);
  });

  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000): exit 2 with the system error', async () => {
    const dir = repo({ 'secret.yaml': 'rules: {}\n' });
    chmodSync(path.join(dir, 'secret.yaml'), 0);
    const r = await cli(dir, '-c', 'secret.yaml');
    chmodSync(path.join(dir, 'secret.yaml'), 0o644);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--config secret\.yaml: cannot be read: cannot be read \(EACCES\)/);
  });
});

describe.skipIf(!hasMkfifo)('named pipes', () => {
  it('a .gitignore that is a named pipe is not read (never blocks), and is reported', async () => {
    const dir = repo();
    execFileSync('mkfifo', [path.join(dir, '.gitignore')]);
    const r = await cli(dir, '--format', 'json');
    expect(fileRecord(r, '.gitignore')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/not a regular file.*patterns were not applied/) });
  });

  it('is reported as not a regular file (not lintable), never read', async () => {
    const dir = repo();
    execFileSync('mkfifo', [path.join(dir, 'pipe.yaml')]);
    const r = await cli(dir, '--format', 'json', './pipe.yaml', 'good.yaml');
    expect(fileRecord(r, 'pipe.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/not a regular file/) });
    expect(r.code).toBe(1);
  });
});

describe('extends cannot make loading the config slow or crash', () => {
  it('a diamond of 40 files, each extending the next two, is loaded at once (each file read once)', async () => {
    const files: Record<string, string> = { 'topiclint.config.yaml': 'extends: [./p0.yaml]\n' };
    for (let i = 0; i < 40; i++) files[`p${i}.yaml`] = i < 38 ? `extends: [./p${i + 1}.yaml, ./p${i + 2}.yaml]\n` : 'rules: {}\n';
    const dir = repo(files);
    const started = Date.now();
    const r = await cli(dir);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.code).toBe(1);
  });

  it('a chain of 1,000 extends (5,000 overflowed the stack): a config problem at the entry that goes too deep, no stack trace', async () => {
    const dir = repo({ 'topiclint.config.yaml': 'extends: ./chain/c0.yaml\n' });
    mkdirSync(path.join(dir, 'chain'));
    // Only the first 65 are ever read: the rest exist to show that nothing walks the whole chain.
    for (let i = 0; i < 1000; i++) writeFileSync(path.join(dir, 'chain', `c${i}.yaml`), `extends: ./c${i + 1}.yaml\n`);
    const started = Date.now();
    const r = await cli(dir, 'good.yaml');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/chain\/c63\.yaml:1:10: `extends` is nested more than 64 files deep here/);
    expect(r.stderr).not.toContain('internal error');
  });
});
