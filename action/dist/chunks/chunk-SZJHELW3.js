import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  codeownersOwner,
  didYouMean,
  parseIsoDuration,
  parseRetention,
  toNumber
} from "./chunk-GRP5CIC5.js";
import {
  LineIndex,
  regionOf
} from "./chunk-HBCAVBBN.js";
import {
  require_picomatch
} from "./chunk-3UC2GCC5.js";
import {
  __toESM
} from "./chunk-JRJOGWBZ.js";

// src/core/tool.ts
var TOOL = {
  name: "topiclint",
  version: "0.1.0",
  informationUri: "https://github.com/topiclint/topiclint"
};

// src/core/config.ts
var import_picomatch = __toESM(require_picomatch(), 1);

// src/policy/view.ts
var escape = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
var RENAMED = { retentionMs: "retention" };
var SKIP = /* @__PURE__ */ new Set(["kind", "name", "loc", "file", "format", "declaredIn", "role", "library", "profile"]);
var DURATIONS = /* @__PURE__ */ new Set(["freshnessSlo"]);
var cache = /* @__PURE__ */ new WeakMap();
function viewOf(entity) {
  const hit = cache.get(entity);
  if (hit) return hit;
  const data = {};
  const locs = /* @__PURE__ */ new Map();
  const raws = /* @__PURE__ */ new Map();
  const unknown = /* @__PURE__ */ new Set();
  const put = (target, key, pointer, field, convert) => {
    locs.set(pointer, field.loc);
    if (field.raw !== void 0) raws.set(pointer, field.raw);
    if (field.kind !== "known") {
      unknown.add(pointer);
      return;
    }
    const value = convert ? convert(field.value) : field.value;
    if (value === void 0) {
      unknown.add(pointer);
      return;
    }
    target[key] = Array.isArray(value) ? [...value] : value;
    if (field.raw === void 0) raws.set(pointer, typeof value === "string" ? value : JSON.stringify(value));
  };
  data["kind"] = entity.kind;
  put(data, "name", "/name", entity.name);
  data["file"] = entity.file;
  data["format"] = entity.format;
  if (entity.kind === "client") {
    data["role"] = entity.role;
    data["library"] = entity.library;
    if (entity.profile) data["profile"] = entity.profile;
  }
  for (const [k, v] of Object.entries(entity)) {
    if (SKIP.has(k) || v === void 0) continue;
    const key = RENAMED[k] ?? k;
    const pointer = `/${escape(key)}`;
    if (k === "config" || k === "labels") {
      const map = {};
      for (const [ck, cv] of Object.entries(v)) put(map, ck, `${pointer}/${escape(ck)}`, cv);
      data[key] = map;
    } else if (Array.isArray(v)) {
      const list = [];
      v.forEach((item, i) => {
        const p = `${pointer}/${list.length}`;
        if (item.kind === "known") {
          put(list, String(list.length), p, item);
        } else {
          locs.set(`${pointer}/?${i}`, item.loc);
          unknown.add(`${pointer}/?`);
        }
      });
      data[key] = list;
    } else if (v && typeof v === "object" && "kind" in v) {
      const convert = DURATIONS.has(k) ? (x) => typeof x === "string" ? parseIsoDuration(x) : x : void 0;
      put(data, key, pointer, v, convert);
    }
  }
  const view = { data, locs, raws, unknown };
  cache.set(entity, view);
  return view;
}
function locationFor(entity, view, pointer) {
  let p = pointer;
  for (; ; ) {
    const loc = view.locs.get(p);
    if (loc && p !== "/name") return loc;
    if (p === "") break;
    p = p.slice(0, p.lastIndexOf("/"));
  }
  return entity.name.loc ?? entity.loc;
}
function isUnknownAt(view, pointer) {
  for (const u of view.unknown) if (pointer === u || pointer.startsWith(`${u}/`)) return true;
  return false;
}

// src/policy/selector.ts
var OPERATORS = ["eq", "ne", "in", "notIn", "gt", "gte", "lt", "lte", "exists", "matches", "not"];
var OPERATOR_SET = new Set(OPERATORS);
var COMBINATORS = ["not", "anyOf", "allOf"];
var NAVIGATION = {
  topic: { consumerGroups: "consumerGroup" },
  consumerGroup: { topics: "topic", dlq: "topic" },
  client: { produces: "topic", consumes: "topic", groupId: "consumerGroup" }
};
var and = (values) => values.includes(false) ? false : values.includes(void 0) ? void 0 : true;
var or = (values) => values.includes(true) ? true : values.includes(void 0) ? void 0 : false;
var not = (t) => t === void 0 ? void 0 : !t;
var isPlainObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isOperatorObject = (v) => isPlainObject(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => OPERATOR_SET.has(k));
var DURATION_KEYS = /* @__PURE__ */ new Set(["retention", "freshnessSlo"]);
var isDurationKey = (key) => DURATION_KEYS.has(key) || /\.ms$/.test(key);
function evaluateWhere(entity, where, ctx = {}, depth = 0) {
  if (depth > 8) return false;
  const results = [];
  for (const [key, condition] of Object.entries(where)) {
    if (key === "not") results.push(not(evaluateWhere(entity, condition, ctx, depth)));
    else if (key === "anyOf") results.push(or(condition.map((w) => evaluateWhere(entity, w, ctx, depth))));
    else if (key === "allOf") results.push(and(condition.map((w) => evaluateWhere(entity, w, ctx, depth))));
    else results.push(evaluateKey(entity, key, condition, ctx, depth));
    if (results[results.length - 1] === false) return false;
  }
  return and(results);
}
function evaluateKey(entity, key, condition, ctx, depth) {
  const view = viewOf(entity);
  const nav = NAVIGATION[entity.kind]?.[key];
  if (nav && isPlainObject(condition) && !isOperatorObject(condition)) {
    if (!ctx.lookup) return void 0;
    const raw = view.data[key];
    const names = Array.isArray(raw) ? raw : typeof raw === "string" ? [raw] : [];
    const related = names.flatMap((n) => ctx.lookup(nav, n));
    const found = or(related.map((r) => evaluateWhere(r, condition, ctx, depth + 1)));
    const someUnknown = view.unknown.has(`/${key}/?`) || view.unknown.has(`/${key}`);
    return found === false && someUnknown ? void 0 : found;
  }
  if ((key === "config" || key === "labels") && isPlainObject(condition) && !isOperatorObject(condition)) {
    return and(Object.entries(condition).map(([k, c]) => evaluateKey(entity, `${key}.${k}`, c, ctx, depth)));
  }
  const { value, unknown, durationKey } = attribute(entity, key);
  return test(value, unknown, condition, durationKey);
}
function attribute(entity, key) {
  const view = viewOf(entity);
  const esc = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
  const lookIn = (map, sub) => {
    const m = view.data[map];
    return { value: m?.[sub], unknown: view.unknown.has(`/${map}/${esc(sub)}`), durationKey: isDurationKey(sub) };
  };
  if (key.startsWith("config.")) return lookIn("config", key.slice(7));
  if (key.startsWith("labels.")) return lookIn("labels", key.slice(7));
  const pointer = `/${esc(key)}`;
  if (key in view.data || view.unknown.has(pointer)) return { value: view.data[key], unknown: view.unknown.has(pointer) || view.unknown.has(`${pointer}/?`) && view.data[key] === void 0, durationKey: isDurationKey(key) };
  const label = lookIn("labels", key);
  if (label.value !== void 0 || label.unknown) return label;
  return lookIn("config", key);
}
function test(actual, unknown, condition, durationKey) {
  if (isOperatorObject(condition)) {
    return and(Object.entries(condition).map(([op, operand]) => applyOperator(op, actual, unknown, operand, durationKey)));
  }
  if (Array.isArray(condition)) return applyOperator("in", actual, unknown, condition, durationKey);
  return applyOperator("eq", actual, unknown, condition, durationKey);
}
function applyOperator(op, actual, unknown, operand, durationKey) {
  if (op === "exists") return (actual !== void 0 || unknown) === Boolean(operand);
  if (op === "not") return not(test(actual, unknown, operand, durationKey));
  if (unknown && actual === void 0) return void 0;
  const values = Array.isArray(actual) ? actual : actual === void 0 ? [] : [actual];
  switch (op) {
    case "eq":
      return values.some((a) => equals(a, operand, durationKey));
    case "ne":
      return !values.some((a) => equals(a, operand, durationKey));
    case "in":
      return values.some((a) => operand.some((o) => equals(a, o, durationKey)));
    case "notIn":
      return !values.some((a) => operand.some((o) => equals(a, o, durationKey)));
    case "matches": {
      const re = regex(String(operand));
      return re ? values.some((a) => typeof a === "string" && re.test(a)) : false;
    }
    case "gt":
    case "gte":
    case "lt":
    case "lte": {
      const b = comparable(operand, durationKey);
      if (b === void 0) return false;
      return values.some((v) => {
        const a = comparable(v, durationKey);
        if (a === void 0) return false;
        return op === "gt" ? a > b : op === "gte" ? a >= b : op === "lt" ? a < b : a <= b;
      });
    }
    default:
      return false;
  }
}
var regexCache = /* @__PURE__ */ new Map();
function regex(source) {
  let re = regexCache.get(source);
  if (re === void 0) {
    try {
      re = new RegExp(source, "u");
    } catch {
      re = null;
    }
    regexCache.set(source, re);
  }
  return re;
}
function comparable(v, durationKey) {
  let n;
  if (typeof v === "number") n = v;
  else if (typeof v === "string") n = toNumber(v) ?? (/^P|^(infinite|unlimited|forever)$/i.test(v.trim()) ? parseRetention(v) : void 0);
  if (n === void 0) return void 0;
  if (durationKey && n === -1) return Infinity;
  return n;
}
function equals(a, b, durationKey) {
  if (a === b) return true;
  if (typeof a === "number" && typeof b === "string") {
    const n = comparable(b, durationKey);
    return n !== void 0 && n === comparable(a, durationKey);
  }
  if (typeof a === "string" && typeof b === "number") return toNumber(a) === b;
  if (typeof a === "boolean" || typeof b === "boolean") return String(a).toLowerCase() === String(b).toLowerCase();
  return false;
}
var KNOWN_KEYS = {
  topic: ["kind", "name", "file", "format", "owner", "classification", "key", "partitions", "replicationFactor", "minInsyncReplicas", "cleanupPolicy", "retention", "schemaCompatibility", "drTier", "contact", "schemaOwner", "deprecated", "consumerGroups", "config", "labels"],
  consumerGroup: ["kind", "name", "file", "format", "owner", "topics", "idempotent", "replay", "replayProhibitedReason", "offsetRecovery", "dlq", "freshnessSlo", "config", "labels"],
  client: ["kind", "name", "file", "format", "role", "library", "profile", "groupId", "produces", "consumes", "config"]
};
function knownKeys(kinds) {
  const list = kinds && kinds.length ? kinds : Object.keys(KNOWN_KEYS);
  return [...new Set(list.flatMap((k) => KNOWN_KEYS[k] ?? []))];
}
function checkWhere(node, kinds, allowNavigation = true, depth = 0) {
  const out = [];
  const at = (n, message) => out.push({ message, start: n.start, end: n.end });
  if (node.type !== "map") {
    at(node, "A selector must be a mapping of field names to conditions, e.g. `{ drTier: tier-1 }`.");
    return out;
  }
  const fields = knownKeys(kinds);
  for (const pair of node.pairs) {
    const key = pair.key;
    const value = pair.value;
    if (key === "not" || key === "allOf" || key === "anyOf") {
      if (!value) at(pair.keyNode, `\`${key}\` needs a selector.`);
      else if (key === "not") out.push(...checkWhere(value, kinds, allowNavigation, depth));
      else if (value.type !== "seq") at(value, `\`${key}\` takes a list of selectors.`);
      else for (const item of value.items) out.push(...checkWhere(item, kinds, allowNavigation, depth));
      continue;
    }
    const base = key.startsWith("config.") || key.startsWith("labels.") ? key.slice(0, key.indexOf(".")) : key;
    if (!fields.includes(base) && !key.startsWith("x-")) {
      const suggestion = didYouMean(key, [...fields, ...OPERATORS, ...COMBINATORS]);
      at(pair.keyNode, `Unknown field \`${key}\` in the selector.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use one of ${fields.join(", ")}, \`config.<key>\`, \`labels.<key>\`, not, anyOf, allOf.`}`);
      continue;
    }
    if (!value) {
      at(pair.keyNode, `\`${key}\` needs a condition: a value, a list of values, or operators such as \`{ gt: 3 }\`.`);
      continue;
    }
    const navTargets = (kinds && kinds.length ? kinds : Object.keys(NAVIGATION)).map((k) => NAVIGATION[k]?.[key]).filter((x) => x !== void 0);
    if (value.type === "map" && !isOperatorNode(value)) {
      if ((key === "config" || key === "labels") && depth < 8) {
        for (const p of value.pairs) if (p.value) out.push(...checkCondition(p.value, `${key}.${p.key}`));
        continue;
      }
      if (navTargets.length > 0 && allowNavigation && depth < 4) {
        out.push(...checkWhere(value, [...new Set(navTargets)], allowNavigation, depth + 1));
        continue;
      }
      const unknownOp = value.pairs.find((p) => !OPERATOR_SET.has(p.key));
      const suggestion = unknownOp ? didYouMean(unknownOp.key, OPERATORS) : void 0;
      at(unknownOp?.keyNode ?? value, unknownOp ? `Unknown operator \`${unknownOp.key}\` for \`${key}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use ${OPERATORS.join(", ")}.`}${navTargets.length && !allowNavigation ? " (Navigation to related entities is not available here.)" : ""}` : `Unknown condition for \`${key}\`.`);
      continue;
    }
    out.push(...checkCondition(value, key));
  }
  return out;
}
function isOperatorNode(n) {
  return n.type === "map" && n.pairs.length > 0 && n.pairs.every((p) => OPERATOR_SET.has(p.key));
}
function checkCondition(node, key) {
  const out = [];
  const at = (n, message) => out.push({ message, start: n.start, end: n.end });
  if (node.type !== "map") return out;
  if (!isOperatorNode(node)) {
    const bad = node.pairs.find((p) => !OPERATOR_SET.has(p.key));
    const suggestion = bad ? didYouMean(bad.key, OPERATORS) : void 0;
    if (bad) at(bad.keyNode, `Unknown operator \`${bad.key}\` for \`${key}\`.${suggestion ? ` Did you mean \`${suggestion}\`?` : ` Use ${OPERATORS.join(", ")}.`}`);
    return out;
  }
  for (const p of node.pairs) {
    const v = p.value;
    if (!v) {
      at(p.keyNode, `\`${p.key}\` needs a value.`);
      continue;
    }
    switch (p.key) {
      case "in":
      case "notIn":
        if (v.type !== "seq") at(v, `\`${p.key}\` takes a list of values, e.g. \`[tier-0, tier-1]\`.`);
        break;
      case "exists":
        if (v.type !== "scalar" || typeof v.value !== "boolean") at(v, "`exists` takes true or false.");
        break;
      case "matches":
        if (v.type !== "scalar" || regex(String(v.value)) === null) at(v, `\`matches\` takes a regular expression; \`${v.type === "scalar" ? v.raw : "..."}\` does not compile.`);
        break;
      case "gt":
      case "gte":
      case "lt":
      case "lte":
        if (v.type !== "scalar" || comparable(v.value, true) === void 0) at(v, `\`${p.key}\` takes a number or an ISO-8601 duration such as P30D; got \`${v.type === "scalar" ? v.raw : "..."}\`.`);
        break;
      case "not":
        out.push(...checkCondition(v, key));
        break;
      default:
        break;
    }
  }
  return out;
}

// src/core/config.ts
var EMPTY_CONFIG = { rules: {}, overrides: [] };
function matchesWhen(entity, when) {
  return evaluateWhere(entity, when) === true;
}
var SettingsResolver = class {
  constructor(config, rulesById) {
    this.config = config;
    this.rulesById = rulesById;
    this.overrides = config.overrides.map((o) => ({
      ...o.files ? { files: (0, import_picomatch.default)(o.files, { dot: true }) } : {},
      ...o.excludedFiles ? { excluded: (0, import_picomatch.default)(o.excludedFiles, { dot: true }) } : {},
      ...o.when ? { when: o.when } : {},
      rules: o.rules
    }));
  }
  config;
  rulesById;
  overrides;
  plain = /* @__PURE__ */ new Map();
  /** Level and options of a rule for an entity or a file path. */
  resolve(ruleId, target) {
    if (this.overrides.length === 0) {
      let s = this.plain.get(ruleId);
      if (!s) this.plain.set(ruleId, s = this.compute(ruleId, void 0));
      return s;
    }
    return this.compute(ruleId, target);
  }
  compute(ruleId, target) {
    const rule = this.rulesById.get(ruleId);
    const defaults = rule?.meta.defaultOptions ?? {};
    const base = this.config.rules[ruleId];
    let level = base?.level ?? (rule ? rule.meta.recommended === false ? "off" : rule.meta.level : "off");
    let options = { ...defaults, ...base?.options ?? {} };
    if (this.overrides.length === 0 || target === void 0) return { level, options };
    const file = typeof target === "string" ? target : target.file;
    const entity = typeof target === "string" ? void 0 : target;
    for (const o of this.overrides) {
      const setting = o.rules[ruleId];
      if (!setting) continue;
      if (o.files && !o.files(file)) continue;
      if (o.excluded && o.excluded(file)) continue;
      if (o.when && (!entity || !matchesWhen(entity, o.when))) continue;
      level = setting.level;
      if (setting.options) options = { ...options, ...setting.options };
    }
    return { level, options };
  }
};

// src/core/change.ts
var BASE_LOCATION = "\0base-location\0";
var memo = /* @__PURE__ */ new WeakMap();
function* changedTopics(ctx) {
  const at = ctx.base;
  if (!at) return;
  for (const { base, head } of compareCatalogs(at.catalog, ctx.catalog).topics) {
    if (base !== head && ctx.options(head) !== void 0) yield { base, head, at };
  }
}
function compareCatalogs(base, head) {
  const hit = memo.get(head);
  if (hit && hit.base === base) return hit.changes;
  const t = matchByName(
    base.topics.filter((x) => x.declaredIn === "catalog"),
    head.topics.filter((x) => x.declaredIn === "catalog")
  );
  const g = matchByName(base.consumerGroups, head.consumerGroups);
  const deletedTopics = detectRenames(t.deleted, t.added);
  const changes = { topics: t.pairs, deletedTopics, addedTopics: t.added, groups: g.pairs, deletedGroups: g.deleted, addedGroups: g.added };
  memo.set(head, { base, changes });
  return changes;
}
function nameOf(e) {
  return e.name.kind === "known" && e.name.value !== "" ? e.name.value : void 0;
}
function matchByName(base, head) {
  const headByName = /* @__PURE__ */ new Map();
  for (const h of head) {
    const n = nameOf(h);
    if (n === void 0) continue;
    const list = headByName.get(n);
    if (list) list.push(h);
    else headByName.set(n, [h]);
  }
  const baseByName = /* @__PURE__ */ new Map();
  for (const b of base) {
    const n = nameOf(b);
    if (n === void 0) continue;
    const list = baseByName.get(n);
    if (list) list.push(b);
    else baseByName.set(n, [b]);
  }
  const pairs = [];
  const deleted = [];
  for (const [name, bases] of baseByName) {
    const heads = headByName.get(name);
    if (!heads) {
      deleted.push(bases[0]);
      continue;
    }
    const free = [...heads];
    const unpaired = [];
    for (const b of bases) {
      const i = free.findIndex((h) => h.file === b.file);
      if (i >= 0) pairs.push({ base: b, head: free.splice(i, 1)[0], moved: false });
      else unpaired.push(b);
    }
    for (const b of unpaired) {
      const h = free.shift();
      if (h) pairs.push({ base: b, head: h, moved: h.file !== b.file });
    }
  }
  const added = head.filter((h) => {
    const n = nameOf(h);
    return n !== void 0 && !baseByName.has(n);
  });
  return { pairs, deleted, added };
}
function detectRenames(deleted, added) {
  if (deleted.length === 0 || added.length === 0) return deleted.map((base) => ({ base }));
  const bySignature = /* @__PURE__ */ new Map();
  for (const a of added) {
    const s = topicSignature(a);
    if (s === void 0) continue;
    const list = bySignature.get(s);
    if (list) list.push(a);
    else bySignature.set(s, [a]);
  }
  return deleted.map((base) => {
    const s = topicSignature(base);
    const candidates = s === void 0 ? void 0 : bySignature.get(s);
    const to = candidates?.shift();
    return to ? { base, renamedTo: to } : { base };
  });
}
var TYPED_CONFIG_KEYS = /* @__PURE__ */ new Set(["retention.ms", "cleanup.policy", "min.insync.replicas"]);
function norm(f) {
  if (!f) return "";
  if (f.kind === "known") return Array.isArray(f.value) ? f.value.map(String).join(",") : String(f.value);
  return f.kind === "unknown" ? `?${f.raw ?? f.reason}` : `!${f.raw}`;
}
function topicSignature(t) {
  const parts = [];
  const add = (k, f) => {
    if (f) parts.push(`${k}=${norm(f)}`);
  };
  add("key", t.key);
  add("partitions", t.partitions);
  add("replicationFactor", t.replicationFactor);
  add("minInsyncReplicas", t.minInsyncReplicas);
  add("cleanupPolicy", t.cleanupPolicy);
  add("retentionMs", t.retentionMs);
  add("schemaCompatibility", t.schemaCompatibility);
  add("drTier", drTierOf(t));
  add("owner", ownerOf(t));
  add("classification", t.classification);
  add("contact", t.contact);
  add("schemaOwner", t.schemaOwner);
  if (t.consumerGroups.length) parts.push(`consumerGroups=${t.consumerGroups.map(norm).sort().join(",")}`);
  for (const k of Object.keys(t.config).sort()) if (!TYPED_CONFIG_KEYS.has(k)) parts.push(`config.${k}=${norm(t.config[k])}`);
  if (parts.length === 0) return void 0;
  return parts.join("\n");
}
function ownerOf(e) {
  return e.owner ?? e.labels["x-topic-owner"] ?? e.labels["x-owner"];
}
function drTierOf(t) {
  return t.drTier ?? t.labels["x-dr-tier"];
}
function atBase(base, loc, message) {
  return { loc, message, atBase: true, external: { ref: base.ref, path: loc.file, line: 1 } };
}
function knownValue(f) {
  return f && f.kind === "known" ? f.value : void 0;
}
function deletionLocation(entity, base, head) {
  const at = (file) => ({ file, start: 0, end: 0 });
  if (head.files.some((f) => f.path === entity.file)) return { loc: at(entity.file), atBaseLine: entity.name.loc ?? entity.loc };
  const names = /* @__PURE__ */ new Set();
  for (const e of [...base.topics, ...base.consumerGroups]) if (e.file === entity.file && nameOf(e) !== void 0) names.add(`${e.kind}:${nameOf(e)}`);
  const votes = /* @__PURE__ */ new Map();
  for (const e of [...head.topics, ...head.consumerGroups]) {
    const n = nameOf(e);
    if (n !== void 0 && names.has(`${e.kind}:${n}`)) votes.set(e.file, (votes.get(e.file) ?? 0) + 1);
  }
  const best = [...votes].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
  if (best) return { loc: at(best[0]) };
  const dir = entity.file.includes("/") ? entity.file.slice(0, entity.file.lastIndexOf("/") + 1) : "";
  const linted = head.files.filter((f) => f.status === "linted").map((f) => f.path).sort();
  const sameDir = linted.find((p) => p.startsWith(dir) && !p.slice(dir.length).includes("/"));
  if (sameDir) return { loc: at(sameDir) };
  if (linted[0]) return { loc: at(linted[0]) };
  return { loc: at(entity.file) };
}

// src/core/catalog-index.ts
function groupListings(each) {
  const out = /* @__PURE__ */ new Map();
  each((id, group) => {
    const ids = out.get(group);
    if (!ids) out.set(group, [id]);
    else if (ids[ids.length - 1] !== id) ids.push(id);
  });
  return out;
}
var built = /* @__PURE__ */ new WeakMap();
function indexOfCatalog(catalog) {
  let index = built.get(catalog);
  if (!index) {
    index = fromTopics(catalog.topics);
    built.set(catalog, index);
  }
  return index;
}
function fromTopics(topics) {
  let byName;
  const names = () => {
    if (!byName) {
      byName = /* @__PURE__ */ new Map();
      for (const t of topics) {
        if (t.name.kind !== "known") continue;
        const list = byName.get(t.name.value);
        if (list) list.push(t);
        else byName.set(t.name.value, [t]);
      }
    }
    return byName;
  };
  let byGroup;
  const groups = () => byGroup ??= groupListings(
    (visit) => topics.forEach((t, i) => {
      for (const g of t.consumerGroups) if (g.kind === "known") visit(i, g.value);
    })
  );
  return {
    topicCount: topics.length,
    topicNames: () => keySet(names()),
    topicsNamed: (name) => names().get(name) ?? [],
    *repeatedNames() {
      for (const list of names().values()) if (list.length > 1) yield list;
    },
    listedGroupNames: () => keySet(groups()),
    topicsListing: (group) => (groups().get(group) ?? []).map((i) => topics[i])
  };
}
function keySet(map) {
  const set = {
    get size() {
      return map.size;
    },
    has: (k) => map.has(k),
    keys: () => map.keys(),
    values: () => map.keys(),
    // Not used by rules; a copy is fine.
    entries: () => new Set(map.keys()).entries(),
    forEach(fn, thisArg) {
      for (const k of map.keys()) fn.call(thisArg, k, k, set);
    },
    [Symbol.iterator]: () => map.keys()
  };
  return set;
}

// src/util/digest.ts
import crypto from "node:crypto";
var oneShot = crypto.hash;
function digestOf(algorithm, text, encoding) {
  return oneShot ? oneShot(algorithm, text, encoding) : crypto.createHash(algorithm).update(text).digest(encoding);
}

// src/core/engine.ts
function entityName(e) {
  return e.name.kind === "known" ? e.name.value : void 0;
}
function runRules(catalog, opts) {
  return ruleRunner(opts)(catalog);
}
function ruleRunner(opts) {
  const resolver = opts.resolver ?? new SettingsResolver(opts.config, new Map(opts.rules.map((r) => [r.meta.id, r])));
  let catalog = { topics: [], consumerGroups: [], clients: [], files: [], problems: [], suppressions: [] };
  let out = [];
  let declared;
  const catalogTopics = () => declared ??= catalog.topics.filter((t) => t.declaredIn === "catalog");
  const bound = opts.rules.filter((rule) => rule.meta.kind !== "change" || opts.base).map((rule) => {
    const id = rule.meta.id;
    const options = (target) => {
      const s = resolver.resolve(id, target);
      return s.level === "off" ? void 0 : s.options;
    };
    function* each(list) {
      for (const e of list) {
        const o = options(e);
        if (o !== void 0) yield [e, o];
      }
    }
    const ctx = {
      get catalog() {
        return catalog;
      },
      get index() {
        return opts.index ?? indexOfCatalog(catalog);
      },
      base: opts.base,
      options,
      topics: () => each(catalogTopics()),
      consumerGroups: () => each(catalog.consumerGroups),
      clients: () => each(catalog.clients),
      report(d) {
        const target = d.entity ?? d.loc.file;
        const s = resolver.resolve(id, target);
        if (s.level === "off") return;
        out.push({ ruleId: id, level: d.level ?? s.level, descriptor: d });
      }
    };
    return { rule, id, ctx };
  });
  return (next) => {
    catalog = next;
    declared = void 0;
    const found = out = [];
    for (const { rule, id, ctx } of bound) {
      try {
        rule.check(ctx);
      } catch (e) {
        found.push({
          ruleId: "internal-error",
          level: "error",
          descriptor: { message: `Rule ${id} failed: ${e.message}. Please report this bug.`, loc: { file: catalog.files[0]?.path ?? ".", start: 0, end: 0 } }
        });
      }
    }
    return found;
  };
}
function toFindings(raw, opts) {
  return fingerprintFindings(locateFindings(raw, opts));
}
function fingerprintFindings(located) {
  const seen = /* @__PURE__ */ new Map();
  const findings = located.map(({ finding, key }) => {
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    const fingerprint = digestOf("sha256", n === 0 ? key : `${key}#${n}`, "hex").slice(0, 32);
    const { profile, ...rest } = finding;
    return { ...rest, fingerprint, ...profile ? { profile } : {} };
  });
  return sortFindings(findings);
}
function locateFindings(raw, opts) {
  const indexes = /* @__PURE__ */ new Map();
  const indexOf = (file) => {
    let idx = indexes.get(file);
    if (!idx) {
      idx = new LineIndex(opts.texts.get(file) ?? "");
      indexes.set(file, idx);
    }
    return idx;
  };
  const baseIndexes = /* @__PURE__ */ new Map();
  const baseIndexOf = (file) => {
    let idx = baseIndexes.get(file);
    if (idx === void 0) {
      const text = opts.baseTexts?.get(file);
      idx = text === void 0 ? null : new LineIndex(text);
      baseIndexes.set(file, idx);
    }
    return idx ?? void 0;
  };
  return raw.map((r) => {
    const d = r.descriptor;
    let region = regionOf(indexOf(d.loc.file), d.loc.start, d.loc.end);
    const related = (d.related ?? []).map((rel) => {
      const bidx = rel.atBase ? baseIndexOf(rel.loc.file) : void 0;
      if (rel.atBase) {
        const p = bidx?.position(rel.loc.start) ?? { line: 1, column: 1 };
        return { message: rel.message, external: { ref: rel.external?.ref ?? "base", path: rel.loc.file, line: p.line, column: p.column } };
      }
      return rel.external ? { message: rel.message, external: rel.external } : { message: rel.message, location: { file: rel.loc.file, region: regionOf(indexOf(rel.loc.file), rel.loc.start, rel.loc.end) } };
    });
    if (d.atBaseLine && opts.texts.has(d.loc.file)) {
      const line = baseIndexOf(d.atBaseLine.file)?.position(d.atBaseLine.start).line ?? 1;
      const idx = indexOf(d.loc.file);
      const l = Math.min(line, idx.lineCount);
      const text = opts.texts.get(d.loc.file);
      let start = idx.lineStart(l);
      const end = idx.lineEnd(l);
      while (start < end && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
      region = regionOf(idx, start, end);
    }
    const baseAt = related[(d.related ?? []).findIndex((x) => x.atBase)];
    const message = baseAt?.external && d.message.includes(BASE_LOCATION) ? d.message.split(BASE_LOCATION).join(`${baseAt.external.ref}:${baseAt.external.path}:${baseAt.external.line}`) : d.message;
    const name = d.entity ? entityName(d.entity) : d.entityName;
    const kind = d.entity?.kind ?? (d.entityName ? "topic" : void 0);
    const key = name !== void 0 ? `${r.ruleId}|${kind}|${name}|${d.field ?? ""}` : `${r.ruleId}|${d.loc.file}|${d.field ?? d.message}`;
    const profile = d.entity && d.entity.kind === "client" ? d.entity.profile : void 0;
    return {
      key,
      finding: {
        ruleId: r.ruleId,
        level: r.level,
        message,
        location: { file: d.loc.file, region },
        related,
        ...kind ? { entityKind: kind } : {},
        ...name !== void 0 ? { entityName: name } : {},
        ...d.field ? { field: d.field } : {},
        ...profile ? { profile } : {}
      }
    };
  });
}
function compareFindings(a, b) {
  return cmp(a.location.file, b.location.file) || a.location.region.startLine - b.location.region.startLine || a.location.region.startColumn - b.location.region.startColumn || cmp(a.ruleId, b.ruleId) || cmp(a.message, b.message);
}
function sortFindings(findings) {
  return findings.sort(compareFindings);
}
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

// src/core/assemble.ts
function withCodeowners(catalog, codeowners) {
  if (!codeowners) return catalog;
  let changed = false;
  const topics = catalog.topics.map((t) => {
    if (t.owner || t.labels["x-topic-owner"]) return t;
    const owner = codeownersOwner(codeowners, t.file);
    if (!owner) return t;
    changed = true;
    return { ...t, owner };
  });
  return changed ? { ...catalog, topics } : catalog;
}
function notLintableProblems(records) {
  return records.map((r) => ({
    ruleId: "parse-error",
    message: `This file was not linted: ${r.reason ?? "it cannot be read"}. Until it is, topiclint cannot check what it defines.`,
    loc: { file: r.path, start: 0, end: 0 }
  }));
}
function buildResult(catalog, located, texts, options, baseRef, unknowns, topicCount) {
  let findings = located;
  for (const step of options.postprocess ?? []) findings = step(findings, { catalog, texts });
  const files = [...catalog.files].sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  const stats = {
    filesScanned: files.length,
    filesLinted: files.filter((f) => f.status === "linted").length,
    notCatalog: files.filter((f) => f.status === "not-catalog").length,
    notLintable: files.filter((f) => f.status === "not-lintable").length,
    parseErrors: files.filter((f) => f.status === "parse-error").length,
    topics: topicCount ?? catalog.topics.length,
    consumerGroups: catalog.consumerGroups.length,
    clients: catalog.clients.length,
    suppressed: findings.filter((f) => f.suppression && f.baselineState !== "absent").length,
    // With a baseline every finding has a state; `absent` ones are baselined findings that are fixed.
    ...findings.some((f) => f.baselineState) ? { baselineFixed: findings.filter((f) => f.baselineState === "absent").length } : {}
  };
  return {
    toolName: TOOL.name,
    toolVersion: TOOL.version,
    informationUri: TOOL.informationUri,
    rules: options.rules.map((r) => r.meta),
    findings,
    files,
    stats,
    ...baseRef !== void 0 ? { baseRef } : {},
    ...unknowns ? { unknowns: sortUnknowns(unknowns) } : {}
  };
}
function sortUnknowns(notes) {
  return notes.sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column);
}
function collectUnknowns(catalog, texts) {
  const notes = [];
  const indexes = /* @__PURE__ */ new Map();
  const visit = (entity) => {
    const name = entity.name.kind === "known" ? entity.name.value : "(unnamed)";
    const walk = (what, v) => {
      if (!v || typeof v !== "object") return;
      if (Array.isArray(v)) return v.forEach((x, i) => walk(`${what}[${i}]`, x));
      const f = v;
      if (f.kind === "unknown") {
        let idx = indexes.get(f.loc.file);
        if (!idx) indexes.set(f.loc.file, idx = new LineIndex(texts.get(f.loc.file) ?? ""));
        const p = idx.position(f.loc.start);
        notes.push({ file: f.loc.file, line: p.line, column: p.column, what: `${name} ${what}`, reason: f.reason });
      }
    };
    for (const [k, v] of Object.entries(entity)) {
      if (k === "loc" || k === "kind" || k === "format" || k === "file") continue;
      if ((k === "config" || k === "labels") && v && typeof v === "object") for (const [ck, cv] of Object.entries(v)) walk(`${k}.${ck}`, cv);
      else walk(k, v);
    }
  };
  [...catalog.topics, ...catalog.consumerGroups, ...catalog.clients].forEach(visit);
  return notes;
}

export {
  TOOL,
  viewOf,
  locationFor,
  isUnknownAt,
  NAVIGATION,
  evaluateWhere,
  checkWhere,
  EMPTY_CONFIG,
  SettingsResolver,
  BASE_LOCATION,
  changedTopics,
  compareCatalogs,
  ownerOf,
  drTierOf,
  atBase,
  knownValue,
  deletionLocation,
  groupListings,
  keySet,
  digestOf,
  runRules,
  ruleRunner,
  toFindings,
  fingerprintFindings,
  locateFindings,
  sortFindings,
  withCodeowners,
  notLintableProblems,
  buildResult,
  collectUnknowns
};
