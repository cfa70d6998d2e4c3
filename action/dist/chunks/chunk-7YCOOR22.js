import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  RepoFiles
} from "./chunk-R2M2RDWI.js";

// src/util/safe-write.ts
import { randomBytes } from "node:crypto";
import { constants, realpathSync } from "node:fs";
import { mkdir, open, rename, unlink } from "node:fs/promises";
import path from "node:path";
var OutsideRepositoryError = class extends Error {
  constructor(target) {
    super(`${target}: its folder leads outside the repository through a symbolic link`);
    this.target = target;
  }
  target;
  code = "ELINKOUT";
};
async function prepareFolder(target, root) {
  const dir = path.dirname(target);
  if (root !== void 0 && RepoFiles.within(path.resolve(root), target)) {
    const files = new RepoFiles(root);
    let existing = dir;
    for (; ; ) {
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
function isTempFileFor(target, candidate) {
  if (candidate === target) return true;
  if (path.dirname(candidate) !== path.dirname(target)) return false;
  const name = path.basename(candidate);
  const prefix = `.${path.basename(target)}.`;
  return name.startsWith(prefix) && /^[0-9a-f]+\.tmp$/.test(name.slice(prefix.length));
}
async function writeFileReplacingLinks(target, pieces, root) {
  await prepareFolder(target, root);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.tmp`);
  const file = await open(temp, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 420);
  try {
    try {
      for (const piece of pieces) await file.writeFile(piece);
    } finally {
      await file.close();
    }
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => void 0);
    throw e;
  }
}
async function appendFileNoFollow(target, text, root) {
  await prepareFolder(target, root);
  const inside = root !== void 0 && RepoFiles.within(path.resolve(root), target);
  const file = await open(target, constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | (inside ? constants.O_NOFOLLOW ?? 0 : 0), 420);
  try {
    await file.writeFile(text);
  } finally {
    await file.close();
  }
}

export {
  OutsideRepositoryError,
  isTempFileFor,
  writeFileReplacingLinks,
  appendFileNoFollow
};
