/** Real git repositories in temporary folders, and the CLI run against them with a fake io. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runCli } from '../../src/cli.js';

const GIT_ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'init.defaultBranch=main', '-c', 'commit.gpgsign=false', '-c', 'protocol.file.allow=always', ...args], { cwd, env: GIT_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
}

export function tempDir(prefix = 'topiclint-change-'): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Write files (path -> text; `null` deletes). */
export function write(root: string, files: Readonly<Record<string, string | null>>): void {
  for (const [p, text] of Object.entries(files)) {
    const abs = path.join(root, p);
    if (text === null) rmSync(abs, { force: true });
    else {
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
  }
}

export function commitAll(root: string, message: string): string {
  git(root, 'add', '-A');
  git(root, 'commit', '-q', '--allow-empty', '-m', message);
  return git(root, 'rev-parse', 'HEAD');
}

/** A repository with `base` committed on main and `head` committed on branch `feature` (checked out). */
export function makeRepo(dir: string, base: Readonly<Record<string, string | null>>, head: Readonly<Record<string, string | null>>): { mainSha: string; featureSha: string } {
  git(dir, 'init', '-q');
  write(dir, base);
  const mainSha = commitAll(dir, 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  write(dir, head);
  const featureSha = commitAll(dir, 'head');
  return { mainSha, featureSha };
}

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function cli(cwd: string, argv: readonly string[], env: Record<string, string> = {}): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

export interface JsonFinding {
  ruleId: string;
  level: string;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  entityName?: string;
  related: { message: string; ref?: string; file?: string; line?: number }[];
}

export async function jsonFindings(cwd: string, argv: readonly string[], env: Record<string, string> = {}): Promise<{ code: number; findings: JsonFinding[]; stderr: string; baseRef?: string }> {
  const r = await cli(cwd, ['--format', 'json', '--concurrency', 'off', ...argv], env);
  if (r.code === 2) return { code: r.code, findings: [], stderr: r.stderr };
  const parsed = JSON.parse(r.stdout) as { findings: JsonFinding[]; baseRef?: string };
  return { code: r.code, findings: parsed.findings, stderr: r.stderr, ...(parsed.baseRef ? { baseRef: parsed.baseRef } : {}) };
}

/** `rule file:line:col-endLine:endCol`, compact for exact comparisons. */
export function where(f: JsonFinding): string {
  return `${f.ruleId} ${f.file}:${f.line}:${f.column}-${f.endLine}:${f.endColumn}`;
}
