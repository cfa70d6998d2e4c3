/**
 * Reading the catalog at a git ref (`--base`), with git itself: no checkout, no worktree, nothing
 * written to the repository. Three git processes in all, whatever the size of the catalog:
 *
 *   git rev-parse --verify <ref>^{commit}          which commit
 *   git ls-tree -r -z -l --full-tree <commit> ...  which files (with their sizes)
 *   git cat-file --batch                           every candidate blob, in one process
 *
 * The base is read in the same scope as the current tree, so that a file is compared with itself:
 * the same paths (relative to the repository root), the same candidate filter (`isCandidatePath`),
 * `node_modules` and `.git` skipped. No `.gitignore` applies: every file at the base is tracked, and
 * git never ignores a tracked file (discovery lints tracked files too). Symbolic links and submodules
 * at the base are not read.
 *
 * Git runs with argument arrays (never a shell), and every output is bounded.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeFile } from '../util/decode.js';
import type { InputFile } from '../sources/types.js';
import { toPosix } from '../util/posix-path.js';

/** A base ref that cannot be read; the lint API turns it into a usage error (exit 2). */
export class BaseRefError extends Error {
  override readonly name = 'BaseRefError';
}

export interface BaseReadOptions {
  /** The repository root that current paths are relative to (the lint API's root). */
  readonly root: string;
  /** Working folder that `paths` are relative to. */
  readonly cwd: string;
  /** The linted files or folders, as given (default `.`). */
  readonly paths: readonly string[];
  /** Ref to read (`origin/main`, a commit). */
  readonly ref: string;
  /** Refs tried in order when `ref` does not resolve (the CI default: PR base sha, then origin/<branch>). */
  readonly fallbacks?: readonly string[];
  /** Which root-relative paths any reader wants (`isCandidatePath`). */
  readonly isCandidate: (relPath: string) => boolean;
  /** Larger blobs are not read. */
  readonly maxFileSize: number;
  /**
   * The current text of each file (root-relative path -> text). A base blob whose git hash equals the
   * hash of the current text is not read from git: its text is the current text (same string), so its
   * model can be shared too.
   */
  readonly headTexts?: ReadonlyMap<string, string>;
  /** Other root-relative paths to read at the same commit, in the same git process (topiclint's own files). */
  readonly alsoRead?: readonly string[];
}

export interface BaseFiles {
  /** The ref that resolved. */
  readonly ref: string;
  readonly commit: string;
  readonly files: InputFile[];
  /** Base files that were in scope but not read (too large, binary, not UTF-8). */
  readonly skipped: { path: string; reason: string }[];
  /** Texts of `alsoRead` paths that exist at the commit. */
  readonly extra: Map<string, string>;
}

/** The git object id of a blob with this content (SHA-1, or SHA-256 in repositories that use it). */
function blobId(text: string, algorithm: 'sha1' | 'sha256'): string {
  // The text is hashed as it is (encoded on the fly), not copied into a Buffer first: a fresh buffer
  // per file made this three times slower over 1,000 files.
  return createHash(algorithm).update(`blob ${Buffer.byteLength(text, 'utf8')}\0`).update(text, 'utf8').digest('hex');
}

/** Largest output read from `rev-parse` and friends. */
const SMALL_OUTPUT = 1024 * 1024;
/** Largest `ls-tree` listing (a path and 60 bytes per file: millions of files). */
const LISTING_OUTPUT = 512 * 1024 * 1024;
/** More pathspecs than this are filtered here instead of on git's command line. */
const MAX_PATHSPECS = 100;

interface GitRun {
  readonly code: number;
  readonly stdout: Buffer;
  readonly stderr: string;
}

/**
 * Settings given to every git process, ahead of the repository's own `.git/config` (which the pull
 * request's checkout may have been tampered with, and which a partial clone uses to fetch): git must
 * never run a program the repository configures, nor reach the network. Command-line `-c` wins over
 * the repository's config for the same key.
 *   - hooks (`core.hooksPath`) and the file-system monitor (`core.fsmonitor`, which `git ls-files`
 *     runs as it reads the index: tested) are programs;
 *   - `protocol.allow=never` refuses every transport, so no `remote.*.uploadpack`, `core.sshCommand`
 *     or `ext::` remote can run (a repository's own `protocol.<name>.allow` would still beat it: the
 *     environment below closes that).
 * Filter drivers and textconv are never run because no subcommand used here converts content
 * (`cat-file --batch` prints raw objects).
 */
const HARDENING = ['-c', 'core.hooksPath=/dev/null', '-c', 'core.fsmonitor=false', '-c', 'protocol.allow=never'];

/**
 * The environment of every git process: never prompt, page or lock; never lazily fetch a missing
 * object from a partial clone's promisor remote (`GIT_NO_LAZY_FETCH`, git 2.39.4 and later); and, for
 * older git, an empty `GIT_ALLOW_PROTOCOL`: no transport at all is allowed, whatever the repository's
 * config says, so a lazy fetch fails before it connects or runs anything (`GIT_PROTOCOL_FROM_USER=0`
 * also refuses the `file`/`ext` kinds of transport on any git that ignores the first two).
 */
function gitEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_ALLOW_PROTOCOL: '',
    GIT_PROTOCOL_FROM_USER: '0',
  };
}

function runGit(args: readonly string[], cwd: string, limit: number, input?: string): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn('git', [...HARDENING, ...args], {
        cwd,
        stdio: ['pipe', 'pipe', 'pipe'],
        windowsHide: true,
        env: gitEnv(),
      });
    } catch (e) {
      reject(e);
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let stderr = '';
    let overflow = false;
    child.stdout.on('data', (c: Buffer) => {
      size += c.length;
      if (size > limit) {
        overflow = true;
        child.kill();
        return;
      }
      chunks.push(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      if (stderr.length < 64 * 1024) stderr += c.toString('utf8');
    });
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? new BaseRefError('--base needs git, but `git` was not found on the PATH. Install git, or run without --base.') : e);
    });
    child.stdin.on('error', () => {
      /* git exited early; its exit code and stderr say why */
    });
    child.on('close', (code) => {
      if (overflow) reject(new BaseRefError(`git ${args[0]} produced more than ${limit} bytes; the base ref is too large to read.`));
      else resolve({ code: code ?? 1, stdout: Buffer.concat(chunks), stderr });
    });
    child.stdin.end(input ?? '');
  });
}

function firstLine(s: string): string {
  return s.trim().split('\n')[0] ?? '';
}

/** git stopped because an object is not in this clone and fetching it is refused (see `gitEnv`). */
function notFetched(stderr: string): boolean {
  return /lazy fetching disabled|from promisor remote|transport '[^']*' not allowed/i.test(stderr);
}

/** A git step failed: a partial clone's missing objects are named as such, anything else by git's own words. */
function gitFailure(what: string, ref: string, stderr: string): BaseRefError {
  if (notFetched(stderr)) {
    return new BaseRefError(
      `the files of \`${ref}\` are not all in this clone (a partial clone: git would have to fetch them, and topiclint never lets git reach the network). ` +
        'Fetch them first: in GitHub Actions use actions/checkout without `filter`, with `fetch-depth: 0`; elsewhere run `git fetch --refetch` or clone without `--filter`.',
    );
  }
  return new BaseRefError(`${what}: ${firstLine(stderr)}`);
}

function notARepository(root: string, stderr: string): BaseRefError {
  if (/dubious ownership/i.test(stderr)) {
    return new BaseRefError(
      `git refuses to read ${root}: it is owned by another user ("dubious ownership"). In a container, run \`git config --global --add safe.directory ${root}\` first.`,
    );
  }
  return new BaseRefError(`--base compares with a git ref, but ${root} is not inside a git repository. Run topiclint inside a clone, or drop --base.`);
}

/** `origin/main` -> `git fetch origin main`; `main` -> `git fetch origin main`. */
function fetchHint(ref: string): string {
  const m = /^(?:refs\/remotes\/)?([^/]+)\/(.+)$/.exec(ref);
  if (m && !/^[0-9a-f]{7,40}$/i.test(ref)) return `git fetch ${m[1]} ${m[2]}`;
  return `git fetch origin ${ref}`;
}

/** A ref is never an option: refuse anything git could read as one. */
function checkRef(ref: string): void {
  if (ref === '' || ref.startsWith('-') || /[\0\n]/.test(ref)) throw new BaseRefError(`\`${ref}\` is not a valid git ref for --base.`);
}

async function resolveCommit(top: string, refs: readonly string[]): Promise<{ ref: string; commit: string }> {
  for (const ref of refs) {
    checkRef(ref);
    const r = await runGit(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, SMALL_OUTPUT);
    const commit = r.stdout.toString('utf8').trim();
    if (r.code === 0 && /^[0-9a-f]{40,64}$/.test(commit)) return { ref, commit };
  }
  const ref = refs[0]!;
  const shallow = await runGit(['rev-parse', '--is-shallow-repository'], top, SMALL_OUTPUT);
  if (shallow.stdout.toString('utf8').trim() === 'true') {
    throw new BaseRefError(
      `the base ref \`${ref}\` is not in this clone: it is a shallow clone, which lacks the base commit. ` +
        'In GitHub Actions set `fetch-depth: 0` on actions/checkout; elsewhere run `git fetch --unshallow` ' +
        `(or \`${fetchHint(ref)}\`) before running topiclint --base.`,
    );
  }
  throw new BaseRefError(
    `the base ref \`${ref}\` does not exist in this repository${refs.length > 1 ? ` (also tried ${refs.slice(1).map((r) => `\`${r}\``).join(', ')})` : ''}. ` +
      `If it is a remote branch, fetch it first: \`${fetchHint(ref)}\`; check the spelling with \`git branch -a\`.`,
  );
}

function real(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}

interface TreeEntry {
  readonly oid: string;
  readonly size: number;
  /** Root-relative path. */
  readonly path: string;
}

/** Read the candidate files of the catalog at `ref`, in the scope of the current run. */
export async function readBaseFiles(opts: BaseReadOptions): Promise<BaseFiles> {
  return readListedBlobs(await listBase(opts), opts, sameTextIn(opts.headTexts));
}

/** The base files of a run that kept no texts: the changed ones read, the unchanged ones only named. */
export interface ChangedBaseFiles extends BaseFiles {
  /** Paths whose text is the same at the base and now (not read from git; not in `files`). */
  readonly unchanged: ReadonlySet<string>;
}

/** The git object id (SHA-1) of a blob with this content: what `startBaseRead().finishChanged` compares. */
export function gitBlobId(text: string): string {
  return blobId(text, 'sha1');
}

/** An entry is unchanged when the current text hashes to its object id; its base text is then that text. */
function sameTextIn(headTexts: ReadonlyMap<string, string> | undefined): (e: TreeEntry) => string | undefined {
  return (e) => {
    const now = headTexts?.get(e.path);
    return now !== undefined && blobId(now, e.oid.length === 64 ? 'sha256' : 'sha1') === e.oid ? now : undefined;
  };
}

/**
 * Start reading the base now, before the current files are read: the git processes that find the
 * commit and list its tree run meanwhile (on the other core). `finish` then reads only the blobs whose
 * text differs from the current files'. A failure is reported by `finish`, never unhandled.
 */
export function startBaseRead(opts: Omit<BaseReadOptions, 'headTexts'>): {
  finish(headTexts: ReadonlyMap<string, string>): Promise<BaseFiles>;
  /** With the current files' blob ids (`gitBlobId`) instead of their texts: unchanged files are only named. */
  finishChanged(headIds: ReadonlyMap<string, string>): Promise<ChangedBaseFiles>;
} {
  const listing = listBase(opts);
  listing.catch(() => undefined); // reported by finish; not an unhandled rejection if it is never called
  return {
    finish: async (headTexts) => readListedBlobs(await listing, opts, sameTextIn(headTexts)),
    // A SHA-256 repository's ids never match these SHA-1 ones: every file is then read, as changed.
    finishChanged: async (headIds) => readListedBlobs(await listing, opts, (e) => (headIds.get(e.path) === e.oid ? true : undefined)),
  };
}

/** The base commit and the files in scope in its tree (no blob read yet). */
interface BaseListing {
  readonly ref: string;
  readonly commit: string;
  readonly top: string;
  readonly prefix: string;
  readonly entries: TreeEntry[];
  readonly skipped: { path: string; reason: string }[];
  /** No path in scope is inside the repository: only `alsoRead` is read. */
  readonly empty: boolean;
}

async function listBase(opts: Omit<BaseReadOptions, 'headTexts'>): Promise<BaseListing> {
  const root = path.resolve(opts.root);
  if (!existsSync(root)) throw new BaseRefError(`${root} does not exist.`);
  const refs = [opts.ref, ...(opts.fallbacks ?? [])];
  for (const ref of refs) checkRef(ref);
  // One process for the top of the work tree and the first ref's commit (each git process costs).
  const topRun = await runGit(['rev-parse', '--show-toplevel', '--verify', '--quiet', `${opts.ref}^{commit}`], root, SMALL_OUTPUT);
  const [topLine, commitLine] = topRun.stdout.toString('utf8').split('\n');
  if (!topLine || (topRun.code !== 0 && !topRun.stdout.length)) throw notARepository(root, topRun.stderr);
  const top = real(topLine.trim());
  // Paths are reported relative to `root`; git paths are relative to the top of the work tree.
  const prefix = toPosix(path.relative(top, real(root)));
  if (prefix.startsWith('..') || path.isAbsolute(prefix)) throw notARepository(root, '');
  const toGit = (rel: string) => (prefix === '' ? rel : rel === '' ? prefix : `${prefix}/${rel}`);

  const first = commitLine?.trim() ?? '';
  const { ref, commit } = topRun.code === 0 && /^[0-9a-f]{40,64}$/.test(first) ? { ref: opts.ref, commit: first } : await resolveCommit(top, refs);

  // Scope: the given paths, relative to the root. Files given by name are read whatever their type.
  const scopes: { rel: string; file: boolean }[] = [];
  for (const p of opts.paths.length ? opts.paths : ['.']) {
    const abs = path.resolve(opts.cwd, p);
    const rel = toPosix(path.relative(root, abs));
    if (rel.startsWith('..') || path.isAbsolute(rel)) continue; // outside the repository: nothing at the base
    let file: boolean;
    try {
      file = statSync(abs).isFile();
    } catch {
      file = /\.[A-Za-z0-9]+$/.test(rel); // gone from the working tree: guess from the name
    }
    scopes.push({ rel, file });
  }
  if (scopes.length === 0) return { ref, commit, top, prefix, entries: [], skipped: [], empty: true };
  const whole = scopes.some((s) => s.rel === '');
  const pathspecs = whole ? (prefix ? [prefix] : []) : scopes.length <= MAX_PATHSPECS ? scopes.map((s) => toGit(s.rel)) : prefix ? [prefix] : [];
  const listing = await runGit(['--literal-pathspecs', 'ls-tree', '-r', '-z', '-l', '--full-tree', commit, '--', ...pathspecs], top, LISTING_OUTPUT);
  if (listing.code !== 0) throw gitFailure(`git ls-tree failed on ${ref} (${commit.slice(0, 12)})`, ref, listing.stderr);

  const explicit = new Set(scopes.filter((s) => s.file).map((s) => s.rel));
  const dirs = scopes.filter((s) => !s.file).map((s) => s.rel);
  const inScope = (rel: string) => explicit.has(rel) || dirs.some((d) => d === '' || rel.startsWith(`${d}/`));
  const entries: TreeEntry[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const record of listing.stdout.toString('utf8').split('\0')) {
    if (record === '') continue;
    const tab = record.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const gitPath = record.slice(tab + 1);
    // Regular files only: symbolic links are not followed and submodules are other repositories.
    if (type !== 'blob' || (mode !== '100644' && mode !== '100755') || !oid) continue;
    if (prefix && !gitPath.startsWith(`${prefix}/`)) continue;
    const rel = prefix ? gitPath.slice(prefix.length + 1) : gitPath;
    if (!inScope(rel)) continue;
    if (!explicit.has(rel)) {
      if (rel.split('/').some((s) => s === 'node_modules' || s === '.git')) continue;
      // No .gitignore applies: these are tracked files, and git never ignores a tracked file (nor does
      // discovery now: src/discover.ts lints tracked files whatever a .gitignore says).
      if (!opts.isCandidate(rel)) continue;
    }
    const bytes = Number(size);
    if (bytes > opts.maxFileSize) {
      skipped.push({ path: rel, reason: `file is ${bytes} bytes at ${ref}, over the ${opts.maxFileSize}-byte limit` });
      continue;
    }
    entries.push({ oid, size: bytes, path: rel });
  }
  return { ref, commit, top, prefix, entries, skipped, empty: false };
}

/** Read the blobs of a listing whose text is not the current text, and the `alsoRead` files. */
/**
 * Read the blobs of a listing that are not unchanged, and the `alsoRead` files. `unchanged` says of an
 * entry whether the current file is the same: with its text (which is then the base text too), or
 * `true` when only that is known (the file is then named in `unchanged`, not read).
 */
async function readListedBlobs(listing: BaseListing, opts: Omit<BaseReadOptions, 'headTexts'>, unchanged: (e: TreeEntry) => string | true | undefined): Promise<ChangedBaseFiles> {
  const { ref, commit, top, prefix, entries } = listing;
  const skipped = [...listing.skipped];
  const same = new Set<string>();
  if (listing.empty) return { ref, commit, files: [], skipped, unchanged: same, extra: await readNamed(top, commit, prefix, opts.alsoRead ?? [], opts.maxFileSize) };
  // Unchanged files are not read from git: their base text is the current text.
  const files: InputFile[] = [];
  const toRead: TreeEntry[] = [];
  for (const e of entries) {
    const now = unchanged(e);
    if (now === true) same.add(e.path);
    else if (now !== undefined) files.push({ path: e.path, text: now });
    else toRead.push(e);
  }
  const names = [...new Set(toRead.map((e) => e.oid))];
  const extraNames = extraRequests(commit, prefix, opts.alsoRead ?? []);
  const limit = toRead.reduce((n, e) => n + e.size + 128, 0) + extraNames.length * (opts.maxFileSize + 128) + 4096;
  const blobs = await catFiles(top, ref, [...names, ...extraNames.map((x) => x.name)], limit);
  const byOid = new Map(names.map((oid, i) => [oid, blobs[i]]));
  for (const e of toRead) {
    const bytes = byOid.get(e.oid);
    if (!bytes) {
      throw new BaseRefError(
        `the files of \`${ref}\` are not in this clone (object ${e.oid.slice(0, 12)} is missing; a shallow or partial clone?). ` +
          'In GitHub Actions set `fetch-depth: 0` on actions/checkout; elsewhere run `git fetch --unshallow`.',
      );
    }
    const decoded = decodeFile(bytes, e.path);
    if (!decoded.ok) {
      skipped.push({ path: e.path, reason: `${decoded.reason} (at ${ref})` });
      continue;
    }
    files.push({ path: e.path, text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text });
  }
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { ref, commit, files, skipped, unchanged: same, extra: decodeExtra(extraNames, blobs.slice(names.length), opts.maxFileSize) };
}

function extraRequests(commit: string, prefix: string, paths: readonly string[]): { path: string; name: string }[] {
  return paths
    .filter((p) => p !== '' && !/[\n\0]/.test(p) && !p.startsWith('..') && !path.isAbsolute(p))
    .map((p) => ({ path: p, name: `${commit}:${prefix ? `${prefix}/` : ''}${p}` }));
}

function decodeExtra(requests: readonly { path: string }[], blobs: readonly (Buffer | undefined)[], maxFileSize: number): Map<string, string> {
  const out = new Map<string, string>();
  requests.forEach((r, i) => {
    const bytes = blobs[i];
    if (!bytes || bytes.length > maxFileSize) return;
    const decoded = decodeFile(bytes);
    if (decoded.ok) out.set(r.path, decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text);
  });
  return out;
}

async function readNamed(top: string, commit: string, prefix: string, paths: readonly string[], maxFileSize: number): Promise<Map<string, string>> {
  const requests = extraRequests(commit, prefix, paths);
  if (requests.length === 0) return new Map();
  const blobs = await catFiles(top, commit.slice(0, 12), requests.map((r) => r.name), requests.length * (maxFileSize + 128) + 4096);
  return decodeExtra(requests, blobs, maxFileSize);
}

/**
 * Objects by name (`<oid>` or `<commit>:<path>`), in order, from one `git cat-file --batch` process;
 * `undefined` for a name that is missing or not a blob. The output size is bounded by `limit`.
 */
async function catFiles(top: string, ref: string, names: readonly string[], limit: number): Promise<(Buffer | undefined)[]> {
  if (names.length === 0) return [];
  const run = await runGit(['cat-file', '--batch'], top, limit, names.join('\n') + '\n');
  if (run.code !== 0) throw gitFailure(`git cat-file failed reading ${ref}`, ref, run.stderr);
  const buf = run.stdout;
  const out: (Buffer | undefined)[] = [];
  let pos = 0;
  for (let i = 0; i < names.length; i++) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.toString('utf8', pos, nl);
    pos = nl + 1;
    if (/ (missing|ambiguous)$/.test(header)) {
      out.push(undefined);
      continue;
    }
    const parts = header.split(' ');
    const n = Number(parts[2]);
    out.push(parts[1] === 'blob' ? buf.subarray(pos, pos + n) : undefined);
    pos += n + 1;
  }
  return out;
}

/**
 * Read named files (root-relative) at a commit, in one `git cat-file --batch` process. Files absent
 * at the commit are absent from the map. Used for topiclint's own files (config, policies, waivers).
 */
export async function readPathsAtCommit(rootDir: string, commit: string, paths: readonly string[], maxFileSize: number): Promise<Map<string, string>> {
  const root = path.resolve(rootDir);
  const topRun = await runGit(['rev-parse', '--show-toplevel'], root, SMALL_OUTPUT);
  if (topRun.code !== 0) throw notARepository(root, topRun.stderr);
  const top = real(topRun.stdout.toString('utf8').trim());
  const prefix = toPosix(path.relative(top, real(root)));
  return readNamed(top, commit, prefix, paths, maxFileSize);
}

/** Largest `git ls-files` listing read (a path and a NUL per file: millions of files). */
const TRACKED_OUTPUT = 256 * 1024 * 1024;

/**
 * The files git tracks under `root` (root-relative, `/`-separated), from one hardened `git ls-files -z`
 * (the index only: no network, no program of the repository's). Discovery asks only when a
 * `.gitignore` hid something, because git's own meaning of `.gitignore` is that it hides untracked
 * files only: a pull request must not be able to hide a tracked catalog file by ignoring it.
 * Undefined when `root` is not in a git work tree or git cannot list it (discovery then keeps what the
 * `.gitignore` files say, as before).
 */
export async function listTrackedFiles(root: string): Promise<string[] | undefined> {
  let run: GitRun;
  try {
    // Run in `root`: git lists the files under it, with paths relative to it.
    run = await runGit(['ls-files', '-z', '--cached'], path.resolve(root), TRACKED_OUTPUT);
  } catch {
    return undefined;
  }
  if (run.code !== 0) return undefined;
  return run.stdout.toString('utf8').split('\0').filter((p) => p !== '');
}
