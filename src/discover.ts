/**
 * File discovery: the candidate files under the given paths, honouring `.gitignore` files and never
 * entering `node_modules` or `.git`. Symbolic links are not followed out of the root.
 */
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { globSync, type Path } from 'glob';
import picomatch from 'picomatch';
import { GitIgnores } from './util/gitignores.js';
import { toPosix } from './util/posix-path.js';

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
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
    /* keep */
  }
  const gitignores = new GitIgnores(root);
  const neverEnter = new Set((opts.neverEnter ?? []).map((d) => path.resolve(d)));
  const out = new Map<string, DiscoveredFile>();
  const problems: DiscoveryProblem[] = [];
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const rel = (abs: string) => (abs.startsWith(prefix) ? toPosix(abs.slice(prefix.length)) : toPosix(path.relative(root, abs))) || path.basename(abs);
  const included = opts.include?.length ? picomatch(opts.include as string[], { dot: true }) : undefined;
  const excluded = opts.exclude?.length ? picomatch(opts.exclude as string[], { dot: true }) : undefined;
  const consider = (abs: string, explicit: boolean, viaLink = true) => {
    const r = rel(abs);
    if (excluded?.(r)) return;
    if (!explicit && included && !included(r)) return;
    if (!explicit && !opts.isCandidate(r)) return;
    if (!explicit && gitignores.ignored(abs)) return;
    // A symlink that leaves the repository is not followed: linting must not read outside it. (Only
    // paths that pass through a link are resolved: realpath costs an lstat per path component.)
    if (!viaLink) {
      out.set(r, { path: r, absolute: abs });
      return;
    }
    try {
      const real = realpathSync(abs);
      if (!real.startsWith(realRoot + path.sep) && real !== realRoot) {
        problems.push({ path: r, reason: 'symbolic link to a file outside the repository; not followed' });
        return;
      }
    } catch (e) {
      problems.push({ path: r, reason: `cannot be resolved (${(e as NodeJS.ErrnoException).code ?? 'error'}); a broken or looping symbolic link?` });
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
      problems.push({ path: toPosix(p), reason: `does not exist or cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` });
      continue;
    }
    if (st.isFile()) {
      consider(abs, true);
      continue;
    }
    // Folders that are never inputs are not entered at all: dependencies, git's own, topiclint's cache
    // (its files would be read as catalog candidates) and folders a .gitignore excludes. (Synchronous:
    // for a walk like this one it is faster, and nothing else waits meanwhile.)
    const found = globSync('**/*', {
      cwd: abs,
      withFileTypes: true,
      nodir: true,
      dot: true,
      follow: false,
      ignore: { childrenIgnored: (dir: Path) => dir.fullpath() !== abs && (NEVER_ENTERED.has(dir.name) || neverEnter.has(dir.fullpath()) || gitignores.ignoredDir(dir.fullpath())) },
    });
    let startIsReal = false;
    try {
      startIsReal = realpathSync(abs) === abs;
    } catch {
      /* resolve each file then */
    }
    for (const f of found) {
      // Does the path from the folder given to this file go through a symbolic link?
      let viaLink = !startIsReal;
      for (let d: typeof f | undefined = f; !viaLink && d && d.fullpath() !== abs; d = d.parent) if (d.isSymbolicLink() || d.isUnknown()) viaLink = true;
      consider(f.fullpath(), false, viaLink);
    }
  }
  const files = [...out.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files, problems };
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
