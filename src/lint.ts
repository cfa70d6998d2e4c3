/**
 * The `lint` API: configuration, discovery, reading files, the base ref, orchestration. What the CLI
 * and the GitHub Action call. Does I/O; never writes to the console and never exits the process.
 */
import { statSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { ResolvedConfig } from './model/config.js';
import { decodeFile } from './util/decode.js';
import { sortFindings, type LintResult } from './model/finding.js';
import type { FileRecord } from './model/model.js';
import { lintFiles, type CoreOptions } from './engine/pipeline.js';
import type { AnyRule } from './model/rule.js';
import { discover, findGitRoot, type DiscoveredFile, type DiscoveryProblem } from './discover.js';
import { builtinRules } from './rules/index.js';
import { EMPTY_CONFIG } from './model/config.js';
import { DEFAULT_CACHE_LOCATION, readCachedResult, resultKey, writeCachedResult } from './cache/result-cache.js';
import { YAML_EXTENSIONS, defaultSources, isCandidatePath, projectAdapterFor, readYamlFile, type SourceRegistry } from './sources/index.js';
import { TOOL } from './model/tool.js';
import { reuseUnchanged } from './git/reuse.js';
import type { InputFile } from './sources/types.js';
import { CODEOWNERS_PATHS, parseCodeowners } from './sources/common/ownership.js';
import { canStream, lintStream, type CatalogView, type StreamItem } from './engine/stream.js';
import { openRunCache, prefetchRunCache, stampOf, type FileStamp, type RunCache, type RunRecord } from './cache/unit-cache.js';
import { errorCode } from './util/error-code.js';
import { leaveOutTestFiles } from './engine/test-files.js';
import { toPosix } from './util/posix-path.js';
import type { BaselineAtBase } from './policy/baseline-at-base.js';
import type { Finding } from './model/finding.js';
import { FOLDER_LINK_REASON, readRegularFile, readWhole, RepoFiles } from './util/repo-file.js';

export interface LintOptions {
  /** Files or folders to lint (default: the working folder). */
  readonly paths?: readonly string[];
  readonly cwd?: string;
  /** Repository root for relative paths (default: nearest folder with `.git`, else cwd). */
  readonly root?: string;
  readonly config?: ResolvedConfig;
  readonly rules?: readonly AnyRule[];
  readonly registry?: SourceRegistry;
  readonly verbose?: boolean;
  /** Largest file read, in bytes; larger files are reported as not lintable. */
  readonly maxFileSize?: number;
  /**
   * Accepted for compatibility: topiclint lints on one thread. Above 1, the run says once, through
   * `onWarning`, that it ran on one thread and why (worker threads were removed: one thread was
   * faster on the machines measured, docs/performance.md "Threads").
   */
  readonly concurrency?: number;
  /**
   * `--cache` (with `cacheSalt`): reuse per-file results of unchanged files (src/cache/unit-cache.ts);
   * with a base ref, the whole result of an identical run. The folder defaults to `.topiclint-cache`.
   */
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  /**
   * With `cache`: what shapes the result besides the input files, the resolved config and the rules'
   * metadata, e.g. the content of config, policy, waiver and baseline files (custom rules are code the
   * cache cannot hash). Without a salt nothing is cached.
   */
  readonly cacheSalt?: string;
  /**
   * Told about what went wrong around the run but not in it, e.g. a cache folder that cannot be
   * written: the result is unaffected (the CLI prints these to stderr).
   */
  readonly onWarning?: (message: string) => void;
  readonly postprocess?: CoreOptions['postprocess'];
  readonly base?: CoreOptions['base'];
  /** Config `include`/`exclude` globs, relative to the repository root (see src/config/). */
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /**
   * Config `testFiles`: findings in test sources read as code or client config are left out and
   * counted (`stats.testFilesLeftOut`). Undefined: the default globs (src/engine/test-files.ts);
   * `[]` (`--include-tests`): test code is linted as production.
   */
  readonly testFiles?: readonly string[];
  /**
   * `--base`: read the catalog at this git ref (no checkout) and run the change rules. With an object,
   * `fallbacks` are tried in order when `ref` does not resolve, and `label` names the base in findings.
   */
  readonly baseRef?: string | { readonly ref: string; readonly label?: string; readonly fallbacks?: readonly string[] };
  /**
   * The checkout may hold a pull request's files (the CLI sets it in CI, where `CI` is set): a cache
   * folder inside the repository is then not used (see `withTrustedCache`), as with `baseRef`.
   */
  readonly untrustedCheckout?: boolean;
  /** With `baseRef`: topiclint files (root-relative) compared for `policy-weakened` besides the well-known names. */
  readonly policyFiles?: readonly string[];
  /**
   * With `baseRef`: the baseline, read at the base by the same git process, decides which of its
   * entries are honoured before findings are post-processed (src/config/baseline-at-base.ts).
   */
  readonly baselineAtBase?: BaselineAtBase;
}

/** A usage or configuration error: the CLI prints it and exits 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;

export interface ReadInputs {
  readonly files: InputFile[];
  readonly records: FileRecord[];
  readonly problems: { path: string; message: string }[];
}

/** The candidate files under the paths given, in path order, and those found but not usable. */
function discoverFiles(options: LintOptions, root: string, cwd: string, registry: SourceRegistry) {
  // The cache folder is never an input, wherever --cache-location puts it (its files change every run).
  const cacheDir = options.cacheLocation ? [path.resolve(root, options.cacheLocation)] : [];
  return discover({ root, cwd, paths: options.paths ?? ['.'], isCandidate: (p) => isCandidatePath(p, registry), neverEnter: cacheDir, maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE, ...(options.include ? { include: options.include } : {}), ...(options.exclude ? { exclude: options.exclude } : {}) });
}

/**
 * Read discovered files, turning unreadable, oversized, binary and non-UTF-8 files into records.
 * `yieldEvery`: let the event loop turn after so many files (for work running beside, like git for `--base`).
 */
export async function readInputs(options: LintOptions, yieldEvery?: number): Promise<ReadInputs & { root: string }> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { files: found, problems: discoveryProblems } = await discoverFiles(options, root, cwd, registry);
  const records: FileRecord[] = discoveryProblems.map((p) => ({ path: p.path, status: 'not-lintable', formats: [], reason: p.reason }));
  const problems: { path: string; message: string }[] = [];
  const files: InputFile[] = [];
  // Synchronous reads: for many small files they beat the thread pool's round trips (measured: the
  // async version left the main thread idle for a quarter of a 10k-topic run).
  for (const [i, f] of found.entries()) {
    if (yieldEvery && i % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve));
    const read = readOne(f.path, f.absolute, maxSize);
    if ('record' in read) records.push(read.record);
    else if ('file' in read) files.push(read.file);
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, records, problems, root };
}

type ReadOne = { readonly file: InputFile; readonly stats: Stats } | { readonly record: FileRecord };

/**
 * Read one discovered file. Unreadable, oversized, binary and non-UTF-8 files, and anything that is not
 * a regular file (a named pipe would block the read), become records with a reason: listed and
 * reported, never silently skipped. `stats` (of the descriptor read) is what the cache records.
 */
function readOne(rel: string, absolute: string, maxSize: number, onStat?: (st: Stats) => void): ReadOne {
  // Open first and stat the descriptor: one path lookup instead of two (it was a sixth of a run over
  // 10k small files). Discovery has already checked where the path leads (src/util/repo-file.ts).
  const read = readRegularFile(absolute, maxSize, onStat);
  // Discovery never yields a real folder: a folder here is reached through a link named like a file.
  if (!('bytes' in read)) return { record: { path: rel, status: 'not-lintable', formats: [], reason: read.missing ? 'cannot be read (ENOENT)' : read.folder ? FOLDER_LINK_REASON : read.reason } };
  const decoded = decodeFile(read.bytes, rel);
  if (!decoded.ok) return { record: { path: rel, status: 'not-lintable', formats: [], reason: decoded.reason } };
  return { file: { path: rel, text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text }, stats: read.stats };
}

export { readWhole };

/**
 * The repository's CODEOWNERS, where GitHub looks for it (the first there wins). Read like every
 * repository file (src/util/repo-file.ts): one that is a link out of the repository or into `.git`,
 * not a regular file, too large or not text is not used, and is reported (`problem`) rather than
 * skipped in silence; no other location is tried then, as the owners would not be GitHub's.
 */
export async function readCodeowners(root: string, maxSize = DEFAULT_MAX_FILE_SIZE): Promise<{ file?: InputFile; problem?: { path: string; reason: string } }> {
  const files = new RepoFiles(root);
  for (const rel of CODEOWNERS_PATHS) {
    const read = files.readText(path.join(root, rel), maxSize);
    if ('text' in read) return { file: { path: rel, text: read.text } };
    if (!read.missing) return { problem: { path: rel, reason: `${read.reason} (CODEOWNERS: its owners were not applied)` } };
  }
  return {};
}

/** The repository root of the first path given (so `topiclint ../other-repo` reports paths in it). */
export function rootFor(cwd: string, paths: readonly string[]): string {
  const first = path.resolve(cwd, paths[0] ?? '.');
  let dir = first;
  try {
    if (!statSync(first).isDirectory()) dir = path.dirname(first);
  } catch {
    dir = cwd;
  }
  const root = findGitRoot(dir);
  if (root) return root;
  // No git repository: paths are relative to the working folder when the target is inside it.
  const rel = path.relative(cwd, dir);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel)) ? path.resolve(cwd) : dir;
}

/** Files read between two turns of the event loop while git works for `--base` (its output is taken in then). */
const YIELD_EVERY = 64;

/**
 * Start reading the base at `options.baseRef` with git (lazily loaded: plain runs never touch git);
 * the function returned finishes it once the current files are known.
 */
async function startBaseRef(options: LintOptions, root: string): Promise<(headFiles: readonly InputFile[]) => Promise<NonNullable<CoreOptions['base']> & { commit: string; extra: Map<string, string> }>> {
  const { started, label, asUsageError } = await beginBase(options, root);
  return async (headFiles) => {
    const read = await asUsageError(started.finish(new Map(headFiles.map((f) => [f.path, f.text]))));
    return { ref: label ?? read.ref, files: read.files, commit: read.commit, extra: read.extra };
  };
}

/** Start git on the base ref (lazily loaded: plain runs never touch git). */
async function beginBase(options: LintOptions, root: string) {
  const spec = typeof options.baseRef === 'string' ? { ref: options.baseRef } : options.baseRef!;
  const { startBaseRead, gitBlobId, BaseRefError } = await import('./git/base.js');
  const { WELL_KNOWN_POLICY_FILES } = await import('./git/policy-files.js');
  const registry = options.registry ?? defaultSources;
  const started = startBaseRead({
    root,
    cwd: options.cwd ?? process.cwd(),
    paths: options.paths ?? ['.'],
    ref: spec.ref,
    ...(spec.fallbacks ? { fallbacks: spec.fallbacks } : {}),
    isCandidate: (p) => isCandidatePath(p, registry),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    alsoRead: [...WELL_KNOWN_POLICY_FILES, ...(options.policyFiles ?? []), ...(options.baselineAtBase ? [options.baselineAtBase.path] : [])],
  });
  const asUsageError = async <T>(p: Promise<T>): Promise<T> => {
    try {
      return await p;
    } catch (e) {
      if (e instanceof BaseRefError) throw new UsageError(e.message);
      throw e;
    }
  };
  return { started, label: spec.label, asUsageError, gitBlobId };
}

export async function lint(given: LintOptions = {}): Promise<LintResult> {
  return lintThrough(given, 'as-fits');
}

/**
 * `lint` through the whole-catalog pipeline even where the run could stream. For topiclint's own
 * differential tests, which compare the two pipelines; not part of the published API (src/index.ts).
 */
export async function lintAsWholeCatalog(given: LintOptions = {}): Promise<LintResult> {
  return lintThrough(given, 'whole-catalog');
}

async function lintThrough(given: LintOptions, pipeline: 'as-fits' | 'whole-catalog'): Promise<LintResult> {
  const options = withTrustedCache(given);
  warnOneThread(options);
  const rules = options.rules ?? builtinRules;
  // --base streams too: the change rules then compare only what can differ (change-subset.ts).
  const result = pipeline === 'as-fits' && !options.base && canStream(rules, options.config) ? await lintStreaming(options, rules) : await lintWholeCatalog(options, rules);
  // After the caches (which hold the whole result): the flag and the globs never make a stale result.
  return leaveOutTestFiles(result, options.testFiles);
}

/**
 * `concurrency` above 1 is accepted but has no effect: say so once per run, as ESLint does when more
 * threads cannot pay. Worker threads were removed (issue #16): on the machines measured, a second
 * thread made a 10k-topic run slower (0.82 s against 0.65 s, docs/performance.md "Threads").
 */
function warnOneThread(options: LintOptions): void {
  const asked = options.concurrency;
  if (asked === undefined || !(asked > 1)) return;
  options.onWarning?.(
    `a concurrency of ${asked} was asked for, but topiclint lints on one thread: worker threads made runs slower on the machines measured (docs/performance.md, "Threads"). ` +
      'The result is complete; drop the option (`--concurrency`) to silence this note.',
  );
}

/**
 * The usual run (no base ref): files are read one at a time and linted as they are read
 * (src/core/stream.ts), so memory holds the slim model, not every file. With `--cache`, unchanged
 * files are not even read (src/cache/unit-cache.ts).
 */
async function lintStreaming(options: LintOptions, rules: readonly AnyRule[]): Promise<LintResult> {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  // --base: git finds the base commit and lists its tree while the catalog is read and linted.
  const base = options.baseRef ? await beginBase(options, root) : undefined;
  if (options.cache) await cacheWritesSettled();
  // A custom source registry is code the cache cannot see: no caching then.
  const cacheDir = options.cache && options.cacheSalt !== undefined && !options.registry ? path.resolve(root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION) : undefined;
  // The cache's files are read on the thread pool while this thread finds and stats the catalog.
  const ahead = cacheDir ? prefetchRunCache(cacheDir) : undefined;
  const { files: sorted, problems } = await discoverFiles(options, root, cwd, registry);
  const owners = await readCodeowners(root, maxSize);
  const codeowners = owners.file;
  if (owners.problem) problems.push(owners.problem);
  const startedAt = Date.now();
  const absolute = new Map(sorted.map((f) => [f.path, f.absolute]));
  // A file's text read again: a streaming run keeps none (positions, suppressions, --base comparisons).
  const readAgain = (p: string): string | undefined => {
    const read = readOne(p, absolute.get(p) ?? path.join(root, p), maxSize);
    return 'file' in read ? read.file.text : undefined;
  };
  // Everything besides the files that shapes a result (the size limit decides which files are read).
  const salt = JSON.stringify({ tool: TOOL.version, config: options.config ?? null, rules: rules.map((r) => r.meta), verbose: options.verbose ?? false, maxSize, codeowners: codeowners ?? null, salt: options.cacheSalt ?? null });
  // Waivers expire: a whole result is reused only on the day it was made.
  const today = new Date().toISOString().slice(0, 10);
  const problemsKey = JSON.stringify(problems);
  // Every file's metadata first: it decides whether the whole stored result can be reused, and
  // which cached file results can stand in for files without opening them.
  const stamps = cacheDir ? stampAll(sorted) : new Map<string, FileStamp>();
  const cache = cacheDir ? openRunCache(cacheDir, salt, startedAt, await ahead) : undefined;
  if (cache) {
    // A --base run's change findings depend on the base: its whole result is neither reused nor kept.
    const whole = base ? undefined : cache.reusableResult(today, problemsKey, sorted.map((f) => f.path), (p) => stamps.get(p));
    if (whole) return whole;
    await cache.readAhead();
  }
  const run: StreamingRun = { options, rules, root, registry, maxSize, sorted, problems, codeowners, stamps, cache, base, headIds: new Map(), readAgain, atBase: {} };
  const result = await lintStream(streamItems(run), {
    rules,
    ...(options.config ? { config: options.config } : {}),
    registry,
    ...(codeowners ? { codeowners } : {}),
    ...(options.verbose ? { collectUnknowns: true } : {}),
    ...(options.postprocess ? { postprocess: options.postprocess } : {}),
    ...(cache ? { unitCache: cache } : {}),
    ...(base ? { yieldEvery: YIELD_EVERY, changeFindings: (view: CatalogView) => changeFindingsAtBase(run, base, view) } : {}),
    // Texts dropped after their file was linted are read again for the few findings the cross-file
    // rules place in them (positions) and for suppression comments.
    textOf: readAgain,
  });
  // Every file stamped (none vanished or failed to stat): the next identical run can reuse the result
  // (not a --base run's: its units, stamps and git ids are kept, its result is not).
  if (cache) saveInBackground(cache, cacheDir!, options, { today, problems: problemsKey, stamps: sorted.every((f) => stamps.has(f.path)) ? sorted.map((f) => stamps.get(f.path)!) : undefined, result: base ? undefined : result });
  const { gitBase, baselineWeakened } = run.atBase;
  return gitBase ? withPolicyWeakened(result, options, rules, root, gitBase, baselineWeakened ?? []) : result;
}

/** The git run on the base ref (`beginBase`). */
type BaseRead = Awaited<ReturnType<typeof beginBase>>;

/** What the steps of one streaming run share (`lintStreaming`). */
interface StreamingRun {
  readonly options: LintOptions;
  readonly rules: readonly AnyRule[];
  readonly root: string;
  readonly registry: SourceRegistry;
  readonly maxSize: number;
  readonly sorted: readonly DiscoveredFile[];
  readonly problems: readonly DiscoveryProblem[];
  readonly codeowners: InputFile | undefined;
  /** Each file's metadata (with `--cache`), replaced by that of what is actually read. */
  readonly stamps: Map<string, FileStamp>;
  readonly cache: RunCache | undefined;
  readonly base: BaseRead | undefined;
  /** --base: the git id of each current text, so that unchanged files need not be read from git. */
  readonly headIds: Map<string, string>;
  readonly readAgain: (p: string) => string | undefined;
  /** --base: what was found at the base, once the change rules ran. */
  readonly atBase: { gitBase?: GitBase; baselineWeakened?: Finding[] };
}

/** The base commit as read: its ref, commit, the topiclint files read there and every path it holds. */
interface GitBase {
  ref: string;
  commit: string;
  extra: Map<string, string>;
  files: string[];
}

/** Each file's size, modification time and inode (a file that vanished or cannot be stat'ed has none: it is read, and reported, later). */
function stampAll(sorted: readonly DiscoveredFile[]): Map<string, FileStamp> {
  const stamps = new Map<string, FileStamp>();
  for (const f of sorted) {
    try {
      stamps.set(f.path, stampOf(f.path, statSync(f.absolute)));
    } catch {
      /* vanished or unreadable: read (and reported) below */
    }
  }
  return stamps;
}

/**
 * What the stream lints, in path order: the files found but not usable, then each file, from the cache
 * when its metadata vouches for it (not read), else read now. With --base, each file's git id is noted
 * (kept in the cache index, so that a file the cache vouches for need not be read for it next time either).
 */
function* streamItems(run: StreamingRun): Generator<StreamItem> {
  const { cache, base, stamps } = run;
  const noteHeadId = (p: string, id: string) => {
    run.headIds.set(p, id);
    cache?.noteBlob(p, id);
  };
  // Only single-file units (YAML) can be taken from the cache without reading the file.
  const cacheable = (p: string) => cache !== undefined && YAML_EXTENSIONS.test(p) && !projectAdapterFor(p, run.registry);
  // Decided once: which files the cache vouches for by their metadata (not read), and so how many are work.
  const vouched = new Set(cache ? run.sorted.filter((f) => cacheable(f.path) && cache.unchanged(f.path, stamps.get(f.path))).map((f) => f.path) : []);
  for (const p of run.problems) yield { path: p.path, record: { path: p.path, status: 'not-lintable', formats: [], reason: p.reason } };
  for (const f of run.sorted) {
    const stamp = vouched.has(f.path) ? stamps.get(f.path) : undefined;
    const cached = stamp && cache!.byStat(f.path, stamp);
    if (cached) {
      // --base: the git id of its text, as an earlier --base run recorded it, or from the text now
      // (a file that cannot be read now has none, and is compared as changed).
      if (base) {
        const id = cache!.blobOf(f.path) ?? blobIdOf(base, run.readAgain(f.path));
        if (id) noteHeadId(f.path, id);
      }
      yield { path: f.path, cached };
      continue;
    }
    // The metadata of what is actually read replaces the stamp taken before.
    const read = readOne(f.path, f.absolute, run.maxSize, cache ? (st) => stamps.set(f.path, stampOf(f.path, st)) : undefined);
    if ('record' in read) yield { path: f.path, record: read.record };
    else {
      if (cacheable(f.path)) cache!.noteStat(read.file, read.stats);
      if (base) noteHeadId(f.path, base.gitBlobId(read.file.text));
      yield read.file;
    }
  }
}

/** The git object id of a text (none for a file that cannot be read now). */
function blobIdOf(base: BaseRead, text: string | undefined): string | undefined {
  return text === undefined ? undefined : base.gitBlobId(text);
}

/** --base: finish reading the base (only what changed), then run the change rules against it (src/change-subset.ts). */
async function changeFindingsAtBase(run: StreamingRun, base: BaseRead, view: CatalogView) {
  const { options, rules, codeowners } = run;
  const read = await base.asUsageError(base.started.finishChanged(run.headIds));
  const gitBase: GitBase = { ref: base.label ?? read.ref, commit: read.commit, extra: read.extra, files: [...read.files.map((f) => f.path), ...read.unchanged, ...read.skipped.map((s) => s.path)] };
  run.atBase.gitBase = gitBase;
  run.atBase.baselineWeakened = resolveBaselineAtBase(options, gitBase);
  const { changeFindings } = await import('./change-subset.js');
  const findings = await changeFindings({
    view,
    baseRef: gitBase.ref,
    changedBase: read.files,
    unchanged: read.unchanged,
    rules: rules.filter((r) => r.meta.kind === 'change'),
    config: options.config ?? EMPTY_CONFIG,
    registry: run.registry,
    ...(codeowners ? { codeowners: parseCodeowners(codeowners.path, codeowners.text) } : {}),
    readText: run.readAgain,
  });
  return { ref: gitBase.ref, findings };
}

/** Write the cache in the background while the caller formats the result (see `cacheWritesSettled`); a failure is a warning. */
function saveInBackground(cache: RunCache, cacheDir: string, options: LintOptions, record: RunRecord): void {
  const saving = cache
    .save(record)
    .catch((e: unknown) => options.onWarning?.(cacheNotWritten(cacheDir, e)))
    .finally(() => cacheWrites.delete(saving));
  cacheWrites.add(saving);
}

/**
 * Whoever can write the cache folder decides what a `--cache` run reports (SECURITY.md), and a cache
 * folder inside the repository can be committed by a pull request. So where the checkout may hold a
 * pull request's files, `--base` or `untrustedCheckout` (CI), a cache inside the repository is not
 * used, and the run says so once; a cache outside it (`--cache-location`) is used as usual. Decided by
 * where the folder is, not by what is in it: a marker we wrote could be committed as easily.
 */
function withTrustedCache(options: LintOptions): LintOptions {
  if (!options.cache || !(options.baseRef || options.untrustedCheckout)) return options;
  const root = path.resolve(options.root ?? rootFor(options.cwd ?? process.cwd(), options.paths ?? []));
  const location = options.cacheLocation ?? DEFAULT_CACHE_LOCATION;
  const rel = path.relative(root, path.resolve(root, location));
  if (rel === '..' || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel)) return options;
  options.onWarning?.(
    `the cache folder ${toPosix(rel) || '.'} is inside the repository, which a pull request can write to, so ${options.baseRef ? 'a --base run' : 'a run in CI'} does not use it (the result is complete; it is only not reused). ` +
      'To reuse results in CI, keep the cache outside the checkout with --cache-location and restore it only from runs of trusted code.',
  );
  return { ...options, cache: false };
}

/** `--cache` files still being written by runs that have returned their result. */
const cacheWrites = new Set<Promise<unknown>>();

/**
 * Resolves once every `--cache` file of earlier `lint` calls is written (a run returns its result
 * while its cache is written on the thread pool; a problem is reported through `onWarning`). `lint`
 * waits for it before reading a cache; the CLI waits for it before it exits. Not in the published
 * API: a library caller needs nothing of it (the next `lint` call waits, and Node does not exit
 * before pending writes end).
 */
export async function cacheWritesSettled(): Promise<void> {
  await Promise.all([...cacheWrites]);
}

/** With a base ref (or config that needs whole entities): the whole catalog in memory. */
async function lintWholeCatalog(options: LintOptions, rules: readonly AnyRule[]): Promise<LintResult> {
  const root = options.root ?? rootFor(options.cwd ?? process.cwd(), options.paths ?? []);
  // git finds the base commit and lists its tree while the current files are read (which yields now
  // and then for it); the base's blobs are read after, only for files whose text differs.
  const pendingBase = !options.base && options.baseRef ? await startBaseRef(options, root) : undefined;
  const inputs = await readInputs({ ...options, root }, pendingBase ? YIELD_EVERY : undefined);
  const gitBase = pendingBase ? await pendingBase(inputs.files) : undefined;
  const baselineWeakened = gitBase ? resolveBaselineAtBase(options, gitBase) : [];
  const base = options.base ?? (gitBase ? { ref: gitBase.ref, files: gitBase.files } : undefined);
  const owners = await readCodeowners(inputs.root, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
  const codeowners = owners.file;
  if (owners.problem) inputs.records.push({ path: owners.problem.path, status: 'not-lintable', formats: [], reason: owners.problem.reason });
  const cacheDir = path.resolve(inputs.root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  const key =
    options.cache && options.cacheSalt !== undefined
      ? resultKey({
          // Waivers expire: a result is reused only on the day it was made.
          salt: `${options.cacheSalt}\n${new Date().toISOString().slice(0, 10)}`,
          root: inputs.root,
          files: inputs.files,
          records: inputs.records,
          ...(codeowners ? { codeowners } : {}),
          ...(gitBase ? { baseCommit: gitBase.commit } : {}),
          ...(base ? { baseFiles: base.files } : {}),
          ruleIds: rules.map((r) => r.meta.id),
          config: options.config,
          options: { verbose: options.verbose ?? false, policyFiles: options.policyFiles ?? [] },
        })
      : undefined;
  if (key) {
    const cached = await readCachedResult(cacheDir, key);
    if (cached) return cached;
  }
  // No per-file model cache: since the line scanner, loading cached models costs more than parsing
  // (measured: 10k topics, one file changed, 1.64 s with it, 1.25-1.38 s without; docs/performance.md).
  const registry = options.registry ?? defaultSources;
  // The base is mostly the same files: parse each unchanged one once (src/git/reuse.ts).
  const yamlReader = base ? reuseUnchanged(async (files) => files.map((f) => readYamlFile(f, registry))) : undefined;
  let result = await lintFiles(inputs.files, {
    rules,
    wholeCatalog: true,
    // Topics that declare no owner anywhere get their file's CODEOWNERS owners (the last source).
    ...(codeowners ? { codeowners } : {}),
    ...(options.config ? { config: options.config } : {}),
    registry,
    ...(yamlReader ? { yamlReader } : {}),
    ...(options.verbose ? { collectUnknowns: true } : {}),
    ...(options.postprocess ? { postprocess: options.postprocess } : {}),
    ...(base ? { base } : {}),
    // Oversized, binary, non-UTF-8, unreadable files and symlinks out of the repo: listed and reported.
    ...(inputs.records.length ? { notLintable: inputs.records } : {}),
  });
  if (gitBase && !options.base) result = await withPolicyWeakened(result, options, rules, inputs.root, gitBase, baselineWeakened);
  if (key) await writeCachedResult(cacheDir, key, result).catch((e: unknown) => options.onWarning?.(cacheNotWritten(cacheDir, e)));
  return result;
}

/**
 * `--base` with a baseline in the repository: its text at the base decides which entries count (before
 * findings are post-processed); the entries the pull request added come back as `policy-weakened`.
 */
function resolveBaselineAtBase(options: LintOptions, base: { readonly ref: string; readonly extra: ReadonlyMap<string, string> }): Finding[] {
  const atBase = options.baselineAtBase;
  return atBase ? atBase.resolve(base.extra.get(atBase.path), base.ref) : [];
}

/**
 * topiclint's own files are not catalog entities: `policy-weakened` compares them here, and adds
 * `alsoWeakened` (the baseline's added entries). Added after post-processing: no waiver, suppression
 * or baseline can hide them.
 */
async function withPolicyWeakened(
  result: LintResult,
  options: LintOptions,
  rules: readonly AnyRule[],
  root: string,
  base: { readonly ref: string; readonly commit: string; readonly extra: Map<string, string>; readonly files: readonly (string | { readonly path: string })[] },
  alsoWeakened: readonly Finding[] = [],
): Promise<LintResult> {
  if (!rules.some((r) => r.meta.id === 'policy-weakened')) return result;
  const { comparePolicyFiles } = await import('./git/policy-files.js');
  const weakened = await comparePolicyFiles({
    root,
    commit: base.commit,
    ref: base.ref,
    rules,
    baseTexts: base.extra,
    baseFiles: base.files.map((f) => (typeof f === 'string' ? f : f.path)),
    ...(options.policyFiles ? { extraPaths: options.policyFiles } : {}),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  });
  weakened.push(...alsoWeakened);
  return weakened.length ? { ...result, findings: sortFindings([...result.findings, ...weakened]) } : result;
}

function cacheNotWritten(dir: string, e: unknown): string {
  return `the cache could not be written to ${dir} (${errorCode(e)}); this run's result is complete, but the next run cannot reuse it. Make the folder writable or choose another with --cache-location.`;
}
