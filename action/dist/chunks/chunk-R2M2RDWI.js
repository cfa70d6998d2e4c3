import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  decodeFile
} from "./chunk-T3EG56Z2.js";

// src/util/error-code.ts
function errorCode(e) {
  return e.code ?? (e instanceof Error ? e.message : String(e));
}

// src/util/repo-file.ts
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var NOT_REGULAR_REASON = "not a regular file (a named pipe, socket or device); not read";
var FOLDER_LINK_REASON = "a symbolic link to a folder, not a file; not read";
var FOLDER_REASON = "a folder, not a file; not read";
var OUTSIDE_REASON = "symbolic link to a file outside the repository; not followed";
var GIT_DIR_REASON = "inside a git directory (git's own files, which hold the checkout's credentials in CI); never read";
function readRegularFile(absolute, maxSize, onStat) {
  let fd;
  try {
    fd = openSync(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    try {
      const st = statSync(absolute);
      if (!st.isFile()) return notRegular(st);
    } catch {
    }
    const code = errorCode(e);
    return code === "ENOENT" ? { reason: "does not exist (ENOENT)", missing: true } : { reason: `cannot be read (${code})` };
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
function notRegular(st) {
  return st.isDirectory() ? { reason: FOLDER_REASON, folder: true } : { reason: NOT_REGULAR_REASON };
}
var readBuffer = Buffer.allocUnsafeSlow(0);
var KEPT_READ_BUFFER = 4 * 1024 * 1024;
function readWhole(fd, size, limit) {
  let buffer = size + 1 <= readBuffer.length ? readBuffer : Buffer.allocUnsafeSlow(Math.max(size + 1, 64 * 1024));
  let length = 0;
  for (; ; ) {
    if (length === buffer.length) {
      const larger = Buffer.allocUnsafeSlow(buffer.length * 2);
      buffer.copy(larger, 0, 0, length);
      buffer = larger;
    }
    const n = readSync(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > limit) return void 0;
  }
  if (buffer !== readBuffer && buffer.length <= KEPT_READ_BUFFER) readBuffer = buffer;
  return buffer.subarray(0, length);
}
function isGitName(name) {
  return name.length === 4 && name.toLowerCase() === ".git";
}
var RepoFiles = class _RepoFiles {
  root;
  realRoot;
  gitDirs = /* @__PURE__ */ new Map();
  constructor(root) {
    this.root = path.resolve(root);
    let real = this.root;
    try {
      real = realpathSync(this.root);
    } catch {
    }
    this.realRoot = real;
  }
  /** Is `p` the root or below it (`root` the lexical or the real root)? */
  static within(root, p) {
    return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
  }
  /**
   * Does a folder look like a git directory: a `HEAD` file beside `objects/` (a repository, bare or
   * not) or a `commondir` file (a worktree's or submodule's git dir, wherever a `.git` file points)?
   * Remembered per folder: one lookup per folder, not per file.
   */
  looksLikeGitDir(dir) {
    let known = this.gitDirs.get(dir);
    if (known === void 0) {
      known = existsSync(path.join(dir, "HEAD")) && (existsSync(path.join(dir, "objects")) || existsSync(path.join(dir, "commondir")));
      this.gitDirs.set(dir, known);
    }
    return known;
  }
  /**
   * Is this path inside a git directory: a component named `.git` in the path as given (relative to
   * the root) or in its real path (relative to the real root), or a folder between the real root and
   * the file that git would take for a git directory? `real` is the resolved path, when known.
   */
  inGitDir(absolute, real) {
    const rel = path.relative(this.root, absolute);
    if (!rel.startsWith("..") && !path.isAbsolute(rel) && rel.split(path.sep).some(isGitName)) return true;
    if (real === void 0 || !_RepoFiles.within(this.realRoot, real)) return false;
    const realRel = path.relative(this.realRoot, real);
    if (realRel === "") return false;
    const parts = realRel.split(path.sep);
    if (parts.some(isGitName)) return true;
    let dir = this.realRoot;
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
  resolve(absolute, outsideAllowed = false) {
    const lexicallyInside = _RepoFiles.within(this.root, absolute);
    if (lexicallyInside && this.inGitDir(absolute)) return { reason: GIT_DIR_REASON };
    let real;
    try {
      real = realpathSync(absolute);
    } catch (e) {
      const code = errorCode(e);
      if (code === "ENOENT") {
        return isLink(absolute) ? { reason: `cannot be resolved (${code}); a broken or looping symbolic link?` } : { reason: "does not exist (ENOENT)", missing: true };
      }
      return { reason: code === "ELOOP" ? `cannot be resolved (${code}); a broken or looping symbolic link?` : `cannot be read (${code})` };
    }
    if (_RepoFiles.within(this.realRoot, real)) {
      if (this.inGitDir(absolute, real)) return { reason: GIT_DIR_REASON };
    } else if (lexicallyInside || !outsideAllowed) return { reason: OUTSIDE_REASON };
    return { real };
  }
  /**
   * Read a repository file as text (UTF-8, BOM dropped), or say why not: resolved and checked by
   * `resolve`, then opened at its real path and read bounded by `readRegularFile`.
   */
  readText(absolute, maxSize, outsideAllowed = false) {
    const where = this.resolve(absolute, outsideAllowed);
    if (!("real" in where)) return where;
    const read = readRegularFile(where.real, maxSize);
    if (!("bytes" in read)) return read;
    const decoded = decodeFile(read.bytes);
    if (!decoded.ok) return { reason: decoded.reason };
    return { text: decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text, real: where.real };
  }
};
function isLink(p) {
  try {
    return lstatSync(p).isSymbolicLink();
  } catch {
    return false;
  }
}

export {
  errorCode,
  NOT_REGULAR_REASON,
  FOLDER_LINK_REASON,
  GIT_DIR_REASON,
  readRegularFile,
  RepoFiles
};
