/**
 * File discovery: the candidate files under the given paths, honouring `.gitignore` files and never
 * entering `node_modules` or `.git`. Symbolic links are not followed out of the root.
 */
import { existsSync, lstatSync, readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { errorCode } from './util/error-code.js';
import { GitIgnores } from './util/gitignores.js';
import { globMatcher } from './util/glob.js';
import { toPosix } from './util/posix-path.js';
import { GIT_DIR_REASON, NOT_REGULAR_REASON, RepoFiles } from './util/repo-file.js';

export interface DiscoverOptions {
  /** Repository root: paths are reported relative to it. */
  readonly root: string;
  /** Files or folders, absolute or relative to `cwd`. */
  readonly paths: readonly string[];
  readonly cwd: string;
  /** Which paths (relative, `/`-separated) any reader wants. */
  readonly isCandidate: (relPath: string) => boolean;
  /** Config `include` globs (root-relative): files found in folders must match one. */
  readonly include?: readonly string[];
  /** Config `exclude` globs (root-relative): never read, even when named explicitly. */
  readonly exclude?: readonly string[];
  /** Absolute folders never entered (a cache folder kept inside the repository). */
  readonly neverEnter?: readonly string[];
  /** Largest `.gitignore` read, in bytes (the run's `maxFileSize`). */
  readonly maxFileSize?: number;
}

export interface DiscoveredFile {
  /** Root-relative, `/`-separated. */
  readonly path: string;
  readonly absolute: string;
}

export interface DiscoveryProblem {
  readonly path: string;
  readonly reason: string;
}


const NEVER_ENTERED = new Set(['node_modules', '.git', '.topiclint-cache']);

export async function discover(opts: DiscoverOptions): Promise<{ files: DiscoveredFile[]; problems: DiscoveryProblem[] }> {
  const root = path.resolve(opts.root);
  const repoFiles = new RepoFiles(root);
  const gitignores = new GitIgnores(root, repoFiles, opts.maxFileSize);
  const neverEnter = new Set((opts.neverEnter ?? []).map((d) => path.resolve(d)));
  const out = new Map<string, DiscoveredFile>();
  const problems: DiscoveryProblem[] = [];
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const rel = (abs: string) => (abs.startsWith(prefix) ? toPosix(abs.slice(prefix.length)) : toPosix(path.relative(root, abs))) || path.basename(abs);
  // Linear-time glob matching (src/util/glob.ts): the globs come from the repository's config.
  const included = opts.include?.length ? globMatcher(opts.include) : undefined;
  const excluded = opts.exclude?.length ? globMatcher(opts.exclude) : undefined;
  // Did a .gitignore hide anything? Then the files git tracks are looked up (`lintTracked`).
  let ignoredSome = false;
  const ignoredDir = (dir: string): boolean => {
    if (!gitignores.ignoredDir(dir)) return false;
    ignoredSome = true;
    return true;
  };
  /** Folders walked: tracked files hidden by a .gitignore are linted only inside them. */
  const walked: string[] = [];
  const consider = (abs: string, explicit: boolean, viaLink = true, tracked = false) => {
    const r = rel(abs);
    if (excluded?.(r)) return;
    if (!explicit && included && !included(r)) return;
    if (!explicit && !opts.isCandidate(r)) return;
    if (!explicit && !tracked && gitignores.ignored(abs)) {
      ignoredSome = true;
      return;
    }
    // A symlink that leaves the repository or leads into a git directory (`.git/config` holds the CI
    // checkout's credentials) is not followed. (Only paths that pass through a link are resolved:
    // realpath costs an lstat per path component; the walk itself never enters a git directory.)
    if (!viaLink) {
      out.set(r, { path: r, absolute: abs });
      return;
    }
    const where = repoFiles.resolve(abs);
    if ('reason' in where) {
      problems.push({ path: r, reason: where.missing ? 'cannot be resolved (ENOENT); a broken or looping symbolic link?' : where.reason });
      return;
    }
    out.set(r, { path: r, absolute: abs });
  };
  for (const p of opts.paths.length ? opts.paths : ['.']) {
    const abs = path.resolve(opts.cwd, p);
    let st;
    try {
      st = statSync(abs);
    } catch (e) {
      problems.push({ path: toPosix(p), reason: `does not exist or cannot be read (${errorCode(e)})` });
      continue;
    }
    if (st.isFile()) {
      consider(abs, true);
      continue;
    }
    // A named pipe, socket or device named on the command line: reported, never opened (a read blocks).
    if (!st.isDirectory()) {
      problems.push({ path: rel(abs), reason: NOT_REGULAR_REASON });
      continue;
    }
    // A git directory named on the command line (`topiclint .git`) is not walked.
    let realStart: string | undefined;
    try {
      realStart = realpathSync(abs);
    } catch {
      /* resolved per file below */
    }
    if (repoFiles.inGitDir(abs, realStart)) {
      problems.push({ path: rel(abs), reason: GIT_DIR_REASON });
      continue;
    }
    // Folders that are never inputs are not entered at all: dependencies, git's own, topiclint's cache
    // (its files would be read as catalog candidates) and folders a .gitignore excludes.
    const startIsReal = realStart === abs;
    walked.push(abs);
    walkFolder(
      abs,
      (dir, name) => !NEVER_ENTERED.has(name) && !neverEnter.has(dir) && !ignoredDir(dir),
      // A file's path goes through a symbolic link only if the folder given is reached through one
      // (folder links are never entered) or the entry is a link itself.
      (file, isLink) => consider(file, false, isLink || !startIsReal),
      (dir, code) => problems.push({ path: rel(dir), reason: `folder cannot be read (${code}); nothing in it was linted` }),
    );
  }
  if (ignoredSome) {
    const seen = new Set([...out.keys(), ...problems.map((p) => p.path)]);
    await lintTracked(root, walked, neverEnter, (abs) => !seen.has(rel(abs)), (abs) => consider(abs, false, true, true));
  }
  // A .gitignore that could not be read safely (a link out of the repository or into .git, a pipe,
  // too large) is not applied, and is reported: its files are then linted, not hidden in silence.
  problems.push(...gitignores.problems.map((p) => ({ path: rel(p.file), reason: p.reason })));
  const byPath = (a: { path: string }, b: { path: string }) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  // Sorted, so that the result does not depend on the order the file system lists folders in.
  return { files: [...out.values()].sort(byPath), problems: problems.sort(byPath) };
}

/**
 * Git's meaning of `.gitignore`: it hides untracked files only. A pull request that ignores the
 * catalog folder must not make its tracked files vanish from the run that judges it ("0 files
 * linted"), so the files git tracks inside the walked folders that the walk did not yield (pruned or
 * skipped by a .gitignore) are considered again, as tracked. One hardened `git ls-files` per run, and
 * only when a .gitignore hid something (docs/performance.md, "Tracked files and .gitignore"); outside
 * a git work tree, or when git cannot list the files, the .gitignore files stand as before.
 */
async function lintTracked(root: string, walked: readonly string[], neverEnter: ReadonlySet<string>, missing: (abs: string) => boolean, consider: (abs: string) => void): Promise<void> {
  if (!findGitRoot(root)) return;
  const { listTrackedFiles } = await import('./git/base.js');
  const tracked = await listTrackedFiles(root);
  if (!tracked) return;
  const inside = (abs: string, dir: string) => abs === dir || abs.startsWith(dir.endsWith(path.sep) ? dir : dir + path.sep);
  for (const p of tracked) {
    const abs = path.join(root, p);
    // Where the walk never goes whatever git says: dependencies, git's own folder, the cache.
    if (p.split('/').some((s) => NEVER_ENTERED.has(s)) || [...neverEnter].some((d) => inside(abs, d))) continue;
    if (!walked.some((d) => inside(abs, d)) || !missing(abs)) continue;
    try {
      const st = lstatSync(abs);
      if (!st.isFile() && !st.isSymbolicLink()) continue; // a submodule's folder
    } catch {
      continue; // deleted from the work tree: nothing to lint
    }
    consider(abs);
  }
}

/**
 * Every entry below `start` that is not a folder (files, symbolic links, anything else), entering real
 * folders only where `enter` agrees: folder links are never entered, so a link loop cannot be walked
 * forever. Hand-written rather than `glob('**\/*')`: this walk is all discovery needs, and it is six
 * times faster on 1,219 files (docs/performance.md, "Discovery prunes folders").
 */
function walkFolder(
  start: string,
  enter: (dir: string, name: string) => boolean,
  onEntry: (file: string, isLink: boolean) => void,
  onUnreadable: (dir: string, code: string) => void,
): void {
  const pending = [start];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onUnreadable(dir, errorCode(e));
      continue;
    }
    // A folder git would take for a git directory (a bare repository, the git dir a `.git` file points
    // at) is not entered, like `.git` itself: git's files are never read (src/util/repo-file.ts).
    if (dir !== start && looksLikeGitDir(entries)) continue;
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const entry of entries) {
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (enter(full, entry.name)) pending.push(full);
      } else onEntry(full, entry.isSymbolicLink());
    }
  }
}

/** The entries of a git directory: `HEAD` with `objects/` (a repository) or `commondir` (a worktree's). */
function looksLikeGitDir(entries: readonly Dirent[]): boolean {
  return entries.some((e) => e.name === 'HEAD') && entries.some((e) => e.name === 'objects' || e.name === 'commondir');
}

/** The nearest folder at or above `dir` that holds `.git`, if any. */
export function findGitRoot(dir: string): string | undefined {
  let d = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(d, '.git'))) return d;
    const up = path.dirname(d);
    if (up === d) return undefined;
    d = up;
  }
}
