import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  policy_weakened_default
} from "./chunk-S3ULFYUX.js";
import {
  BASE_LOCATION,
  EMPTY_CONFIG,
  SettingsResolver,
  atBase,
  buildResult,
  changedTopics,
  collectUnknowns,
  compareCatalogs,
  deletionLocation,
  drTierOf,
  fingerprintFindings,
  groupListings,
  keySet,
  knownValue,
  locateFindings,
  notLintableProblems,
  ownerOf,
  ruleRunner,
  runRules,
  withCodeowners
} from "./chunk-SZJHELW3.js";
import {
  LABEL_FOR_FIELD,
  YAML_EXTENSIONS,
  defaultSources,
  describeMs,
  didYouMean,
  isPlaceholder,
  parseCodeowners,
  parseRetention,
  projectAdapterFor,
  readProjectFiles,
  readYamlFile,
  spelling,
  toBoolean,
  toNumber
} from "./chunk-GRP5CIC5.js";
import {
  defineRule
} from "./chunk-P7TYA3NW.js";

// src/core/packed-topics.ts
function slimTopic(t) {
  const tierLabel = t.labels[LABEL_FOR_FIELD.drTier];
  return {
    kind: "topic",
    name: t.name,
    loc: t.loc,
    format: t.format,
    file: t.file,
    declaredIn: t.declaredIn,
    consumerGroups: t.consumerGroups,
    config: EMPTY_MAP,
    labels: tierLabel ? { [LABEL_FOR_FIELD.drTier]: tierLabel } : EMPTY_MAP,
    ...t.drTier ? { drTier: t.drTier } : {},
    ...t.classification ? { classification: t.classification } : {}
  };
}
var EMPTY_MAP = Object.freeze({});
var TOPIC_INTS = 17 /* Count */;
var TIER_LABEL = LABEL_FOR_FIELD.drTier;
function packable(f, file) {
  if (!f) return true;
  if (f.kind !== "known" || typeof f.value !== "string" || f.loc.file !== file || f.origin) return false;
  return f.raw === void 0 || f.raw === f.value;
}
function packTopics(topics) {
  const names = [];
  let groups = 0;
  const table = [];
  const groupInts = [];
  const ints = new Int32Array(topics.length * TOPIC_INTS + 1).fill(-1);
  const whole = {};
  const slot = (v) => {
    const at = table.indexOf(v);
    return at >= 0 ? at : table.push(v) - 1;
  };
  topics.forEach((t, i) => {
    const slim = slimTopic(t);
    const fields = [slim.name, slim.drTier, slim.classification, slim.labels[TIER_LABEL]];
    const base = i * TOPIC_INTS;
    ints[base + 3 /* GroupStart */] = groups;
    const fits = slim.name.kind === "known" && !slim.name.value.includes("\0") && slim.loc.file === slim.file && fields.every((f) => packable(f, slim.file)) && slim.consumerGroups.every((f) => packable(f, slim.file));
    if (!fits) {
      whole[i] = JSON.parse(JSON.stringify(slim));
      names.push(null);
      return;
    }
    names.push(slim.name.value);
    ints[base + 0 /* File */] = slot(slim.file);
    ints[base + 1 /* Format */] = slot(slim.format);
    ints[base + 4 /* LocStart */] = slim.loc.start;
    ints[base + 5 /* LocEnd */] = slim.loc.end;
    let flags = slim.declaredIn === "code" ? 1 : 0;
    fields.forEach((f, k) => {
      if (!f) return;
      const known = f;
      ints[base + 6 /* FieldStart */ + 2 * k] = known.loc.start;
      ints[base + 6 /* FieldStart */ + 2 * k + 1] = known.loc.end;
      if (k > 0) ints[base + 14 /* ValueStart */ + k - 1] = slot(known.value);
      if (known.raw !== void 0) flags |= 1 << k + 1;
    });
    ints[base + 2 /* Flags */] = flags;
    for (const g of slim.consumerGroups) {
      groups++;
      groupInts.push(slot(g.value), g.loc.start, g.loc.end, g.raw === void 0 ? 0 : 1);
    }
  });
  ints[topics.length * TOPIC_INTS] = groups;
  const all = new Int32Array(ints.length + groupInts.length);
  all.set(ints);
  all.set(groupInts, ints.length);
  const [flatNames, flatTable] = JSON.parse(JSON.stringify([names, table]));
  return { n: topics.length, names: flatNames, table: flatTable, ints: all, whole };
}
function unpack(c, i) {
  const whole = c.whole[i];
  if (whole) return whole;
  const int = (slot) => c.topicInt(i, slot);
  const file = c.table[int(0 /* File */)];
  const flags = int(2 /* Flags */);
  const field = (k, value) => {
    if (value === void 0) return void 0;
    const loc = { file, start: int(6 /* FieldStart */ + 2 * k), end: int(6 /* FieldStart */ + 2 * k + 1) };
    return flags & 1 << k + 1 ? { kind: "known", value, loc, raw: value } : { kind: "known", value, loc };
  };
  const valueOf = (k) => {
    const at = int(14 /* ValueStart */ + k - 1);
    return at < 0 ? void 0 : c.table[at];
  };
  const drTier = field(1, valueOf(1));
  const classification = field(2, valueOf(2));
  const label = field(3, valueOf(3));
  const consumerGroups = [];
  const [from, to] = groupRange(c, i);
  for (let g = from; g < to; g++) {
    const value = c.table[c.groupInt(g, 0)];
    const loc = { file, start: c.groupInt(g, 1), end: c.groupInt(g, 2) };
    consumerGroups.push(c.groupInt(g, 3) ? { kind: "known", value, loc, raw: value } : { kind: "known", value, loc });
  }
  return {
    kind: "topic",
    name: field(0, c.names[i]),
    loc: { file, start: int(4 /* LocStart */), end: int(5 /* LocEnd */) },
    format: c.table[int(1 /* Format */)],
    file,
    declaredIn: flags & 1 ? "code" : "catalog",
    consumerGroups,
    config: EMPTY_MAP,
    labels: label ? { [TIER_LABEL]: label } : EMPTY_MAP,
    ...drTier ? { drTier } : {},
    ...classification ? { classification } : {}
  };
}
function groupRange(c, i) {
  return [c.topicInt(i, 3 /* GroupStart */), i + 1 < c.n ? c.topicInt(i + 1, 3 /* GroupStart */) : c.groups];
}
var PACKED_TOPIC_INTS = TOPIC_INTS;
var REMAPPED_SLOTS = [0 /* File */, 1 /* Format */, 14 /* ValueStart */, 14 /* ValueStart */ + 1, 14 /* ValueStart */ + 2];
var CHUNK_BITS = 12;
var CHUNK = 1 << CHUNK_BITS;
var GROUP_CHUNK_BITS = 14;
var GROUP_CHUNK = 1 << GROUP_CHUNK_BITS;
var TopicStore = class {
  n = 0;
  groups = 0;
  topicChunks = [];
  groupChunks = [];
  table = [];
  slots = /* @__PURE__ */ new Map();
  /** Each unit's names joined by NUL (one string per unit with topics); topics in `whole` have an empty entry. */
  nameChunks = [];
  whole = {};
  /**
   * A store whose string table starts as `table`: the stored topics of a previous run (`SavedTopics`)
   * that used the same table are then copied without remapping (`appendSaved`).
   */
  constructor(table = []) {
    for (const v of table) this.slot(v);
  }
  slot(v) {
    let at = this.slots.get(v);
    if (at === void 0) {
      at = this.table.push(v) - 1;
      this.slots.set(v, at);
    }
    return at;
  }
  /** The chunk holding topic i (a new chunk when i starts one); its offset is `(i & (CHUNK - 1)) * TOPIC_INTS`. */
  topicChunk(i) {
    const c = i >> CHUNK_BITS;
    if (c === this.topicChunks.length) this.topicChunks.push(new Int32Array(CHUNK * TOPIC_INTS));
    return this.topicChunks[c];
  }
  groupChunk(g) {
    const c = g >> GROUP_CHUNK_BITS;
    if (c === this.groupChunks.length) this.groupChunks.push(new Int32Array(GROUP_CHUNK * 4));
    return this.groupChunks[c];
  }
  append(p) {
    if (p.n === 0) return;
    const unitGroups = p.ints[p.n * TOPIC_INTS];
    const remap = p.table.map((v) => this.slot(v));
    for (let i = 0; i < p.n; i++) {
      const from = i * TOPIC_INTS;
      const chunk = this.topicChunk(this.n + i);
      const to = (this.n + i & CHUNK - 1) * TOPIC_INTS;
      for (let k = 0; k < TOPIC_INTS; k++) chunk[to + k] = p.ints[from + k];
      chunk[to + 3 /* GroupStart */] = this.groups + p.ints[from + 3 /* GroupStart */];
      if (p.names[i] === null) {
        this.whole[this.n + i] = p.whole[i];
        continue;
      }
      for (const k of REMAPPED_SLOTS) {
        const v = p.ints[from + k];
        chunk[to + k] = v < 0 ? v : remap[v];
      }
    }
    const groupsFrom = p.n * TOPIC_INTS + 1;
    for (let g = 0; g < unitGroups; g++) {
      const at = groupsFrom + 4 * g;
      const chunk = this.groupChunk(this.groups + g);
      const to = (this.groups + g & GROUP_CHUNK - 1) * 4;
      chunk[to] = remap[p.ints[at]];
      chunk[to + 1] = p.ints[at + 1];
      chunk[to + 2] = p.ints[at + 2];
      chunk[to + 3] = p.ints[at + 3];
    }
    this.nameChunks.push(p.names.map((x) => x ?? "").join("\0"));
    this.n += p.n;
    this.groups += unitGroups;
  }
  /**
   * Topics `from..to` (listing groups `groupFrom..groupTo`) of a previous run's store whose table this
   * store started with: integers copied as they are, only group starts shifted. `names` are the units'
   * name chunks, one per unit with topics.
   */
  appendSaved(saved, from, to, groupFrom, groupTo, names) {
    const shift = this.groups - groupFrom;
    for (let i = from; i < to; ) {
      const at = this.n + i - from;
      const chunk = this.topicChunk(at);
      const dest = (at & CHUNK - 1) * TOPIC_INTS;
      const count = Math.min(to - i, CHUNK - (at & CHUNK - 1));
      chunk.set(saved.topicInts.subarray(i * TOPIC_INTS, (i + count) * TOPIC_INTS), dest);
      for (let k = 0; k < count; k++) chunk[dest + k * TOPIC_INTS + 3 /* GroupStart */] += shift;
      i += count;
    }
    for (let g = groupFrom; g < groupTo; ) {
      const at = this.groups + g - groupFrom;
      const count = Math.min(groupTo - g, GROUP_CHUNK - (at & GROUP_CHUNK - 1));
      this.groupChunk(at).set(saved.groupInts.subarray(g * 4, (g + count) * 4), (at & GROUP_CHUNK - 1) * 4);
      g += count;
    }
    for (const key of saved.wholeIds) if (key >= from && key < to) this.whole[this.n + key - from] = saved.whole[key];
    for (const chunk of names) this.nameChunks.push(chunk);
    this.n += to - from;
    this.groups += groupTo - groupFrom;
  }
  /**
   * The stored topics in the form a later run copies from (`appendSaved`); before `finish`. Names are
   * per unit with topics, in order.
   */
  saved() {
    const topicInts = new Int32Array(this.n * TOPIC_INTS);
    this.topicChunks.forEach((c, k) => topicInts.set(c.subarray(0, Math.min(CHUNK, this.n - k * CHUNK) * TOPIC_INTS), k * CHUNK * TOPIC_INTS));
    const groupInts = new Int32Array(this.groups * 4);
    this.groupChunks.forEach((c, k) => groupInts.set(c.subarray(0, Math.min(GROUP_CHUNK, this.groups - k * GROUP_CHUNK) * 4), k * GROUP_CHUNK * 4));
    const remap = new Int32Array(this.table.length).fill(-1);
    const mark = (v) => {
      if (v >= 0) remap[v] = 0;
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) mark(topicInts[i * TOPIC_INTS + k]);
    for (let g = 0; g < this.groups; g++) mark(groupInts[g * 4]);
    const table = [];
    this.table.forEach((v, at) => {
      if (remap[at] === 0) remap[at] = table.push(v) - 1;
    });
    const renumber = (ints, at) => {
      const v = ints[at];
      if (v >= 0) ints[at] = remap[v];
    };
    for (let i = 0; i < this.n; i++) for (const k of REMAPPED_SLOTS) renumber(topicInts, i * TOPIC_INTS + k);
    for (let g = 0; g < this.groups; g++) renumber(groupInts, g * 4);
    return { topicInts, groupInts, table, whole: this.whole, wholeIds: Object.keys(this.whole).map(Number), nameChunks: [...this.nameChunks] };
  }
  /** The stored topics as columns, read in place; the store is not appended to afterwards. */
  finish() {
    const names = [];
    for (const chunk of this.nameChunks.splice(0)) for (const name of chunk.split("\0")) names.push(this.whole[names.length] ? null : name);
    const topics = this.topicChunks;
    const groups = this.groupChunks;
    return {
      n: this.n,
      names,
      table: this.table,
      whole: this.whole,
      groups: this.groups,
      topicInt: (i, slot) => topics[i >> CHUNK_BITS][(i & CHUNK - 1) * TOPIC_INTS + slot],
      groupInt: (g, k) => groups[g >> GROUP_CHUNK_BITS][(g & GROUP_CHUNK - 1) * 4 + k]
    };
  }
};
var PackedIndex = class {
  constructor(packed) {
    this.packed = packed;
    this.topicCount = packed.n;
  }
  packed;
  topicCount;
  byName;
  byGroup;
  made = /* @__PURE__ */ new Map();
  topic(id) {
    let t = this.made.get(id);
    if (!t) this.made.set(id, t = unpack(this.packed, id));
    return t;
  }
  names() {
    if (this.byName) return this.byName;
    const byName = /* @__PURE__ */ new Map();
    const { names, whole } = this.packed;
    for (let id = 0; id < names.length; id++) {
      const packedName = names[id];
      const w = packedName === null ? whole[id] : void 0;
      const name = packedName ?? (w?.name.kind === "known" ? w.name.value : void 0);
      if (name === void 0) continue;
      const had = byName.get(name);
      if (had === void 0) byName.set(name, id);
      else if (typeof had === "number") byName.set(name, [had, id]);
      else had.push(id);
    }
    return this.byName = byName;
  }
  groups() {
    const p = this.packed;
    return this.byGroup ??= groupListings((visit) => {
      for (let id = 0; id < p.n; id++) {
        const w = p.whole[id];
        if (w) {
          for (const g of w.consumerGroups) if (g.kind === "known") visit(id, g.value);
          continue;
        }
        const [from, to] = groupRange(p, id);
        for (let g = from; g < to; g++) visit(id, p.table[p.groupInt(g, 0)]);
      }
    });
  }
  topicNames() {
    return keySet(this.names());
  }
  topicsNamed(name) {
    const ids = this.names().get(name);
    return ids === void 0 ? [] : typeof ids === "number" ? [this.topic(ids)] : ids.map((id) => this.topic(id));
  }
  *repeatedNames() {
    for (const ids of this.names().values()) if (typeof ids !== "number") yield ids.map((id) => this.topic(id));
  }
  listedGroupNames() {
    return keySet(this.groups());
  }
  topicsListing(group) {
    return (this.groups().get(group) ?? []).map((id) => this.topic(id));
  }
};

// src/core/accumulated.ts
var isCount = (n) => Number.isInteger(n) && n >= 0;
var offsetsByUnits = /* @__PURE__ */ new WeakMap();
function offsetsOf(units) {
  const known = offsetsByUnits.get(units);
  if (known !== void 0) return known;
  const make = () => new Int32Array(units.length + 1);
  const o = { topics: make(), groups: make(), files: make(), consumerGroups: make(), clients: make(), unknowns: make(), suppressionFiles: make(), names: make() };
  let valid = true;
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    valid &&= isCount(u.topics) && isCount(u.groups) && isCount(u.files) && isCount(u.consumerGroups) && isCount(u.clients) && isCount(u.unknowns) && isCount(u.suppressionFiles);
    o.topics[i + 1] = o.topics[i] + u.topics;
    o.groups[i + 1] = o.groups[i] + u.groups;
    o.files[i + 1] = o.files[i] + u.files;
    o.consumerGroups[i + 1] = o.consumerGroups[i] + u.consumerGroups;
    o.clients[i + 1] = o.clients[i] + u.clients;
    o.unknowns[i + 1] = o.unknowns[i] + u.unknowns;
    o.suppressionFiles[i + 1] = o.suppressionFiles[i] + u.suppressionFiles;
    o.names[i + 1] = o.names[i] + (u.topics > 0 ? 1 : 0);
  }
  const out = valid ? o : null;
  offsetsByUnits.set(units, out);
  return out;
}
function consistentState(s) {
  const o = offsetsOf(s.units);
  const end = s.units.length;
  return o !== null && o.topics[end] * PACKED_TOPIC_INTS === s.topicInts.length && o.groups[end] * 4 === s.groupInts.length && o.files[end] === s.files.length && o.consumerGroups[end] === s.consumerGroups.length && o.clients[end] === s.clients.length && o.unknowns[end] === s.unknowns.length && o.suppressionFiles[end] === s.suppressionFiles.length && o.names[end] === s.nameChunks.length && s.findings.length === end && s.wholeIds.every((id) => s.whole[id] !== void 0);
}
var Accumulated = class {
  /** `saved`: a previous run's state to copy unchanged units from; `keepShapes`: to save this run's. */
  constructor(saved, keepShapes = false) {
    this.saved = saved;
    this.topics = new TopicStore(saved?.table);
    const offsets = saved && offsetsOf(saved.units);
    if (offsets === null) throw new Error("a saved state whose counts are not whole numbers (check it with consistentState)");
    this.offsets = offsets;
    this.shapes = keepShapes ? [] : void 0;
  }
  saved;
  topics;
  files = [];
  consumerGroups = [];
  clients = [];
  unknowns = [];
  suppressionFiles = [];
  /** Findings as JSON, one string per unit ('' when none): one allocation instead of dozens of objects. */
  findingTexts = [];
  /** Each unit's shape, when the state is to be saved. */
  shapes;
  offsets;
  /** Saved units `[from, to)` waiting to be copied in one go. */
  run;
  closed = false;
  add(u, key = null) {
    this.flushRun();
    const groups = u.topics.n ? u.topics.ints[u.topics.n * PACKED_TOPIC_INTS] : 0;
    this.topics.append(u.topics);
    for (const f of u.files) this.files.push(f);
    for (const g of u.consumerGroups) this.consumerGroups.push(g);
    for (const c of u.clients) this.clients.push(c);
    for (const n of u.unknowns ?? []) this.unknowns.push(n);
    for (const p of u.suppressionFiles ?? []) this.suppressionFiles.push(p);
    this.findingTexts.push(u.findings.length ? JSON.stringify(u.findings) : "");
    this.shapes?.push({ key, topics: u.topics.n, groups, files: u.files.length, consumerGroups: u.consumerGroups.length, clients: u.clients.length, unknowns: u.unknowns?.length ?? 0, suppressionFiles: u.suppressionFiles?.length ?? 0 });
  }
  /** Unit `i` of the saved state, unchanged: copied with its neighbours when they come in order. */
  addSaved(i) {
    if (!this.saved || i < 0 || i >= this.saved.units.length) throw new Error(`no saved unit ${i}`);
    if (this.run && this.run.to === i) {
      this.run.to++;
      return;
    }
    this.flushRun();
    this.run = { from: i, to: i + 1 };
  }
  /** The files of saved unit `i` that have suppression comments. */
  savedSuppressionFiles(i) {
    const o = this.offsets;
    return this.saved.suppressionFiles.slice(o.suppressionFiles[i], o.suppressionFiles[i + 1]);
  }
  flushRun() {
    if (this.closed) throw new Error("units added after the accumulated state was closed");
    const run = this.run;
    if (!run) return;
    this.run = void 0;
    const s = this.saved;
    const o = this.offsets;
    const { from, to } = run;
    this.topics.appendSaved(s, o.topics[from], o.topics[to], o.groups[from], o.groups[to], s.nameChunks.slice(o.names[from], o.names[to]));
    const copy = (into, list, k) => {
      for (let j = o[k][from], end = o[k][to]; j < end; j++) into.push(list[j]);
    };
    copy(this.files, s.files, "files");
    copy(this.consumerGroups, s.consumerGroups, "consumerGroups");
    copy(this.clients, s.clients, "clients");
    copy(this.unknowns, s.unknowns, "unknowns");
    copy(this.suppressionFiles, s.suppressionFiles, "suppressionFiles");
    for (let i = from; i < to; i++) {
      this.findingTexts.push(s.findings[i]);
      this.shapes?.push(s.units[i]);
    }
  }
  /** No more units: copies what is pending. Call once, before reading anything below. */
  close() {
    this.flushRun();
    this.closed = true;
  }
  /** This run's state, for the next run (only with `keepShapes`); before `columns` and `takeFindings`. */
  state() {
    if (!this.closed || !this.shapes) throw new Error("state() needs a closed accumulator that kept its shapes");
    const topics = this.topics.saved();
    return {
      ...topics,
      units: this.shapes,
      files: [...this.files],
      consumerGroups: [...this.consumerGroups],
      clients: [...this.clients],
      unknowns: [...this.unknowns],
      suppressionFiles: [...this.suppressionFiles],
      findings: [...this.findingTexts]
    };
  }
  /** The stored topics as columns (see `TopicStore.finish`). */
  columns() {
    if (!this.closed) throw new Error("columns() before close()");
    return this.topics.finish();
  }
  /** The findings, once: the texts are released as they are parsed (the end of a run is its peak). */
  takeFindings() {
    if (!this.closed) throw new Error("takeFindings() before close()");
    const out = [];
    for (const text of this.findingTexts.splice(0)) if (text) for (const f of JSON.parse(text)) out.push(f);
    return out;
  }
};

// src/core/stream.ts
function unitEnv(rules, data) {
  const perFile = rules.filter((r) => r.meta.kind !== "change" && !r.meta.crossFile);
  const resolver = new SettingsResolver(data.config, new Map(rules.map((r) => [r.meta.id, r])));
  return {
    run: ruleRunner({ rules: perFile, config: data.config, resolver }),
    codeowners: data.codeowners ? parseCodeowners(data.codeowners.path, data.codeowners.text) : void 0,
    codeownersFile: data.codeowners,
    collectUnknowns: data.collectUnknowns
  };
}
var SUPPRESSION_MARKER = "topiclint-disable";
var YAML_BATCH = 24;
function canStream(rules, config) {
  const cross = new Set(rules.filter((r) => r.meta.crossFile && r.meta.kind !== "change").map((r) => r.meta.id));
  if (rules.some((r) => r.meta.crossFile && r.meta.tags.includes("policy"))) return false;
  return !(config?.overrides ?? []).some((o) => o.when && Object.keys(o.rules).some((id) => cross.has(id)));
}
function lintUnit(output, unitTexts, env) {
  let texts = unitTexts;
  const plain = { topics: output.topics, consumerGroups: output.consumerGroups, clients: output.clients, files: output.files, problems: output.problems, suppressions: [] };
  const catalog = withCodeowners(plain, env.codeowners);
  const suppressionFiles = [...texts].filter(([, text]) => text.includes(SUPPRESSION_MARKER)).map(([p]) => p);
  if (env.codeownersFile && catalog !== plain) texts = new Map([...texts, [env.codeownersFile.path, env.codeownersFile.text]]);
  const raw = env.run(catalog);
  return {
    files: catalog.files,
    findings: raw.length ? JSON.parse(JSON.stringify(locateFindings(raw, { texts }))) : [],
    topics: packTopics(catalog.topics),
    // Copies: what is kept after the file is linted must not keep its text alive (V8 keeps a whole file text behind a slice of it).
    consumerGroups: catalog.consumerGroups.length ? JSON.parse(JSON.stringify(catalog.consumerGroups)) : [],
    clients: catalog.clients.length ? JSON.parse(JSON.stringify(catalog.clients)) : [],
    ...env.collectUnknowns ? { unknowns: collectUnknowns(catalog, texts) } : {},
    ...suppressionFiles.length ? { suppressionFiles } : {}
  };
}
async function lintStream(items, options) {
  const registry = options.registry ?? defaultSources;
  const config = options.config ?? EMPTY_CONFIG;
  const active = options.rules.filter((r) => r.meta.kind !== "change");
  const env = unitEnv(options.rules, { config, collectUnknowns: options.collectUnknowns ?? false, ...options.codeowners ? { codeowners: options.codeowners } : {} });
  const cache = options.unitCache;
  const units = [];
  const acc = new Accumulated(cache?.saved?.(), cache?.remember !== void 0);
  let absorbed = 0;
  const absorb = () => {
    while (absorbed < units.length && units[absorbed] !== void 0) {
      const next = units[absorbed];
      if ("saved" in next) acc.addSaved(next.saved);
      else acc.add(next.unit, next.key);
      units[absorbed++] = void 0;
    }
  };
  const projects = /* @__PURE__ */ new Map();
  const records = [];
  const kept = /* @__PURE__ */ new Map();
  if (options.codeowners) kept.set(options.codeowners.path, options.codeowners.text);
  let batch = [];
  const keepSuppressionTexts = (found, files) => {
    for (const p of "saved" in found ? acc.savedSuppressionFiles(found.saved) : found.unit.suppressionFiles ?? []) {
      const file = files.find((f) => f.path === p);
      if (file) kept.set(p, file.text);
    }
    return found;
  };
  const finishUnit = (files, output) => {
    const unit = lintUnit(output, new Map(files.map((f) => [f.path, f.text])), env);
    return keepSuppressionTexts({ unit, key: cache?.store(files, unit) ?? null }, files);
  };
  const workers = options.unitWorkers;
  const inFlight = [];
  let turn = 0;
  const flush = () => {
    if (batch.length === 0) return;
    const todo = batch;
    batch = [];
    const at = turn++ % (workers.size + 1);
    if (at === 0) {
      for (const b of todo) units[b.slot] = finishUnit([b.file], readYamlFile(b.file, registry));
      return;
    }
    inFlight.push(
      workers.lint(at - 1, todo.map((b) => b.file)).then(
        (done) => todo.forEach((b, i) => {
          units[b.slot] = keepSuppressionTexts({ unit: done[i], key: cache?.store([b.file], done[i]) ?? null }, [b.file]);
        })
      )
    );
  };
  const push = (unit) => {
    units.push(unit);
    if (unit && absorbed === units.length - 1) absorb();
  };
  let seen = 0;
  for (const item of items) {
    if (options.yieldEvery && ++seen % options.yieldEvery === 0) await new Promise((resolve2) => setImmediate(resolve2));
    if ("cached" in item) {
      push(item.cached);
      continue;
    }
    if ("record" in item) {
      records.push(item.record);
      continue;
    }
    const project = projectAdapterFor(item.path, registry);
    if (project) {
      const list = projects.get(project) ?? [];
      list.push(item);
      projects.set(project, list);
      continue;
    }
    if (!YAML_EXTENSIONS.test(item.path)) {
      push({ unit: { files: [{ path: item.path, status: "not-catalog", formats: [], reason: "no reader for this file type" }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] }, key: null });
      continue;
    }
    const cached = cache?.lookup([item]);
    if (cached) push(keepSuppressionTexts(cached, [item]));
    else if (workers) {
      batch.push({ slot: units.length, file: item });
      push(void 0);
      if (batch.length >= YAML_BATCH) flush();
    } else push(finishUnit([item], readYamlFile(item, registry)));
  }
  flush();
  await Promise.all(inFlight);
  absorb();
  for (const [adapter, list] of projects) {
    const cached = cache?.lookup(list);
    push(cached ? keepSuppressionTexts(cached, list) : finishUnit(list, await readProjectFiles(adapter, list)));
  }
  if (records.length) {
    const output = { topics: [], consumerGroups: [], clients: [], problems: notLintableProblems(records), files: records };
    push({ unit: lintUnit(output, /* @__PURE__ */ new Map(), env), key: null });
  }
  units.length = 0;
  acc.close();
  cache?.remember?.(() => acc.state());
  const texts = lazyTexts(kept, options.textOf);
  const unitFindings = acc.takeFindings();
  const { suppressionFiles } = acc;
  const unknowns = options.collectUnknowns ? acc.unknowns : void 0;
  const { catalog, cross, topicCount, index } = runCrossFileRules(acc, active.filter((r) => r.meta.crossFile), config, texts);
  const changes = options.changeFindings && await options.changeFindings({ files: acc.files, index, consumerGroups: acc.consumerGroups, clients: acc.clients, texts });
  for (const f of changes?.findings ?? []) cross.push(f);
  const order = new Map(options.rules.map((r, i) => [r.meta.id, i]));
  const rank = (f) => order.get(f.finding.ruleId) ?? order.size;
  const inRuleOrder = [...unitFindings, ...cross].map((f, i) => ({ f, i })).sort((a, b) => rank(a.f) - rank(b.f) || a.i - b.i).map((x) => x.f);
  const suppressionTexts = /* @__PURE__ */ new Map();
  for (const p of suppressionFiles) {
    const text = texts.get(p);
    if (text !== void 0) suppressionTexts.set(p, text);
  }
  return buildResult(catalog, fingerprintFindings(inRuleOrder), suppressionTexts, options, changes?.ref, unknowns, topicCount);
}
function runCrossFileRules(acc, rules, config, texts) {
  const index = new PackedIndex(acc.columns());
  const catalog = {
    // Cross-file rules read topics through the index; whole topics are not kept (see catalog-index.ts).
    get topics() {
      throw new Error("in the streaming pipeline, cross-file rules read topics through ctx.index");
    },
    consumerGroups: acc.consumerGroups,
    clients: acc.clients,
    files: acc.files,
    problems: [],
    suppressions: []
  };
  const cross = locateFindings(runRules(catalog, { rules, config, texts, index }), { texts });
  return { catalog, cross, topicCount: index.topicCount, index };
}
function lazyTexts(kept, textOf) {
  return {
    get(path) {
      let text = kept.get(path);
      if (text === void 0 && textOf) {
        text = textOf(path);
        if (text !== void 0) kept.set(path, text);
      }
      return text;
    },
    has(path) {
      return this.get(path) !== void 0;
    }
  };
}

// src/rules/lib/report.ts
function nameLoc(entity) {
  return entity.name.loc ?? entity.loc;
}
function describeEntity(entity) {
  const name = entity.name.kind === "known" ? entity.name.value : entity.name.raw ?? "(unnamed)";
  const kind = entity.kind === "topic" ? "Topic" : entity.kind === "consumerGroup" ? "Consumer group" : entity.role === "unknown" ? "Client" : entity.role.charAt(0).toUpperCase() + entity.role.slice(1);
  return `${kind} "${name}"`;
}
function spelled(field) {
  return spelling(field);
}

// src/rules/cleanup-policy-change.ts
var cleanup_policy_change_default = defineRule({
  meta: {
    id: "cleanup-policy-change",
    level: "error",
    kind: "change",
    description: "A topic's cleanup policy is not changed.",
    rationale: 'Changing the cleanup policy is risky: "compaction/delete semantics differ greatly" (handbook 18.2). Compaction keeps the latest record per key indefinitely and needs every record keyed; delete drops records by age regardless of key. Consumers built for one break under the other.',
    tags: ["change", "retention", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.cleanupPolicy;
      const hf = h.cleanupPolicy;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const from = bf ? bf.value.join(",") : "delete";
      const to = hf ? hf.value.join(",") : "delete";
      if (from === to) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : "unset (Kafka's default, delete)";
      const toText = hf ? spelled(hf) : "unset (Kafka's default, delete)";
      ctx.report({
        entity: h,
        field: "cleanupPolicy",
        loc: hf?.loc ?? nameLoc(h),
        message: `${describeEntity(h)} changes its cleanup policy from ${fromText} to ${toText}. Delete and compact semantics differ greatly: compaction keeps only the latest record per key (and needs every record keyed), delete drops records by age regardless of key, so consumers and replays see different data than they were built for. Keep the previous policy, or create a new topic with the new policy and migrate producers and consumers to it.`,
        ...bf ? { related: [atBase(base, bf.loc, `cleanup policy at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/code-topic-definition.ts
var code_topic_definition_default = defineRule({
  meta: {
    id: "code-topic-definition",
    level: "error",
    kind: "static",
    description: "Topics created from code (createTopics, TopicBuilder) have a replication factor of at least 3 and a min ISR.",
    rationale: "The durability invariant holds for every critical topic, wherever it is created: replication.factor >= 3 and min.insync.replicas >= 2. A topic created by application code bypasses catalog review, so its definition is checked where it is written.",
    tags: ["durability", "client"],
    optionsSchema: {
      type: "object",
      properties: {
        minimumReplicationFactor: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." },
        minimumInsyncReplicas: { type: "integer", minimum: 1, description: "Smallest acceptable min.insync.replicas." }
      },
      additionalProperties: false
    },
    defaultOptions: { minimumReplicationFactor: 3, minimumInsyncReplicas: 2 }
  },
  check(ctx) {
    for (const topic of ctx.catalog.topics) {
      if (topic.declaredIn !== "code") continue;
      const opts = ctx.options(topic);
      if (!opts) continue;
      const rf = topic.replicationFactor;
      if (rf?.kind === "known" && rf.value !== -1 && rf.value < opts.minimumReplicationFactor) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: rf.loc,
          ...rf.origin ? { related: [{ loc: rf.origin, message: "the value is defined here" }] } : {},
          message: `${describeEntity(topic)} is created from code with replication factor ${spelled(rf)}, below ${opts.minimumReplicationFactor}: one broker failure can lose acknowledged writes or make it unavailable. Create it with at least ${opts.minimumReplicationFactor} replicas (or declare it in the catalog).`
        });
      }
      const isrField = topic.minInsyncReplicas ?? topic.config["min.insync.replicas"];
      if (!isrField) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} is created from code without \`min.insync.replicas\`, so acks=all can succeed with a single replica in sync. Add \`min.insync.replicas\` = ${opts.minimumInsyncReplicas} to its config.`
        });
      } else if (isrField.kind === "known") {
        const n = typeof isrField.value === "number" ? isrField.value : toNumber(isrField.value);
        if (n !== void 0 && n < opts.minimumInsyncReplicas) {
          ctx.report({
            entity: topic,
            field: "minInsyncReplicas",
            loc: isrField.loc,
            ...isrField.origin ? { related: [{ loc: isrField.origin, message: "the value is defined here" }] } : {},
            message: `${describeEntity(topic)} is created from code with \`min.insync.replicas\` ${spelled(isrField)}, below ${opts.minimumInsyncReplicas}: acks=all can succeed with a single replica in sync. Set it to ${opts.minimumInsyncReplicas} or more.`
          });
        }
      }
    }
  }
});

// src/rules/compacted-topic-key.ts
var compacted_topic_key_default = defineRule({
  meta: {
    id: "compacted-topic-key",
    level: "error",
    kind: "static",
    description: "A compacted topic (cleanup policy includes compact) declares its message key.",
    rationale: `Compaction keeps the latest record per key, so the key is the topic's contract: "change cleanup policy" is risky because "compaction/delete semantics differ greatly". Without a declared key, producers are free to send unkeyed records (which a compacted topic rejects) or to change the key, and compaction then deletes records that were still needed.`,
    tags: ["contract", "retention"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const cp = topic.cleanupPolicy;
      if (cp?.kind !== "known" || !cp.value.includes("compact")) continue;
      if (topic.key) continue;
      ctx.report({
        entity: topic,
        field: "key",
        loc: cp.loc,
        message: `${describeEntity(topic)} has cleanup policy ${spelled(cp)} but declares no key: compaction keeps only the latest record per key, so an unkeyed or re-keyed producer makes Kafka reject records or delete ones that are still needed. Declare the key (\`key: <field>\`), or use cleanupPolicy: delete.`
      });
    }
  }
});

// src/rules/lib/client-defaults.ts
var ALIASES = {
  "enable.idempotence": ["idempotent"],
  "max.in.flight.requests.per.connection": ["maxInFlightRequests"],
  retries: ["retry.retries"],
  "enable.auto.commit": ["autoCommit"],
  "session.timeout.ms": ["sessionTimeout"],
  "heartbeat.interval.ms": ["heartbeatInterval"],
  "transactional.id": ["transactionalId"],
  "group.id": ["groupId"]
};
var JAVA = {
  acks: "all",
  "enable.idempotence": true,
  "max.in.flight.requests.per.connection": 5,
  retries: 2147483647,
  "enable.auto.commit": true,
  "session.timeout.ms": 45e3,
  "heartbeat.interval.ms": 3e3,
  "max.poll.interval.ms": 3e5,
  "security.protocol": "PLAINTEXT",
  "processing.guarantee": "at_least_once"
};
var JAVA_LEGACY = { ...JAVA, acks: "1", "enable.idempotence": false, "session.timeout.ms": 1e4 };
var LIBRDKAFKA = {
  acks: "all",
  "enable.idempotence": false,
  "max.in.flight.requests.per.connection": 1e6,
  retries: 2147483647,
  "enable.auto.commit": true,
  "session.timeout.ms": 45e3,
  "heartbeat.interval.ms": 3e3,
  "max.poll.interval.ms": 3e5,
  "security.protocol": "PLAINTEXT"
};
var KAFKAJS = {
  acks: "all",
  "enable.idempotence": false,
  retries: 5,
  "session.timeout.ms": 3e4,
  "heartbeat.interval.ms": 3e3
};
var LABEL = {
  java: "the Java client",
  spring: "Spring Kafka",
  kafkajs: "KafkaJS",
  "confluent-js": "@confluentinc/kafka-javascript",
  librdkafka: "librdkafka"
};
function libraryLabel(library) {
  return LABEL[library] ?? library;
}
function libraryDefault(library, key, opts = {}) {
  let table;
  let who = libraryLabel(library);
  if (library === "java") table = opts.legacy ? JAVA_LEGACY : JAVA;
  else if (library === "spring") {
    if (key === "enable.auto.commit") return { value: false, note: "(default for Spring Kafka when unset)" };
    table = opts.legacy ? JAVA_LEGACY : JAVA;
    who = "the Java client Spring Boot uses";
  } else if (library === "kafkajs") table = KAFKAJS;
  else if (library === "confluent-js" || library === "librdkafka") table = LIBRDKAFKA;
  const value = table?.[key];
  if (value === void 0) return void 0;
  return { value, note: `(default for ${who} when unset)` };
}
function configEntry(client, key) {
  const direct = client.config[key];
  if (direct) return { key, field: direct };
  for (const alias of ALIASES[key] ?? []) {
    const f = client.config[alias];
    if (f) return { key: alias, field: f };
  }
  return void 0;
}
function resolve(client, key, read, opts = {}) {
  const entry = configEntry(client, key);
  if (entry) {
    const f = entry.field;
    if (f.kind !== "known") return { state: "unknown" };
    const value2 = read(f.value);
    if (value2 === void 0) return { state: "unknown" };
    return { state: "set", value: value2, field: f, key: entry.key, loc: f.loc };
  }
  const d = libraryDefault(client.library, key, opts);
  if (!d) return { state: "unknown" };
  const value = read(d.value);
  if (value === void 0) return { state: "unknown" };
  return { state: "default", value, note: d.note, loc: nameLoc(client) };
}
function readAcks(v) {
  const s = String(v).trim().toLowerCase();
  if (s === "all" || s === "-1") return "all";
  if (s === "0" || s === "1") return s;
  return void 0;
}
var readBoolean = (v) => toBoolean(v);
var readNumber = (v) => toNumber(v);
var readString = (v) => v === null ? void 0 : String(v).trim();
function shown(key, r) {
  if (r.state === "set") {
    const raw = r.field.raw ?? String(r.field.value);
    return r.field.origin && raw !== String(r.field.value) ? `\`${r.key}\` ${raw} (= ${JSON.stringify(r.field.value)})` : `\`${r.key}\` ${raw}`;
  }
  if (r.state === "default") return `\`${key}\` ${String(r.value)}`;
  return `\`${key}\``;
}
function defaultNote(r) {
  return r.state === "default" ? ` ${r.note}` : "";
}
function describeClient(client) {
  const name = client.name.kind === "known" ? client.name.value : "(unnamed)";
  const role = client.role === "unknown" ? "Kafka client" : client.role === "connect-worker" ? "Connect worker" : client.role === "streams" ? "Streams app" : client.role.charAt(0).toUpperCase() + client.role.slice(1);
  return `${role} "${name}"${client.profile ? ` (profile ${client.profile})` : ""}`;
}

// src/rules/lib/client-report.ts
function onceReporter(ctx) {
  const seen = /* @__PURE__ */ new Set();
  return (d) => {
    const key = `${d.loc.file}\0${d.loc.start}\0${d.loc.end}\0${d.field ?? ""}\0${d.entity && d.entity.kind === "client" ? "" : d.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    const origin = d.related ? void 0 : d.entity?.kind === "client" ? originAt(d.entity, d.loc) : void 0;
    ctx.report(origin ? { ...d, related: [{ loc: origin, message: "the value is defined here" }] } : d);
  };
}
function originAt(client, loc) {
  for (const f of Object.values(client.config)) {
    if (f.kind === "known" && f.origin && f.loc.file === loc.file && f.loc.start === loc.start && f.loc.end === loc.end) return f.origin;
  }
  return void 0;
}
function judges(client, roles, r) {
  if (roles.includes(client.role)) return r.state !== "unknown";
  return client.role === "unknown" && r.state === "set";
}

// src/rules/connect-dead-letter-queue.ts
var connect_dead_letter_queue_default = defineRule({
  meta: {
    id: "connect-dead-letter-queue",
    level: "error",
    kind: "static",
    description: "Sink connectors that tolerate errors send failed records to a dead letter queue.",
    rationale: 'With errors.tolerance=all a connector skips records it cannot convert or transform; without errors.deadletterqueue.topic.name they are silently dropped. The Connect runbook asks "Is the DLQ useful or polluted?": there has to be one to look at.',
    tags: ["client", "connect", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== "connector") continue;
      const tolerance = resolve(client, "errors.tolerance", (v) => readString(v)?.toLowerCase());
      if (tolerance.state !== "set" || tolerance.value !== "all") continue;
      const cls = client.config["connector.class"];
      if (cls?.kind === "known" && /source/i.test(String(cls.value)) && !/sink/i.test(String(cls.value))) continue;
      const dlq = configEntry(client, "errors.deadletterqueue.topic.name");
      if (dlq && (dlq.field.kind !== "known" || String(dlq.field.value ?? "").trim() !== "")) continue;
      report2({
        entity: client,
        field: "config.errors.deadletterqueue.topic.name",
        loc: tolerance.loc,
        message: `${describeClient(client)} sets ${shown("errors.tolerance", tolerance)} without \`errors.deadletterqueue.topic.name\`: records that fail conversion or transformation are skipped and silently lost. Set \`errors.deadletterqueue.topic.name\` (and \`errors.deadletterqueue.context.headers.enable=true\`), or use \`errors.tolerance=none\`.`
      });
    }
  }
});

// src/rules/connect-internal-topics.ts
var KEYS = ["config.storage.replication.factor", "offset.storage.replication.factor", "status.storage.replication.factor"];
var connect_internal_topics_default = defineRule({
  meta: {
    id: "connect-internal-topics",
    level: "error",
    kind: "static",
    description: "Connect workers create their config, offset and status topics with a replication factor of at least 3.",
    rationale: "A Connect cluster's internal config/offset/status topics are its memory: connector configs and source offsets. With fewer than three replicas one broker failure can lose them, and connectors restart from scratch or not at all.",
    tags: ["client", "connect", "durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== "connect-worker") continue;
      for (const key of KEYS) {
        const rf = resolve(client, key, readNumber);
        if (rf.state !== "set" || rf.value === -1 || rf.value >= minimum) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: rf.loc,
          message: `${describeClient(client)} sets ${shown(key, rf)}, below ${minimum}: one broker failure can lose the worker's ${key.split(".")[0]} topic (connector configs, source offsets or task status). Set it to ${minimum} or more; the default is 3.`
        });
      }
    }
  }
});

// src/rules/consumer-auto-commit.ts
var POLL_COMMIT = /* @__PURE__ */ new Set(["java", "spring", "librdkafka"]);
var CONTAINER_ACK = /* @__PURE__ */ new Set(["manual", "manualimmediate"]);
var consumer_auto_commit_default = defineRule({
  meta: {
    id: "consumer-auto-commit",
    level: "error",
    kind: "static",
    description: "Consumers do not auto-commit offsets before their work is done.",
    rationale: "The offset safety invariant: a consumer should commit an offset only after the side effect for all previous records in that partition is durably complete. Auto-commit commits whatever poll() returned on a timer, so a crash after the commit and before the work skips records for good.",
    tags: ["client", "offsets"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!POLL_COMMIT.has(client.library)) continue;
      const ackMode = client.config["spring.kafka.listener.ack-mode"];
      if (ackMode?.kind === "known" && CONTAINER_ACK.has(String(ackMode.value).toLowerCase().replace(/[-_]/g, ""))) continue;
      const auto = resolve(client, "enable.auto.commit", readBoolean);
      if (!judges(client, ["consumer"], auto) || auto.state === "unknown" || !auto.value) continue;
      const fix = client.library === "spring" ? "Remove the setting so that the listener container commits after processing" : "Set `enable.auto.commit=false` and commit (commitSync) after the records are processed";
      report2({
        entity: client,
        field: "config.enable.auto.commit",
        loc: auto.loc,
        message: `${describeClient(client)} auto-commits offsets (${shown("enable.auto.commit", auto).replace(/^`enable.auto.commit` /, "enable.auto.commit=")})${defaultNote(auto)}: offsets are committed on a timer during poll(), before the records are processed, so a crash after a commit loses those records. A consumer must commit an offset only after the side effect of every earlier record in the partition is durably complete. ${fix}.`
      });
    }
  }
});

// src/rules/dr-tier.ts
var dr_tier_default = defineRule({
  meta: {
    id: "dr-tier",
    level: "error",
    kind: "static",
    description: "A topic's DR tier (drTier or x-dr-tier) is one of the known tiers (tier-0 .. tier-3).",
    rationale: 'RTO and RPO are business inputs: "a regulatory audit pipeline, fraud decision pipeline, and marketing analytics pipeline do not need the same DR tier". The tier decides replication, offset recovery and failover order, so a tier nobody defined (`tier1`, `gold`) silently leaves the topic out of every DR plan.',
    tags: ["ownership", "disaster-recovery"],
    optionsSchema: {
      type: "object",
      properties: {
        tiers: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1, uniqueItems: true, description: "The DR tiers your platform defines." }
      },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1", "tier-2", "tier-3"] }
  },
  check(ctx) {
    for (const [topic, { tiers }] of ctx.topics()) {
      const label = LABEL_FOR_FIELD.drTier;
      const f = topic.drTier ?? topic.labels[label];
      if (f?.kind !== "known" || tiers.includes(f.value)) continue;
      const near = didYouMean(f.value, tiers);
      const which = topic.drTier ? "DR tier" : label;
      ctx.report({
        entity: topic,
        field: "drTier",
        loc: f.loc,
        message: `${describeEntity(topic)} has ${which} ${spelled(f)}, which is not a tier the platform defines (${tiers.join(", ")}): the topic falls out of every DR plan, failover order and recovery test. ${near ? `Did you mean "${near}"? ` : ""}Use one of the defined tiers.`
      });
    }
  }
});

// src/rules/dr-tier-downgrade.ts
var tierNumber = (s) => {
  const m = /^tier-?(\d+)$/i.exec(s.trim());
  return m ? Number(m[1]) : void 0;
};
var dr_tier_downgrade_default = defineRule({
  meta: {
    id: "dr-tier-downgrade",
    level: "warning",
    kind: "change",
    description: "A topic's DR tier does not move to a less critical tier without review.",
    rationale: 'RTO and RPO are business inputs: "engineering cannot choose RTO/RPO alone", and the DR tier encodes that decision (handbook 24.3). Moving a topic to a less critical tier weakens its replication, failover and recovery commitments, which its consumers rely on.',
    tags: ["change", "disaster-recovery", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = drTierOf(b);
      const hf = drTierOf(h);
      if (!bf || !hf || bf.kind !== "known" || hf.kind !== "known") continue;
      const from = tierNumber(bf.value);
      const to = tierNumber(hf.value);
      if (from === void 0 || to === void 0 || to <= from) continue;
      ctx.report({
        entity: h,
        field: "drTier",
        loc: hf.loc,
        message: `${describeEntity(h)} moves from DR tier ${spelled(bf)} (at ${BASE_LOCATION}) to the less critical ${spelled(hf)}. Its recovery point and recovery time commitments, replication and failover priority weaken, and consumers that depend on the old tier lose them. RTO/RPO are business decisions: have the owner and the consuming teams approve the downgrade, or keep the tier.`,
        related: [atBase(base, bf.loc, `DR tier at ${base.ref}`)]
      });
    }
  }
});

// src/rules/duplicate-topic.ts
var duplicate_topic_default = defineRule({
  meta: {
    id: "duplicate-topic",
    level: "error",
    kind: "static",
    crossFile: true,
    description: "A topic is defined only once in the catalog.",
    rationale: "Two definitions of one topic disagree sooner or later, and whichever is applied last silently wins: ownership, retention and partitions stop being reviewable.",
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const named of ctx.index.repeatedNames()) {
      const definitions = named.filter((t) => t.declaredIn === "catalog" && ctx.options(t) !== void 0);
      const prior = definitions[0];
      for (const topic of definitions.slice(1)) report(ctx, topic, prior);
    }
  }
});
function report(ctx, topic, prior) {
  ctx.report({
    entity: topic,
    field: `definition:${topic.file}`,
    loc: nameLoc(topic),
    message: `${describeEntity(topic)} is already defined in ${prior.file}. Keep one definition and delete this one, or rename it if it is a different topic.`,
    related: [{ loc: nameLoc(prior), message: "first definition" }]
  });
}

// src/rules/expired-waiver.ts
var expired_waiver_default = defineRule({
  meta: {
    id: "expired-waiver",
    level: "error",
    kind: "meta",
    description: "Waivers stop applying when they expire; one expiring within 14 days is a warning.",
    rationale: "Exceptions are recorded with an owner and an expiry so that they are revisited: an expired waiver means a risk accepted for a limited time is now unowned. The findings it covered are reported again.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/key-change.ts
var key_change_default = defineRule({
  meta: {
    id: "key-change",
    level: "error",
    kind: "change",
    description: "The declared message key of an existing topic does not change.",
    rationale: 'The key decides the partition and with it the only ordering Kafka gives ("Kafka ordering is per partition"), and for compacted topics which records survive. The key is part of what the producing team owns and reviews (handbook 4: "schema, retention, compaction, key, SLA"); changing it on a live topic mixes two orderings and two compaction identities in one log.',
    tags: ["change", "ordering", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bk = b.key;
      const hk = h.key;
      if (!bk || bk.kind !== "known" || bk.value.trim() === "") continue;
      if (hk && hk.kind !== "known") continue;
      if (hk && hk.value.trim() === bk.value.trim()) continue;
      const why = "The key decides which partition a record goes to, and so per-key ordering and, on compacted topics, which records survive: records keyed the old way and the new way interleave in one log. Keep the key, or publish the new keying on a new topic version and migrate consumers to it.";
      ctx.report({
        entity: h,
        field: "key",
        loc: hk?.loc ?? nameLoc(h),
        message: hk ? `${describeEntity(h)} changes its key from ${spelled(bk)} (at ${BASE_LOCATION}) to ${spelled(hk)}. ${why}` : `${describeEntity(h)} no longer declares its key ${spelled(bk)} (at ${BASE_LOCATION}). ${why}`,
        related: [atBase(base, bk.loc, `key at ${base.ref}`)]
      });
    }
  }
});

// src/rules/max-poll-interval.ts
var KEYS2 = ["max.poll.interval.ms", "consumer.max.poll.interval.ms", "main.consumer.max.poll.interval.ms"];
var max_poll_interval_default = defineRule({
  meta: {
    id: "max-poll-interval",
    level: "warning",
    kind: "static",
    description: "Consumers keep max.poll.interval.ms at or below 15 minutes.",
    rationale: "Increasing max.poll.interval.ms blindly can hide the problem: it may reduce rebalances but increases the time to detect a stuck consumer. Reduce processing time per poll (lower max.poll.records, a bounded worker pool) instead.",
    tags: ["client", "liveness"],
    optionsSchema: {
      type: "object",
      properties: { maximumMs: { type: "integer", minimum: 1, description: "Largest acceptable max.poll.interval.ms." } },
      additionalProperties: false
    },
    defaultOptions: { maximumMs: 9e5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { maximumMs }] of ctx.clients()) {
      if (!["consumer", "streams", "unknown", "connect-worker"].includes(client.role)) continue;
      for (const key of KEYS2) {
        const r = resolve(client, key, readNumber);
        if (r.state !== "set" || r.value <= maximumMs) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: r.loc,
          message: `${describeClient(client)} sets ${shown(key, r)} (${describeMs(r.value)}), above ${describeMs(maximumMs)}: a consumer stuck in processing keeps its partitions that long before the group notices, and lag grows unseen. Lower it and make each poll cheaper (smaller \`max.poll.records\`, a bounded worker pool).`
        });
      }
    }
  }
});

// src/rules/metadata-consistency.ts
var COMPARED = ["owner", "classification", "drTier", "schemaOwner", "contact"];
var norm = (s) => s.trim().toLowerCase();
var metadata_consistency_default = defineRule({
  meta: {
    id: "metadata-consistency",
    level: "error",
    kind: "static",
    description: "A typed ownership field and its x-label, when both are present, agree.",
    rationale: "The handbook encodes ownership as metadata (x-topic-owner, x-data-classification, x-dr-tier, x-schema-owner, x-contact). When an entry carries both the typed field and the x-label and they differ, tools and people read different owners, classifications or DR tiers, and incident response pages the wrong team.",
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const visit = (entity) => {
      if (entity.kind === "client") return;
      for (const field of COMPARED) {
        if (entity.kind === "consumerGroup" && field !== "owner") continue;
        const t = entity[field];
        const label = LABEL_FOR_FIELD[field];
        const l = entity.labels[label];
        if (t?.kind !== "known" || l?.kind !== "known") continue;
        if (norm(t.value) === norm(l.value)) continue;
        ctx.report({
          entity,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: t.loc, message: `${field} is ${spelled(t)} here` }],
          message: `${describeEntity(entity)} has ${label} ${spelled(l)} but ${field} ${spelled(t)}: tools and people reading one or the other disagree about the entry. Make them equal, or remove the label and keep the typed field.`
        });
      }
    };
    for (const [topic] of ctx.topics()) visit(topic);
    for (const [group] of ctx.consumerGroups()) visit(group);
  }
});

// src/rules/min-insync-replicas.ts
var min_insync_replicas_default = defineRule({
  meta: {
    id: "min-insync-replicas",
    level: "error",
    kind: "static",
    description: "Topics declare min.insync.replicas (typed field or topic config) of at least 2.",
    rationale: "The durability invariant asks for `min.insync.replicas >= 2` on critical topics: with `acks=all`, a write is then acknowledged only once at least two replicas have it, so an acknowledged write never depends on exactly one broker. With 1 (the broker default), `acks=all` degrades to a single copy whenever the ISR shrinks.",
    tags: ["durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable min.insync.replicas." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 2 }
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      if (!isr) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no min.insync.replicas, so it gets the broker default (usually 1): with acks=all an acknowledged write can then live on a single broker. Set \`minInsyncReplicas: ${minimum}\` (or \`config: { min.insync.replicas: ${minimum} }\`).`
        });
      } else if (isr.kind === "known" && isr.value < minimum) {
        ctx.report({
          entity: topic,
          field: "minInsyncReplicas",
          loc: isr.loc,
          message: `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, below the minimum of ${minimum}: an acks=all write is acknowledged as soon as fewer than ${minimum} replicas have it, so one broker failure can lose it. Raise it to at least ${minimum}.`
        });
      }
    }
  }
});

// src/rules/min-isr-change.ts
var KAFKA_DEFAULT = 1;
var min_isr_change_default = defineRule({
  meta: {
    id: "min-isr-change",
    level: "warning",
    kind: "change",
    description: "A change to a topic's min ISR is flagged for review; lowering it is the worse direction.",
    rationale: 'Changing min ISR is risky: it "changes the durability/availability trade-off" (handbook 18.2). Lowered, fewer replicas acknowledge an acks=all write, so fewer failures lose data ("do not reduce min.insync.replicas without explicit incident commander approval"); raised, producers get NotEnoughReplicas sooner when brokers fail.',
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.minInsyncReplicas && !h.minInsyncReplicas) continue;
      if (b.minInsyncReplicas && b.minInsyncReplicas.kind !== "known" || h.minInsyncReplicas && h.minInsyncReplicas.kind !== "known") continue;
      const from = knownValue(b.minInsyncReplicas) ?? KAFKA_DEFAULT;
      const to = knownValue(h.minInsyncReplicas) ?? KAFKA_DEFAULT;
      if (from === to) continue;
      const fromText = b.minInsyncReplicas ? `${spelled(b.minInsyncReplicas)} (at ${BASE_LOCATION})` : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const toText = h.minInsyncReplicas ? spelled(h.minInsyncReplicas) : `unset (the broker default, ${KAFKA_DEFAULT} unless the broker sets min.insync.replicas)`;
      const rf = knownValue(h.replicationFactor);
      const message = to < from ? `${describeEntity(h)} lowers min ISR from ${fromText} to ${toText}. Lowered is the worse direction: an acks=all write is acknowledged by fewer in-sync replicas, so fewer broker failures can lose acknowledged data. The handbook says not to reduce min.insync.replicas without explicit incident commander approval: keep the previous value, or record that approval in the pull request.` : `${describeEntity(h)} raises min ISR from ${fromText} to ${toText}. Raised is safer for durability but costs availability: acks=all producers get NotEnoughReplicas errors as soon as fewer than ${to} replicas are in sync` + (rf !== void 0 ? ` (with replication factor ${rf}, after ${Math.max(0, rf - to + 1)} broker failure${rf - to + 1 === 1 ? "" : "s"})` : "") + ". Check that the replication factor leaves headroom for maintenance and that producers handle the error before merging.";
      ctx.report({
        entity: h,
        field: "minInsyncReplicas",
        loc: h.minInsyncReplicas?.loc ?? nameLoc(h),
        message,
        ...b.minInsyncReplicas ? { related: [atBase(base, b.minInsyncReplicas.loc, `min ISR at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/min-isr-vs-replication.ts
var min_isr_vs_replication_default = defineRule({
  meta: {
    id: "min-isr-vs-replication",
    level: "error",
    kind: "static",
    description: "min.insync.replicas is lower than the replication factor.",
    rationale: "The durability invariant pairs `replication.factor >= 3` with `min.insync.replicas >= 2`: the gap between them is the number of brokers that may be down (maintenance, failure) while `acks=all` producers can still write. With min ISR equal to the replication factor, one broker down blocks every `acks=all` write (NotEnoughReplicas); above it, the topic can never be written with `acks=all`.",
    tags: ["durability", "availability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const isr = topic.minInsyncReplicas;
      const rf = topic.replicationFactor;
      if (isr?.kind !== "known" || rf?.kind !== "known") continue;
      if (isr.value < rf.value) continue;
      const equal = isr.value === rf.value;
      ctx.report({
        entity: topic,
        field: "minInsyncReplicas",
        loc: isr.loc,
        related: [{ loc: rf.loc, message: `replication factor ${spelled(rf)}` }],
        message: equal ? `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, equal to its replication factor ${spelled(rf)}: a single broker down (failure or a rolling restart) blocks every acks=all write with NotEnoughReplicas. Keep min.insync.replicas below the replication factor: raise the replication factor to ${isr.value + 1}${rf.value - 1 >= 2 ? `, or lower min.insync.replicas to ${rf.value - 1}` : ""}.` : `${describeEntity(topic)} has min.insync.replicas ${spelled(isr)}, above its replication factor ${spelled(rf)}: there can never be that many in-sync replicas, so every acks=all write fails. Lower min.insync.replicas below the replication factor, or raise the replication factor.`
      });
    }
  }
});

// src/rules/offset-recovery.ts
function tierField(topic) {
  return topic.drTier ?? topic.labels[LABEL_FOR_FIELD.drTier];
}
var offset_recovery_default = defineRule({
  meta: {
    id: "offset-recovery",
    level: "warning",
    kind: "static",
    crossFile: true,
    description: "Consumer groups of tier-0/tier-1 topics declare an offsetRecovery strategy.",
    rationale: `"Consumer offsets are operational state. DR must decide how to handle them": replicate offsets, reset to earliest (duplicate side effects), reset to latest (data loss from the consumer's view), a domain checkpoint, or manual mapping. "For critical consumers, offset recovery must be tested with real application behavior", which starts with writing the strategy down.`,
    tags: ["disaster-recovery", "consumer"],
    optionsSchema: {
      type: "object",
      properties: {
        tiers: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: "DR tiers whose consumer groups must declare offsetRecovery." }
      },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    for (const [group, { tiers }] of ctx.consumerGroups()) {
      if (group.offsetRecovery) continue;
      const consumed = /* @__PURE__ */ new Map();
      for (const f of group.topics) {
        if (f.kind !== "known") continue;
        const t = ctx.index.topicsNamed(f.value)[0];
        if (t) consumed.set(f.value, t);
      }
      if (group.name.kind === "known") {
        for (const t of ctx.index.topicsListing(group.name.value)) if (t.name.kind === "known") consumed.set(t.name.value, t);
      }
      const critical = [];
      for (const [name, t] of consumed) {
        const tier = tierField(t);
        if (tier?.kind === "known" && tiers.includes(tier.value)) critical.push({ name, tier });
      }
      if (critical.length === 0) continue;
      const related = critical.map((c) => ({ loc: c.tier.loc, message: `"${c.name}" is ${c.tier.value}` }));
      const list = critical.map((c) => `"${c.name}" (${c.tier.value})`).join(", ");
      ctx.report({
        entity: group,
        field: "offsetRecovery",
        loc: nameLoc(group),
        related,
        message: `${describeEntity(group)} consumes ${list} but declares no offsetRecovery: after a DR failover nobody knows whether it resumes from replicated offsets, replays from the earliest offset (duplicate side effects) or skips to the latest (lost records). Declare \`offsetRecovery:\` (replicate-offsets, reset-earliest, reset-latest, domain-checkpoint or manual) and test it in a DR drill.`
      });
    }
  }
});

// src/rules/ownership-change.ts
var ownership_change_default = defineRule({
  meta: {
    id: "ownership-change",
    level: "note",
    kind: "change",
    description: "A change of owner is pointed out so that both teams review it.",
    rationale: `Ownership must be encoded in metadata, because "if ownership lives only in people's heads, incident response becomes archaeology" (handbook 4). A new owner takes over schema, retention, compaction, key and SLA decisions and the on-call; both the old and the new team should approve the handover.`,
    tags: ["change", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    const changes = compareCatalogs(base.catalog, ctx.catalog);
    const pairs = [...changes.topics, ...changes.groups];
    for (const { base: b, head: h } of pairs) {
      if (b === h || !ctx.options(h)) continue;
      const bf = ownerOf(b);
      const hf = ownerOf(h);
      if (!bf || !hf || bf.kind !== "known" || hf.kind !== "known" || bf.value.trim() === hf.value.trim()) continue;
      ctx.report({
        entity: h,
        field: "owner",
        loc: hf.loc,
        message: `${describeEntity(h)} changes owner from ${spelled(bf)} (at ${BASE_LOCATION}) to ${spelled(hf)}. The owner answers for its schema, retention, key and on-call; a handover nobody agreed to leaves an orphan. Have reviewers from both ${spelled(bf)} and ${spelled(hf)} approve this change.`,
        related: [atBase(base, bf.loc, `owner at ${base.ref}`)]
      });
    }
  }
});

// src/rules/ownership-metadata.ts
var FIELDS = Object.keys(LABEL_FOR_FIELD);
function typed(topic, field) {
  return field === "retention" ? topic.retentionMs : topic[field];
}
var ownership_metadata_default = defineRule({
  meta: {
    id: "ownership-metadata",
    level: "error",
    kind: "static",
    description: "Topics declare owner, classification, retention, DR tier and contact; consumer groups declare an owner.",
    rationale: `"Kafka becomes dangerous when everyone can create topics but nobody owns them." The handbook requires ownership to be encoded in metadata (x-topic-owner, x-data-classification, x-retention-policy, x-dr-tier, x-contact): a topic belongs to its producing domain team, a consumer group to its consuming team. "If ownership lives only in people's heads, incident response becomes archaeology."`,
    tags: ["ownership"],
    optionsSchema: {
      type: "object",
      properties: {
        required: {
          type: "array",
          items: { enum: FIELDS },
          uniqueItems: true,
          description: "Ownership fields every topic must declare, as a typed field or its x-label."
        }
      },
      additionalProperties: false
    },
    defaultOptions: { required: ["owner", "classification", "retention", "drTier", "contact"] }
  },
  check(ctx) {
    for (const [topic, { required }] of ctx.topics()) {
      const missing = required.filter((f) => !typed(topic, f) && !topic.labels[LABEL_FOR_FIELD[f]] && !(f === "retention" && topic.config["retention.ms"]));
      if (missing.length === 0) continue;
      const list = missing.map((f) => `${f} (or ${LABEL_FOR_FIELD[f]})`).join(", ");
      ctx.report({
        entity: topic,
        field: "ownership",
        loc: nameLoc(topic),
        message: `${describeEntity(topic)} does not declare ${list}. Without them nobody can tell during an incident who owns the topic, how sensitive its data is, how long it must be kept or how it must be recovered. Add the missing field${missing.length === 1 ? "" : "s"} to the entry.`
      });
    }
    for (const [group] of ctx.consumerGroups()) {
      if (group.owner || group.labels[LABEL_FOR_FIELD.owner]) continue;
      ctx.report({
        entity: group,
        field: "owner",
        loc: nameLoc(group),
        message: `${describeEntity(group)} declares no owner (or ${LABEL_FOR_FIELD.owner}): nobody is on the hook for its lag, idempotency, retries and DLQ. Add \`owner: <consuming team>\`.`
      });
    }
  }
});

// src/rules/lib/problems.ts
function reportProblems(ctx, ruleId) {
  for (const p of ctx.catalog.problems) {
    if (p.ruleId !== ruleId) continue;
    if (ctx.options(p.loc.file) === void 0) continue;
    ctx.report({
      loc: p.loc,
      message: p.message,
      ...p.entityName !== void 0 ? { entityName: p.entityName } : {},
      ...p.field ? { field: p.field } : {}
    });
  }
}

// src/rules/parse-error.ts
var parse_error_default = defineRule({
  meta: {
    id: "parse-error",
    level: "error",
    kind: "meta",
    description: "A file cannot be parsed; the other files are still linted.",
    rationale: "A catalog file that does not parse is a catalog nobody can review or apply; it usually hides every other problem in it.",
    tags: ["input"],
    defaultOptions: {}
  },
  check(ctx) {
    reportProblems(ctx, "parse-error");
  }
});

// src/rules/partition-decrease.ts
var partition_decrease_default = defineRule({
  meta: {
    id: "partition-decrease",
    level: "error",
    kind: "change",
    description: "A topic's partition count is never decreased.",
    rationale: `Kafka cannot remove partitions from a topic: decreasing partitions is "no normal direct operation" and "requires new topic/migration pattern" (handbook 18.2). Tools react badly: Terraform's Kafka provider destroys and recreates the topic, losing its data and consumer offsets.`,
    tags: ["change", "availability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === void 0 || to === void 0 || to >= from || !h.partitions || !b.partitions) continue;
      ctx.report({
        entity: h,
        field: "partitions",
        loc: h.partitions.loc,
        message: `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) down to ${spelled(h.partitions)}. Kafka cannot remove partitions: the change fails, or a tool such as Terraform's Kafka provider destroys and recreates the topic, losing all its records and consumer offsets. Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)]
      });
    }
  }
});

// src/rules/partition-increase-keyed.ts
var partition_increase_keyed_default = defineRule({
  meta: {
    id: "partition-increase-keyed",
    level: "error",
    kind: "change",
    description: "Partitions are not increased on a keyed or compacted topic.",
    rationale: 'Kafka ordering is per partition, and a key is placed by hashing it over the partition count. Increasing partitions changes future key distribution, so ordering assumptions break (handbook 18.2: "increase partitions: sometimes safe"; "do not increase partitions on a keyed topic without checking ordering and key distribution consequences").',
    tags: ["change", "ordering"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const from = knownValue(b.partitions);
      const to = knownValue(h.partitions);
      if (from === void 0 || to === void 0 || to <= from || !h.partitions || !b.partitions) continue;
      const key = h.key && h.key.kind !== "invalid" ? h.key : b.key && b.key.kind !== "invalid" ? b.key : void 0;
      const compacted = (knownValue(h.cleanupPolicy) ?? knownValue(b.cleanupPolicy) ?? []).includes("compact");
      if (!key && !compacted) continue;
      const what = [key ? `keyed by ${spelled(key)}` : "", compacted ? "compacted" : ""].filter(Boolean).join(" and ");
      ctx.report({
        entity: h,
        field: "partitions",
        loc: h.partitions.loc,
        message: `${describeEntity(h)} goes from ${spelled(b.partitions)} partitions (at ${BASE_LOCATION}) to ${spelled(h.partitions)}, and it is ${what}. Kafka places a key by hashing it over the partition count, so after the increase existing keys land on other partitions: per-key ordering breaks between old and new records${compacted ? ", and compaction keeps an old value of a key on its former partition beside the new one" : ""}. Keep ${spelled(b.partitions)} partitions, or create a new topic with ${spelled(h.partitions)} partitions and migrate producers and consumers to it; if ordering and key placement truly do not matter, have the owning team approve and suppress this finding with a reason.`,
        related: [atBase(base, b.partitions.loc, `partitions at ${base.ref}`)]
      });
    }
  }
});

// src/rules/plaintext-secret.ts
var SECRET_KEY = /(password|passwd|secret|api\.?key|user\.info$)/i;
var NOT_SECRET = /(\.(location|type|file|path|class|source|algorithm|provider|providers|enable|enabled)$|credentials\.source$)/i;
var JAAS_SECRET = /\b(password|secret|clientSecret|client_secret)\s*=\s*("([^"]*)"|'([^']*)'|([^\s;"']+))/gi;
function jaasLiteral(value) {
  for (const m of value.matchAll(JAAS_SECRET)) {
    const v = m[3] ?? m[4] ?? m[5] ?? "";
    if (v !== "" && !isPlaceholder(v)) return m[1];
  }
  return void 0;
}
function literal(field) {
  if (field.kind !== "known" || field.value === null || typeof field.value === "boolean") return void 0;
  const s = String(field.value).trim();
  return s === "" || isPlaceholder(s) ? void 0 : s;
}
var plaintext_secret_default = defineRule({
  meta: {
    id: "plaintext-secret",
    level: "error",
    kind: "static",
    description: "Client configs do not hold literal passwords, secrets or JAAS credentials.",
    rationale: 'Credentials are operational assets with an owner and a rotation plan ("Did credentials rotate?" is a standard Connect runbook question). A password committed to a config file is readable by everyone with repository access, survives in history, and turns every rotation into a code change.',
    tags: ["client", "security"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      for (const [key, field] of Object.entries(client.config)) {
        const value = literal(field);
        if (value === void 0 || field.kind !== "known") continue;
        let what;
        if (/(^|\.)sasl\.jaas\.config$/i.test(key)) {
          const opt = jaasLiteral(value);
          if (opt) what = `\`${key}\` has a literal \`${opt}\``;
        } else if (SECRET_KEY.test(key) && !NOT_SECRET.test(key)) {
          what = `\`${key}\` holds a literal value`;
        }
        if (!what) continue;
        report2({
          entity: client,
          field: `config.${key}`,
          loc: field.loc,
          message: `${describeClient(client)}: ${what}: anyone who can read the repository (or any copy of it) has the credential, and rotating it needs a code change. Read it from the environment or a secret store instead (\`\${KAFKA_PASSWORD}\`, a Connect config provider such as \`\${file:/secrets.properties:password}\`).`
        });
      }
    }
  }
});

// src/rules/plaintext-transport.ts
var PLAIN = /* @__PURE__ */ new Set(["PLAINTEXT", "SASL_PLAINTEXT"]);
var plaintext_transport_default = defineRule({
  meta: {
    id: "plaintext-transport",
    level: "warning",
    kind: "static",
    description: "Clients of confidential or restricted topics connect over TLS.",
    rationale: "Data classification (x-data-classification: confidential) is encoded in topic metadata so that it can be enforced. A client using PLAINTEXT or SASL_PLAINTEXT sends those records, and with SASL_PLAINTEXT its credentials, unencrypted over the network.",
    tags: ["client", "security"],
    crossFile: true,
    optionsSchema: {
      type: "object",
      properties: {
        classifications: { type: "array", items: { type: "string" }, minItems: 1, description: "Classifications that require an encrypted transport." }
      },
      additionalProperties: false
    },
    defaultOptions: { classifications: ["confidential", "restricted"] }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { classifications }] of ctx.clients()) {
      const wanted = new Set(classifications.map((c) => c.toLowerCase()));
      const sensitive = [];
      for (const f of [...client.produces, ...client.consumes]) {
        if (f.kind !== "known") continue;
        const topic = ctx.index.topicsNamed(f.value)[0];
        const cls = topic?.classification;
        if (!topic || cls?.kind !== "known" || !wanted.has(cls.value.toLowerCase())) continue;
        if (sensitive.some((s) => s.name === f.value)) continue;
        sensitive.push({ name: f.value, classification: cls.value, related: { loc: cls.loc, message: `topic "${f.value}" is classified ${cls.value} here` } });
      }
      if (sensitive.length === 0) continue;
      const protocol = resolve(client, "security.protocol", (v) => readString(v)?.toUpperCase());
      if (protocol.state === "unknown" || !PLAIN.has(protocol.value)) continue;
      if (protocol.state === "default" && (client.library === "kafkajs" || client.library === "confluent-js")) continue;
      const list = sensitive.map((s) => `"${s.name}" (${s.classification})`).join(", ");
      report2({
        entity: client,
        field: "config.security.protocol",
        loc: protocol.loc,
        related: sensitive.map((s) => s.related),
        message: `${describeClient(client)} connects with ${shown("security.protocol", protocol)}${defaultNote(protocol)} but reads or writes ${list}: those records${protocol.value === "SASL_PLAINTEXT" ? " and the client's credentials" : ""} cross the network unencrypted. Use \`security.protocol=SSL\` or \`SASL_SSL\`.`
      });
    }
  }
});

// src/rules/producer-acks.ts
var producer_acks_default = defineRule({
  meta: {
    id: "producer-acks",
    level: "error",
    kind: "static",
    description: "Producers write with acks=all (-1).",
    rationale: "The durability invariant: producer.acks = all, so that a write acknowledged by the producer does not depend on exactly one broker. With acks=1 the leader alone acknowledges; with acks=0 nobody does, and a leader failure loses acknowledged records.",
    tags: ["client", "durability"],
    optionsSchema: {
      type: "object",
      properties: {
        legacyClientDefaults: { type: "boolean", description: "Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (acks=1)." }
      },
      additionalProperties: false
    },
    defaultOptions: { legacyClientDefaults: false }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const acks = resolve(client, "acks", readAcks, { legacy: opts.legacyClientDefaults });
      if (!judges(client, ["producer"], acks) || acks.state === "unknown" || acks.value === "all") continue;
      const who = acks.value === "0" ? "no broker at all acknowledges a write" : "only the partition leader acknowledges a write";
      report2({
        entity: client,
        field: "config.acks",
        loc: acks.loc,
        message: `${describeClient(client)} writes with ${shown("acks", acks)}${defaultNote(acks)}: ${who}, so a leader failure before the followers copy it loses records the producer was told are written. Set \`acks\` to \`all\` (durability invariant: producer.acks = all).`
      });
    }
  }
});

// src/rules/producer-idempotence.ts
var producer_idempotence_default = defineRule({
  meta: {
    id: "producer-idempotence",
    level: "error",
    kind: "static",
    description: "Producers keep idempotence on, explicitly or through settings that do not silently turn it off.",
    rationale: 'Without idempotence a retried send can write a record twice and reorder records within a partition. The handbook: "Do not disable idempotence to reduce errors." The Java client (Kafka 3.0+) enables it by default but silently drops it when acks is not all, retries is 0 or more than 5 requests are in flight.',
    tags: ["client", "durability"],
    optionsSchema: {
      type: "object",
      properties: {
        legacyClientDefaults: { type: "boolean", description: "Judge Java and Spring clients by the defaults of Kafka clients before 3.0 (idempotence off)." },
        maxInFlight: { type: "integer", minimum: 1, description: "Most in-flight requests idempotence allows." }
      },
      additionalProperties: false
    },
    defaultOptions: { legacyClientDefaults: false, maxInFlight: 5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, opts] of ctx.clients()) {
      const legacy = { legacy: opts.legacyClientDefaults };
      const idem = resolve(client, "enable.idempotence", readBoolean, legacy);
      if (!judges(client, ["producer"], idem) || idem.state === "unknown") continue;
      const name = describeClient(client);
      if (!idem.value) {
        const fix = client.library === "kafkajs" ? "Set `idempotent: true` (with `acks: -1`)" : "Set `enable.idempotence=true`";
        report2({
          entity: client,
          field: "config.enable.idempotence",
          loc: idem.loc,
          message: idem.state === "set" ? `${name} turns idempotence off with ${shown("enable.idempotence", idem)}: a retried send can write a record twice and reorder records within a partition. Remove the setting or set it to true; do not disable idempotence to reduce errors.` : `${name} runs without idempotence${defaultNote(idem)}: a retried send can write a record twice and reorder records within a partition. ${fix}.`
        });
        continue;
      }
      const conditions = [];
      const acks = resolve(client, "acks", readAcks, legacy);
      if (acks.state === "set" && acks.value !== "all") conditions.push({ loc: acks.loc, what: shown("acks", acks) });
      const retries = resolve(client, "retries", readNumber, legacy);
      if (retries.state === "set" && retries.value === 0) conditions.push({ loc: retries.loc, what: shown("retries", retries) });
      const inflight = resolve(client, "max.in.flight.requests.per.connection", readNumber, legacy);
      if (inflight.state === "set" && inflight.value > opts.maxInFlight) conditions.push({ loc: inflight.loc, what: shown("max.in.flight.requests.per.connection", inflight) });
      for (const c of conditions) {
        if (idem.state === "default") {
          report2({
            entity: client,
            field: "config.enable.idempotence",
            loc: c.loc,
            message: `${name} sets ${c.what}, which silently turns off idempotence, otherwise on${defaultNote(idem)}: retried sends can then duplicate and reorder records. Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests, or set \`enable.idempotence=true\` so that a conflict fails loudly.`
          });
        } else {
          report2({
            entity: client,
            field: "config.enable.idempotence",
            loc: c.loc,
            related: [{ loc: idem.loc, message: "idempotence is enabled here" }],
            message: `${name} sets ${c.what}, which conflicts with \`enable.idempotence\` true: ${libraryLabel(client.library)} refuses to start the producer (or drops the guarantee). Use acks=all, retries above 0 and at most ${opts.maxInFlight} in-flight requests.`
          });
        }
      }
    }
  }
});

// src/rules/producer-max-in-flight.ts
var producer_max_in_flight_default = defineRule({
  meta: {
    id: "producer-max-in-flight",
    level: "error",
    kind: "static",
    description: "Idempotent producers keep at most 5 requests in flight per connection.",
    rationale: "The broker deduplicates and orders only the last 5 batches of an idempotent producer. With more requests in flight the Java client silently turns idempotence off (when it is on by default) or refuses to start (when it is set), so retries can duplicate and reorder records.",
    tags: ["client", "durability", "ordering"],
    optionsSchema: {
      type: "object",
      properties: { maximum: { type: "integer", minimum: 1, description: "Most in-flight requests allowed with idempotence." } },
      additionalProperties: false
    },
    defaultOptions: { maximum: 5 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { maximum }] of ctx.clients()) {
      if (client.role !== "producer" && client.role !== "unknown") continue;
      const inflight = resolve(client, "max.in.flight.requests.per.connection", readNumber);
      if (inflight.state !== "set" || inflight.value <= maximum) continue;
      const idem = resolve(client, "enable.idempotence", readBoolean);
      if (idem.state === "unknown" || !idem.value) continue;
      const effect = idem.state === "default" ? `idempotence is on${defaultNote(idem)}, and this silently turns it off` : "idempotence is enabled, and the client refuses to start with this combination";
      report2({
        entity: client,
        field: "config.max.in.flight.requests.per.connection",
        loc: inflight.loc,
        message: `${describeClient(client)} allows ${shown("max.in.flight.requests.per.connection", inflight)} in-flight requests, more than the ${maximum} the broker tracks for an idempotent producer: ${effect}, so retries can duplicate and reorder records. Set it to ${maximum} or less.`
      });
    }
  }
});

// src/rules/producer-retries.ts
var producer_retries_default = defineRule({
  meta: {
    id: "producer-retries",
    level: "warning",
    kind: "static",
    description: "Producers do not set retries to 0.",
    rationale: "With retries=0 every transient error (a leader election, a request timeout, NotEnoughReplicas during a rolling restart) fails the send instead of being retried, and the Java client turns idempotence off. Delivery is bounded by delivery.timeout.ms, not by a retry count.",
    tags: ["client", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (client.role !== "producer" && client.role !== "unknown") continue;
      const retries = resolve(client, "retries", readNumber);
      if (retries.state !== "set" || retries.value !== 0) continue;
      report2({
        entity: client,
        field: "config.retries",
        loc: retries.loc,
        message: `${describeClient(client)} sets ${shown("retries", retries)}: any transient broker error (leader election, timeout) fails the send instead of being retried, and idempotence is turned off. Remove the setting (the client retries until \`delivery.timeout.ms\`) or bound delivery with \`delivery.timeout.ms\` instead.`
      });
    }
  }
});

// src/rules/replay-safety.ts
var replay_safety_default = defineRule({
  meta: {
    id: "replay-safety",
    level: "error",
    kind: "static",
    description: "Consumer groups are idempotent, or declare replay prohibited with a reason.",
    rationale: 'The replay safety invariant: "any consumer that can be replayed must be idempotent or must explicitly declare why replay is prohibited." Offset resets, DLQ replays, backfills and DR failovers all replay records; a consumer that is neither idempotent nor explicitly excluded produces duplicate side effects.',
    tags: ["replay", "consumer"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [group] of ctx.consumerGroups()) {
      const { idempotent, replay, replayProhibitedReason: reason } = group;
      if (idempotent?.kind === "known" && idempotent.value) continue;
      if (idempotent?.kind === "unknown" || replay?.kind === "unknown" || reason?.kind === "unknown") continue;
      const prohibited = replay?.kind === "known" && replay.value.trim().toLowerCase() === "prohibited";
      if (prohibited && reason?.kind === "known" && reason.value.trim() !== "") continue;
      const what = describeEntity(group);
      if (prohibited) {
        ctx.report({
          entity: group,
          field: "replayProhibitedReason",
          loc: reason?.loc ?? replay.loc,
          message: `${what} declares replay ${spelled(replay)} but gives no reason: operators planning an offset reset, DLQ replay or DR failover cannot tell why replaying it is unsafe, or who decided. Add \`replayProhibitedReason: <why>\`, or make the consumer idempotent.`
        });
        continue;
      }
      const at = idempotent ?? replay;
      ctx.report({
        entity: group,
        field: "idempotent",
        loc: at?.loc ?? nameLoc(group),
        message: `${what} ${idempotent ? `has idempotent ${spelled(idempotent)}` : "does not declare itself idempotent"}${replay ? ` and replay ${spelled(replay)}` : ""}: an offset reset, DLQ replay or DR failover re-delivers records it already processed, and their side effects happen twice. Make the consumer idempotent and declare \`idempotent: true\`, or declare \`replay: prohibited\` with a \`replayProhibitedReason\`.`
      });
    }
  }
});

// src/rules/replication-factor.ts
var replication_factor_default = defineRule({
  meta: {
    id: "replication-factor",
    level: "error",
    kind: "static",
    description: "Topics declare a replication factor of at least 3.",
    rationale: "The durability invariant: with fewer than three replicas, one broker failure or maintenance leaves a single copy, and an acknowledged write can depend on exactly one broker.",
    tags: ["durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    for (const [topic, { minimum }] of ctx.topics()) {
      const rf = topic.replicationFactor;
      if (!rf) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: nameLoc(topic),
          message: `${describeEntity(topic)} declares no replication factor, so it gets the broker default. Set \`replicationFactor: ${minimum}\` (or more) so that one broker failure cannot lose acknowledged writes.`
        });
      } else if (rf.kind === "known" && rf.value < minimum) {
        ctx.report({
          entity: topic,
          field: "replicationFactor",
          loc: rf.loc,
          message: `${describeEntity(topic)} has replication factor ${spelled(rf)}, below the minimum of ${minimum}: a single broker failure can lose acknowledged writes or make the topic unavailable. Raise it to at least ${minimum}.`
        });
      }
    }
  }
});

// src/rules/replication-factor-decrease.ts
var replication_factor_decrease_default = defineRule({
  meta: {
    id: "replication-factor-decrease",
    level: "warning",
    kind: "change",
    description: "A topic's replication factor is not lowered.",
    rationale: "Replication is the durability invariant (replication.factor >= 3): every replica removed is one broker failure less between the topic and lost acknowledged writes or offline partitions. Lowering it should be a deliberate, reviewed decision.",
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      if (!b.replicationFactor) continue;
      const from = knownValue(b.replicationFactor);
      if (from === void 0) continue;
      const related = [atBase(base, b.replicationFactor.loc, `replication factor at ${base.ref}`)];
      if (!h.replicationFactor) {
        if (from <= 1) continue;
        ctx.report({
          entity: h,
          field: "replicationFactor",
          loc: nameLoc(h),
          message: `${describeEntity(h)} no longer declares its replication factor (it was ${spelled(b.replicationFactor)} at ${BASE_LOCATION}), so it falls back to the broker's default.replication.factor (Kafka's own default is 1). Fewer replicas mean that fewer broker failures lose acknowledged writes or take partitions offline. Keep \`replicationFactor: ${spelled(b.replicationFactor)}\`.`,
          related
        });
        continue;
      }
      const to = knownValue(h.replicationFactor);
      if (to === void 0 || to >= from) continue;
      ctx.report({
        entity: h,
        field: "replicationFactor",
        loc: h.replicationFactor.loc,
        message: `${describeEntity(h)} lowers its replication factor from ${spelled(b.replicationFactor)} (at ${BASE_LOCATION}) to ${spelled(h.replicationFactor)}. Each replica removed is one broker failure less before acknowledged writes are lost or partitions go offline. Keep ${spelled(b.replicationFactor)}, or have the platform team approve the lower durability for this topic.`,
        related
      });
    }
  }
});

// src/rules/retention.ts
var same = (a, b) => a.loc.file === b.loc.file && a.loc.start === b.loc.start && a.loc.end === b.loc.end;
var retention_default = defineRule({
  meta: {
    id: "retention",
    level: "error",
    kind: "static",
    description: "Retention can be read, and agrees with retention.ms and x-retention-policy where those are also given.",
    rationale: `Retention is part of the topic's contract: the producing team reviews it, and consumers depend on it to recover ("reduce retention only after replay/audit need is satisfied"). A retention nobody can read, or two declarations that disagree, means the broker applies one value while reviewers, DR plans and consumers rely on another.`,
    tags: ["retention", "ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const r = topic.retentionMs;
      if (r?.kind === "invalid") {
        ctx.report({
          entity: topic,
          field: "retention",
          loc: r.loc,
          message: `${describeEntity(topic)} has retention ${r.raw}, which cannot be read: reviewers cannot tell how long records are kept, and the topic may be created with the broker default. Write ${r.expected}.`
        });
        continue;
      }
      const cfg = topic.config["retention.ms"];
      if (r?.kind === "known" && cfg?.kind === "known" && !same(r, cfg)) {
        const ms = parseRetention(cfg.value);
        if (ms === void 0) {
          ctx.report({
            entity: topic,
            field: "config.retention.ms",
            loc: cfg.loc,
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)}, which is not a number of milliseconds: the broker rejects or ignores it. Remove it and keep \`retention: ${spelled(r)}\`, or write a number of milliseconds (-1 for infinite).`
          });
        } else if (ms !== r.value) {
          ctx.report({
            entity: topic,
            field: "config.retention.ms",
            loc: cfg.loc,
            related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
            message: `${describeEntity(topic)} has retention.ms ${spelled(cfg)} (${describeMs(ms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the broker applies one while reviewers and consumers rely on the other. Keep one declaration, or make them equal.`
          });
        }
      }
      const label = LABEL_FOR_FIELD.retention;
      const l = topic.labels[label];
      if (l?.kind !== "known") continue;
      const lms = parseRetention(l.value);
      if (lms === void 0) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          message: `${describeEntity(topic)} has ${label} ${spelled(l)}, which cannot be read as a retention: reviewers and DR plans cannot tell how long records are kept. Write it as an ISO-8601 duration such as P90D, or -1 for infinite.`
        });
      } else if (r?.kind === "known" && lms !== r.value) {
        ctx.report({
          entity: topic,
          field: `labels.${label}`,
          loc: l.loc,
          related: [{ loc: r.loc, message: `retention ${spelled(r)} (${describeMs(r.value)})` }],
          message: `${describeEntity(topic)} has ${label} ${spelled(l)} (${describeMs(lms)}) but retention ${spelled(r)} (${describeMs(r.value)}): the policy people read is not what the broker applies. Make them equal, or remove the label and keep the typed field.`
        });
      }
    }
  }
});

// src/rules/retention-decrease.ts
var retention_decrease_default = defineRule({
  meta: {
    id: "retention-decrease",
    level: "warning",
    kind: "change",
    description: "A topic's retention is not shortened (including from infinite, or from unset to a value shorter than the broker default).",
    rationale: 'Reducing retention is risky: it "can remove replay history" (handbook 18.2), and records past the new limit are deleted as soon as the change applies. In the deprecation pattern, retention is reduced "only after replay/audit need is satisfied".',
    tags: ["change", "retention"],
    optionsSchema: {
      type: "object",
      properties: {
        brokerDefaultMs: { type: "integer", minimum: -1, description: "What an unset retention means on your brokers (log.retention.ms), in milliseconds; -1 for infinite. Kafka's default is 604800000 (7 days)." }
      },
      additionalProperties: false
    },
    defaultOptions: { brokerDefaultMs: 6048e5 }
  },
  check(ctx) {
    const length = (ms) => ms === -1 ? Infinity : ms;
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const options = ctx.options(h);
      const bf = b.retentionMs;
      const hf = h.retentionMs;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const def = options.brokerDefaultMs;
      const from = bf ? bf.value : def;
      const to = hf ? hf.value : def;
      if (length(to) >= length(from)) continue;
      const show = (f, ms) => {
        const human = describeMs(ms);
        const s = f ? spelled(f) : "";
        return f ? s === human ? s : `${s} (${human})` : `unset (the broker default, ${human})`;
      };
      const fromText = bf ? `${show(bf, from)} at ${BASE_LOCATION}` : show(void 0, from);
      ctx.report({
        entity: h,
        field: "retention",
        loc: hf?.loc ?? nameLoc(h),
        message: `${describeEntity(h)} shortens retention from ${fromText} to ${show(hf, to)}. Records older than ${describeMs(to)} are deleted as soon as this applies: consumers that lag or need to replay lose that history, and deleted records cannot be restored. Keep the previous retention, or shorten it only after the consumers' owners confirm that no replay or audit need depends on the older records.`,
        ...bf ? { related: [atBase(base, bf.loc, `retention at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/schema.ts
var schema_default = defineRule({
  meta: {
    id: "schema",
    level: "error",
    kind: "meta",
    description: "Catalog entries match the topic and consumer group JSON Schemas (schemas/).",
    rationale: "A misspelled key (`replicationFactr`) is silently ignored by every tool that reads the catalog, so the setting the author meant never applies.",
    tags: ["input"],
    defaultOptions: {}
  },
  check(ctx) {
    reportProblems(ctx, "schema");
  }
});

// src/rules/schema-compatibility.ts
var LEVELS = ["BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "FULL_TRANSITIVE", "NONE"];
function tierOf(topic) {
  const f = topic.drTier ?? topic.labels[LABEL_FOR_FIELD.drTier];
  return f?.kind === "known" ? f.value : void 0;
}
var schema_compatibility_default = defineRule({
  meta: {
    id: "schema-compatibility",
    level: "error",
    kind: "static",
    description: "schemaCompatibility is a Schema Registry level, and not NONE on tier-0/tier-1 topics.",
    rationale: 'The contract plane (schemas, compatibility rules) fails as "breaking schema" and "incompatible event semantics". "Replicating topic bytes is useless if consumers cannot deserialize them": with NONE, any producer deploy can publish a schema existing consumers cannot read, and for a tier-0/tier-1 topic that is an outage in every consuming domain. Changing compatibility needs "contract governance".',
    tags: ["contract"],
    optionsSchema: {
      type: "object",
      properties: {
        forbid: { type: "array", items: { enum: [...LEVELS] }, uniqueItems: true, description: "Compatibility levels not allowed on topics of the tiers in `tiers`." },
        tiers: { type: "array", items: { type: "string", minLength: 1 }, uniqueItems: true, description: 'DR tiers the `forbid` list applies to; "*" for every topic.' }
      },
      additionalProperties: false
    },
    defaultOptions: { forbid: ["NONE"], tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    for (const [topic, { forbid, tiers }] of ctx.topics()) {
      const f = topic.schemaCompatibility;
      if (f?.kind !== "known") continue;
      const level = f.value.trim().toUpperCase();
      if (!LEVELS.includes(level)) {
        const near = didYouMean(level, LEVELS);
        ctx.report({
          entity: topic,
          field: "schemaCompatibility",
          loc: f.loc,
          message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}, which is not a Schema Registry compatibility level: the registry rejects it or keeps its default, so nobody knows which schema changes are allowed. ${near ? `Did you mean ${near}? ` : ""}Use one of ${LEVELS.join(", ")}.`
        });
        continue;
      }
      if (!forbid.includes(level)) continue;
      const tier = tierOf(topic);
      if (!tiers.includes("*") && (tier === void 0 || !tiers.includes(tier))) continue;
      ctx.report({
        entity: topic,
        field: "schemaCompatibility",
        loc: f.loc,
        message: `${describeEntity(topic)} has schemaCompatibility ${spelled(f)}${tier ? `, not allowed on a ${tier} topic` : ", which the policy forbids"}: ${level === "NONE" ? "any producer deploy can publish a schema that existing consumers cannot deserialize" : "schema changes allowed by this level can break existing consumers or replays"}. Use BACKWARD_TRANSITIVE (or FULL_TRANSITIVE) and evolve the schema compatibly, or publish breaking changes to a new topic version.`
      });
    }
  }
});

// src/rules/schema-compatibility-change.ts
var LEVELS2 = {
  NONE: { backward: false, forward: false, transitive: false },
  BACKWARD: { backward: true, forward: false, transitive: false },
  BACKWARD_TRANSITIVE: { backward: true, forward: false, transitive: true },
  FORWARD: { backward: false, forward: true, transitive: false },
  FORWARD_TRANSITIVE: { backward: false, forward: true, transitive: true },
  FULL: { backward: true, forward: true, transitive: false },
  FULL_TRANSITIVE: { backward: true, forward: true, transitive: true }
};
var REGISTRY_DEFAULT = "BACKWARD";
function lostGuarantees(from, to) {
  const a = LEVELS2[from];
  const b = LEVELS2[to];
  if (!a || !b) return [];
  const lost = [];
  if (a.backward && !b.backward) lost.push("backward compatibility is no longer checked, so consumers on the new schema may fail on records already in the topic");
  if (a.forward && !b.forward) lost.push("forward compatibility is no longer checked, so consumers still on the old schema may fail on new records");
  if (a.transitive && !b.transitive && (b.backward || b.forward)) lost.push("only the latest schema version is checked instead of all earlier ones, so replays of old records may break");
  return lost;
}
var schema_compatibility_change_default = defineRule({
  meta: {
    id: "schema-compatibility-change",
    level: "warning",
    kind: "change",
    description: "A change to a topic's schema compatibility level is flagged for review, and a weakened one says what it stops checking.",
    rationale: 'Changing schema compatibility is risky: "contract governance required" (handbook 18.2). Schema compatibility is the contract between producers and every consumer; weakening it (FULL to BACKWARD, anything to NONE) lets producers register schemas that existing consumers cannot read.',
    tags: ["change", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const bf = b.schemaCompatibility;
      const hf = h.schemaCompatibility;
      if (!bf && !hf) continue;
      if (bf && bf.kind !== "known" || hf && hf.kind !== "known") continue;
      const from = bf ? bf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      const to = hf ? hf.value.trim().toUpperCase() : REGISTRY_DEFAULT;
      if (from === to || !LEVELS2[from] || !LEVELS2[to]) continue;
      const fromText = bf ? `${spelled(bf)} (at ${BASE_LOCATION})` : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const toText = hf ? spelled(hf) : `unset (the Schema Registry default, ${REGISTRY_DEFAULT})`;
      const lost = lostGuarantees(from, to);
      const message = lost.length > 0 ? `${describeEntity(h)} weakens its schema compatibility from ${fromText} to ${toText}: ${to === "NONE" ? "no compatibility check at all remains, so any schema can be registered and existing consumers can break" : lost.join("; ")}. Weakening the contract needs the schema owner and the consuming teams to approve; keep the previous level unless they have.` : `${describeEntity(h)} changes its schema compatibility from ${fromText} to ${toText} (stronger). Existing schema versions may not satisfy the new level, and registrations that passed before will be rejected. Contract governance applies: have the schema owner approve and check the registered versions first.`;
      ctx.report({
        entity: h,
        field: "schemaCompatibility",
        loc: hf?.loc ?? nameLoc(h),
        message,
        ...bf ? { related: [atBase(base, bf.loc, `schema compatibility at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/session-heartbeat.ts
var session_heartbeat_default = defineRule({
  meta: {
    id: "session-heartbeat",
    level: "warning",
    kind: "static",
    description: "Consumers send heartbeats at most every third of the session timeout.",
    rationale: "A heartbeat/session timeout mismatch is a common cause of rebalance storms: with heartbeat.interval.ms above a third of session.timeout.ms, one or two delayed heartbeats make the coordinator drop a healthy member.",
    tags: ["client", "liveness"],
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client] of ctx.clients()) {
      if (!["consumer", "streams", "unknown"].includes(client.role)) continue;
      const hb = resolve(client, "heartbeat.interval.ms", readNumber);
      const st = resolve(client, "session.timeout.ms", readNumber);
      if (hb.state === "unknown" || st.state === "unknown") continue;
      if (hb.state !== "set" && st.state !== "set") continue;
      if (hb.value * 3 <= st.value) continue;
      const at = hb.state === "set" ? hb : st;
      const note = (r) => r.state === "default" ? ` ${r.note}` : "";
      report2({
        entity: client,
        field: `config.${at === hb ? "heartbeat.interval.ms" : "session.timeout.ms"}`,
        loc: at.loc,
        message: `${describeClient(client)} has ${shown("heartbeat.interval.ms", hb)}${note(hb)} and ${shown("session.timeout.ms", st)}${note(st)}: the heartbeat interval is above a third of the session timeout, so one or two late heartbeats get a healthy member removed and trigger a rebalance. Keep \`heartbeat.interval.ms\` at most a third of \`session.timeout.ms\`.`
      });
    }
  }
});

// src/rules/streams-processing-guarantee.ts
var streams_processing_guarantee_default = defineRule({
  meta: {
    id: "streams-processing-guarantee",
    level: "warning",
    kind: "static",
    description: "Kafka Streams apps writing to tier-0/tier-1 topics use processing.guarantee=exactly_once_v2.",
    rationale: "Duplicate output is a common Kafka Streams incident: in at-least-once mode a retry or restart re-emits records. Topics in the most critical DR tiers need exactly_once_v2 (the older exactly_once and exactly_once_beta are deprecated).",
    tags: ["client", "streams", "durability"],
    crossFile: true,
    optionsSchema: {
      type: "object",
      properties: { tiers: { type: "array", items: { type: "string" }, minItems: 1, description: "DR tiers whose writers need exactly-once." } },
      additionalProperties: false
    },
    defaultOptions: { tiers: ["tier-0", "tier-1"] }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { tiers }] of ctx.clients()) {
      if (client.role !== "streams") continue;
      const wanted = new Set(tiers.map((t) => t.toLowerCase()));
      const critical = [];
      for (const f of client.produces) {
        if (f.kind !== "known" || critical.some((c) => c.name === f.value)) continue;
        const tier = ctx.index.topicsNamed(f.value)[0]?.drTier;
        if (tier?.kind !== "known" || !wanted.has(tier.value.toLowerCase())) continue;
        critical.push({ name: f.value, tier: tier.value, related: { loc: tier.loc, message: `topic "${f.value}" is ${tier.value} here` } });
      }
      if (critical.length === 0) continue;
      const pg = resolve(client, "processing.guarantee", (v) => readString(v)?.toLowerCase());
      if (pg.state === "unknown" || pg.value === "exactly_once_v2") continue;
      const deprecated = pg.value === "exactly_once" || pg.value === "exactly_once_beta";
      const list = critical.map((c) => `"${c.name}" (${c.tier})`).join(", ");
      report2({
        entity: client,
        field: "config.processing.guarantee",
        loc: pg.loc,
        related: critical.map((c) => c.related),
        message: deprecated ? `${describeClient(client)} uses ${shown("processing.guarantee", pg)}, deprecated and removed in Kafka 4.0, and writes to ${list}. Use \`processing.guarantee=exactly_once_v2\`.` : `${describeClient(client)} runs with ${shown("processing.guarantee", pg)}${defaultNote(pg)} and writes to ${list}: a retry or restart re-emits records, so those critical topics get duplicates. Set \`processing.guarantee=exactly_once_v2\`.`
      });
    }
  }
});

// src/rules/streams-replication-factor.ts
var streams_replication_factor_default = defineRule({
  meta: {
    id: "streams-replication-factor",
    level: "error",
    kind: "static",
    description: "Kafka Streams apps create their internal topics with a replication factor of at least 3.",
    rationale: `Changelog and repartition topics hold a Streams app's state; the handbook asks "Are Kafka Streams internal topics governed?". With replication.factor below 3, one broker failure can lose the changelog, and the app restores from nothing or stops.`,
    tags: ["client", "streams", "durability"],
    optionsSchema: {
      type: "object",
      properties: { minimum: { type: "integer", minimum: 1, description: "Smallest acceptable replication factor for internal topics." } },
      additionalProperties: false
    },
    defaultOptions: { minimum: 3 }
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    for (const [client, { minimum }] of ctx.clients()) {
      if (client.role !== "streams") continue;
      const rf = resolve(client, "replication.factor", readNumber);
      if (rf.state !== "set" || rf.value === -1 || rf.value >= minimum) continue;
      report2({
        entity: client,
        field: "config.replication.factor",
        loc: rf.loc,
        message: `${describeClient(client)} sets ${shown("replication.factor", rf)} for its internal changelog and repartition topics, below ${minimum}: one broker failure can lose the app's state. Set \`replication.factor\` to ${minimum} or more (or -1 for the broker default, where that is ${minimum}).`
      });
    }
  }
});

// src/rules/suppression-reason.ts
var suppression_reason_default = defineRule({
  meta: {
    id: "suppression-reason",
    level: "warning",
    kind: "meta",
    description: "A suppression comment gives a reason after ` -- `.",
    rationale: "An exception nobody can explain is never revisited: the handbook's ownership model asks that every deviation from policy be owned and explained, so the next reader knows whether it still applies.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/topic-deletion.ts
var topic_deletion_default = defineRule({
  meta: {
    id: "topic-deletion",
    level: "error",
    kind: "change",
    description: "A topic is deleted only after it was marked `deprecated: true` (and a rename is a deletion).",
    rationale: `Topic mistakes are long-lived. The handbook's deprecation pattern (18.3): mark the topic deprecated, identify producers and consumers, stop new producers, migrate consumers, reduce retention only after replay and audit needs are met, and "delete after explicit owner approval". Deleting a live topic loses its records and breaks everyone still using it.`,
    tags: ["change", "lifecycle"],
    defaultOptions: {}
  },
  check(ctx) {
    const base = ctx.base;
    if (!base) return;
    for (const { base: b, renamedTo } of compareCatalogs(base.catalog, ctx.catalog).deletedTopics) {
      if (!ctx.options(b)) continue;
      if (b.deprecated?.kind === "known" && b.deprecated.value) continue;
      const where = deletionLocation(b, base.catalog, ctx.catalog);
      const name = b.name.kind === "known" ? b.name.value : "";
      const readers = b.consumerGroups.filter((g) => g.kind === "known").map((g) => g.kind === "known" ? g.value : "");
      const readersText = readers.length ? ` (declared consumer groups: ${readers.join(", ")})` : "";
      const target = renamedTo?.name.kind === "known" ? renamedTo.name.value : void 0;
      const message = target ? `${describeEntity(b)} (defined at ${BASE_LOCATION}) is gone and "${target}" is new with exactly the same settings: this is a rename, and Kafka cannot rename a topic. "${target}" starts empty, and "${name}" with its records and consumer offsets is deleted, so every consumer${readersText} must migrate to "${target}" (and its offsets be reset or translated) before "${name}" goes. Keep "${name}" with \`deprecated: true\` until consumers have moved, then delete it with the owner's approval.` : `${describeEntity(b)} (defined at ${BASE_LOCATION}) is deleted, but it was not marked \`deprecated: true\` at ${base.ref}. Deleting a live topic loses its records and breaks every producer and consumer still using it${readersText}. Follow the deprecation pattern: mark it \`deprecated: true\` first, migrate producers and consumers, then delete it with the owner's approval.`;
      ctx.report({
        entity: b,
        field: "deleted",
        loc: where.loc,
        ...where.atBaseLine ? { atBaseLine: where.atBaseLine } : {},
        message,
        related: [
          atBase(base, nameLoc(b), `definition at ${base.ref}`),
          ...renamedTo ? [{ loc: nameLoc(renamedTo), message: `"${target}", the new name` }] : []
        ]
      });
    }
  }
});

// src/rules/topic-naming.ts
var DEFAULT_PATTERN = "^[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+\\.v[0-9]+(\\.(dlq|retry))?$";
var topic_naming_default = defineRule({
  meta: {
    id: "topic-naming",
    level: "warning",
    kind: "static",
    description: "Topic names follow `<domain>.<event>.v<N>` (optionally `.dlq` / `.retry`).",
    rationale: "Ownership and contracts are reviewed per domain and per schema version: a name like `cpq.quote-priced.v1` says which domain owns the topic, what fact it carries, and which contract version it is, and makes a breaking change a new topic (`.v2`) instead of a silent rewrite. Names are long-lived: a topic cannot be renamed, only migrated.",
    tags: ["naming"],
    optionsSchema: {
      type: "object",
      properties: { pattern: { type: "string", minLength: 1, description: "Regular expression (JavaScript syntax) every topic name must match." } },
      additionalProperties: false
    },
    defaultOptions: { pattern: DEFAULT_PATTERN }
  },
  check(ctx) {
    const compiled = /* @__PURE__ */ new Map();
    for (const [topic, { pattern }] of ctx.topics()) {
      if (topic.name.kind !== "known") continue;
      let re = compiled.get(pattern);
      if (!re) compiled.set(pattern, re = new RegExp(pattern, "u"));
      if (re.test(topic.name.value)) continue;
      const isDefault = pattern === DEFAULT_PATTERN;
      ctx.report({
        entity: topic,
        field: "name",
        loc: topic.name.loc,
        message: `${describeEntity(topic)} does not match the naming convention ${isDefault ? "`<domain>.<event>.v<N>` (lower case, dot-separated, a version suffix, optionally .dlq or .retry)" : `\`${pattern}\``}: the name no longer says which domain owns it and which contract version it carries. ${isDefault ? 'Rename it in that form (for example "cpq.quote-priced.v1"); a topic cannot be renamed in place, so do it before the topic is created, or create the new topic and migrate producers and consumers to it.' : "Rename it to match the pattern."}`
      });
    }
  }
});

// src/rules/transactional-id-unique.ts
function dir(path) {
  const i = path.lastIndexOf("/");
  return i < 0 ? "" : path.slice(0, i);
}
function sameAppOtherProfile(a, b) {
  return dir(a.file) === dir(b.file) && a.format === b.format && (a.profile ?? "") !== (b.profile ?? "");
}
var transactional_id_unique_default = defineRule({
  meta: {
    id: "transactional-id-unique",
    level: "error",
    kind: "static",
    description: "No two producers share one transactional.id.",
    rationale: `A transactional.id identifies one producer instance. When a second producer starts with the same id it fences the first (ProducerFencedException: "duplicate transactional id / stale instance"), so two applications sharing an id keep aborting each other's transactions.`,
    tags: ["client", "transactions"],
    crossFile: true,
    defaultOptions: {}
  },
  check(ctx) {
    const report2 = onceReporter(ctx);
    const seen = /* @__PURE__ */ new Map();
    for (const [client] of ctx.clients()) {
      const entry = configEntry(client, "transactional.id");
      if (!entry || entry.field.kind !== "known" || entry.field.value === null) continue;
      const field = entry.field;
      const id = String(field.value).trim();
      if (id === "") continue;
      const earlier = seen.get(id) ?? [];
      const clash = earlier.find((e) => !(e.field.loc.file === field.loc.file && e.field.loc.start === field.loc.start) && !sameAppOtherProfile(e.client, client));
      if (clash) {
        report2({
          entity: client,
          field: "config.transactional.id",
          loc: field.loc,
          related: [{ loc: clash.field.loc, message: `${describeClient(clash.client)} uses the same transactional.id here` }],
          message: `${describeClient(client)} uses transactional.id "${id}", already used by ${describeClient(clash.client)}: whichever starts second fences the other (ProducerFencedException), so their transactions keep aborting. Give each producer its own transactional.id (or prefix).`
        });
      }
      earlier.push({ client, field });
      seen.set(id, earlier);
    }
  }
});

// src/rules/unclean-leader-election.ts
var KEY = "unclean.leader.election.enable";
var unclean_leader_election_default = defineRule({
  meta: {
    id: "unclean-leader-election",
    level: "error",
    kind: "static",
    description: "Topics do not enable unclean.leader.election.enable.",
    rationale: 'The durability invariant requires `unclean.leader.election.enable = false`. An unclean election makes a replica outside the ISR the leader, and the acknowledged writes it never received are lost. The handbook allows it only as an incident decision: "do not enable unclean leader election for critical topics unless data-loss trade-off is accepted".',
    tags: ["durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const [topic] of ctx.topics()) {
      const f = topic.config[KEY];
      if (f?.kind !== "known" || toBoolean(f.value) !== true) continue;
      ctx.report({
        entity: topic,
        field: `config.${KEY}`,
        loc: f.loc,
        message: `${describeEntity(topic)} sets ${KEY} to ${spelled(f)}: a replica that is not in sync can become leader, and acknowledged writes it never received are silently lost. Remove the setting (the default is false) or set it to false; enable it only during an incident, as a recorded decision that accepts the data loss.`
      });
    }
  }
});

// src/rules/unclean-leader-election-enabled.ts
var KEY2 = "unclean.leader.election.enable";
var unclean_leader_election_enabled_default = defineRule({
  meta: {
    id: "unclean-leader-election-enabled",
    level: "error",
    kind: "change",
    description: "Unclean leader election is not switched on for an existing topic.",
    rationale: 'Unclean leader election "can restore availability by electing a replica outside ISR, but it can lose acknowledged data". For critical topics it is "a last-resort business decision, not an engineering optimization", and the handbook says not to enable it unless the data-loss trade-off is accepted.',
    tags: ["change", "durability"],
    defaultOptions: {}
  },
  check(ctx) {
    for (const { base: b, head: h, at: base } of changedTopics(ctx)) {
      const hf = h.config[KEY2];
      if (!hf || hf.kind !== "known" || toBoolean(hf.value) !== true) continue;
      const bf = b.config[KEY2];
      if (bf && (bf.kind !== "known" || toBoolean(bf.value) !== false)) continue;
      ctx.report({
        entity: h,
        field: `config.${KEY2}`,
        loc: hf.loc,
        message: `${describeEntity(h)} switches ${KEY2} on (${spelled(hf)}; it was ${bf ? `${spelled(bf)} at ${BASE_LOCATION}` : "unset, which is false"}). A replica outside the ISR can then become leader, and acknowledged writes it never received are lost. Keep it off; enable it only as a recorded incident decision that accepts the data loss, and switch it back afterwards.`,
        ...bf ? { related: [atBase(base, bf.loc, `${KEY2} at ${base.ref}`)] } : {}
      });
    }
  }
});

// src/rules/unknown-consumer-group.ts
var unknown_consumer_group_default = defineRule({
  meta: {
    id: "unknown-consumer-group",
    level: "warning",
    kind: "static",
    crossFile: true,
    description: "Consumer groups a topic lists as its readers have a definition.",
    rationale: 'A consumer group belongs to its consuming team, which answers for "lag, idempotency, retry, DLQ". A group a topic names but nobody defines has no owner, no replay policy and no offset recovery strategy, so it is invisible to lag triage, replay checklists and DR plans.',
    tags: ["ownership"],
    defaultOptions: {}
  },
  check(ctx) {
    const defined = /* @__PURE__ */ new Set();
    for (const g of ctx.catalog.consumerGroups) if (g.name.kind === "known") defined.add(g.name.value);
    for (const c of ctx.catalog.clients) if (c.groupId?.kind === "known") defined.add(c.groupId.value);
    if (defined.size === 0) return;
    for (const group of ctx.index.listedGroupNames()) {
      if (defined.has(group)) continue;
      for (const topic of ctx.index.topicsListing(group)) {
        if (topic.declaredIn !== "catalog" || ctx.options(topic) === void 0) continue;
        for (const f of topic.consumerGroups) {
          if (f.kind !== "known" || f.value !== group) continue;
          const near = didYouMean(f.value, defined);
          ctx.report({
            entity: topic,
            field: `consumerGroups:${f.value}`,
            loc: f.loc,
            message: `${describeEntity(topic)} lists consumer group "${f.value}", which has no definition: nobody owns its lag, replay safety or offset recovery. ${near ? `Did you mean "${near}"? ` : ""}Add a \`consumerGroup: ${f.value}\` entry with its owner, or remove it from the list.`
          });
        }
      }
    }
  }
});

// src/rules/lib/client-topics.ts
function checkClientTopics(ctx, catalogTopicNames) {
  if (catalogTopicNames.size === 0) return;
  const report2 = onceReporter(ctx);
  for (const [client] of ctx.clients()) {
    const uses = [...client.produces.map((f) => ({ f, verb: "writes to" })), ...client.consumes.map((f) => ({ f, verb: "reads from" }))];
    for (const { f, verb } of uses) {
      if (f.kind !== "known" || catalogTopicNames.has(f.value)) continue;
      const near = didYouMean(f.value, catalogTopicNames);
      report2({
        entity: client,
        field: verb === "writes to" ? "produces" : "consumes",
        loc: f.loc,
        ...f.origin ? { related: [{ loc: f.origin, message: "the topic name is defined here" }] } : {},
        message: `${describeClient(client)} ${verb} topic "${f.value}", which the catalog does not define: the topic has no owner, no reviewed settings, and may be created with broker defaults (or not exist at all). ${near ? `Did you mean "${near}"? ` : ""}Add the topic to the catalog or fix the name.`
      });
    }
  }
}

// src/rules/unknown-topic.ts
function wildcard(name) {
  if (!name.includes("*")) return void 0;
  return new RegExp(`^${name.split("*").map((p) => p.replace(/[.+?^${}()|[\]\\]/g, "\\$&")).join(".*")}$`);
}
var unknown_topic_default = defineRule({
  meta: {
    id: "unknown-topic",
    level: "error",
    kind: "static",
    crossFile: true,
    description: "Consumer groups and clients only use topics the catalog defines.",
    rationale: '"Kafka becomes dangerous when everyone can create topics but nobody owns them." A topic that a consumer group or client uses but the catalog does not define has no owner, no reviewed retention, replication or schema rules, and is often a typo: with auto-creation it appears with broker defaults, without it the consumer silently reads nothing.',
    tags: ["ownership", "contract"],
    defaultOptions: {}
  },
  check(ctx) {
    const names = ctx.index.topicNames();
    if (names.size === 0) return;
    for (const [group] of ctx.consumerGroups()) {
      for (const f of group.topics) {
        if (f.kind !== "known" || names.has(f.value)) continue;
        const re = wildcard(f.value);
        if (re && [...names].some((n) => re.test(n))) continue;
        const near = re ? void 0 : didYouMean(f.value, names);
        ctx.report({
          entity: group,
          field: `topics:${f.value}`,
          loc: f.loc,
          message: `${describeEntity(group)} consumes topic "${f.value}", which the catalog does not define: the topic has no owner and no reviewed settings, and the group may read nothing at all. ${near ? `Did you mean "${near}"? ` : ""}Add the topic to the catalog or fix the name.`
        });
      }
    }
    checkClientTopics(ctx, names);
  }
});

// src/rules/unused-suppression.ts
var unused_suppression_default = defineRule({
  meta: {
    id: "unused-suppression",
    level: "warning",
    kind: "meta",
    description: "A suppression comment or waiver hides a finding; one that suppresses nothing is removed.",
    rationale: "A suppression that hides nothing is a loaded gun: it silently hides the next real finding on that line. Stale exceptions also make the estate look more governed than it is.",
    tags: ["exceptions"],
    defaultOptions: {}
  },
  check() {
  }
});

// src/rules/index.ts
var builtinRules = [
  cleanup_policy_change_default,
  code_topic_definition_default,
  compacted_topic_key_default,
  connect_dead_letter_queue_default,
  connect_internal_topics_default,
  consumer_auto_commit_default,
  dr_tier_default,
  dr_tier_downgrade_default,
  duplicate_topic_default,
  expired_waiver_default,
  key_change_default,
  max_poll_interval_default,
  metadata_consistency_default,
  min_insync_replicas_default,
  min_isr_change_default,
  min_isr_vs_replication_default,
  offset_recovery_default,
  ownership_change_default,
  ownership_metadata_default,
  parse_error_default,
  partition_decrease_default,
  partition_increase_keyed_default,
  plaintext_secret_default,
  plaintext_transport_default,
  policy_weakened_default,
  producer_acks_default,
  producer_idempotence_default,
  producer_max_in_flight_default,
  producer_retries_default,
  replay_safety_default,
  replication_factor_default,
  replication_factor_decrease_default,
  retention_default,
  retention_decrease_default,
  schema_default,
  schema_compatibility_default,
  schema_compatibility_change_default,
  session_heartbeat_default,
  streams_processing_guarantee_default,
  streams_replication_factor_default,
  suppression_reason_default,
  topic_deletion_default,
  topic_naming_default,
  transactional_id_unique_default,
  unclean_leader_election_default,
  unclean_leader_election_enabled_default,
  unknown_consumer_group_default,
  unknown_topic_default,
  unused_suppression_default
];
var builtinRulesById = new Map(builtinRules.map((r) => [r.meta.id, r]));

export {
  consistentState,
  unitEnv,
  canStream,
  lintUnit,
  lintStream,
  builtinRules,
  builtinRulesById
};
