/**
 * The command line: arguments -> options -> exit code. The only module that touches `process`
 * (argv, env, stdout/stderr, exit code), and it does so only through the `io` it is given.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { LEVEL_ORDER, type LintResult } from './model/finding.js';
import type { Level } from './model/rule.js';
import { TOOL } from './model/tool.js';
import { annotationPlan, batched, formatters, pieceFormatters, summary } from './formatters/index.js';
import { guardedLog } from './formatters/escape.js';
import { cacheWritesSettled, lint, rootFor, UsageError, type LintOptions } from './lint.js';
import { errorCode } from './util/error-code.js';
import { builtinRules, builtinRulesById } from './rules/index.js';
import { toPosix } from './util/posix-path.js';
import { appendFileNoFollow, OutsideRepositoryError, writeFileReplacingLinks } from './util/safe-write.js';

export interface CliIO {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly stdout: (s: string) => void;
  readonly stderr: (s: string) => void;
  readonly isTTY: boolean;
}

export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;

const HELP = `Usage: topiclint [options] [paths...]
       topiclint rules                 list every rule
       topiclint explain <rule-id>     print a rule's documentation
       topiclint init                  write a commented starter topiclint.config.yaml

Lints Kafka topic catalogs, consumer groups and client configs under the given paths (default: .).

Options:
  -f, --format <name>      stylish (default), json, sarif, compact, github
  -o, --output <file>      write the report to a file instead of stdout
      --max-warnings <n>   exit 1 when there are more than n warnings
      --fail-on <level>    error (default), warning, note or none
      --verbose            also list files that are not catalogs and values that are unknown
      --max-file-size <n>  largest file read, in bytes (default 10485760)
      --cache              reuse per-file results of unchanged files (.topiclint-cache/)
      --cache-location <d> where the cache lives
      --concurrency <n>    accepted for compatibility (a number, 'auto' or 'off'): topiclint lints
                           on one thread, which was faster (docs/performance.md, "Threads")
      --no-color           no colours even on a terminal
      --base <ref>         also compare with the catalog at this git ref and run the change rules
                           (default in GitHub Actions on a pull request: the pull request's base)
      --no-base            no comparison, even on a pull request in GitHub Actions
  -c, --config <file>      configuration file (default: topiclint.config.yaml|yml|json, searched from
                           the working folder up to the repository root)
      --baseline <file>    report only findings that are not in this baseline as failing
      --write-baseline <f> record today's findings as the baseline in this file (exit 0)
      --include-tests      lint test sources (src/test/, __tests__/, *.spec.*, *IT.java, ...) as
                           production code; by default their code and client findings are left out
      --include-suppressed also write suppressed and baselined findings (SARIF \`suppressions\`)
      --summary <file>     append a Markdown summary (counts per rule, every finding) to this file;
                           done anyway to $GITHUB_STEP_SUMMARY when that is set (GitHub Actions)
      --annotations        also print GitHub annotations (as --format github) to stdout, e.g. beside
                           --format sarif --output FILE (needs --output)
      --pre-commit         lint the whole repository but report only findings in the given files
                           (what the pre-commit hook runs; with no files, report everything)
      --watch              lint again whenever a file under the paths changes (Ctrl-C to stop)
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no finding at the failure level, 1 findings at the failure level, 2 usage or configuration error.
`;

function failing(result: LintResult, failOn: Level | 'none'): boolean {
  if (failOn === 'none') return false;
  return result.findings.some((f) => !f.suppression && LEVEL_ORDER[f.level] >= LEVEL_ORDER[failOn]);
}

/**
 * The default base in GitHub Actions on a pull request: the PR's base commit from the event payload,
 * else `origin/$GITHUB_BASE_REF`. Undefined anywhere else.
 */
export async function pullRequestBase(io: Pick<CliIO, 'env'>): Promise<{ ref: string; label?: string; fallbacks?: string[] } | undefined> {
  const env = io.env;
  if (env['GITHUB_ACTIONS'] !== 'true' || !/^pull_request(_target)?$/.test(env['GITHUB_EVENT_NAME'] ?? '')) return undefined;
  const branch = env['GITHUB_BASE_REF']?.trim() || undefined;
  const label = branch ? `origin/${branch}` : undefined;
  let sha: string | undefined;
  const eventPath = env['GITHUB_EVENT_PATH'];
  if (eventPath) {
    try {
      const event = JSON.parse(await readFile(eventPath, 'utf8')) as { pull_request?: { base?: { sha?: unknown } } };
      const s = event.pull_request?.base?.sha;
      if (typeof s === 'string' && /^[0-9a-f]{40,64}$/i.test(s)) sha = s;
    } catch {
      /* no readable payload: fall back to the branch */
    }
  }
  if (sha) return { ref: sha, ...(label ? { label, fallbacks: [label] } : {}) };
  return label ? { ref: label } : undefined;
}

/**
 * `--pre-commit`: keep only the findings located in the given files (and their file records), so the
 * report and the exit code are about what is being committed; the lint itself saw the whole repository.
 */
export function onlyInFiles(result: LintResult, root: string, cwd: string, files: readonly string[]): LintResult {
  const wanted = new Set(files.map((f) => toPosix(path.relative(root, path.resolve(cwd, f)))));
  return { ...result, findings: result.findings.filter((f) => wanted.has(f.location.file)), files: result.files.filter((f) => wanted.has(f.path)) };
}

/** What shapes a cached result besides the inputs and the resolved config: config, policy, waiver and baseline files. */
async function cacheSaltOf(files: readonly string[]): Promise<string> {
  const contents = await Promise.all(files.map(async (f) => [f, await readFile(f, 'utf8').catch(() => '(unreadable)')]));
  return JSON.stringify(contents);
}

/**
 * Why a file of ours could not be written, for `cannot write … to FILE …`: a link committed to the
 * repository is named as such (src/util/safe-write.ts: a link at the file itself is replaced, never
 * followed; a folder leading out of the repository, or a link where a summary is appended, is refused).
 */
function notWritten(e: unknown): string {
  if (e instanceof OutsideRepositoryError) return ': its folder leads outside the repository through a symbolic link, and topiclint writes nothing outside the repository through a link';
  if (errorCode(e) === 'ELOOP') return ' (ELOOP): it is a symbolic link, and topiclint does not write through links in the repository; remove the link';
  return ` (${errorCode(e)})`;
}

export async function runCli(cliIo: CliIO): Promise<number> {
  // Messages on stderr quote config keys, paths and values from the repository: none may start a
  // workflow command in a CI log (`guardedLog`). Reports on stdout are escaped by their formatter.
  const io = { ...cliIo, stderr: guardedLog(cliIo.stderr) };
  try {
    return await main(io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`topiclint: ${e.message}\n`);
      return EXIT.usage;
    }
    io.stderr(`topiclint: internal error: ${(e as Error).stack ?? String(e)}\nPlease report this bug.\n`);
    return EXIT.usage;
  } finally {
    // The cache is written while the report is formatted and printed; the run ends when it is written.
    await cacheWritesSettled();
  }
}

/** The options `parseArgs` knows: the command line's vocabulary (HELP describes each). */
const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  'max-warnings': { type: 'string' },
  'fail-on': { type: 'string' },
  verbose: { type: 'boolean' },
  'max-file-size': { type: 'string' },
  concurrency: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  base: { type: 'string' },
  'no-base': { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'include-suppressed': { type: 'boolean' },
  'include-tests': { type: 'boolean' },
  summary: { type: 'string' },
  annotations: { type: 'boolean' },
  'pre-commit': { type: 'boolean' },
  watch: { type: 'boolean' },
  version: { type: 'boolean', short: 'v' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** The arguments as parsed: flags by name, and the positionals (a subcommand, or the paths to lint). */
type CommandLine = ReturnType<typeof parseCommandLine>;
type Flags = CommandLine['values'];

/** The flags that shape a lint run, each checked: a wrong value is a usage error naming the flag. */
interface RunSettings {
  readonly format: string;
  readonly formatter: NonNullable<(typeof pieceFormatters)[string]>;
  readonly failOn: Level | 'none';
  readonly maxWarnings: number | undefined;
  readonly maxFileSize: number | undefined;
  readonly concurrency: number | undefined;
}

async function main(io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandLine(io.argv);
  const done = await runSubcommand(io, values, positionals);
  if (done !== undefined) return done;
  const settings = checkRunFlags(values);
  if (values.watch) return watch(io, values, positionals);
  const baseRef = await baseRefOf(io, values);
  if (values.baseline !== undefined && values['write-baseline'] !== undefined) throw new UsageError('--baseline and --write-baseline contradict each other; give one.');
  const root = rootFor(io.cwd, positionals);
  const result = await lintRun(io, values, positionals, settings, root, baseRef);
  await writeReports(io, values, settings, result, root);
  if (values['write-baseline']) return writeBaselineFile(io, values['write-baseline'], result, root);
  return exitCode(io, result, settings);
}

/** Parse `argv`; an unknown or malformed option is a usage error that points at `--help`. */
function parseCommandLine(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}. Run \`topiclint --help\` for the options.`);
  }
}

/** `--help`, `--version`, `topiclint rules|explain|init`: what runs no lint. Its exit code, or `undefined` for a lint. */
async function runSubcommand(io: CliIO, values: Flags, positionals: readonly string[]): Promise<number | undefined> {
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${TOOL.version}\n`);
    return EXIT.ok;
  }
  if (positionals[0] === 'rules') {
    const width = Math.max(...builtinRules.map((r) => r.meta.id.length));
    for (const r of [...builtinRules].sort((a, b) => (a.meta.id < b.meta.id ? -1 : 1))) {
      io.stdout(`${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(7)}  ${r.meta.description}\n`);
    }
    return EXIT.ok;
  }
  if (positionals[0] === 'explain') {
    const id = positionals[1];
    const rule = id ? builtinRulesById.get(id) : undefined;
    if (!rule) throw new UsageError(`unknown rule \`${id ?? ''}\`. Run \`topiclint rules\` to list them.`);
    const { explainRule } = await import('./explain.js');
    io.stdout(await explainRule(rule.meta));
    return EXIT.ok;
  }
  if (positionals[0] === 'init') {
    const { writeStarterConfig } = await import('./config/index.js');
    const written = await writeStarterConfig(io.cwd);
    io.stdout(`Wrote ${path.relative(io.cwd, written) || written}. Run \`topiclint\` to lint with it.\n`);
    return EXIT.ok;
  }
  return undefined;
}

/** The values of the flags that shape a run (format, failure level, limits), checked before anything is read. */
function checkRunFlags(values: Flags): RunSettings {
  const format = values.format ?? 'stylish';
  const formatter = pieceFormatters[format];
  if (!formatter) throw new UsageError(`unknown format \`${format}\`; use one of ${Object.keys(pieceFormatters).join(', ')}.`);
  const failOn = (values['fail-on'] ?? 'error') as Level | 'none';
  if (!['error', 'warning', 'note', 'none'].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, note or none (got \`${failOn}\`).`);
  const maxWarnings = values['max-warnings'] !== undefined ? Number(values['max-warnings']) : undefined;
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError('--max-warnings takes a whole number, 0 or more.');
  const maxFileSize = values['max-file-size'] !== undefined ? Number(values['max-file-size']) : undefined;
  if (maxFileSize !== undefined && (!Number.isInteger(maxFileSize) || maxFileSize <= 0)) throw new UsageError('--max-file-size takes a positive number of bytes.');
  // One thread whatever is asked (lint.ts, warnOneThread): `auto` and `off` both mean it.
  const concurrency = values.concurrency === undefined ? undefined : values.concurrency === 'auto' || values.concurrency === 'off' ? 1 : Number(values.concurrency);
  if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError('--concurrency takes a whole number of threads, `auto` or `off`.');
  if (values.annotations && !values.output) {
    throw new UsageError('--annotations prints GitHub workflow commands to stdout, where the report would go too; write the report to a file with --output (e.g. `--format sarif --output topiclint.sarif --annotations`).');
  }
  return { format, formatter, failOn, maxWarnings, maxFileSize, concurrency };
}

/** `--watch`: the same command line run again whenever a file under the paths changes. */
async function watch(io: CliIO, values: Flags, positionals: string[]): Promise<number> {
  const { watchCommand } = await import('./watch.js');
  // What each run writes itself never starts the next run (a baseline in the watched folder would
  // otherwise start one after another, forever). A --cache-location is relative to the root.
  const cacheFolder = values['cache-location'] ? path.resolve(rootFor(io.cwd, positionals), values['cache-location']) : undefined;
  return watchCommand({ io, positionals, writes: [values.output, values.summary, io.env['GITHUB_STEP_SUMMARY'], values['write-baseline']], writtenFolders: [cacheFolder], runCli: (argv) => runCli({ ...io, argv }) });
}

/** The git ref to compare with: `--base`, none with `--no-base`, else a pull request's base in GitHub Actions. */
async function baseRefOf(io: CliIO, values: Flags): Promise<LintOptions['baseRef']> {
  if (values.base !== undefined && values['no-base']) throw new UsageError('--base and --no-base contradict each other; give one.');
  if (values.base !== undefined && values.base.trim() === '') throw new UsageError('--base takes a git ref, e.g. `--base origin/main`.');
  return values['no-base'] ? undefined : values.base !== undefined ? values.base : await pullRequestBase(io);
}

/** Load the configuration and lint; with `--pre-commit` and files, the result keeps only those files' findings. */
async function lintRun(io: CliIO, values: Flags, positionals: string[], settings: RunSettings, root: string, baseRef: LintOptions['baseRef']): Promise<LintResult> {
  const { prepareLint } = await import('./config/index.js');
  const { maxFileSize, concurrency } = settings;
  const today = new Date().toISOString().slice(0, 10);
  // --pre-commit lints the whole repository (catalog-wide rules need it) and reports the staged files.
  const lintPaths = values['pre-commit'] && positionals.length ? [root] : positionals;
  const prepared = prepareLint({
    cwd: io.cwd,
    root,
    today,
    wholeRepository: (lintPaths.length ? lintPaths : ['.']).some((p) => path.resolve(io.cwd, p) === root),
    ...(values.config ? { configPath: values.config } : {}),
    ...(values.baseline ? { baselinePath: values.baseline } : {}),
    ...(values['write-baseline'] ? { writingBaseline: true } : {}),
    ...(baseRef ? { baselineAtBase: true } : {}),
    ...(maxFileSize ? { maxFileSize } : {}),
  });
  const policyFiles = prepared.loaded.files.map((f) => toPosix(path.relative(root, f))).filter((f) => !f.startsWith('..') && !path.isAbsolute(f));
  // --cache reuses results only while nothing outside the input files changed either.
  const cacheSalt = values.cache ? await cacheSaltOf([...prepared.loaded.files, ...(prepared.baselineFile ? [prepared.baselineFile] : [])]) : undefined;
  const linted = await lint({
    ...prepared.lintOptions,
    ...(policyFiles.length ? { policyFiles } : {}),
    ...(baseRef ? { baseRef } : {}),
    ...(concurrency !== undefined ? { concurrency } : {}),
    ...(values.cache ? { cache: true } : {}),
    ...(cacheSalt !== undefined ? { cacheSalt } : {}),
    ...(values['cache-location'] ? { cacheLocation: values['cache-location'] } : {}),
    // In CI the checkout may be a pull request's: a cache inside it is not trusted (lint.ts, withTrustedCache).
    ...(io.env['CI'] && io.env['CI'] !== 'false' && io.env['CI'] !== '0' ? { untrustedCheckout: true } : {}),
    paths: lintPaths,
    cwd: io.cwd,
    ...(values.verbose ? { verbose: true } : {}),
    ...(maxFileSize ? { maxFileSize } : {}),
    ...(values['include-tests'] ? { testFiles: [] } : {}),
    onWarning: (message) => io.stderr(`topiclint: ${message}\n`),
  });
  return values['pre-commit'] && positionals.length ? onlyInFiles(linted, root, io.cwd, positionals) : linted;
}

/** The report (stdout or `--output`), `--annotations` beside it, and the Markdown job summary. */
async function writeReports(io: CliIO, values: Flags, settings: RunSettings, result: LintResult, root: string): Promise<void> {
  const { format, formatter } = settings;
  const color = !values['no-color'] && !io.env['NO_COLOR'] && (values.color === true || (io.isTTY && !values.output));
  // Written in pieces as they are formatted: a large report is never one string in memory.
  const report = batched(
    formatter(result, {
      color,
      ...(values.verbose ? { verbose: true } : {}),
      ...(values['include-suppressed'] ? { includeSuppressed: true } : {}),
      ...(format === 'sarif' ? { rootUri: pathToFileURL(root).href } : {}),
    }),
  );
  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    // Written to a new file renamed over the target: a committed link there is replaced, not followed.
    await writeFileReplacingLinks(target, report, root).catch((e: unknown) => {
      throw new UsageError(`cannot write the report to ${values.output}${notWritten(e)}: give --output a file in a folder you can write to.`);
    });
  } else for (const piece of report) io.stdout(piece);
  const annotated = format === 'github' || values.annotations === true;
  if (values.annotations && format !== 'github') io.stdout(formatters['github']!(result));
  // The Markdown job summary: to --summary FILE, and to $GITHUB_STEP_SUMMARY whenever it is set.
  const summaryFiles = [...new Set([values.summary, io.env['GITHUB_STEP_SUMMARY']].filter((f): f is string => !!f && f.trim() !== '').map((f) => path.resolve(io.cwd, f)))];
  if (summaryFiles.length) {
    const markdown = summary(result, annotated ? { annotationsOmitted: annotationPlan(result).omitted } : {});
    for (const file of summaryFiles) {
      await appendFileNoFollow(file, markdown, root).catch((e: unknown) => {
        throw new UsageError(`cannot write the job summary to ${file}${notWritten(e)}.`);
      });
    }
  }
}

/** `--write-baseline FILE`: today's findings recorded; the run then succeeds whatever they are. */
async function writeBaselineFile(io: CliIO, file: string, result: LintResult, root: string): Promise<number> {
  const { writeBaseline } = await import('./config/index.js');
  const n = await writeBaseline(path.resolve(io.cwd, file), result.findings, root).catch((e: unknown) => {
    throw new UsageError(`cannot write the baseline to ${file}${notWritten(e)}.`);
  });
  io.stderr(`topiclint: wrote ${n} finding${n === 1 ? '' : 's'} to the baseline ${file}; later runs with --baseline fail only on new ones.\n`);
  return EXIT.ok;
}

/** 1 when a finding reaches `--fail-on` or the warnings exceed `--max-warnings`, else 0. */
function exitCode(io: CliIO, result: LintResult, settings: RunSettings): number {
  const { failOn, maxWarnings } = settings;
  if (failing(result, failOn)) return EXIT.findings;
  const warnings = result.findings.filter((f) => !f.suppression && f.level === 'warning').length;
  if (maxWarnings !== undefined && warnings > maxWarnings) {
    io.stderr(`topiclint: ${warnings} warnings, more than --max-warnings ${maxWarnings}.\n`);
    return EXIT.findings;
  }
  return EXIT.ok;
}
