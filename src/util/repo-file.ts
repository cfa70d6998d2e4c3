/**
 * Reading files of the repository being linted, which a pull request controls: catalogs (through
 * discovery and `readOne`), config files (the config, `extends`, `policies`, `waivers`, `baseline`),
 * CODEOWNERS and `.gitignore` files all come through here, so that every one of them is
 *
 * - a regular file (never a named pipe, socket or device: a read would block, or never end);
 * - inside the repository by its real path (a committed symbolic link cannot reach other files of the
 *   CI machine);
 * - outside every git directory (`.git/config` holds the checkout's `AUTHORIZATION` header in CI);
 * - under a size limit, read bounded (a link to `/dev/zero` cannot grow the process).
 *
 * Otherwise the caller gets a reason, worded to end `This file was not linted: …` or a config problem.
 * Hand-written: no npm library combines the real-path containment, the git-directory test and a
 * bounded read of an already opened descriptor.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import { decodeFile } from './decode.js';
import { errorCode } from './error-code.js';

/** Why a file was not read; `missing` when there is simply no file there (callers looking for optional files skip those). */
export interface NotRead {
  readonly reason: string;
  readonly missing?: true;
  /** A folder, not a file (discovery words it as a link to a folder: it never yields real folders). */
  readonly folder?: true;
}

export const NOT_REGULAR_REASON = 'not a regular file (a named pipe, socket or device); not read';
export const FOLDER_LINK_REASON = 'a symbolic link to a folder, not a file; not read';
export const FOLDER_REASON = 'a folder, not a file; not read';
export const OUTSIDE_REASON = 'symbolic link to a file outside the repository; not followed';
export const GIT_DIR_REASON = "inside a git directory (git's own files, which hold the checkout's credentials in CI); never read";

/**
 * Open, fstat and read one file, bounded: opened non-blocking (a named pipe does not wait for a
 * writer), refused unless the descriptor is a regular file, refused over `maxSize`, and cut off if it
 * grows past `maxSize` while it is read. `onStat` sees the descriptor's metadata (what the cache records).
 * The bytes returned are valid until the next call (see `readWhole`).
 */
export function readRegularFile(absolute: string, maxSize: number, onStat?: (st: Stats) => void): { readonly bytes: Buffer; readonly stats: Stats } | NotRead {
  let fd: number;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    try {
      const st = statSync(absolute);
      if (!st.isFile()) return notRegular(st); // a socket cannot be opened at all
    } catch {
      /* report the open error */
    }
    const code = errorCode(e);
    return code === 'ENOENT' ? { reason: 'does not exist (ENOENT)', missing: true } : { reason: `cannot be read (${code})` };
  }
  try {
    const st = fstatSync(fd);
    onStat?.(st);
    if (!st.isFile()) return notRegular(st);
    if (st.size > maxSize) return { reason: `file is ${st.size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)` };
    const bytes = readWhole(fd, st.size, maxSize);
    if (!bytes) return { reason: `file grew past the ${maxSize}-byte limit while it was read (raise it with --max-file-size)` };
    return { bytes, stats: st };
  } catch (e) {
    return { reason: `cannot be read (${errorCode(e)})` };
  } finally {
    closeSync(fd);
  }
}

function notRegular(st: Stats): NotRead {
  return st.isDirectory() ? { reason: FOLDER_REASON, folder: true } : { reason: NOT_REGULAR_REASON };
}

/**
 * Reads into one buffer reused from file to file: a fresh buffer per file is memory outside the
 * JavaScript heap that is given back only when a collection finds its wrapper dead. Larger files get
 * a buffer of their own, not kept. The view returned is valid until the next call (the caller decodes
 * it at once). Undefined when the file grew past `limit` while it was read.
 */
let readBuffer = Buffer.allocUnsafeSlow(0);
const KEPT_READ_BUFFER = 4 * 1024 * 1024;

export function readWhole(fd: number, size: number, limit: number): Buffer | undefined {
  // The file may grow between fstat and read: read until end of file, or until past the limit.
  let buffer = size + 1 <= readBuffer.length ? readBuffer : Buffer.allocUnsafeSlow(Math.max(size + 1, 64 * 1024));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > limit) return undefined;
  }
  if (buffer !== readBuffer && buffer.length <= KEPT_READ_BUFFER) readBuffer = buffer;
  return buffer.subarray(0, length);
}

/** Is `name` git's folder name (compared without case: `.GIT` is `.git` on macOS and Windows file systems)? */
function isGitName(name: string): boolean {
  return name.length === 4 && name.toLowerCase() === '.git';
}

/**
 * The files of one repository, as a pull request may have arranged them: where a path really leads,
 * and whether it may be read. One per run (it remembers which folders are git directories).
 */
export class RepoFiles {
  readonly root: string;
  readonly realRoot: string;
  private readonly gitDirs = new Map<string, boolean>();

  constructor(root: string) {
    this.root = path.resolve(root);
    let real = this.root;
    try {
      real = realpathSync(this.root);
    } catch {
      /* keep the path given: nothing under it can be resolved either */
    }
    this.realRoot = real;
  }

  /** Is `p` the root or below it (`root` the lexical or the real root)? */
  static within(root: string, p: string): boolean {
    return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  }

  /**
   * Does a folder look like a git directory: a `HEAD` file beside `objects/` (a repository, bare or
   * not) or a `commondir` file (a worktree's or submodule's git dir, wherever a `.git` file points)?
   * Remembered per folder: one lookup per folder, not per file.
   */
  private looksLikeGitDir(dir: string): boolean {
    let known = this.gitDirs.get(dir);
    if (known === undefined) {
      known = existsSync(path.join(dir, 'HEAD')) && (existsSync(path.join(dir, 'objects')) || existsSync(path.join(dir, 'commondir')));
      this.gitDirs.set(dir, known);
    }
    return known;
  }

  /**
   * Is this path inside a git directory: a component named `.git` in the path as given (relative to
   * the root) or in its real path (relative to the real root), or a folder between the real root and
   * the file that git would take for a git directory? `real` is the resolved path, when known.
   */
  inGitDir(absolute: string, real?: string): boolean {
    const rel = path.relative(this.root, absolute);
    if (!rel.startsWith('..') && !path.isAbsolute(rel) && rel.split(path.sep).some(isGitName)) return true;
    if (real === undefined || !RepoFiles.within(this.realRoot, real)) return false;
    const realRel = path.relative(this.realRoot, real);
    if (realRel === '') return false;
    const parts = realRel.split(path.sep);
    if (parts.some(isGitName)) return true;
    let dir = this.realRoot;
    // The folders strictly between the root (a work tree, not a git dir) and the file, and the path
    // itself when it is a folder (a walk that starts there).
    for (const part of parts) {
      dir = path.join(dir, part);
      if (this.looksLikeGitDir(dir)) return true;
    }
    return false;
  }

  /**
   * Where `absolute` really leads, if it may be read: inside the repository (unless `outsideAllowed`,
   * for a config the user named outside it) and outside every git directory.
   */
  resolve(absolute: string, outsideAllowed = false): { readonly real: string } | NotRead {
    const lexicallyInside = RepoFiles.within(this.root, absolute);
    if (lexicallyInside && this.inGitDir(absolute)) return { reason: GIT_DIR_REASON };
    let real: string;
    try {
      real = realpathSync(absolute);
    } catch (e) {
      const code = errorCode(e);
      if (code === 'ENOENT') {
        // A dangling link is not "missing": something is there, pointing nowhere.
        return isLink(absolute) ? { reason: `cannot be resolved (${code}); a broken or looping symbolic link?` } : { reason: 'does not exist (ENOENT)', missing: true };
      }
      return { reason: code === 'ELOOP' ? `cannot be resolved (${code}); a broken or looping symbolic link?` : `cannot be read (${code})` };
    }
    if (RepoFiles.within(this.realRoot, real)) {
      if (this.inGitDir(absolute, real)) return { reason: GIT_DIR_REASON };
    } else if (lexicallyInside || !outsideAllowed) return { reason: OUTSIDE_REASON };
    return { real };
  }

  /**
   * Read a repository file as text (UTF-8, BOM dropped), or say why not: resolved and checked by
   * `resolve`, then opened at its real path and read bounded by `readRegularFile`.
   */
  readText(absolute: string, maxSize: number, outsideAllowed = false): { readonly text: string; readonly real: string } | NotRead {
    const where = this.resolve(absolute, outsideAllowed);
    if (!('real' in where)) return where;
    const read = readRegularFile(where.real, maxSize);
    if (!('bytes' in read)) return read;
    const decoded = decodeFile(read.bytes);
    if (!decoded.ok) return { reason: decoded.reason };
    return { text: decoded.text.charCodeAt(0) === 0xfeff ? decoded.text.slice(1) : decoded.text, real: where.real };
  }
}

/** Is there a symbolic link at `p` (dangling or not)? */
function isLink(p: string): boolean {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}
