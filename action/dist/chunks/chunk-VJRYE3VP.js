import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  GitIgnores,
  decodeFile,
  toPosix
} from "./chunk-63BZO4VB.js";
import {
  PARALLEL_MIN_FILES,
  defaultConcurrency
} from "./chunk-GHNDIOJ3.js";
import {
  reuseUnchanged
} from "./chunk-L4JVKBVT.js";
import {
  builtinRules,
  canStream,
  consistentState,
  lintStream
} from "./chunk-H53V44OU.js";
import {
  EMPTY_CONFIG,
  TOOL,
  buildResult,
  collectUnknowns,
  digestOf,
  notLintableProblems,
  runRules,
  sortFindings,
  toFindings,
  withCodeowners
} from "./chunk-SZJHELW3.js";
import {
  CODEOWNERS_PATHS,
  YAML_EXTENSIONS,
  defaultSources,
  isCandidatePath,
  parseCodeowners,
  projectAdapterFor,
  readCatalog,
  readYamlFile
} from "./chunk-GRP5CIC5.js";
import {
  require_picomatch
} from "./chunk-3UC2GCC5.js";
import {
  __toESM
} from "./chunk-JRJOGWBZ.js";

// src/util/error-code.ts
function errorCode(e) {
  return e.code ?? (e instanceof Error ? e.message : String(e));
}

// src/lint.ts
import { closeSync as closeSync4, constants, fstatSync as fstatSync2, openSync as openSync4, readSync as readSync2, statSync as statSync3 } from "node:fs";
import { readFile as readFile2 } from "node:fs/promises";
import path4 from "node:path";

// src/core/pipeline.ts
function byPath(files) {
  return [...files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function lintFiles(unordered, options) {
  const files = byPath(unordered);
  if (!options.base && !options.wholeCatalog && canStream(options.rules, options.config)) {
    const texts2 = new Map(files.map((f) => [f.path, f.text]));
    const records = (options.notLintable ?? []).map((record) => ({ path: record.path, record }));
    const { base: _base, notLintable: _n, yamlReader: _y, ...rest } = options;
    return lintStream([...files, ...records], { ...rest, textOf: (p) => texts2.get(p) });
  }
  const readOptions = { ...options.registry ? { registry: options.registry } : {}, ...options.yamlReader ? { yamlReader: options.yamlReader } : {} };
  const codeowners = options.codeowners ? parseCodeowners(options.codeowners.path, options.codeowners.text) : void 0;
  let catalog = withCodeowners(await readCatalog(files, readOptions), codeowners);
  if (options.notLintable?.length) catalog = withNotLintable(catalog, options.notLintable);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  if (options.codeowners) texts.set(options.codeowners.path, options.codeowners.text);
  let base;
  let baseTexts;
  if (options.base) {
    base = { ref: options.base.ref, catalog: withCodeowners(await readCatalog(byPath(options.base.files), readOptions), codeowners) };
    baseTexts = new Map(options.base.files.map((f) => [f.path, f.text]));
  }
  return lintCatalogs(catalog, texts, options, base, baseTexts);
}
function withNotLintable(catalog, records) {
  return { ...catalog, files: [...catalog.files, ...records], problems: [...catalog.problems, ...notLintableProblems(records)] };
}
function lintCatalogs(catalog, texts, options, base, baseTexts) {
  const raw = runRules(catalog, { rules: options.rules, config: options.config ?? EMPTY_CONFIG, texts, ...base ? { base } : {} });
  const findings = toFindings(raw, { texts, ...baseTexts ? { baseTexts } : {} });
  return buildResult(catalog, findings, texts, options, base?.ref, options.collectUnknowns ? collectUnknowns(catalog, texts) : void 0);
}

// src/discover.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { existsSync, readdirSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
var NEVER_ENTERED = /* @__PURE__ */ new Set(["node_modules", ".git", ".topiclint-cache"]);
async function discover(opts) {
  const root = path.resolve(opts.root);
  let realRoot = root;
  try {
    realRoot = realpathSync(root);
  } catch {
  }
  const gitignores = new GitIgnores(root);
  const neverEnter = new Set((opts.neverEnter ?? []).map((d) => path.resolve(d)));
  const out = /* @__PURE__ */ new Map();
  const problems = [];
  const prefix = root.endsWith(path.sep) ? root : root + path.sep;
  const rel = (abs) => (abs.startsWith(prefix) ? toPosix(abs.slice(prefix.length)) : toPosix(path.relative(root, abs))) || path.basename(abs);
  const included = opts.include?.length ? (0, import_picomatch.default)(opts.include, { dot: true }) : void 0;
  const excluded = opts.exclude?.length ? (0, import_picomatch.default)(opts.exclude, { dot: true }) : void 0;
  const consider = (abs, explicit, viaLink = true) => {
    const r = rel(abs);
    if (excluded?.(r)) return;
    if (!explicit && included && !included(r)) return;
    if (!explicit && !opts.isCandidate(r)) return;
    if (!explicit && gitignores.ignored(abs)) return;
    if (!viaLink) {
      out.set(r, { path: r, absolute: abs });
      return;
    }
    try {
      const real = realpathSync(abs);
      if (!real.startsWith(realRoot + path.sep) && real !== realRoot) {
        problems.push({ path: r, reason: "symbolic link to a file outside the repository; not followed" });
        return;
      }
    } catch (e) {
      problems.push({ path: r, reason: `cannot be resolved (${errorCode(e)}); a broken or looping symbolic link?` });
      return;
    }
    out.set(r, { path: r, absolute: abs });
  };
  for (const p of opts.paths.length ? opts.paths : ["."]) {
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
    let startIsReal = false;
    try {
      startIsReal = realpathSync(abs) === abs;
    } catch {
    }
    walkFolder(
      abs,
      (dir, name) => !NEVER_ENTERED.has(name) && !neverEnter.has(dir) && !gitignores.ignoredDir(dir),
      // A file's path goes through a symbolic link only if the folder given is reached through one
      // (folder links are never entered) or the entry is a link itself.
      (file, isLink) => consider(file, false, isLink || !startIsReal),
      (dir, code) => problems.push({ path: rel(dir), reason: `folder cannot be read (${code}); nothing in it was linted` })
    );
  }
  const byPath2 = (a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
  return { files: [...out.values()].sort(byPath2), problems: problems.sort(byPath2) };
}
function walkFolder(start, enter, onEntry, onUnreadable) {
  const pending = [start];
  for (let dir = pending.pop(); dir !== void 0; dir = pending.pop()) {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      onUnreadable(dir, errorCode(e));
      continue;
    }
    const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
    for (const entry of entries) {
      const full = prefix + entry.name;
      if (entry.isDirectory()) {
        if (enter(full, entry.name)) pending.push(full);
      } else onEntry(full, entry.isSymbolicLink());
    }
  }
}
function findGitRoot(dir) {
  let d = path.resolve(dir);
  for (; ; ) {
    if (existsSync(path.join(d, ".git"))) return d;
    const up = path.dirname(d);
    if (up === d) return void 0;
    d = up;
  }
}

// src/cache/result-cache.ts
import { createHash } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path2 from "node:path";
var DEFAULT_CACHE_LOCATION = ".topiclint-cache";
var RESULT_FILE = "result-v1.json";
function resultKey(parts) {
  const h = createHash("sha256");
  const put = (s) => h.update(`${s.length}:${s}`);
  put(`${TOOL.name}@${TOOL.version}`);
  put(parts.salt);
  put(parts.root);
  for (const f of parts.files) {
    put(f.path);
    put(digestOf("sha1", f.text, "base64"));
  }
  put(JSON.stringify(parts.records));
  put(parts.codeowners ? `${parts.codeowners.path}
${parts.codeowners.text}` : "-");
  put(parts.baseCommit ?? "-");
  for (const f of parts.baseFiles ?? []) put(`${f.path}
${digestOf("sha1", f.text, "base64")}`);
  put(parts.ruleIds.join(","));
  put(JSON.stringify(parts.config ?? null));
  put(JSON.stringify(parts.options ?? null));
  return h.digest("hex");
}
async function readCachedResult(dir, key) {
  try {
    const data = JSON.parse(await readFile(path2.join(dir, RESULT_FILE), "utf8"));
    return data.key === key && data.result ? data.result : void 0;
  } catch {
    return void 0;
  }
}
async function writeCachedResult(dir, key, result) {
  await mkdir(dir, { recursive: true });
  const file = path2.join(dir, RESULT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ key, result }));
  await rename(tmp, file);
}

// src/cache/unit-cache.ts
import { createHash as createHash3 } from "node:crypto";
import { closeSync as closeSync3, existsSync as existsSync2, fstatSync, mkdirSync, openSync as openSync3, read, readFileSync as readFileSync2, rmSync, writeFileSync } from "node:fs";
import path3 from "node:path";

// src/cache/bytes.ts
import { isAscii } from "node:buffer";
function textOf(bytes, start = 0, end = bytes.length) {
  return isAscii(bytes.subarray(start, end)) ? bytes.toString("latin1", start, end) : bytes.toString("utf8", start, end);
}

// src/cache/state-file.ts
import { createHash as createHash2 } from "node:crypto";
import os from "node:os";
var STATE_FILE = "state-v1.bin";
var bytesOf = (ints) => Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);
function encodeState(state, tag) {
  const body = {
    units: state.units.map((u) => [u.key, u.topics, u.groups, u.files, u.consumerGroups, u.clients, u.unknowns, u.suppressionFiles]),
    table: state.table,
    nameChunks: state.nameChunks,
    whole: state.wholeIds.map((id) => [id, state.whole[id]]),
    files: state.files,
    consumerGroups: state.consumerGroups,
    clients: state.clients,
    unknowns: state.unknowns,
    suppressionFiles: state.suppressionFiles,
    findingLengths: state.findings.map((text) => text.length)
  };
  const sections = [bytesOf(state.topicInts), bytesOf(state.groupInts), Buffer.from(JSON.stringify(body)), Buffer.from(state.findings.join(""))];
  const hash = createHash2("sha1");
  for (const s of sections) hash.update(s);
  const header = { tag, endian: os.endianness(), sha1: hash.digest("hex"), sizes: [sections[0].length, sections[1].length, sections[2].length, sections[3].length] };
  const line = JSON.stringify(header);
  return [Buffer.from(`${line.padEnd(line.length + (4 - (line.length + 1) % 4) % 4)}
`), ...sections];
}
function decodeState(bytes, tag) {
  try {
    const newline = bytes.indexOf(10);
    if (newline < 0) return void 0;
    const header = JSON.parse(textOf(bytes, 0, newline));
    if (header.tag !== tag || header.endian !== os.endianness() || !Array.isArray(header.sizes) || header.sizes.length !== 4) return void 0;
    const [topicBytes, groupBytes, jsonBytes, findingBytes] = header.sizes;
    const start = newline + 1;
    if (![topicBytes, groupBytes, jsonBytes, findingBytes].every((n) => Number.isInteger(n) && n >= 0) || topicBytes % 4 || groupBytes % 4) return void 0;
    if (start + topicBytes + groupBytes + jsonBytes + findingBytes !== bytes.length) return void 0;
    if (createHash2("sha1").update(bytes.subarray(start)).digest("hex") !== header.sha1) return void 0;
    const ints = (from, size) => {
      if ((bytes.byteOffset + from) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + from, size / 4);
      const out = new Int32Array(size / 4);
      new Uint8Array(out.buffer).set(bytes.subarray(from, from + size));
      return out;
    };
    const jsonAt = start + topicBytes + groupBytes;
    const body = JSON.parse(textOf(bytes, jsonAt, jsonAt + jsonBytes));
    const findingsAt = jsonAt + jsonBytes;
    const allFindings = textOf(bytes, findingsAt, findingsAt + findingBytes);
    let at = 0;
    const findings = body.findingLengths.map((n) => allFindings.slice(at, at += n));
    const whole = {};
    for (const [id, topic] of body.whole) whole[id] = topic;
    const state = {
      units: body.units.map(([key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles]) => ({ key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles })),
      topicInts: ints(start, topicBytes),
      groupInts: ints(start + topicBytes, groupBytes),
      table: body.table,
      nameChunks: body.nameChunks,
      whole,
      wholeIds: body.whole.map(([id]) => id),
      files: body.files,
      consumerGroups: body.consumerGroups,
      clients: body.clients,
      unknowns: body.unknowns,
      suppressionFiles: body.suppressionFiles,
      findings
    };
    return at === allFindings.length && consistentState(state) ? state : void 0;
  } catch {
    return void 0;
  }
}

// src/cache/units-file.ts
import { closeSync, openSync, readFileSync, readSync, statSync as statSync2 } from "node:fs";
var UNITS_FILE = "units-v3.txt";
var UNITS_DIRECTORY_FILE = "units-v3.dir.json";
var MAX_POSITIONED_READS = 32;
var UnitsFile = class _UnitsFile {
  constructor(file, directoryFile, header) {
    this.file = file;
    this.directoryFile = directoryFile;
    this.header = header;
  }
  file;
  directoryFile;
  header;
  /** The whole file, once read (not in directory mode until needed). */
  bytes;
  ranges = /* @__PURE__ */ new Map();
  lines = 0;
  size = 0;
  /** The file has the expected header and ends with a complete line: new lines can be appended. */
  appendable = false;
  positionedReads = 0;
  /**
   * Never throws: a missing or foreign file is an empty one (rewritten at the first `write`).
   * `directory`: the directory file's bytes if already read.
   */
  static open(file, directoryFile, header, directory) {
    const units = new _UnitsFile(file, directoryFile, header);
    if (!units.openWithDirectory(directory)) units.loadWhole();
    return units;
  }
  openWithDirectory(bytes) {
    try {
      const dir = JSON.parse(textOf(bytes ?? readFileSync(this.directoryFile)));
      if (dir.header !== this.header || !Array.isArray(dir.keys) || !Array.isArray(dir.spans) || dir.spans.length !== 2 * dir.keys.length) return false;
      const size = statSync2(this.file).size;
      if (size !== dir.size) return false;
      dir.keys.forEach((key, i) => this.ranges.set(key, { start: dir.spans[2 * i], end: dir.spans[2 * i + 1] }));
      this.lines = dir.lines;
      this.size = size;
      this.appendable = true;
      return true;
    } catch {
      return false;
    }
  }
  loadWhole() {
    this.ranges = /* @__PURE__ */ new Map();
    this.lines = 0;
    this.appendable = false;
    let bytes;
    try {
      bytes = readFileSync(this.file);
    } catch {
      this.bytes = Buffer.alloc(0);
      this.size = 0;
      return;
    }
    this.bytes = bytes;
    this.size = bytes.length;
    const head = Buffer.from(`${this.header}
`);
    if (!bytes.subarray(0, head.length).equals(head)) return;
    for (let start = head.length; start < bytes.length; ) {
      const end = bytes.indexOf(10, start);
      if (end < 0) break;
      const space = bytes.indexOf(32, start);
      if (space > start && space < end) this.ranges.set(bytes.toString("latin1", start, space), { start: space + 1, end });
      this.lines++;
      start = end + 1;
    }
    this.appendable = bytes[bytes.length - 1] === 10;
  }
  /** Whether the whole file has been read (rather than single lines by position, through the directory). */
  get readWhole() {
    return this.bytes !== void 0;
  }
  /** The unit's JSON, or undefined when there is none or its line is damaged. */
  text(key) {
    const r = this.ranges.get(key);
    if (!r) return void 0;
    if (!this.bytes && ++this.positionedReads > MAX_POSITIONED_READS) this.loadWhole();
    if (this.bytes) return this.bytes.length >= r.end ? textOf(this.bytes, r.start, r.end) : void 0;
    const line = this.readLine(key, r);
    if (line) return textOf(line, key.length + 1, line.length - 1);
    this.loadWhole();
    return this.text(key);
  }
  /** The key's whole line (key, space, JSON, newline), read by position; undefined unless it checks out. */
  readLine(key, r) {
    const from = r.start - key.length - 1;
    const line = Buffer.allocUnsafe(r.end + 1 - from);
    let fd;
    try {
      fd = openSync(this.file, "r");
      if (readSync(fd, line, 0, line.length, from) !== line.length) return void 0;
    } catch {
      return void 0;
    } finally {
      if (fd !== void 0) closeSync(fd);
    }
    return line.toString("latin1", 0, key.length + 1) === `${key} ` && line[line.length - 1] === 10 ? line : void 0;
  }
  /**
   * Write this run's units: `added` lines are appended, or, when the file holds more than twice the
   * units in use (or is not ours), it is rewritten with only the units `inUse` (their lines as they
   * were) and the added ones. Then the directory is written.
   */
  write(added, inUse, writes) {
    const rewrite = !this.appendable || this.lines > 2 * inUse.length + 64;
    if (rewrite) {
      if (!this.bytes) this.loadWhole();
      const pieces = [Buffer.from(`${this.header}
`)];
      const ranges = /* @__PURE__ */ new Map();
      let size = pieces[0].length;
      const put = (key, line) => {
        pieces.push(line);
        ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
      };
      for (const key of inUse) {
        const json = added.get(key);
        const r = this.ranges.get(key);
        if (json !== void 0) put(key, Buffer.from(`${key} ${json}
`));
        else if (r && this.bytes && this.bytes.length > r.end) put(key, this.bytes.subarray(r.start - key.length - 1, r.end + 1));
      }
      writes.atomically(this.file, pieces);
      this.bytes = void 0;
      this.ranges = ranges;
      this.lines = ranges.size;
      this.size = size;
    } else if (added.size) {
      const pieces = [];
      let size = this.size;
      for (const [key, json] of added) {
        const line = Buffer.from(`${key} ${json}
`);
        pieces.push(line);
        this.ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
        this.lines++;
      }
      writes.append(this.file, pieces);
      this.size = size;
      this.bytes = void 0;
    } else return;
    this.appendable = true;
    const keys = [...this.ranges.keys()];
    const spans = [];
    for (const key of keys) {
      const r = this.ranges.get(key);
      spans.push(r.start, r.end);
    }
    const dir = { header: this.header, size: this.size, lines: this.lines, keys, spans };
    writes.atomically(this.directoryFile, JSON.stringify(dir));
  }
};

// src/cache/background-writes.ts
import { closeSync as closeSync2, openSync as openSync2, renameSync, unlinkSync, writeSync, writev } from "node:fs";
var BackgroundWrites = class {
  pending = [];
  /**
   * Replace `file` with `data`: bytes, or a text given as parts written one after the other (a text
   * joined from a long part would be copied whole, flattened, before its first slice is written).
   */
  atomically(file, data) {
    const tmp = `${file}.${process.pid}.tmp`;
    const text = typeof data === "string" ? [data] : !Buffer.isBuffer(data) && typeof data[0] === "string" ? data : void 0;
    this.pending.push(
      (text ? writeText(tmp, text) : writeAll(tmp, "w", data)).then(
        () => renameSync(tmp, file),
        (e) => {
          try {
            unlinkSync(tmp);
          } catch {
          }
          throw e;
        }
      )
    );
  }
  /** Add `data` at the end of `file`. */
  append(file, data) {
    this.pending.push(writeAll(file, "a", data));
  }
  async settled() {
    const results = await Promise.allSettled(this.pending.splice(0));
    const failed = results.find((r) => r.status === "rejected");
    if (failed) throw failed.reason;
  }
};
var TEXT_SLICE = 64 * 1024;
function writeText(file, parts) {
  try {
    const fd = openSync2(file, "w");
    try {
      for (const text of parts) {
        for (let at = 0; at < text.length; ) {
          let end = Math.min(at + TEXT_SLICE, text.length);
          const last = text.charCodeAt(end - 1);
          if (end < text.length && last >= 55296 && last <= 56319) end--;
          writeSync(fd, text.slice(at, end));
          at = end;
        }
      }
    } finally {
      closeSync2(fd);
    }
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}
function writeAll(file, flags, data) {
  const buffers = typeof data === "string" ? [Buffer.from(data)] : Buffer.isBuffer(data) ? [data] : data;
  let fd;
  try {
    fd = openSync2(file, flags);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise((resolve, reject) => {
    const finish = (error) => {
      try {
        closeSync2(fd);
      } catch (e) {
        error ??= e;
      }
      if (error) reject(error);
      else resolve();
    };
    const rest = (list, at) => {
      let skip = at;
      const left = [];
      for (const b of list) {
        if (skip >= b.length) skip -= b.length;
        else {
          left.push(skip ? b.subarray(skip) : b);
          skip = 0;
        }
      }
      if (!left.length) return finish(void 0);
      writev(fd, left, (error, written) => error ? finish(error) : rest(left, written));
    };
    rest(buffers, 0);
  });
}

// src/cache/unit-cache.ts
var INDEX_FILE = "index-v3.json";
var RESULT_FILE2 = "result-v3.json";
var LEGACY_FILES = ["units-v1.json", "units-v2.txt", "result-v2.json"];
var CACHE_FORMAT = "packed-6";
var CACHE_VERSION = `${TOOL.version}/${CACHE_FORMAT}`;
var MIN_STATE_SLACK = 16;
var RACY_MS = 2e3;
function stampOf(path5, st) {
  return { path: path5, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}
var singleKeys = /* @__PURE__ */ new WeakMap();
function unitKey(files) {
  const only = files.length === 1 ? files[0] : void 0;
  const known = only && singleKeys.get(only);
  if (known) return known;
  let key;
  if (only) key = digestOf("sha1", `${only.path.length}:${only.path}${only.text.length}:${only.text}`, "base64");
  else {
    const h = createHash3("sha1");
    for (const f of files) h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text);
    key = h.digest("base64");
  }
  if (only) singleKeys.set(only, key);
  return key;
}
function readBytes(file, ahead) {
  if (ahead) return ahead;
  try {
    return readFileSync2(file);
  } catch {
    return void 0;
  }
}
function readText(file, ahead) {
  const bytes = readBytes(file, ahead);
  return bytes && textOf(bytes);
}
async function prefetchRunCache(dir) {
  const state = readAhead(path3.join(dir, STATE_FILE));
  const directory = readAhead(path3.join(dir, UNITS_DIRECTORY_FILE));
  const [index, result] = await Promise.all([INDEX_FILE, RESULT_FILE2].map((name) => readAhead(path3.join(dir, name))));
  return { index, result, state, directory };
}
function readAhead(file) {
  let fd;
  let size;
  try {
    fd = openSync3(file, "r");
  } catch {
    return Promise.resolve(void 0);
  }
  try {
    size = fstatSync(fd).size;
  } catch {
    closeSync3(fd);
    return Promise.resolve(void 0);
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  return new Promise((resolve) => {
    read(fd, bytes, 0, size, 0, (error, n) => {
      closeSync3(fd);
      resolve(error || n !== size ? void 0 : bytes);
    });
  });
}
function unitText(unit) {
  return JSON.stringify(unit.topics.ints instanceof Int32Array ? { ...unit, topics: { ...unit.topics, ints: Array.from(unit.topics.ints) } } : unit);
}
function openRunCache(dir, fullSalt, startedAt = Date.now(), ahead = {}) {
  const salt = digestOf("sha256", fullSalt, "hex");
  let index;
  const indexText = readText(path3.join(dir, INDEX_FILE), ahead.index);
  try {
    const data = indexText === void 0 ? void 0 : JSON.parse(indexText);
    if (data && data.version === CACHE_VERSION && data.salt === salt && Array.isArray(data.files)) index = data;
  } catch {
    index = void 0;
  }
  let files = [];
  try {
    files = (index?.files ?? []).map(([p, size, mtimeMs, ino, key, blob]) => {
      if (typeof p !== "string" || typeof size !== "number" || typeof mtimeMs !== "number" || typeof ino !== "number") throw new Error("not an index entry");
      return { path: p, size, mtimeMs, ino, ...typeof key === "string" ? { key } : {}, ...typeof blob === "string" ? { blob } : {} };
    });
  } catch {
    index = void 0;
  }
  const before = new Map(files.map((e) => [e.path, e]));
  const unitsHeader = JSON.stringify({ version: CACHE_VERSION, salt });
  let units;
  let aheadState;
  let aheadDirectory;
  const stored = () => units ??= UnitsFile.open(path3.join(dir, UNITS_FILE), path3.join(dir, UNITS_DIRECTORY_FILE), unitsHeader, aheadDirectory);
  const used = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Map();
  const keys = /* @__PURE__ */ new Map();
  const blobs = /* @__PURE__ */ new Map();
  let reused = false;
  const stateTag = `${CACHE_VERSION}
${salt}`;
  let state = null;
  const loadState = () => {
    if (state !== null) return state;
    const bytes = readBytes(path3.join(dir, STATE_FILE), aheadState);
    const saved = bytes && decodeState(bytes, stateTag);
    const byKey = /* @__PURE__ */ new Map();
    saved?.units.forEach((u, i) => u.key !== null && byKey.set(u.key, i));
    return state = saved ? { saved, byKey } : void 0;
  };
  const fromState = /* @__PURE__ */ new Set();
  let remembered;
  const take = (key) => {
    const saved = loadState()?.byKey.get(key);
    if (saved !== void 0) {
      fromState.add(key);
      return { key, saved };
    }
    const text = added.get(key) ?? stored().text(key);
    if (text === void 0) return void 0;
    try {
      const unit = JSON.parse(text);
      used.add(key);
      return { key, unit };
    } catch {
      return void 0;
    }
  };
  return {
    async readAhead() {
      [aheadState, aheadDirectory] = await Promise.all([ahead.state, ahead.directory]);
    },
    reusableResult(today, problems, paths, stamp) {
      if (!index || !index.complete || index.today !== today || index.problems !== problems || files.length !== paths.length) return void 0;
      for (let i = 0; i < paths.length; i++) {
        const then = files[i];
        if (then.path !== paths[i]) return void 0;
        const now = stamp(then.path);
        if (!now || now.size !== then.size || now.mtimeMs !== then.mtimeMs || now.ino !== then.ino || now.mtimeMs >= index.startedAt - RACY_MS) return void 0;
      }
      const text = readText(path3.join(dir, RESULT_FILE2), ahead.result);
      try {
        const stored2 = text === void 0 ? void 0 : JSON.parse(text);
        if (stored2?.startedAt !== index.startedAt || stored2.salt !== salt) return void 0;
        reused = true;
        return stored2.result;
      } catch {
        return void 0;
      }
    },
    unchanged(p, st) {
      const e = before.get(p);
      return !!(st && e?.key && index && e.size === st.size && e.mtimeMs === st.mtimeMs && e.ino === st.ino && st.mtimeMs < index.startedAt - RACY_MS);
    },
    byStat(p, st) {
      if (!this.unchanged(p, st)) return void 0;
      const { key, blob } = before.get(p);
      const unit = take(key);
      if (unit) {
        keys.set(p, key);
        if (blob) blobs.set(p, blob);
      }
      return unit;
    },
    blobOf(p) {
      return blobs.get(p);
    },
    noteBlob(p, id) {
      blobs.set(p, id);
    },
    noteStat(f) {
      keys.set(f.path, unitKey([f]));
    },
    lookup(files2) {
      return take(unitKey(files2));
    },
    store(files2, unit) {
      const key = unitKey(files2);
      used.add(key);
      added.set(key, unitText(unit));
      return key;
    },
    saved() {
      return loadState()?.saved;
    },
    remember(state2) {
      const loaded = loadState();
      const slack = Math.max(MIN_STATE_SLACK, used.size + fromState.size >> 4);
      if (!loaded || used.size > slack || loaded.saved.units.length - fromState.size > slack) remembered = state2();
    },
    async save(run) {
      if (reused) return;
      mkdirSync(dir, { recursive: true });
      const ignoreFile = path3.join(dir, ".gitignore");
      if (!existsSync2(ignoreFile)) writeFileSync(ignoreFile, "# Written by topiclint --cache: nothing in this folder belongs in git.\n*\n");
      const writes = new BackgroundWrites();
      stored().write(added, [.../* @__PURE__ */ new Set([...used, ...fromState])], writes);
      if (remembered) writes.atomically(path3.join(dir, STATE_FILE), encodeState(remembered, stateTag));
      if (run.result) writes.atomically(path3.join(dir, RESULT_FILE2), [`{"startedAt":${startedAt},"salt":${JSON.stringify(salt)},"result":`, JSON.stringify(run.result), "}"]);
      const entries = (run.stamps ?? []).map((s) => {
        const key = keys.get(s.path);
        const blob = blobs.get(s.path);
        if (blob) return [s.path, s.size, s.mtimeMs, s.ino, key ?? null, blob];
        return key ? [s.path, s.size, s.mtimeMs, s.ino, key] : [s.path, s.size, s.mtimeMs, s.ino];
      });
      const next = { version: CACHE_VERSION, salt, startedAt, today: run.today, problems: run.problems, complete: run.stamps !== void 0 && run.result !== void 0, files: entries };
      writes.atomically(path3.join(dir, INDEX_FILE), JSON.stringify(next));
      if (!index) for (const legacy of LEGACY_FILES) rmSync(path3.join(dir, legacy), { force: true });
      await writes.settled();
    }
  };
}

// src/lint.ts
var UsageError = class extends Error {
  name = "UsageError";
};
var DEFAULT_MAX_FILE_SIZE = 10 * 1024 * 1024;
function discoverFiles(options, root, cwd, registry) {
  const cacheDir = options.cacheLocation ? [path4.resolve(root, options.cacheLocation)] : [];
  return discover({ root, cwd, paths: options.paths ?? ["."], isCandidate: (p) => isCandidatePath(p, registry), neverEnter: cacheDir, ...options.include ? { include: options.include } : {}, ...options.exclude ? { exclude: options.exclude } : {} });
}
async function readInputs(options, yieldEvery) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const { files: found, problems: discoveryProblems } = await discoverFiles(options, root, cwd, registry);
  const records = discoveryProblems.map((p) => ({ path: p.path, status: "not-lintable", formats: [], reason: p.reason }));
  const problems = [];
  const files = [];
  for (const [i, f] of found.entries()) {
    if (yieldEvery && i % yieldEvery === yieldEvery - 1) await new Promise((resolve) => setImmediate(resolve));
    const read2 = readOne(f.path, f.absolute, maxSize);
    if ("record" in read2) records.push(read2.record);
    else if ("file" in read2) files.push(read2.file);
  }
  files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return { files, records, problems, root };
}
function readOne(rel, absolute, maxSize, onStat) {
  const notRegular = (st) => ({
    record: {
      path: rel,
      status: "not-lintable",
      formats: [],
      // Discovery never yields a real folder: a folder here is reached through a link named like a file.
      reason: st?.isDirectory() ? "a symbolic link to a folder, not a file; not read" : "not a regular file (a named pipe, socket or device); not read"
    }
  });
  let fd;
  try {
    fd = openSync4(absolute, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    try {
      const st = statSync3(absolute);
      if (!st.isFile()) return notRegular(st);
    } catch {
    }
    return { record: { path: rel, status: "not-lintable", formats: [], reason: `cannot be read (${errorCode(e)})` } };
  }
  try {
    const st = fstatSync2(fd);
    onStat?.(st);
    if (!st.isFile()) return notRegular(st);
    if (st.size > maxSize) return { record: { path: rel, status: "not-lintable", formats: [], reason: `file is ${st.size} bytes, over the ${maxSize}-byte limit (raise it with --max-file-size)` } };
    const bytes = readWhole(fd, st.size, maxSize);
    if (!bytes) return { record: { path: rel, status: "not-lintable", formats: [], reason: `file grew past the ${maxSize}-byte limit while it was read (raise it with --max-file-size)` } };
    const decoded = decodeFile(bytes);
    if (!decoded.ok) return { record: { path: rel, status: "not-lintable", formats: [], reason: decoded.reason } };
    return { file: { path: rel, text: decoded.text.charCodeAt(0) === 65279 ? decoded.text.slice(1) : decoded.text }, stats: st };
  } catch (e) {
    return { record: { path: rel, status: "not-lintable", formats: [], reason: `cannot be read (${errorCode(e)})` } };
  } finally {
    closeSync4(fd);
  }
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
    const n = readSync2(fd, buffer, length, buffer.length - length, null);
    if (n === 0) break;
    length += n;
    if (length > limit) return void 0;
  }
  if (buffer !== readBuffer && buffer.length <= KEPT_READ_BUFFER) readBuffer = buffer;
  return buffer.subarray(0, length);
}
async function readCodeowners(root) {
  for (const rel of CODEOWNERS_PATHS) {
    try {
      return { path: rel, text: await readFile2(path4.join(root, rel), "utf8") };
    } catch {
    }
  }
  return void 0;
}
function rootFor(cwd, paths) {
  const first = path4.resolve(cwd, paths[0] ?? ".");
  let dir = first;
  try {
    if (!statSync3(first).isDirectory()) dir = path4.dirname(first);
  } catch {
    dir = cwd;
  }
  const root = findGitRoot(dir);
  if (root) return root;
  const rel = path4.relative(cwd, dir);
  return rel === "" || !rel.startsWith("..") && !path4.isAbsolute(rel) ? path4.resolve(cwd) : dir;
}
var YIELD_EVERY = 64;
async function startBaseRef(options, root) {
  const { started, label, asUsageError } = await beginBase(options, root);
  return async (headFiles) => {
    const read2 = await asUsageError(started.finish(new Map(headFiles.map((f) => [f.path, f.text]))));
    return { ref: label ?? read2.ref, files: read2.files, commit: read2.commit, extra: read2.extra };
  };
}
async function beginBase(options, root) {
  const spec = typeof options.baseRef === "string" ? { ref: options.baseRef } : options.baseRef;
  const { startBaseRead, gitBlobId, BaseRefError } = await import("./base-YKSFDGLU.js");
  const { WELL_KNOWN_POLICY_FILES } = await import("./policy-files-FW7KQ7YU.js");
  const registry = options.registry ?? defaultSources;
  const started = startBaseRead({
    root,
    cwd: options.cwd ?? process.cwd(),
    paths: options.paths ?? ["."],
    ref: spec.ref,
    ...spec.fallbacks ? { fallbacks: spec.fallbacks } : {},
    isCandidate: (p) => isCandidatePath(p, registry),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    alsoRead: [...WELL_KNOWN_POLICY_FILES, ...options.policyFiles ?? []]
  });
  const asUsageError = async (p) => {
    try {
      return await p;
    } catch (e) {
      if (e instanceof BaseRefError) throw new UsageError(e.message);
      throw e;
    }
  };
  return { started, label: spec.label, asUsageError, gitBlobId };
}
async function lint(options = {}) {
  const rules = options.rules ?? builtinRules;
  if (!options.wholeCatalog && !options.base && canStream(rules, options.config)) return lintStreaming(options, rules);
  return lintWholeCatalog(options, rules);
}
async function lintStreaming(options, rules) {
  const cwd = options.cwd ?? process.cwd();
  const root = options.root ?? rootFor(cwd, options.paths ?? []);
  const registry = options.registry ?? defaultSources;
  const maxSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  const base = options.baseRef ? await beginBase(options, root) : void 0;
  const headIds = /* @__PURE__ */ new Map();
  if (options.cache) await cacheWritesSettled();
  const cacheDir = options.cache && options.cacheSalt !== void 0 && !options.registry ? path4.resolve(root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION) : void 0;
  const ahead = cacheDir ? prefetchRunCache(cacheDir) : void 0;
  const { files: sorted, problems } = await discoverFiles(options, root, cwd, registry);
  const codeowners = await readCodeowners(root);
  const startedAt = Date.now();
  const absolute = new Map(sorted.map((f) => [f.path, f.absolute]));
  const readAgain = (p) => {
    const read2 = readOne(p, absolute.get(p) ?? path4.join(root, p), maxSize);
    return "file" in read2 ? read2.file.text : void 0;
  };
  const salt = JSON.stringify({ tool: TOOL.version, config: options.config ?? null, rules: rules.map((r) => r.meta), verbose: options.verbose ?? false, maxSize, codeowners: codeowners ?? null, salt: options.cacheSalt ?? null });
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const problemsKey = JSON.stringify(problems);
  const stamps = /* @__PURE__ */ new Map();
  let gitBase;
  if (cacheDir) {
    for (const f of sorted) {
      try {
        stamps.set(f.path, stampOf(f.path, statSync3(f.absolute)));
      } catch {
      }
    }
  }
  const cache = cacheDir ? openRunCache(cacheDir, salt, startedAt, await ahead) : void 0;
  if (cache) {
    const whole = base ? void 0 : cache.reusableResult(today, problemsKey, sorted.map((f) => f.path), (p) => stamps.get(p));
    if (whole) {
      options.onWork?.({ files: 0 });
      return whole;
    }
    await cache.readAhead();
  }
  const idOf = (text) => text === void 0 ? void 0 : base?.gitBlobId(text);
  const noteHeadId = (p, id) => {
    headIds.set(p, id);
    cache?.noteBlob(p, id);
  };
  const cacheable = (p) => cache !== void 0 && YAML_EXTENSIONS.test(p) && !projectAdapterFor(p, registry);
  const vouched = new Set(cache ? sorted.filter((f) => cacheable(f.path) && cache.unchanged(f.path, stamps.get(f.path))).map((f) => f.path) : []);
  options.onWork?.({ files: sorted.length - vouched.size });
  function* items() {
    for (const p of problems) yield { path: p.path, record: { path: p.path, status: "not-lintable", formats: [], reason: p.reason } };
    for (const f of sorted) {
      const stamp = vouched.has(f.path) ? stamps.get(f.path) : void 0;
      const cached = stamp && cache.byStat(f.path, stamp);
      if (cached) {
        if (base) {
          const id = cache.blobOf(f.path) ?? idOf(readAgain(f.path));
          if (id) noteHeadId(f.path, id);
        }
        yield { path: f.path, cached };
        continue;
      }
      const read2 = readOne(f.path, f.absolute, maxSize, cache ? (st) => stamps.set(f.path, stampOf(f.path, st)) : void 0);
      if ("record" in read2) yield { path: f.path, record: read2.record };
      else {
        if (cacheable(f.path)) cache.noteStat(read2.file, read2.stats);
        if (base) noteHeadId(f.path, base.gitBlobId(read2.file.text));
        yield read2.file;
      }
    }
  }
  const concurrency = options.concurrency ?? defaultConcurrency();
  const yamlFiles = sorted.filter((f) => YAML_EXTENSIONS.test(f.path)).length;
  const workers = concurrency > 1 && !options.registry && rules.every((r) => builtinRules.includes(r)) && yamlFiles >= PARALLEL_MIN_FILES ? (await import("./yaml-pool-VEW7MZZZ.js")).startUnitWorkers(concurrency - 1, { config: options.config ?? EMPTY_CONFIG, collectUnknowns: options.verbose ?? false, ...codeowners ? { codeowners } : {} }) : void 0;
  const result = await lintStream(items(), {
    rules,
    ...options.config ? { config: options.config } : {},
    registry,
    ...codeowners ? { codeowners } : {},
    ...options.verbose ? { collectUnknowns: true } : {},
    ...options.postprocess ? { postprocess: options.postprocess } : {},
    ...workers ? { unitWorkers: workers } : {},
    ...cache ? { unitCache: cache } : {},
    ...base ? {
      yieldEvery: YIELD_EVERY,
      changeFindings: async (view) => {
        const read2 = await base.asUsageError(base.started.finishChanged(headIds));
        gitBase = { ref: base.label ?? read2.ref, commit: read2.commit, extra: read2.extra };
        const { changeFindings } = await import("./change-subset-RNU2V756.js");
        const findings = await changeFindings({
          view,
          baseRef: gitBase.ref,
          changedBase: read2.files,
          unchanged: read2.unchanged,
          rules: rules.filter((r) => r.meta.kind === "change"),
          config: options.config ?? EMPTY_CONFIG,
          registry,
          ...codeowners ? { codeowners: parseCodeowners(codeowners.path, codeowners.text) } : {},
          readText: readAgain
        });
        return { ref: gitBase.ref, findings };
      }
    } : {},
    // Texts dropped after their file was linted are read again for the few findings the cross-file
    // rules place in them (positions) and for suppression comments.
    textOf: readAgain
  }).finally(() => workers?.close());
  if (cache) {
    const saving = cache.save({ today, problems: problemsKey, stamps: sorted.every((f) => stamps.has(f.path)) ? sorted.map((f) => stamps.get(f.path)) : void 0, result: base ? void 0 : result }).catch((e) => options.onWarning?.(cacheNotWritten(cacheDir, e))).finally(() => cacheWrites.delete(saving));
    cacheWrites.add(saving);
  }
  return gitBase ? withPolicyWeakened(result, options, rules, root, gitBase) : result;
}
var cacheWrites = /* @__PURE__ */ new Set();
async function cacheWritesSettled() {
  await Promise.all([...cacheWrites]);
}
async function lintWholeCatalog(options, rules) {
  const root = options.root ?? rootFor(options.cwd ?? process.cwd(), options.paths ?? []);
  const pendingBase = !options.base && options.baseRef ? await startBaseRef(options, root) : void 0;
  const inputs = await readInputs({ ...options, root }, pendingBase ? YIELD_EVERY : void 0);
  options.onWork?.({ files: inputs.files.length });
  const gitBase = pendingBase ? await pendingBase(inputs.files) : void 0;
  const base = options.base ?? (gitBase ? { ref: gitBase.ref, files: gitBase.files } : void 0);
  const codeowners = await readCodeowners(inputs.root);
  const cacheDir = path4.resolve(inputs.root, options.cacheLocation ?? DEFAULT_CACHE_LOCATION);
  const key = options.cache && options.cacheSalt !== void 0 ? resultKey({
    // Waivers expire: a result is reused only on the day it was made.
    salt: `${options.cacheSalt}
${(/* @__PURE__ */ new Date()).toISOString().slice(0, 10)}`,
    root: inputs.root,
    files: inputs.files,
    records: inputs.records,
    ...codeowners ? { codeowners } : {},
    ...gitBase ? { baseCommit: gitBase.commit } : {},
    ...base ? { baseFiles: base.files } : {},
    ruleIds: rules.map((r) => r.meta.id),
    config: options.config,
    options: { verbose: options.verbose ?? false, policyFiles: options.policyFiles ?? [] }
  }) : void 0;
  if (key) {
    const cached = await readCachedResult(cacheDir, key);
    if (cached) return cached;
  }
  const concurrency = options.concurrency ?? defaultConcurrency();
  let yamlReader = options.registry || concurrency <= 1 ? void 0 : (await import("./yaml-pool-VEW7MZZZ.js")).parallelYamlReader(concurrency);
  if (base) {
    const registry = options.registry ?? defaultSources;
    yamlReader = reuseUnchanged(yamlReader ?? (async (files) => files.map((f) => readYamlFile(f, registry))));
  }
  let result = await lintFiles(inputs.files, {
    rules,
    wholeCatalog: true,
    // Topics that declare no owner anywhere get their file's CODEOWNERS owners (the last source).
    ...codeowners ? { codeowners } : {},
    ...options.config ? { config: options.config } : {},
    registry: options.registry ?? defaultSources,
    // Workers load the default adapters; a custom registry is read in this thread.
    ...yamlReader ? { yamlReader } : {},
    ...options.verbose ? { collectUnknowns: true } : {},
    ...options.postprocess ? { postprocess: options.postprocess } : {},
    ...base ? { base } : {},
    // Oversized, binary, non-UTF-8, unreadable files and symlinks out of the repo: listed and reported.
    ...inputs.records.length ? { notLintable: inputs.records } : {}
  });
  if (gitBase && !options.base) result = await withPolicyWeakened(result, options, rules, inputs.root, gitBase);
  if (key) await writeCachedResult(cacheDir, key, result).catch((e) => options.onWarning?.(cacheNotWritten(cacheDir, e)));
  return result;
}
async function withPolicyWeakened(result, options, rules, root, base) {
  if (!rules.some((r) => r.meta.id === "policy-weakened")) return result;
  const { comparePolicyFiles } = await import("./policy-files-FW7KQ7YU.js");
  const weakened = await comparePolicyFiles({
    root,
    commit: base.commit,
    ref: base.ref,
    rules,
    baseTexts: base.extra,
    ...options.policyFiles ? { extraPaths: options.policyFiles } : {},
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  });
  return weakened.length ? { ...result, findings: sortFindings([...result.findings, ...weakened]) } : result;
}
function cacheNotWritten(dir, e) {
  return `the cache could not be written to ${dir} (${errorCode(e)}); this run's result is complete, but the next run cannot reuse it. Make the folder writable or choose another with --cache-location.`;
}

export {
  errorCode,
  UsageError,
  rootFor,
  lint,
  cacheWritesSettled
};
