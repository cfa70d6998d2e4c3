/**
 * Writing topiclint's own files (the `--output` report, the SARIF file of the GitHub Action,
 * `--write-baseline`, `--summary`) into a working tree a pull request controls. A committed symbolic
 * link at the output path (`topiclint.sarif -> /home/runner/.bashrc`) must not make topiclint
 * overwrite what it points at:
 *
 * - whole files are written to a fresh temporary file beside the target (created with `O_EXCL`, so
 *   never through a link) and renamed over it: a link there is replaced, its target is untouched;
 * - appended files (`--summary`) inside the repository are opened with `O_NOFOLLOW`: a link there is
 *   refused (`ELOOP`), as appending needs the file itself;
 * - a target inside the repository whose folder leads out of it through a link is refused
 *   (`OutsideRepositoryError`), before any folder is made.
 *
 * Hand-written: write-file-atomic does the temporary-file-and-rename part but neither the `O_EXCL`
 * creation mode nor the folder check, and these few lines need no dependency.
 */
import { randomBytes } from 'node:crypto';
import { constants, realpathSync } from 'node:fs';
import { mkdir, open, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { RepoFiles } from './repo-file.js';

/** The target lies in the repository by its path, but its folder is a link leading out of it. */
export class OutsideRepositoryError extends Error {
  readonly code = 'ELINKOUT';
  constructor(readonly target: string) {
    super(`${target}: its folder leads outside the repository through a symbolic link`);
  }
}

/**
 * The target's folder, made when missing, after checking that a target inside `root` (lexically)
 * stays inside it by its real path: the nearest existing folder above it is resolved first.
 */
async function prepareFolder(target: string, root: string | undefined): Promise<void> {
  const dir = path.dirname(target);
  if (root !== undefined && RepoFiles.within(path.resolve(root), target)) {
    const files = new RepoFiles(root);
    let existing = dir;
    for (;;) {
      try {
        const real = realpathSync(existing);
        if (!RepoFiles.within(files.realRoot, real)) throw new OutsideRepositoryError(target);
        break;
      } catch (e) {
        if (e instanceof OutsideRepositoryError) throw e;
        const up = path.dirname(existing);
        if (up === existing) break;
        existing = up;
      }
    }
  }
  await mkdir(dir, { recursive: true });
}

/**
 * Whether `candidate` is `target` or one of the temporary files `writeFileReplacingLinks` writes
 * beside it (`.<name>.<hex>.tmp`): what a watcher must not take for a change of the user's.
 */
export function isTempFileFor(target: string, candidate: string): boolean {
  if (candidate === target) return true;
  if (path.dirname(candidate) !== path.dirname(target)) return false;
  const name = path.basename(candidate);
  const prefix = `.${path.basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]+\.tmp$/.test(name.slice(prefix.length));
}

/**
 * Write `pieces` as the whole new content of `target`, replacing whatever is there (a file, or a
 * link, which is replaced rather than followed). `root`: the repository, whose folders must not lead
 * out of it. A folder at `target` fails with `EISDIR`.
 */
export async function writeFileReplacingLinks(target: string, pieces: Iterable<string>, root?: string): Promise<void> {
  await prepareFolder(target, root);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`); // see isTempFileFor
  const file = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
  try {
    try {
      // writeFile on a handle writes from the current position and loops until the piece is all written.
      for (const piece of pieces) await file.writeFile(piece);
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}

/**
 * Append `text` to `target`; inside the repository (`root`), never through a link (`ELOOP`: the link
 * is refused, neither followed nor replaced). Outside it (the runner's `$GITHUB_STEP_SUMMARY`) as usual.
 */
export async function appendFileNoFollow(target: string, text: string, root?: string): Promise<void> {
  await prepareFolder(target, root);
  const inside = root !== undefined && RepoFiles.within(path.resolve(root), target);
  const file = await open(target, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (inside ? (constants.O_NOFOLLOW ?? 0) : 0), 0o644);
  try {
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}
