import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  packageAsset
} from "./chunk-M2JE2ALL.js";
import {
  UsageError
} from "./chunk-VJRYE3VP.js";
import {
  toPosix
} from "./chunk-63BZO4VB.js";
import "./chunk-GHNDIOJ3.js";
import "./chunk-L4JVKBVT.js";
import {
  builtinRules
} from "./chunk-H53V44OU.js";
import "./chunk-S3ULFYUX.js";
import {
  NAVIGATION,
  SettingsResolver,
  checkWhere,
  evaluateWhere,
  isUnknownAt,
  locationFor,
  sortFindings,
  viewOf
} from "./chunk-SZJHELW3.js";
import {
  describeMs,
  didYouMean,
  getAjv,
  parseRetention,
  validateNode
} from "./chunk-GRP5CIC5.js";
import {
  LineIndex,
  get,
  getPair,
  parseYaml,
  regionOf,
  toJS
} from "./chunk-HBCAVBBN.js";
import {
  defineRule
} from "./chunk-P7TYA3NW.js";
import {
  require_picomatch
} from "./chunk-3UC2GCC5.js";
import {
  __toESM
} from "./chunk-JRJOGWBZ.js";

// src/config/index.ts
import { existsSync as existsSync3, readFileSync as readFileSync2 } from "node:fs";
import { writeFile as writeFile2 } from "node:fs/promises";
import path3 from "node:path";

// src/policy/exceptions.ts
var import_picomatch = __toESM(require_picomatch(), 1);
import { createHash } from "node:crypto";
function levelFor(resolver, ruleId, file) {
  const s = resolver.resolve(ruleId, file);
  return s.level === "off" ? void 0 : s.level;
}
function makeFinding(ruleId, level2, message, file, text, start, end, key) {
  return {
    ruleId,
    level: level2,
    message,
    location: { file, region: regionOf(new LineIndex(text), start, end) },
    related: [],
    fingerprint: createHash("sha256").update(`${ruleId}|${file}|${key}`).digest("hex").slice(0, 32)
  };
}
var HASH_COMMENTS = /\.(ya?ml|properties|tf|tfvars|hcl|sh|env|conf|toml)$/i;
var SLASH_COMMENTS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|java|kt|kts|scala|groovy|tf|hcl)$/i;
var MARKER = "topiclint-disable";
function scanSuppressions(file, text) {
  if (!text.includes(MARKER)) return [];
  const hash = HASH_COMMENTS.test(file);
  const slash = SLASH_COMMENTS.test(file);
  if (!hash && !slash) return [];
  const openers = [...hash ? ["#"] : [], .../\.properties$/i.test(file) ? ["!"] : [], ...slash ? ["//", "/*"] : []].map((o) => o.replace(/[/*]/g, "\\$&")).join("|");
  const re = new RegExp(`(^|[\\s;,({])(${openers})[ \\t]*${MARKER}-(next-line|line|file)(?![\\w-])`, "g");
  const out = [];
  const index = new LineIndex(text);
  let m;
  while ((m = re.exec(text)) !== null) {
    const opener = m[2];
    const start = m.index + m[1].length;
    const bodyStart = m.index + m[0].length;
    let bodyEnd = text.indexOf("\n", bodyStart);
    if (bodyEnd < 0) bodyEnd = text.length;
    let end = bodyEnd;
    if (opener === "/*") {
      const close = text.indexOf("*/", bodyStart);
      if (close >= 0) {
        bodyEnd = close;
        end = close + 2;
      }
    }
    if (text.charCodeAt(bodyEnd - 1) === 13) bodyEnd--;
    if (text.charCodeAt(end - 1) === 13) end--;
    const body = text.slice(bodyStart, bodyEnd).replace(/\s+/g, " ").trim();
    const sep = body.search(/(^|\s)--(\s|$)/);
    const rulesText = sep >= 0 ? body.slice(0, sep) : body;
    const reason = sep >= 0 ? body.slice(sep).replace(/^\s*--\s*/, "").trim() : "";
    const rules = rulesText.split(/[\s,]+/).filter(Boolean);
    const kind = m[3] === "file" ? "file" : m[3] === "line" ? "line" : "next-line";
    out.push({
      file,
      kind,
      rules,
      ...reason ? { reason } : {},
      loc: { file, start, end },
      ...kind === "next-line" ? { line: index.position(end).line + 1 } : kind === "line" ? { line: index.position(start).line } : {}
    });
    re.lastIndex = Math.max(re.lastIndex, end);
  }
  return out;
}
function inlineSuppressionStep(settings) {
  const resolver = new SettingsResolver(settings.config, new Map(settings.rules.map((r) => [r.meta.id, r])));
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const ruleIds = new Set(settings.rules.map((r) => r.meta.id));
  return (findings, { texts }) => {
    const comments = [];
    for (const [file, text] of texts) comments.push(...scanSuppressions(file, text));
    if (comments.length === 0) return findings;
    const byFile = /* @__PURE__ */ new Map();
    for (const c of comments) byFile.set(c.file, [...byFile.get(c.file) ?? [], c]);
    const used = /* @__PURE__ */ new Map();
    const blocked = /* @__PURE__ */ new Map();
    const out = findings.map((f) => {
      if (f.suppression) return f;
      const list = byFile.get(f.location.file);
      if (!list) return f;
      for (const c of list) {
        if (c.kind !== "file" && c.line !== f.location.region.startLine) continue;
        const names = c.rules.length === 0 || c.rules.includes(f.ruleId);
        if (!names) continue;
        const key = c.rules.length === 0 ? "*" : f.ruleId;
        if (unsuppressible.has(f.ruleId)) {
          blocked.set(c, (blocked.get(c) ?? /* @__PURE__ */ new Set()).add(f.ruleId));
          continue;
        }
        used.set(c, (used.get(c) ?? /* @__PURE__ */ new Set()).add(key));
        const suppression = { kind: "inSource", justification: c.reason ?? "", source: "inline" };
        return { ...f, suppression };
      }
      return f;
    });
    const extra = [];
    for (const c of comments) {
      const text = texts.get(c.file) ?? "";
      const what = `topiclint-disable-${c.kind}`;
      const scope = c.kind === "file" ? "in this file" : `on line ${c.line}`;
      const reasonLevel = levelFor(resolver, "suppression-reason", c.file);
      if (!c.reason && reasonLevel) {
        extra.push(
          makeFinding("suppression-reason", reasonLevel, `\`${what}${c.rules.length ? ` ${c.rules.join(", ")}` : ""}\` gives no reason: an exception nobody can explain is never revisited. Add one after \` -- \`, e.g. \`${what} ${c.rules.join(", ") || "<rule>"} -- replicated by MirrorMaker, see OPS-123\`.`, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${c.rules.join(",")}|reason`)
        );
      }
      const unusedLevel = levelFor(resolver, "unused-suppression", c.file);
      if (!unusedLevel) continue;
      const hits = used.get(c) ?? /* @__PURE__ */ new Set();
      const stopped = blocked.get(c) ?? /* @__PURE__ */ new Set();
      const report = (rule, message) => extra.push(makeFinding("unused-suppression", unusedLevel, message, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${c.rules.join(",")}|${rule ?? "*"}`));
      if (c.rules.length === 0) {
        if (hits.size === 0 && stopped.size === 0) report(void 0, `\`${what}\` suppresses nothing: no finding ${scope}. Remove the comment.`);
      }
      for (const rule of c.rules) {
        if (hits.has(rule)) continue;
        if (unsuppressible.has(rule)) {
          report(rule, `\`${rule}\` is unsuppressible in this repository's configuration, so \`${what}\` cannot hide it${stopped.has(rule) ? "" : " (and there is no such finding " + scope + ")"}. Fix the finding instead, and remove the comment.`);
        } else if (!ruleIds.has(rule)) {
          const s = didYouMean(rule, ruleIds);
          report(rule, `\`${what}\` names \`${rule}\`, which is no rule, so it suppresses nothing.${s ? ` Did you mean \`${s}\`?` : " Run `topiclint rules` for the ids."}`);
        } else {
          report(rule, `\`${what} ${rule}\` suppresses nothing: no \`${rule}\` finding ${scope}. Remove it (or the rule id) so it cannot hide a future finding.`);
        }
      }
    }
    return extra.length ? sortFindings([...out, ...extra]) : out;
  };
}
function daysUntil(today, date) {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 864e5);
}
var EXPIRY_WARNING_DAYS = 14;
function waiverStep(settings) {
  const resolver = new SettingsResolver(settings.config, new Map(settings.rules.map((r) => [r.meta.id, r])));
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const active = [];
  const extra = [];
  for (const w of settings.waivers) {
    const days = daysUntil(settings.today, w.expires);
    const level2 = levelFor(resolver, "expired-waiver", w.file);
    const who = `for \`${w.rule}\` on \`${w.target}\` (approved by ${w.approvedBy})`;
    if (days < 0) {
      if (level2) extra.push(makeFinding("expired-waiver", level2, `The waiver ${who} expired on ${w.expires}, so it no longer applies and its findings are reported again. Fix them, or renew the waiver with a new date and a fresh approval.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expired`));
      continue;
    }
    if (days <= EXPIRY_WARNING_DAYS && level2) {
      extra.push(makeFinding("expired-waiver", "warning", `The waiver ${who} expires on ${w.expires}, in ${days === 0 ? "less than a day" : `${days} day${days === 1 ? "" : "s"}`}: its findings will then fail the build. Fix them or get the waiver renewed now.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expiring`));
    }
    if (unsuppressible.has(w.rule)) {
      const unused = levelFor(resolver, "unused-suppression", w.file);
      if (unused) extra.push(makeFinding("unused-suppression", unused, `The waiver ${who} cannot apply: \`${w.rule}\` is unsuppressible in this repository's configuration. Fix the finding and remove the waiver.`, w.file, w.text, w.loc.start, w.loc.end, `${w.rule}|${w.target}|unsuppressible`));
      continue;
    }
    const glob = (0, import_picomatch.default)(w.target, { dot: true });
    active.push({ waiver: w, glob, matches: (f) => f.ruleId === w.rule && (f.entityName === w.target || glob(f.location.file)) });
  }
  return (findings, { catalog }) => {
    const used = /* @__PURE__ */ new Set();
    const out = findings.map((f) => {
      if (f.suppression || unsuppressible.has(f.ruleId)) return f;
      const hit = active.find((a) => a.matches(f));
      if (!hit) return f;
      const w = hit.waiver;
      used.add(w);
      const suppression = { kind: "external", justification: `${w.reason} (waiver approved by ${w.approvedBy}, expires ${w.expires}${w.ticket ? `, ${w.ticket}` : ""})`, source: "waiver" };
      return { ...f, suppression };
    });
    const unused = [];
    for (const { waiver: w, glob } of active) {
      if (used.has(w)) continue;
      const judged = settings.wholeRepository || (catalog?.files ?? []).some((file) => glob(file.path));
      const level2 = judged ? levelFor(resolver, "unused-suppression", w.file) : void 0;
      if (!level2) continue;
      unused.push(
        makeFinding(
          "unused-suppression",
          level2,
          `The waiver for \`${w.rule}\` on \`${w.target}\` (approved by ${w.approvedBy}) waives nothing: no \`${w.rule}\` finding matches it. The finding was fixed, or its target was renamed or deleted; remove the waiver so that it cannot hide a future finding.`,
          w.file,
          w.text,
          w.loc.start,
          w.loc.end,
          `${w.rule}|${w.target}|unused`
        )
      );
    }
    const added = [...extra, ...unused];
    return added.length ? sortFindings([...out, ...added]) : out;
  };
}
function createBaseline(findings) {
  const entries = findings.filter((f) => !f.suppression && f.baselineState !== "absent").map((f) => ({ fingerprint: f.fingerprint, ruleId: f.ruleId, level: f.level, file: f.location.file, line: f.location.region.startLine, message: f.message })).sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : a.fingerprint < b.fingerprint ? -1 : a.fingerprint > b.fingerprint ? 1 : 0));
  const file = { version: 1, tool: "topiclint", findings: entries };
  return `${JSON.stringify(file, null, 2)}
`;
}
function parseBaseline(text) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return { error: `not JSON (${e.message})` };
  }
  const d = data;
  if (!d || typeof d !== "object" || d.tool !== "topiclint" || d.version !== 1 || !Array.isArray(d.findings)) return { error: 'not a topiclint baseline (expected {"version": 1, "tool": "topiclint", "findings": [...]}); write one with --write-baseline' };
  const entries = d.findings.filter((e) => !!e && typeof e === "object" && typeof e.fingerprint === "string");
  return { entries };
}
function baselineStep(settings) {
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const justification = `in the baseline${settings.baselineFile ? ` ${settings.baselineFile}` : ""}`;
  return (findings) => {
    const remaining = /* @__PURE__ */ new Map();
    for (const e of settings.entries) remaining.set(e.fingerprint, [...remaining.get(e.fingerprint) ?? [], e]);
    const out = findings.map((f) => {
      const list = remaining.get(f.fingerprint);
      if (!list || list.length === 0) return { ...f, baselineState: "new" };
      list.shift();
      if (f.suppression || unsuppressible.has(f.ruleId)) return { ...f, baselineState: "unchanged" };
      return { ...f, baselineState: "unchanged", suppression: { kind: "external", justification, source: "baseline" } };
    });
    const absent = [];
    for (const list of remaining.values()) {
      for (const e of list) {
        absent.push({
          ruleId: e.ruleId,
          level: e.level,
          message: e.message,
          location: { file: e.file, region: { startLine: e.line, startColumn: 1, endLine: e.line, endColumn: 1 } },
          related: [],
          fingerprint: e.fingerprint,
          baselineState: "absent",
          suppression: { kind: "external", justification: `${justification}; fixed since`, source: "baseline" }
        });
      }
    }
    return sortFindings([...out, ...absent]);
  };
}

// src/config/load.ts
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
var import_picomatch2 = __toESM(require_picomatch(), 1);

// src/schemas/config.ts
var level = {
  enum: ["off", "note", "warning", "error"],
  description: "off, note, warning or error"
};
var ruleSetting = {
  description: "A level (`error`), or a level and options (`[error, { minimum: 3 }]`).",
  anyOf: [
    level,
    {
      type: "array",
      items: [level, { type: "object", description: "The rule's options, checked against its own schema." }],
      additionalItems: false,
      minItems: 1
    }
  ]
};
var ruleSettings = {
  type: "object",
  description: "Rule id -> setting. Ids are built-in rule ids or custom policy ids (`acme/tier1-needs-dlq`).",
  additionalProperties: ruleSetting
};
var globs = {
  description: "Glob patterns (picomatch syntax), relative to the repository root.",
  anyOf: [
    { type: "string", minLength: 1 },
    { type: "array", items: { type: "string", minLength: 1 } }
  ]
};
var selector = {
  type: "object",
  description: "A selector in the policy language (docs/policy-language.md): `{ drTier: [tier-0, tier-1] }`."
};
var waiverSchema = {
  type: "object",
  additionalProperties: false,
  required: ["rule", "target", "reason", "approvedBy", "expires"],
  properties: {
    rule: { type: "string", minLength: 1, description: "The rule id the waiver is for." },
    target: { type: "string", minLength: 1, description: "A topic or consumer group name, or a file glob." },
    reason: { type: "string", minLength: 1, description: "Why the finding is accepted for now." },
    approvedBy: { type: "string", minLength: 1, description: "Who approved the exception." },
    expires: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", description: "Last day the waiver applies (YYYY-MM-DD)." },
    ticket: { type: "string", description: "Optional link to the tracking ticket." }
  }
};
var configSchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://topiclint.dev/schemas/config.schema.json",
  title: "topiclint configuration",
  description: "topiclint.config.yaml / .yml / .json: presets, file selection, rule levels and options, overrides, policies, waivers.",
  type: "object",
  additionalProperties: false,
  properties: {
    $schema: { type: "string" },
    extends: {
      description: "Presets applied first, in order: `recommended`, `strict`, or a path to another config file.",
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 } }
      ]
    },
    include: { ...globs, description: "Only files matching one of these globs are read (relative to the repository root)." },
    exclude: { ...globs, description: "Files matching one of these globs are never read." },
    maxFileSize: {
      type: "integer",
      minimum: 1,
      description: "Largest file read, in bytes (default 10485760 = 10 MiB); larger files are reported as not linted (`parse-error`). `--max-file-size` wins over it."
    },
    rules: ruleSettings,
    overrides: {
      type: "array",
      description: "Later entries win. Each applies to files matching `files` (and not `excludedFiles`) and entities matching `when`.",
      items: {
        type: "object",
        additionalProperties: false,
        required: ["rules"],
        properties: {
          files: globs,
          excludedFiles: globs,
          when: selector,
          rules: ruleSettings
        }
      }
    },
    policies: {
      description: "Policy files with custom rules written as data (paths relative to this file).",
      anyOf: [
        { type: "string", minLength: 1 },
        { type: "array", items: { type: "string", minLength: 1 } }
      ]
    },
    waivers: {
      description: "A waivers file (path relative to this file), or the waivers themselves.",
      anyOf: [{ type: "string", minLength: 1 }, { type: "array", items: waiverSchema }]
    },
    unsuppressible: {
      type: "array",
      items: { type: "string", minLength: 1 },
      description: "Rules that no inline comment, waiver or baseline may hide."
    },
    baseline: { type: "string", minLength: 1, description: "Baseline file used when `--baseline` is not given (path relative to this file)." }
  }
};
var policyRuleSchema = {
  type: "object",
  additionalProperties: false,
  required: ["description", "match"],
  properties: {
    level: { enum: ["error", "warning", "note"], description: "Default level (error when absent); the config may change it." },
    description: { type: "string", minLength: 1, description: "One line: what the rule checks." },
    rationale: { type: "string", description: "Why it matters (shown in SARIF help and `topiclint explain`)." },
    tags: { type: "array", items: { type: "string" } },
    docsUrl: { type: "string" },
    match: {
      type: "object",
      additionalProperties: false,
      required: ["kind"],
      properties: {
        kind: {
          description: "Which entities the rule looks at.",
          anyOf: [
            { enum: ["topic", "consumerGroup", "client"] },
            { type: "array", items: { enum: ["topic", "consumerGroup", "client"] }, minItems: 1 }
          ]
        },
        where: selector
      }
    },
    require: {
      type: "object",
      description: "A JSON Schema the matched entity must satisfy (durations in ms; ISO-8601 durations accepted in minimum/maximum/const/enum). Without it, every matched entity is reported."
    },
    message: { type: "string", minLength: 1, description: "Message template: {{name}}, {{kind}}, {{field}}, {{value}}, {{error}}, {{rule}}." }
  }
};
var policySchema = {
  $schema: "http://json-schema.org/draft-07/schema#",
  $id: "https://topiclint.dev/schemas/policy.schema.json",
  title: "topiclint policy file",
  description: "Custom rules written as data. Rule ids are namespaced: `<namespace>/<name>` (lower case, digits, dashes).",
  type: "object",
  additionalProperties: false,
  required: ["rules"],
  properties: {
    $schema: { type: "string" },
    rules: { type: "object", additionalProperties: policyRuleSchema }
  }
};
var waiversFileSchema = {
  type: "object",
  additionalProperties: false,
  required: ["waivers"],
  properties: {
    $schema: { type: "string" },
    waivers: { type: "array", items: waiverSchema }
  }
};

// src/policy/compile.ts
var POLICY_ID = /^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9.-]*$/;
function compilePolicies(text, file) {
  const parsed = parseYaml(text);
  const problems = parsed.errors.map((e) => ({ message: `YAML: ${e.message}`, start: e.start, end: e.end }));
  const root = parsed.documents[0]?.root;
  if (!root) {
    if (problems.length === 0) problems.push({ message: "The policy file is empty; it needs `rules:` with at least one rule.", start: 0, end: 0 });
    return { rules: [], problems };
  }
  if (problems.length) return { rules: [], problems };
  const schemaErrors = validateNode(root, policySchema, false);
  problems.push(...schemaErrors.map((e) => ({ message: e.message, start: e.start, end: e.end })));
  const rulesNode = get(root, "rules");
  const rules = [];
  if (!rulesNode || rulesNode.type !== "map") return { rules, problems };
  for (const pair of rulesNode.pairs) {
    const before = problems.length;
    if (!POLICY_ID.test(pair.key)) {
      problems.push({
        message: `Policy rule id \`${pair.key}\` must be namespaced and lower case: \`<namespace>/<name>\`, e.g. \`acme/${pair.key.toLowerCase().replace(/[^a-z0-9-]+/g, "-").replace(/^-+|-+$/g, "") || "my-rule"}\`, so it can never clash with a built-in rule.`,
        start: pair.keyNode.start,
        end: pair.keyNode.end
      });
    }
    const node = pair.value;
    if (!node || node.type !== "map") continue;
    if (schemaErrors.some((e) => e.start >= node.start && e.end <= node.end)) continue;
    const def = toJS(node);
    const kinds = Array.isArray(def.match.kind) ? def.match.kind : [def.match.kind];
    const whereNode = get(get(node, "match"), "where");
    if (whereNode) problems.push(...checkWhere(whereNode, kinds));
    let validate;
    const requireNode = get(node, "require");
    if (def.require) {
      try {
        validate = getAjv(false, "user").compile(withDurations(def.require));
      } catch (e) {
        const at = requireNode ?? getPair(node, "require").keyNode;
        problems.push({ message: `\`require\` is not a valid JSON Schema: ${e.message}.`, start: at.start, end: at.end });
      }
    }
    if (problems.length > before) continue;
    rules.push(policyRule(pair.key, def, kinds, validate, file));
  }
  return { rules, problems };
}
function withDurations(schema) {
  if (Array.isArray(schema)) return schema.map(withDurations);
  if (!schema || typeof schema !== "object") return schema;
  const out = {};
  for (const [k, v] of Object.entries(schema)) {
    if (["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "const"].includes(k) && typeof v === "string") out[k] = durationMs(v) ?? v;
    else if (k === "enum" && Array.isArray(v)) out[k] = v.map((x) => typeof x === "string" ? durationMs(x) ?? x : x);
    else out[k] = withDurations(v);
  }
  return out;
}
function durationMs(s) {
  return /^(P|infinite$|unlimited$|forever$)/i.test(s.trim()) ? parseRetention(s) : void 0;
}
var lookups = /* @__PURE__ */ new WeakMap();
function catalogLookup(catalog) {
  let fn = lookups.get(catalog);
  if (!fn) {
    const topics = /* @__PURE__ */ new Map();
    const groups = /* @__PURE__ */ new Map();
    const add = (m, e) => {
      if (e.name.kind !== "known") return;
      const list = m.get(e.name.value) ?? [];
      list.push(e);
      m.set(e.name.value, list);
    };
    catalog.topics.forEach((t) => add(topics, t));
    catalog.consumerGroups.forEach((g) => add(groups, g));
    fn = (kind, name) => (kind === "topic" ? topics.get(name) : groups.get(name)) ?? [];
    lookups.set(catalog, fn);
  }
  return fn;
}
function usesNavigation(where) {
  if (!where || typeof where !== "object") return false;
  const navKeys = new Set(Object.values(NAVIGATION).flatMap((m) => Object.keys(m)));
  return Object.entries(where).some(([k, v]) => navKeys.has(k) && v && typeof v === "object" && !Array.isArray(v) || ["not", "anyOf", "allOf"].includes(k) && (Array.isArray(v) ? v.some(usesNavigation) : usesNavigation(v)));
}
var KIND_NAME = { topic: "topic", consumerGroup: "consumer group", client: "client" };
function policyRule(id, def, kinds, validate, file) {
  const where = def.match.where;
  return defineRule({
    meta: {
      id,
      level: def.level ?? "error",
      kind: "static",
      description: def.description,
      rationale: def.rationale ?? `${def.description} (custom policy from ${file}).`,
      tags: ["policy", ...def.tags ?? []],
      defaultOptions: {},
      ...usesNavigation(where) ? { crossFile: true } : {},
      ...def.docsUrl ? { docsUrl: def.docsUrl } : {}
    },
    check(ctx) {
      const lookup = catalogLookup(ctx.catalog);
      const entities = [];
      for (const kind of kinds) {
        const it = kind === "topic" ? ctx.topics() : kind === "consumerGroup" ? ctx.consumerGroups() : ctx.clients();
        for (const [e] of it) entities.push(e);
      }
      for (const entity of entities) {
        if (where && evaluateWhere(entity, where, { lookup }) !== true) continue;
        const view = viewOf(entity);
        const vars = { name: view.data["name"] === void 0 ? "(unnamed)" : String(view.data["name"]), kind: KIND_NAME[entity.kind], rule: id, description: def.description };
        if (!validate) {
          ctx.report({ entity, loc: entity.name.loc ?? entity.loc, message: render(def.message, { ...vars, field: "", value: vars.name, error: "matches the policy selector" }, `${capital(vars.kind)} "${vars.name}": ${def.description}`) });
          continue;
        }
        if (validate(view.data)) continue;
        const seen = /* @__PURE__ */ new Set();
        for (const err of relevantErrors(validate.errors ?? [])) {
          const pointer = pointerOf(err);
          if (isUnknownAt(view, pointer)) continue;
          const field = pointer.slice(1).split("/").map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~")).join(".");
          const loc = locationFor(entity, view, pointer);
          const place = `${loc.file}:${loc.start}:${loc.end}`;
          if (seen.has(field) || seen.has(place)) continue;
          seen.add(field);
          seen.add(place);
          const value = err.keyword === "required" ? "(missing)" : view.raws.get(pointer) ?? JSON.stringify(valueAt(view.data, pointer));
          const error = explain(err, field);
          ctx.report({
            entity,
            ...field ? { field } : {},
            loc,
            message: render(def.message, { ...vars, field, value, error }, `${capital(vars.kind)} "${vars.name}" breaks policy ${id}: ${error}. ${def.description}`)
          });
        }
      }
    }
  });
}
function relevantErrors(errors) {
  const parents = errors.filter((e) => e.keyword === "anyOf" || e.keyword === "oneOf").map((e) => `${e.schemaPath}/`);
  return errors.filter((e) => e.keyword !== "if" && !parents.some((p) => e.schemaPath.startsWith(p)));
}
function pointerOf(err) {
  const esc = (s) => s.replace(/~/g, "~0").replace(/\//g, "~1");
  if (err.keyword === "required") return `${err.instancePath}/${esc(String(err.params.missingProperty))}`;
  if (err.keyword === "additionalProperties") return `${err.instancePath}/${esc(String(err.params.additionalProperty))}`;
  return err.instancePath;
}
function valueAt(data, pointer) {
  let v = data;
  for (const seg of pointer.slice(1).split("/")) {
    if (!seg) continue;
    const key = seg.replace(/~1/g, "/").replace(/~0/g, "~");
    v = v && typeof v === "object" ? v[key] : void 0;
  }
  return v;
}
var isDurationField = (field) => field === "retention" || field === "freshnessSlo" || field.endsWith(".ms");
var limit = (field, n) => typeof n === "number" && isDurationField(field) ? describeMs(n) : JSON.stringify(n);
function explain(err, field) {
  const f = `\`${field || "the entry"}\``;
  const p = err.params;
  switch (err.keyword) {
    case "required":
      return `${f} is missing`;
    case "additionalProperties":
      return `${f} is not allowed`;
    case "const":
      return `${f} must be ${limit(field, p["allowedValue"])}`;
    case "enum":
      return `${f} must be one of ${(p["allowedValues"] ?? []).map((v) => limit(field, v)).join(", ")}`;
    case "maximum":
    case "minimum":
    case "exclusiveMaximum":
    case "exclusiveMinimum":
      return `${f} must be ${String(p["comparison"])} ${limit(field, p["limit"])}`;
    case "pattern":
      return `${f} must match \`${String(p["pattern"])}\``;
    case "not":
      return `${f} has a value the policy forbids`;
    case "anyOf":
    case "oneOf":
      return `${f} matches none of the allowed shapes`;
    default:
      return `${f} ${err.message ?? "is invalid"}`;
  }
}
function capital(s) {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
function render(template, vars, fallback) {
  if (!template) return fallback;
  return template.replace(/\{\{\s*([a-zA-Z]+)\s*\}\}/g, (m, k) => vars[k] ?? m);
}

// src/config/load.ts
var CONFIG_FILE_NAMES = ["topiclint.config.yaml", "topiclint.config.yml", "topiclint.config.json"];
var WAIVERS_FILE_NAMES = ["topiclint.waivers.yaml", "topiclint.waivers.yml"];
var PRESETS = ["recommended", "strict"];
var DEFAULT_PRESETS_DIR = packageAsset("policies/");
var defaultReadFile = (p) => {
  try {
    return readFileSync(p, "utf8");
  } catch {
    return void 0;
  }
};
var Problems = class {
  list = [];
  indexes = /* @__PURE__ */ new Map();
  add(file, at, message) {
    let idx = this.indexes.get(file.display);
    if (!idx) this.indexes.set(file.display, idx = new LineIndex(file.text));
    const s = idx.position(at.start);
    const e = idx.position(Math.max(at.start, at.end));
    this.list.push({ file: file.display, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message });
  }
};
function checkGlob(glob) {
  if (glob.trim() === "") return "An empty glob matches nothing.";
  if (path.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob)) return `\`${glob}\` is absolute; globs are relative to the repository root (e.g. \`kafka/**\`).`;
  if (glob.includes("\\") && !/\\[[\]{}()*?!]/.test(glob)) return `\`${glob}\` uses backslashes; write paths with \`/\`.`;
  const pairs = [["[", "]", "bracket"], ["{", "}", "brace"], ["(", ")", "parenthesis"]];
  for (const [open, close, name] of pairs) {
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === "\\") {
        i++;
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      if (depth < 0) return `\`${glob}\` has an unbalanced \`${close}\` ${name}. Escape it as \`\\${close}\` or add the missing \`${open}\`.`;
    }
    if (depth !== 0) return `\`${glob}\` has an unbalanced \`${open}\` ${name}. Close it with \`${close}\`, or escape it as \`\\${open}\`.`;
  }
  try {
    const re = import_picomatch2.default.makeRe(glob, { dot: true });
    if (re.source === "$^") return `\`${glob}\` can never match a path (picomatch rejects it).`;
  } catch (e) {
    return `\`${glob}\` is not a valid glob: ${e.message}.`;
  }
  return void 0;
}
var LEVELS = ["off", "note", "warning", "error"];
function loadConfigFromText(text, filePath, options = {}) {
  const readFile = options.readFile ?? defaultReadFile;
  const abs = path.resolve(options.root ?? process.cwd(), filePath);
  const root = options.root ? path.resolve(options.root) : path.dirname(abs);
  const inside = (p) => p === root || p.startsWith(root + path.sep);
  const escapes = (from, target) => inside(from) && !inside(target);
  const outsideMessage = (what, target) => `${what} ${display(target)}, outside the repository; topiclint reads only files inside it. Move the file into the repository.`;
  const presetsDir = options.presetsDir ?? DEFAULT_PRESETS_DIR;
  const problems = new Problems();
  const display = (p) => {
    const rel = path.relative(root, p);
    if (rel === "") return ".";
    return !rel.startsWith("..") && !path.isAbsolute(rel) ? toPosix(rel) : p;
  };
  const filesRead = [];
  const parse = (fileAbs, fileText, builtin) => {
    filesRead.push(fileAbs);
    const shown = builtin ? `${path.basename(fileAbs)} (built-in preset)` : display(fileAbs);
    const y = parseYaml(fileText);
    const f = { abs: fileAbs, display: shown, text: fileText, root: y.documents[0]?.root, builtin };
    for (const e of y.errors) problems.add(f, e, `YAML: ${e.message}.`);
    if (y.documents.length > 1 && y.documents[1]?.root) problems.add(f, y.documents[1], "A config file holds one YAML document; remove the `---` and what follows, or merge it.");
    return f;
  };
  const chain = [];
  const visiting = /* @__PURE__ */ new Set();
  const visit = (f) => {
    visiting.add(f.abs);
    if (f.root && f.root.type !== "map") problems.add(f, f.root, "The configuration must be a mapping with keys such as `extends`, `rules`, `overrides`.");
    else if (f.root) {
      for (const e of validateNode(f.root, configSchema, false)) problems.add(f, e, e.message);
      const ext = get(f.root, "extends");
      const items = ext?.type === "seq" ? ext.items : ext ? [ext] : [];
      for (const item of items) {
        if (item.type !== "scalar" || typeof item.value !== "string") continue;
        const name = item.value;
        const isPreset = PRESETS.includes(name);
        const target = isPreset ? path.join(presetsDir, `${name}.yaml`) : path.resolve(path.dirname(f.abs), name);
        if (!isPreset && !/[/\\.]/.test(name)) {
          const s = didYouMean(name, PRESETS);
          problems.add(f, item, `Unknown preset \`${name}\`.${s ? ` Did you mean \`${s}\`?` : ` Use ${PRESETS.join(" or ")}, or a path to a config file (\`./base.yaml\`).`}`);
          continue;
        }
        if (!isPreset && escapes(f.abs, target)) {
          problems.add(f, item, outsideMessage(`\`${name}\` resolves to`, target));
          continue;
        }
        if (visiting.has(target)) {
          problems.add(f, item, `\`${name}\` extends itself through a cycle of presets; remove one of the \`extends\` entries.`);
          continue;
        }
        const t = readFile(target);
        if (t === void 0) {
          problems.add(f, item, `Cannot read the preset \`${name}\` (${display(target)}); check the path (relative to the folder of ${f.display}).`);
          continue;
        }
        visit(parse(target, t, isPreset || f.builtin));
      }
    }
    visiting.delete(f.abs);
    chain.push(f);
  };
  visit(parse(abs, text, false));
  const baseRules = options.rules ?? builtinRules;
  const policyRules = [];
  const policyIds = /* @__PURE__ */ new Set();
  for (const f of chain) {
    const node = f.root && get(f.root, "policies");
    const items = node?.type === "seq" ? node.items : node ? [node] : [];
    for (const item of items) {
      if (item.type !== "scalar" || typeof item.value !== "string") continue;
      const target = path.resolve(path.dirname(f.abs), item.value);
      if (escapes(f.abs, target)) {
        problems.add(f, item, outsideMessage(`The policy file \`${item.value}\` resolves to`, target));
        continue;
      }
      const t = readFile(target);
      if (t === void 0) {
        problems.add(f, item, `Cannot read the policy file \`${item.value}\` (${display(target)}); paths are relative to the folder of ${f.display}.`);
        continue;
      }
      filesRead.push(target);
      const pf = { display: display(target), text: t };
      const compiled = compilePolicies(t, pf.display);
      for (const p of compiled.problems) problems.add(pf, p, p.message);
      for (const r of compiled.rules) {
        if (policyIds.has(r.meta.id) || baseRules.some((b) => b.meta.id === r.meta.id)) {
          const key = getPair(get(parseYaml(t).documents[0]?.root, "rules"), r.meta.id);
          problems.add(pf, key?.keyNode ?? { start: 0, end: 0 }, `The rule id \`${r.meta.id}\` is defined twice; give each policy rule its own id.`);
          continue;
        }
        policyIds.add(r.meta.id);
        policyRules.push(r);
      }
    }
  }
  const allRules = [...baseRules, ...policyRules];
  const byId = new Map(allRules.map((r) => [r.meta.id, r]));
  const ruleSettings2 = (f, node, where) => {
    const out = /* @__PURE__ */ new Map();
    if (!node || node.type !== "map") return out;
    const idx = new LineIndex(f.text);
    for (const pair of node.pairs) {
      const id = pair.key;
      const rule = byId.get(id);
      if (!rule) {
        if (f.builtin) continue;
        const s = didYouMean(id, byId.keys());
        problems.add(f, pair.keyNode, `Unknown rule \`${id}\` in ${where}.${s ? ` Did you mean \`${s}\`?` : " Run `topiclint rules` for the ids, or define it in a policy file listed under `policies`."}`);
        continue;
      }
      const v = pair.value;
      if (!v) continue;
      let level2;
      let optionsNode;
      if (v.type === "scalar" && LEVELS.includes(v.value)) level2 = v.value;
      else if (v.type === "seq" && v.items[0]?.type === "scalar" && LEVELS.includes(v.items[0].value)) {
        level2 = v.items[0].value;
        optionsNode = v.items[1];
      }
      if (level2 === void 0) continue;
      let options2;
      if (optionsNode) {
        if (!rule.meta.optionsSchema) {
          problems.add(f, optionsNode, `Rule \`${id}\` takes no options; write \`${id}: ${level2}\`.`);
        } else {
          const errs = validateNode(optionsNode, rule.meta.optionsSchema, false);
          for (const e of errs) problems.add(f, e, `Rule \`${id}\`: ${e.message.replace(/^the entry/, "the options")}${e.message.startsWith("Unknown key") ? "" : ` See \`topiclint explain ${id}\` for its options.`}`);
          if (errs.length === 0) options2 = toJS(optionsNode);
        }
      }
      const p = idx.position(pair.keyNode.start);
      out.set(id, { setting: { level: level2, ...options2 ? { options: options2 } : {} }, levelOnly: !optionsNode, source: { file: f.display, line: p.line, column: p.column } });
    }
    return out;
  };
  const globList = (f, node) => {
    if (!node) return void 0;
    const items = node.type === "seq" ? node.items : [node];
    const out = [];
    for (const item of items) {
      if (item.type !== "scalar" || typeof item.value !== "string") continue;
      const bad = checkGlob(item.value);
      if (bad) problems.add(f, item, bad);
      else out.push(item.value);
    }
    return out;
  };
  const ruleIdList = (f, node, what) => {
    const out = [];
    if (node?.type !== "seq") return out;
    for (const item of node.items) {
      if (item.type !== "scalar") continue;
      const id = String(item.value);
      if (!byId.has(id)) {
        if (f.builtin) continue;
        const s = didYouMean(id, byId.keys());
        problems.add(f, item, `Unknown rule \`${id}\` in ${what}.${s ? ` Did you mean \`${s}\`?` : ""}`);
      } else out.push(id);
    }
    return out;
  };
  const layers = [];
  for (const f of chain) {
    const r = f.root;
    if (!r || r.type !== "map") continue;
    const layer = { rules: ruleSettings2(f, get(r, "rules"), "`rules`"), overrides: [], unsuppressible: ruleIdList(f, get(r, "unsuppressible"), "`unsuppressible`") };
    const inc = globList(f, get(r, "include"));
    const exc = globList(f, get(r, "exclude"));
    if (inc) layer.include = inc;
    if (exc) layer.exclude = exc;
    const mfs = get(r, "maxFileSize");
    if (mfs?.type === "scalar" && typeof mfs.value === "number" && Number.isInteger(mfs.value) && mfs.value > 0) layer.maxFileSize = mfs.value;
    const ov = get(r, "overrides");
    if (ov?.type === "seq") {
      ov.items.forEach((item, i) => {
        if (item.type !== "map") return;
        const filesNode = get(item, "files");
        const whenNode = get(item, "when");
        if (!filesNode && !whenNode) problems.add(f, item, `Override ${i + 1} applies everywhere: give it \`files\` (globs) and/or \`when\` (a selector), or move its rules to the top-level \`rules\`.`);
        if (whenNode) for (const p of checkWhere(whenNode, void 0, false)) problems.add(f, p, p.message);
        const files = globList(f, filesNode);
        const excludedFiles = globList(f, get(item, "excludedFiles"));
        const settings = ruleSettings2(f, get(item, "rules"), `override ${i + 1}`);
        layer.overrides.push({
          ...files ? { files } : {},
          ...excludedFiles ? { excludedFiles } : {},
          ...whenNode ? { when: toJS(whenNode) } : {},
          rules: Object.fromEntries([...settings].map(([id, s]) => [id, s.setting]))
        });
      });
    }
    const w = get(r, "waivers");
    if (w?.type === "scalar" && typeof w.value === "string") {
      const target = path.resolve(path.dirname(f.abs), w.value);
      if (escapes(f.abs, target)) problems.add(f, w, outsideMessage(`The waivers file \`${w.value}\` resolves to`, target));
      else layer.waivers = { path: target, at: { node: w, file: f } };
    } else if (w?.type === "seq") layer.waivers = { inline: w, file: f };
    const b = get(r, "baseline");
    if (b?.type === "scalar" && typeof b.value === "string") {
      const target = path.resolve(path.dirname(f.abs), b.value);
      if (escapes(f.abs, target)) problems.add(f, b, outsideMessage(`The baseline \`${b.value}\` resolves to`, target));
      else layer.baseline = target;
    }
    layers.push(layer);
  }
  const rules = {};
  const ruleSources = {};
  const overrides = [];
  const unsuppressible = /* @__PURE__ */ new Set();
  let include;
  let exclude;
  let waiverSource;
  let baseline;
  let maxFileSize;
  for (const l of layers) {
    for (const [id, s] of l.rules) {
      const prev = rules[id];
      rules[id] = s.levelOnly && prev?.options ? { level: s.setting.level, options: prev.options } : s.setting;
      ruleSources[id] = s.source;
    }
    overrides.push(...l.overrides);
    l.unsuppressible.forEach((u) => unsuppressible.add(u));
    if (l.include) include = l.include;
    if (l.exclude) exclude = [...exclude ?? [], ...l.exclude];
    if (l.waivers) waiverSource = l.waivers;
    if (l.baseline) baseline = l.baseline;
    if (l.maxFileSize) maxFileSize = l.maxFileSize;
  }
  let waivers = [];
  if (waiverSource) {
    if ("path" in waiverSource) {
      const t = readFile(waiverSource.path);
      if (t === void 0) problems.add(waiverSource.at.file, waiverSource.at.node, `Cannot read the waivers file ${display(waiverSource.path)}.`);
      else {
        filesRead.push(waiverSource.path);
        waivers = readWaivers(t, display(waiverSource.path), byId, problems);
      }
    } else waivers = waiversFromNode(waiverSource.inline, waiverSource.file, byId, problems, false);
  }
  const config = { rules, overrides, ...unsuppressible.size ? { unsuppressible: [...unsuppressible].sort() } : {} };
  const loaded = {
    file: abs,
    config,
    rules: allRules,
    policyRules,
    ...include ? { include } : {},
    ...exclude ? { exclude } : {},
    ...maxFileSize ? { maxFileSize } : {},
    waivers,
    ...baseline ? { baseline } : {},
    ...waiverSource ? { waiversConfigured: true } : {},
    files: [...new Set(filesRead)],
    ruleSources
  };
  return { config, errors: problems.list, loaded };
}
function readWaivers(text, display, rulesById, problems) {
  const f = { display, text };
  const y = parseYaml(text);
  for (const e of y.errors) problems.add(f, e, `YAML: ${e.message}.`);
  const root = y.documents[0]?.root;
  if (!root) return [];
  const errs = validateNode(root, waiversFileSchema, false);
  for (const e of errs) problems.add(f, e, e.message);
  const list = get(root, "waivers");
  return list ? waiversFromNode(list, f, rulesById, problems, true) : [];
}
function waiversFromNode(list, f, rulesById, problems, validated) {
  const out = [];
  if (list.type !== "seq") return out;
  for (const item of list.items) {
    if (!validated) {
      const errs = validateNode(item, waiverSchema, false);
      for (const e of errs) problems.add(f, e, e.message);
      if (errs.length) continue;
    }
    if (item.type !== "map") continue;
    const w = toJS(item);
    if (typeof w["rule"] !== "string" || typeof w["target"] !== "string" || typeof w["reason"] !== "string" || typeof w["approvedBy"] !== "string" || typeof w["expires"] !== "string") continue;
    let ok = true;
    if (!rulesById.has(w["rule"])) {
      const s = didYouMean(w["rule"], rulesById.keys());
      problems.add(f, get(item, "rule"), `The waiver names rule \`${w["rule"]}\`, which does not exist.${s ? ` Did you mean \`${s}\`?` : ""}`);
      ok = false;
    }
    const expires = w["expires"];
    const ms = Date.parse(`${expires}T00:00:00Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== expires) {
      problems.add(f, get(item, "expires"), `\`expires: ${expires}\` is not a calendar date; write YYYY-MM-DD.`);
      ok = false;
    }
    const bad = checkGlob(w["target"]);
    if (bad) {
      problems.add(f, get(item, "target"), bad);
      ok = false;
    }
    if (!ok) continue;
    const expiresNode = get(item, "expires");
    out.push({
      rule: w["rule"],
      target: w["target"],
      reason: w["reason"],
      approvedBy: w["approvedBy"],
      expires,
      ...typeof w["ticket"] === "string" ? { ticket: w["ticket"] } : {},
      file: f.display,
      text: f.text,
      loc: { start: item.start, end: item.type === "map" && item.pairs[0] ? item.pairs[0].end : item.end },
      expiresLoc: { start: expiresNode.start, end: expiresNode.end }
    });
  }
  return out;
}
function findUpwards(names, cwd, root) {
  let dir = path.resolve(cwd);
  const stop = path.resolve(root);
  for (; ; ) {
    for (const n of names) {
      const p = path.join(dir, n);
      if (existsSync(p)) return p;
    }
    if (dir === stop) return void 0;
    const up = path.dirname(dir);
    if (up === dir) return void 0;
    if (!dir.startsWith(stop)) return void 0;
    dir = up;
  }
}
function findConfigFile(cwd, root) {
  return findUpwards(CONFIG_FILE_NAMES, cwd, root);
}
function findWaiversFile(cwd, root) {
  return findUpwards(WAIVERS_FILE_NAMES, cwd, root);
}
function formatConfigProblems(problems) {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join("\n");
}
function findAndLoadConfig(options) {
  const root = path.resolve(options.root);
  const base = { root, ...options.presetsDir ? { presetsDir: options.presetsDir } : {}, ...options.rules ? { rules: options.rules } : {} };
  let file;
  if (options.configPath) {
    file = path.resolve(options.cwd, options.configPath);
    if (!existsSync(file)) {
      const rel = path.relative(options.cwd, file) || file;
      return { loaded: emptyLoaded(options.rules), errors: [{ file: rel, line: 1, column: 1, endLine: 1, endColumn: 1, message: `--config ${options.configPath}: no such file. Create one with \`topiclint init\`.` }] };
    }
  } else file = findConfigFile(options.cwd, root);
  let result;
  if (file) {
    const text = defaultReadFile(file) ?? "";
    const r = loadConfigFromText(text, file, base);
    result = { loaded: r.loaded, errors: r.errors };
  } else {
    result = { loaded: emptyLoaded(options.rules), errors: [] };
  }
  if (!result.loaded.waiversConfigured) {
    const wf = findWaiversFile(options.cwd, root);
    if (wf) {
      const problems = new Problems();
      const display = toPosix(path.relative(root, wf)) || wf;
      const waivers = readWaivers(defaultReadFile(wf) ?? "", display, new Map(result.loaded.rules.map((r) => [r.meta.id, r])), problems);
      result = { loaded: { ...result.loaded, waivers, files: [...result.loaded.files, wf] }, errors: [...result.errors, ...problems.list] };
    }
  }
  return result;
}
function emptyLoaded(rules) {
  return { config: { rules: {}, overrides: [] }, rules: rules ?? builtinRules, policyRules: [], waivers: [], files: [], ruleSources: {} };
}

// src/config/init.ts
import { existsSync as existsSync2 } from "node:fs";
import { writeFile } from "node:fs/promises";
import path2 from "node:path";
var STARTER_CONFIG = `# topiclint configuration. Every key is documented in docs/configuration.md.
# Validated against schemas/config.schema.json; a mistake is reported at its line (exit code 2).
# yaml-language-server: $schema=https://topiclint.dev/schemas/config.schema.json

# Presets, applied in order: \`recommended\` (every rule at its default level, what applies with no
# config at all), \`strict\` (warnings become errors, stricter options), or a path to a shared config.
extends: [recommended]

# Which files are read (globs relative to the repository root). Default: everything under the paths
# given on the command line, honouring .gitignore.
# include: ["kafka/**", "services/**"]
exclude: ["**/testdata/**", "**/fixtures/**"]

# Rule levels: off | note | warning | error, or [level, { options }]. \`topiclint rules\` lists the ids,
# \`topiclint explain <id>\` shows a rule's options.
rules:
  replication-factor: [error, { minimum: 3 }]
  # topic-naming: [warning, { pattern: "^[a-z]+\\\\.[a-z-]+\\\\.v[0-9]+$" }]
  # producer-retries: off

# Overrides: later entries win. \`files\` scopes by path, \`when\` by the entity's own fields
# (the selector language of docs/policy-language.md).
overrides:
  - files: ["envs/dev/**"]
    rules:
      replication-factor: [warning, { minimum: 1 }]
  # - when: { drTier: [tier-0, tier-1] }
  #   rules: { schema-compatibility: error }

# Custom rules written as data (see policies/examples/ in the topiclint package).
# policies: ["policies/acme.yaml"]

# Rules no inline comment, waiver or baseline may hide.
# unsuppressible: [plaintext-secret, unclean-leader-election-enabled]

# Recorded exceptions with an owner and an expiry date (default: topiclint.waivers.yaml next to this file).
# waivers: topiclint.waivers.yaml
`;
async function writeStarterConfig(dir) {
  for (const name of CONFIG_FILE_NAMES) {
    const existing = path2.join(dir, name);
    if (existsSync2(existing)) throw new UsageError(`${name} already exists; topiclint init does not overwrite it. Edit it, or delete it first to start over.`);
  }
  const target = path2.join(dir, CONFIG_FILE_NAMES[0]);
  await writeFile(target, STARTER_CONFIG, { flag: "wx" });
  return target;
}

// src/config/index.ts
function prepareLint(options) {
  const { loaded, errors } = findAndLoadConfig({
    cwd: options.cwd,
    root: options.root,
    ...options.configPath ? { configPath: options.configPath } : {},
    ...options.presetsDir ? { presetsDir: options.presetsDir } : {}
  });
  if (errors.length) {
    throw new UsageError(`invalid configuration (${errors.length} problem${errors.length === 1 ? "" : "s"}):
${formatConfigProblems(errors)}`);
  }
  const settings = { config: loaded.config, rules: loaded.rules };
  const steps = [inlineSuppressionStep(settings)];
  if (loaded.waivers.length) steps.push(waiverStep({ ...settings, waivers: loaded.waivers, today: options.today, ...options.wholeRepository ? { wholeRepository: true } : {} }));
  const baselineFile = options.writingBaseline ? void 0 : options.baselinePath ? path3.resolve(options.cwd, options.baselinePath) : loaded.baseline;
  if (baselineFile) {
    if (!existsSync3(baselineFile)) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: no such file. Write one with \`topiclint --write-baseline ${options.baselinePath ?? ".topiclint-baseline.json"}\`.`);
    const parsed = parseBaseline(readFileSync2(baselineFile, "utf8"));
    if ("error" in parsed) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: ${parsed.error}.`);
    const shown = toPosix(path3.relative(options.root, baselineFile));
    steps.push(baselineStep({ entries: parsed.entries, config: loaded.config, baselineFile: shown }));
  }
  return {
    loaded,
    ...baselineFile ? { baselineFile } : {},
    lintOptions: {
      config: loaded.config,
      rules: loaded.rules,
      postprocess: steps.map((s) => (findings, ctx) => s(findings, ctx)),
      ...loaded.include ? { include: loaded.include } : {},
      ...loaded.exclude ? { exclude: loaded.exclude } : {},
      ...loaded.maxFileSize ? { maxFileSize: loaded.maxFileSize } : {}
    }
  };
}
async function writeBaseline(file, findings) {
  const text = createBaseline(findings);
  await writeFile2(file, text);
  return JSON.parse(text).findings.length;
}
export {
  CONFIG_FILE_NAMES,
  PRESETS,
  STARTER_CONFIG,
  checkGlob,
  findAndLoadConfig,
  findConfigFile,
  formatConfigProblems,
  loadConfigFromText,
  prepareLint,
  writeBaseline,
  writeStarterConfig
};
