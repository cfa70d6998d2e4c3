/**
 * The GitHub Action's entry (action.yml runs action/run.mjs, which calls this from the bundle).
 * Inputs come from `TOPICLINT_*` environment variables set by action.yml (never interpolated into a
 * script). One lint run writes the SARIF file, prints annotations and the job summary; the step
 * itself never fails here: the exit code goes to `GITHUB_OUTPUT`, and a later step fails after the
 * SARIF upload has run.
 */
import { realpathSync } from 'node:fs';
import { appendFile, lstat, readFile, unlink } from 'node:fs/promises';
import path from 'node:path';
import { runCli, type CliIO } from './cli.js';
import { RepoFiles } from './util/repo-file.js';

export interface ActionIO extends CliIO {
  /** Appends to a file (GITHUB_OUTPUT); injectable for tests. */
  readonly appendFile?: (file: string, text: string) => Promise<void>;
}

/** Split a multi-line or space-separated input into words (no shell involved). */
export function splitList(input: string | undefined): string[] {
  return (input ?? '').split(/[\s,]+/).filter((s) => s.length > 0);
}

/** The CLI arguments for the action's inputs. */
export function actionArguments(env: Readonly<Record<string, string | undefined>>): { argv: string[]; sarifFile: string } {
  const sarifFile = env['TOPICLINT_SARIF_FILE'] || 'topiclint.sarif';
  const argv = ['--format', 'sarif', '--output', sarifFile, '--fail-on', env['TOPICLINT_FAIL_ON'] || 'error'];
  if ((env['TOPICLINT_ANNOTATIONS'] ?? 'true') !== 'false') argv.push('--annotations');
  if (env['TOPICLINT_CONFIG']) argv.push('--config', env['TOPICLINT_CONFIG']);
  const base = env['TOPICLINT_BASE_REF'];
  if (base === 'none') argv.push('--no-base');
  else if (base) argv.push('--base', base);
  if (env['TOPICLINT_BASELINE']) argv.push('--baseline', env['TOPICLINT_BASELINE']);
  // `--` so that a path input starting with `-` is never read as an option.
  argv.push('--', ...(splitList(env['TOPICLINT_PATHS']).length ? splitList(env['TOPICLINT_PATHS']) : ['.']));
  return { argv, sarifFile };
}

function countLevels(sarifText: string): { errors: number; warnings: number } {
  try {
    const sarif = JSON.parse(sarifText) as { runs?: { results?: { level?: string; suppressions?: unknown[] }[] }[] };
    const results = (sarif.runs ?? []).flatMap((r) => r.results ?? []).filter((r) => !r.suppressions || r.suppressions.length === 0);
    return { errors: results.filter((r) => r.level === 'error').length, warnings: results.filter((r) => r.level === 'warning').length };
  } catch {
    return { errors: 0, warnings: 0 };
  }
}

/**
 * The SARIF path belongs to this step: whatever the pull request committed there (a file of forged
 * results, or a link to a file of the runner that the upload step would send to code scanning) is
 * removed before the run, so that a file found there afterwards is the one topiclint wrote. Only a
 * path inside the workspace whose folder really is inside it: a link in the way is never followed.
 */
async function removeCommittedReport(sarifPath: string, workspace: string): Promise<void> {
  const files = new RepoFiles(workspace);
  if (!RepoFiles.within(files.root, sarifPath)) return; // a path the workflow chose outside the checkout
  try {
    if (!RepoFiles.within(files.realRoot, realpathSync(path.dirname(sarifPath)))) return; // refused by the CLI
    const st = await lstat(sarifPath);
    if (!st.isDirectory()) await unlink(sarifPath); // a link is removed itself, its target untouched
  } catch {
    /* nothing there (or its folder is missing): nothing to remove */
  }
}

export async function runAction(io: ActionIO): Promise<number> {
  const { argv, sarifFile } = actionArguments(io.env);
  const sarifPath = path.resolve(io.cwd, sarifFile);
  await removeCommittedReport(sarifPath, io.cwd);
  const code = await runCli({ ...io, argv });
  let counts = { errors: 0, warnings: 0 };
  let written = false;
  try {
    // topiclint replaced any link there with its report; one still there (or no file) means no report.
    if ((await lstat(sarifPath)).isFile()) {
      counts = countLevels(await readFile(sarifPath, 'utf8'));
      written = true;
    }
  } catch {
    /* no report (a usage error): outputs stay empty */
  }
  const outputFile = io.env['GITHUB_OUTPUT'];
  if (outputFile) {
    const append = io.appendFile ?? ((f: string, t: string) => appendFile(f, t));
    // Values are our own numbers and a path from the workflow's own input; newlines are refused.
    const safe = (v: string) => v.replace(/[\r\n]/g, '');
    await append(outputFile, [`sarif-file=${written ? safe(sarifFile) : ''}`, `errors=${counts.errors}`, `warnings=${counts.warnings}`, `exit-code=${code}`, ''].join('\n'));
  }
  return 0;
}
