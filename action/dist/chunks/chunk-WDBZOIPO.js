import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  toPosix
} from "./chunk-6MNQEI3M.js";
import {
  decodeFile
} from "./chunk-T3EG56Z2.js";

// src/git/base.ts
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var BaseRefError = class extends Error {
  name = "BaseRefError";
};
function blobId(text, algorithm) {
  return createHash(algorithm).update(`blob ${Buffer.byteLength(text, "utf8")}\0`).update(text, "utf8").digest("hex");
}
var SMALL_OUTPUT = 1024 * 1024;
var LISTING_OUTPUT = 512 * 1024 * 1024;
var MAX_PATHSPECS = 100;
var HARDENING = ["-c", "core.hooksPath=/dev/null", "-c", "core.fsmonitor=false", "-c", "protocol.allow=never"];
function gitEnv() {
  return {
    ...process.env,
    GIT_TERMINAL_PROMPT: "0",
    GIT_PAGER: "cat",
    GIT_OPTIONAL_LOCKS: "0",
    GIT_NO_LAZY_FETCH: "1",
    GIT_ALLOW_PROTOCOL: "",
    GIT_PROTOCOL_FROM_USER: "0"
  };
}
function runGit(args, cwd, limit, input) {
  return new Promise((resolve, reject) => {
    let child;
    try {
      child = spawn("git", [...HARDENING, ...args], {
        cwd,
        stdio: ["pipe", "pipe", "pipe"],
        windowsHide: true,
        env: gitEnv()
      });
    } catch (e) {
      reject(e);
      return;
    }
    const chunks = [];
    let size = 0;
    let stderr = "";
    let overflow = false;
    child.stdout.on("data", (c) => {
      size += c.length;
      if (size > limit) {
        overflow = true;
        child.kill();
        return;
      }
      chunks.push(c);
    });
    child.stderr.on("data", (c) => {
      if (stderr.length < 64 * 1024) stderr += c.toString("utf8");
    });
    child.on("error", (e) => {
      reject(e.code === "ENOENT" ? new BaseRefError("--base needs git, but `git` was not found on the PATH. Install git, or run without --base.") : e);
    });
    child.stdin.on("error", () => {
    });
    child.on("close", (code) => {
      if (overflow) reject(new BaseRefError(`git ${args[0]} produced more than ${limit} bytes; the base ref is too large to read.`));
      else resolve({ code: code ?? 1, stdout: Buffer.concat(chunks), stderr });
    });
    child.stdin.end(input ?? "");
  });
}
function firstLine(s) {
  return s.trim().split("\n")[0] ?? "";
}
function notFetched(stderr) {
  return /lazy fetching disabled|from promisor remote|transport '[^']*' not allowed/i.test(stderr);
}
function gitFailure(what, ref, stderr) {
  if (notFetched(stderr)) {
    return new BaseRefError(
      `the files of \`${ref}\` are not all in this clone (a partial clone: git would have to fetch them, and topiclint never lets git reach the network). Fetch them first: in GitHub Actions use actions/checkout without \`filter\`, with \`fetch-depth: 0\`; elsewhere run \`git fetch --refetch\` or clone without \`--filter\`.`
    );
  }
  return new BaseRefError(`${what}: ${firstLine(stderr)}`);
}
function notARepository(root, stderr) {
  if (/dubious ownership/i.test(stderr)) {
    return new BaseRefError(
      `git refuses to read ${root}: it is owned by another user ("dubious ownership"). In a container, run \`git config --global --add safe.directory ${root}\` first.`
    );
  }
  return new BaseRefError(`--base compares with a git ref, but ${root} is not inside a git repository. Run topiclint inside a clone, or drop --base.`);
}
function fetchHint(ref) {
  const m = /^(?:refs\/remotes\/)?([^/]+)\/(.+)$/.exec(ref);
  if (m && !/^[0-9a-f]{7,40}$/i.test(ref)) return `git fetch ${m[1]} ${m[2]}`;
  return `git fetch origin ${ref}`;
}
function checkRef(ref) {
  if (ref === "" || ref.startsWith("-") || /[\0\n]/.test(ref)) throw new BaseRefError(`\`${ref}\` is not a valid git ref for --base.`);
}
async function resolveCommit(top, refs) {
  for (const ref2 of refs) {
    checkRef(ref2);
    const r = await runGit(["rev-parse", "--verify", "--quiet", `${ref2}^{commit}`], top, SMALL_OUTPUT);
    const commit = r.stdout.toString("utf8").trim();
    if (r.code === 0 && /^[0-9a-f]{40,64}$/.test(commit)) return { ref: ref2, commit };
  }
  const ref = refs[0];
  const shallow = await runGit(["rev-parse", "--is-shallow-repository"], top, SMALL_OUTPUT);
  if (shallow.stdout.toString("utf8").trim() === "true") {
    throw new BaseRefError(
      `the base ref \`${ref}\` is not in this clone: it is a shallow clone, which lacks the base commit. In GitHub Actions set \`fetch-depth: 0\` on actions/checkout; elsewhere run \`git fetch --unshallow\` (or \`${fetchHint(ref)}\`) before running topiclint --base.`
    );
  }
  throw new BaseRefError(
    `the base ref \`${ref}\` does not exist in this repository${refs.length > 1 ? ` (also tried ${refs.slice(1).map((r) => `\`${r}\``).join(", ")})` : ""}. If it is a remote branch, fetch it first: \`${fetchHint(ref)}\`; check the spelling with \`git branch -a\`.`
  );
}
function real(p) {
  try {
    return realpathSync(p);
  } catch {
    return path.resolve(p);
  }
}
async function readBaseFiles(opts) {
  return readListedBlobs(await listBase(opts), opts, sameTextIn(opts.headTexts));
}
function gitBlobId(text) {
  return blobId(text, "sha1");
}
function sameTextIn(headTexts) {
  return (e) => {
    const now = headTexts?.get(e.path);
    return now !== void 0 && blobId(now, e.oid.length === 64 ? "sha256" : "sha1") === e.oid ? now : void 0;
  };
}
function startBaseRead(opts) {
  const listing = listBase(opts);
  listing.catch(() => void 0);
  return {
    finish: async (headTexts) => readListedBlobs(await listing, opts, sameTextIn(headTexts)),
    // A SHA-256 repository's ids never match these SHA-1 ones: every file is then read, as changed.
    finishChanged: async (headIds) => readListedBlobs(await listing, opts, (e) => headIds.get(e.path) === e.oid ? true : void 0)
  };
}
async function listBase(opts) {
  const root = path.resolve(opts.root);
  if (!existsSync(root)) throw new BaseRefError(`${root} does not exist.`);
  const refs = [opts.ref, ...opts.fallbacks ?? []];
  for (const ref2 of refs) checkRef(ref2);
  const topRun = await runGit(["rev-parse", "--show-toplevel", "--verify", "--quiet", `${opts.ref}^{commit}`], root, SMALL_OUTPUT);
  const [topLine, commitLine] = topRun.stdout.toString("utf8").split("\n");
  if (!topLine || topRun.code !== 0 && !topRun.stdout.length) throw notARepository(root, topRun.stderr);
  const top = real(topLine.trim());
  const prefix = toPosix(path.relative(top, real(root)));
  if (prefix.startsWith("..") || path.isAbsolute(prefix)) throw notARepository(root, "");
  const toGit = (rel) => prefix === "" ? rel : rel === "" ? prefix : `${prefix}/${rel}`;
  const first = commitLine?.trim() ?? "";
  const { ref, commit } = topRun.code === 0 && /^[0-9a-f]{40,64}$/.test(first) ? { ref: opts.ref, commit: first } : await resolveCommit(top, refs);
  const scopes = [];
  for (const p of opts.paths.length ? opts.paths : ["."]) {
    const abs = path.resolve(opts.cwd, p);
    const rel = toPosix(path.relative(root, abs));
    if (rel.startsWith("..") || path.isAbsolute(rel)) continue;
    let file;
    try {
      file = statSync(abs).isFile();
    } catch {
      file = /\.[A-Za-z0-9]+$/.test(rel);
    }
    scopes.push({ rel, file });
  }
  if (scopes.length === 0) return { ref, commit, top, prefix, entries: [], skipped: [], empty: true };
  const whole = scopes.some((s) => s.rel === "");
  const pathspecs = whole ? prefix ? [prefix] : [] : scopes.length <= MAX_PATHSPECS ? scopes.map((s) => toGit(s.rel)) : prefix ? [prefix] : [];
  const listing = await runGit(["--literal-pathspecs", "ls-tree", "-r", "-z", "-l", "--full-tree", commit, "--", ...pathspecs], top, LISTING_OUTPUT);
  if (listing.code !== 0) throw gitFailure(`git ls-tree failed on ${ref} (${commit.slice(0, 12)})`, ref, listing.stderr);
  const explicit = new Set(scopes.filter((s) => s.file).map((s) => s.rel));
  const dirs = scopes.filter((s) => !s.file).map((s) => s.rel);
  const inScope = (rel) => explicit.has(rel) || dirs.some((d) => d === "" || rel.startsWith(`${d}/`));
  const entries = [];
  const skipped = [];
  for (const record of listing.stdout.toString("utf8").split("\0")) {
    if (record === "") continue;
    const tab = record.indexOf("	");
    if (tab < 0) continue;
    const [mode, type, oid, size] = record.slice(0, tab).split(/ +/);
    const gitPath = record.slice(tab + 1);
    if (type !== "blob" || mode !== "100644" && mode !== "100755" || !oid) continue;
    if (prefix && !gitPath.startsWith(`${prefix}/`)) continue;
    const rel = prefix ? gitPath.slice(prefix.length + 1) : gitPath;
    if (!inScope(rel)) continue;
    if (!explicit.has(rel)) {
      if (rel.split("/").some((s) => s === "node_modules" || s === ".git")) continue;
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
async function readListedBlobs(listing, opts, unchanged) {
  const { ref, commit, top, prefix, entries } = listing;
  const skipped = [...listing.skipped];
  const same = /* @__PURE__ */ new Set();
  if (listing.empty) return { ref, commit, files: [], skipped, unchanged: same, extra: await readNamed(top, commit, prefix, opts.alsoRead ?? [], opts.maxFileSize) };
  const files = [];
  const toRead = [];
  for (const e of entries) {
    const now = unchanged(e);
    if (now === true) same.add(e.path);
    else if (now !== void 0) files.push({ path: e.path, text: now });
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
        `the files of \`${ref}\` are not in this clone (object ${e.oid.slice(0, 12)} is missing; a shallow or partial clone?). In GitHub Actions set \`fetch-depth: 0\` on actions/checkout; elsewhere run \`git fetch --unshallow\`.`
      );
    }
    const decoded = decodeFile(bytes, e.path);
    if (!decoded.ok) {
      skipped.push({ path: e.path, reason: `${decoded.reason} (at ${ref})` });
      continue;
    }
    files.push({ path: e.path, text: decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text });
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { ref, commit, files, skipped, unchanged: same, extra: decodeExtra(extraNames, blobs.slice(names.length), opts.maxFileSize) };
}
function extraRequests(commit, prefix, paths) {
  return paths.filter((p) => p !== "" && !/[\n\0]/.test(p) && !p.startsWith("..") && !path.isAbsolute(p)).map((p) => ({ path: p, name: `${commit}:${prefix ? `${prefix}/` : ""}${p}` }));
}
function decodeExtra(requests, blobs, maxFileSize) {
  const out = /* @__PURE__ */ new Map();
  requests.forEach((r, i) => {
    const bytes = blobs[i];
    if (!bytes || bytes.length > maxFileSize) return;
    const decoded = decodeFile(bytes);
    if (decoded.ok) out.set(r.path, decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text);
  });
  return out;
}
async function readNamed(top, commit, prefix, paths, maxFileSize) {
  const requests = extraRequests(commit, prefix, paths);
  if (requests.length === 0) return /* @__PURE__ */ new Map();
  const blobs = await catFiles(top, commit.slice(0, 12), requests.map((r) => r.name), requests.length * (maxFileSize + 128) + 4096);
  return decodeExtra(requests, blobs, maxFileSize);
}
async function catFiles(top, ref, names, limit) {
  if (names.length === 0) return [];
  const run = await runGit(["cat-file", "--batch"], top, limit, names.join("\n") + "\n");
  if (run.code !== 0) throw gitFailure(`git cat-file failed reading ${ref}`, ref, run.stderr);
  const buf = run.stdout;
  const out = [];
  let pos = 0;
  for (let i = 0; i < names.length; i++) {
    const nl = buf.indexOf(10, pos);
    if (nl < 0) break;
    const header = buf.toString("utf8", pos, nl);
    pos = nl + 1;
    if (/ (missing|ambiguous)$/.test(header)) {
      out.push(void 0);
      continue;
    }
    const parts = header.split(" ");
    const n = Number(parts[2]);
    out.push(parts[1] === "blob" ? buf.subarray(pos, pos + n) : void 0);
    pos += n + 1;
  }
  return out;
}
async function readPathsAtCommit(rootDir, commit, paths, maxFileSize) {
  const root = path.resolve(rootDir);
  const topRun = await runGit(["rev-parse", "--show-toplevel"], root, SMALL_OUTPUT);
  if (topRun.code !== 0) throw notARepository(root, topRun.stderr);
  const top = real(topRun.stdout.toString("utf8").trim());
  const prefix = toPosix(path.relative(top, real(root)));
  return readNamed(top, commit, prefix, paths, maxFileSize);
}
var TRACKED_OUTPUT = 256 * 1024 * 1024;
async function listTrackedFiles(root) {
  let run;
  try {
    run = await runGit(["ls-files", "-z", "--cached"], path.resolve(root), TRACKED_OUTPUT);
  } catch {
    return void 0;
  }
  if (run.code !== 0) return void 0;
  return run.stdout.toString("utf8").split("\0").filter((p) => p !== "");
}

export {
  BaseRefError,
  readBaseFiles,
  gitBlobId,
  startBaseRead,
  readPathsAtCommit,
  listTrackedFiles
};
