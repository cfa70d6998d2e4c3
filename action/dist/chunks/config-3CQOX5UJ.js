import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  baselineStep,
  compareBaselines,
  createBaseline,
  inlineSuppressionStep,
  parseBaseline,
  waiverStep
} from "./chunk-JKAKLE37.js";
import {
  packageAsset
} from "./chunk-M2JE2ALL.js";
import {
  UsageError,
  builtinRules
} from "./chunk-KUDT5L2X.js";
import {
  getAjv,
  validateNode
} from "./chunk-GUZY6HZC.js";
import {
  LineIndex,
  NAVIGATION,
  checkWhere,
  describeMs,
  didYouMean,
  evaluateWhere,
  get,
  getPair,
  globProblem,
  isUnknownAt,
  locationFor,
  parseRetention,
  parseYaml,
  regexProblem,
  toJS,
  viewOf
} from "./chunk-K3QJIJ4O.js";
import {
  defineRule
} from "./chunk-HMR2DMW7.js";
import {
  writeFileReplacingLinks
} from "./chunk-7YCOOR22.js";
import {
  RepoFiles,
  errorCode
} from "./chunk-R2M2RDWI.js";
import {
  toPosix
} from "./chunk-6MNQEI3M.js";
import "./chunk-T3EG56Z2.js";
import "./chunk-JRJOGWBZ.js";

// src/config/index.ts
import path3 from "node:path";

// src/config/load.ts
import { existsSync, lstatSync } from "node:fs";
import path from "node:path";

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
    testFiles: {
      ...globs,
      description: "Test sources: findings in code and client-config files (Java, TypeScript/JavaScript, .properties, Spring) matching one of these globs are left out; catalog files are always linted. Replaces the default list; `[]` lints test code as production (as does `--include-tests`)."
    },
    clusters: {
      type: "object",
      additionalProperties: globs,
      description: "Cluster name \u2192 path globs: topics and consumer groups whose format names no cluster (our catalog, JulieOps, kafka-gitops, AsyncAPI, ...) are on the first cluster whose globs match their file. duplicate-topic compares names within a cluster; unknown-topic and unknown-consumer-group resolve references within it. Later config layers add or replace clusters by name."
    },
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
    if (requireNode) problems.push(...requirePatternProblems(requireNode));
    if (def.require && problems.length === before) {
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
function requirePatternProblems(node, depth = 0) {
  const out = [];
  const at = (n, source, problem) => out.push({ message: `\`require\`: the pattern \`${source.slice(0, 200)}\` ${problem}`, start: n.start, end: n.end });
  if (depth > 64) return out;
  if (node.type === "seq") for (const item of node.items) out.push(...requirePatternProblems(item, depth + 1));
  if (node.type !== "map") return out;
  for (const pair of node.pairs) {
    const v = pair.value;
    if (!v) continue;
    if (pair.key === "pattern" && v.type === "scalar" && typeof v.value === "string") {
      const problem = regexProblem(v.value);
      if (problem) at(v, v.value, problem);
      continue;
    }
    if (pair.key === "patternProperties" && v.type === "map") {
      for (const p of v.pairs) {
        const problem = regexProblem(p.key);
        if (problem) at(p.keyNode, p.key, problem);
        if (p.value) out.push(...requirePatternProblems(p.value, depth + 1));
      }
      continue;
    }
    if ((pair.key === "properties" || pair.key === "definitions" || pair.key === "$defs") && v.type === "map") {
      for (const p of v.pairs) if (p.value) out.push(...requirePatternProblems(p.value, depth + 1));
      continue;
    }
    out.push(...requirePatternProblems(v, depth + 1));
  }
  return out;
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
var CONFIG_MAX_BYTES = 4 * 1024 * 1024;
var MAX_EXTENDS_DEPTH = 64;
function repositoryConfigReader(root, presetsDir = DEFAULT_PRESETS_DIR) {
  const files = new RepoFiles(root);
  const builtin = new RepoFiles(presetsDir);
  return (p) => {
    const read = RepoFiles.within(builtin.root, p) ? builtin.readText(p, CONFIG_MAX_BYTES, true) : files.readText(p, CONFIG_MAX_BYTES, !RepoFiles.within(files.root, p));
    if ("text" in read) return read.text;
    return read.missing ? void 0 : read;
  };
}
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
  const shown = glob.length > 200 ? `${glob.slice(0, 200)}\u2026 (${glob.length} characters)` : glob;
  if (path.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob)) return `\`${shown}\` is absolute; globs are relative to the repository root (e.g. \`kafka/**\`).`;
  if (glob.includes("\\") && !/\\[[\]{}()*?!]/.test(glob)) return `\`${shown}\` uses backslashes; write paths with \`/\`.`;
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
      if (depth < 0) return `\`${shown}\` has an unbalanced \`${close}\` ${name}. Escape it as \`\\${close}\` or add the missing \`${open}\`.`;
    }
    if (depth !== 0) return `\`${shown}\` has an unbalanced \`${open}\` ${name}. Close it with \`${close}\`, or escape it as \`\\${open}\`.`;
  }
  const problem = globProblem(glob);
  return problem ? `The glob \`${shown}\` ${problem}` : void 0;
}
function regexOptionProblems(optionsNode, keys) {
  const out = [];
  for (const key of keys) {
    const node = get(optionsNode, key);
    if (node?.type !== "scalar" || typeof node.value !== "string") continue;
    const problem = regexProblem(node.value);
    if (problem) out.push({ key, node, problem });
  }
  return out;
}
var LEVELS = ["off", "note", "warning", "error"];
function loadConfigFromText(text, filePath, options = {}) {
  const abs = path.resolve(options.root ?? process.cwd(), filePath);
  const root = options.root ? path.resolve(options.root) : path.dirname(abs);
  const ctx = {
    root,
    presetsDir: options.presetsDir ?? DEFAULT_PRESETS_DIR,
    readFile: options.readFile ?? repositoryConfigReader(root, options.presetsDir),
    baselineFiles: options.readFile ? void 0 : new RepoFiles(root),
    problems: new Problems(),
    filesRead: []
  };
  const chain = readChain(ctx, abs, text);
  const baseRules = options.rules ?? builtinRules;
  const policyRules = loadPolicyRules(ctx, chain, baseRules);
  const allRules = [...baseRules, ...policyRules];
  const byId = new Map(allRules.map((r) => [r.meta.id, r]));
  const layers = chain.flatMap((f) => f.root?.type === "map" ? [layerOf(ctx, byId, f, f.root)] : []);
  const merged = mergeLayers(layers);
  const waivers = merged.waiverSource ? loadWaivers(ctx, byId, merged.waiverSource) : [];
  const { rules, ruleSources, overrides, unsuppressible, include, exclude, testFiles, maxFileSize, baseline, waiverSource, clusters } = merged;
  const config = { rules, overrides, ...unsuppressible.size ? { unsuppressible: [...unsuppressible].sort() } : {}, ...clusters ? { clusters } : {} };
  const loaded = {
    file: abs,
    config,
    rules: allRules,
    policyRules,
    ...include ? { include } : {},
    ...exclude ? { exclude } : {},
    ...testFiles ? { testFiles } : {},
    ...maxFileSize ? { maxFileSize } : {},
    waivers,
    ...baseline ? { baseline } : {},
    ...waiverSource ? { waiversConfigured: true } : {},
    files: [...new Set(ctx.filesRead)],
    ruleSources
  };
  return { config, errors: ctx.problems.list, loaded };
}
function displayPath(ctx, p) {
  const rel = path.relative(ctx.root, p);
  if (rel === "") return ".";
  return !rel.startsWith("..") && !path.isAbsolute(rel) ? toPosix(rel) : p;
}
function escapesRepository(ctx, from, target) {
  return RepoFiles.within(ctx.root, from) && !RepoFiles.within(ctx.root, target);
}
function outsideMessage(ctx, what, target) {
  return `${what} ${displayPath(ctx, target)}, outside the repository; topiclint reads only files inside it. Move the file into the repository.`;
}
function parseConfigFile(ctx, fileAbs, fileText, builtin) {
  ctx.filesRead.push(fileAbs);
  const shown = builtin ? `${path.basename(fileAbs)} (built-in preset)` : displayPath(ctx, fileAbs);
  const y = parseYaml(fileText);
  const f = { abs: fileAbs, display: shown, text: fileText, root: y.documents[0]?.root, builtin };
  for (const e of y.errors) ctx.problems.add(f, e, `YAML: ${e.message}.`);
  if (y.documents.length > 1 && y.documents[1]?.root) ctx.problems.add(f, y.documents[1], "A config file holds one YAML document; remove the `---` and what follows, or merge it.");
  return f;
}
function oneOrMany(node) {
  return node?.type === "seq" ? node.items : node ? [node] : [];
}
function readNamedFile(ctx, at, what, target, missingHint) {
  const t = ctx.readFile(target);
  if (typeof t === "string") return t;
  const head = `Cannot read ${what} (${displayPath(ctx, target)})`;
  ctx.problems.add(at.file, at.node, t === void 0 ? `${head}; ${missingHint}` : `${head}: ${t.reason}. Name a regular file inside the repository.`);
  return void 0;
}
function readChain(ctx, abs, text) {
  const walk = { chain: [], visiting: /* @__PURE__ */ new Set(), placed: /* @__PURE__ */ new Set() };
  visitChainFile(ctx, walk, parseConfigFile(ctx, abs, text, false), 0);
  return walk.chain;
}
function visitChainFile(ctx, walk, f, depth) {
  walk.visiting.add(f.abs);
  if (f.root && f.root.type !== "map") ctx.problems.add(f, f.root, "The configuration must be a mapping with keys such as `extends`, `rules`, `overrides`.");
  else if (f.root) {
    for (const e of validateNode(f.root, configSchema, false)) ctx.problems.add(f, e, e.message);
    for (const item of oneOrMany(get(f.root, "extends"))) {
      const next = extendedFile(ctx, walk, f, item, depth);
      if (next) visitChainFile(ctx, walk, next, depth + 1);
    }
  }
  walk.visiting.delete(f.abs);
  walk.placed.add(f.abs);
  walk.chain.push(f);
}
function extendedFile(ctx, walk, f, item, depth) {
  if (item.type !== "scalar" || typeof item.value !== "string") return void 0;
  const name = item.value;
  const isPreset = PRESETS.includes(name);
  const target = isPreset ? path.join(ctx.presetsDir, `${name}.yaml`) : path.resolve(path.dirname(f.abs), name);
  const problem = (message) => void ctx.problems.add(f, item, message);
  if (!isPreset && !/[/\\.]/.test(name)) {
    const s = didYouMean(name, PRESETS);
    return problem(`Unknown preset \`${name}\`.${s ? ` Did you mean \`${s}\`?` : ` Use ${PRESETS.join(" or ")}, or a path to a config file (\`./base.yaml\`).`}`);
  }
  if (!isPreset && escapesRepository(ctx, f.abs, target)) return problem(outsideMessage(ctx, `\`${name}\` resolves to`, target));
  if (walk.visiting.has(target)) return problem(`\`${name}\` extends itself through a cycle of presets; remove one of the \`extends\` entries.`);
  if (walk.placed.has(target)) return void 0;
  if (depth >= MAX_EXTENDS_DEPTH) return problem(`\`extends\` is nested more than ${MAX_EXTENDS_DEPTH} files deep here; flatten the chain of presets.`);
  const t = readNamedFile(ctx, { node: item, file: f }, `the preset \`${name}\``, target, `check the path (relative to the folder of ${f.display}).`);
  return t === void 0 ? void 0 : parseConfigFile(ctx, target, t, isPreset || f.builtin);
}
function loadPolicyRules(ctx, chain, baseRules) {
  const policyRules = [];
  const policyIds = /* @__PURE__ */ new Set();
  for (const f of chain) {
    for (const item of oneOrMany(f.root && get(f.root, "policies"))) {
      if (item.type !== "scalar" || typeof item.value !== "string") continue;
      const target = path.resolve(path.dirname(f.abs), item.value);
      if (escapesRepository(ctx, f.abs, target)) {
        ctx.problems.add(f, item, outsideMessage(ctx, `The policy file \`${item.value}\` resolves to`, target));
        continue;
      }
      const t = readNamedFile(ctx, { node: item, file: f }, `the policy file \`${item.value}\``, target, `paths are relative to the folder of ${f.display}.`);
      if (t === void 0) continue;
      ctx.filesRead.push(target);
      const pf = { display: displayPath(ctx, target), text: t };
      const compiled = compilePolicies(t, pf.display);
      for (const p of compiled.problems) ctx.problems.add(pf, p, p.message);
      for (const r of compiled.rules) {
        if (policyIds.has(r.meta.id) || baseRules.some((b) => b.meta.id === r.meta.id)) {
          const key = getPair(get(parseYaml(t).documents[0]?.root, "rules"), r.meta.id);
          ctx.problems.add(pf, key?.keyNode ?? { start: 0, end: 0 }, `The rule id \`${r.meta.id}\` is defined twice; give each policy rule its own id.`);
          continue;
        }
        policyIds.add(r.meta.id);
        policyRules.push(r);
      }
    }
  }
  return policyRules;
}
function layerOf(ctx, byId, f, r) {
  const layer = { rules: ruleSettings2(ctx, byId, f, get(r, "rules"), "`rules`"), overrides: [], unsuppressible: ruleIdList(ctx, byId, f, get(r, "unsuppressible"), "`unsuppressible`") };
  const inc = globList(ctx, f, get(r, "include"));
  const exc = globList(ctx, f, get(r, "exclude"));
  if (inc) layer.include = inc;
  if (exc) layer.exclude = exc;
  const tf = globList(ctx, f, get(r, "testFiles"));
  if (tf) layer.testFiles = tf;
  const cl = get(r, "clusters");
  if (cl?.type === "map") {
    layer.clusters = {};
    for (const p of cl.pairs) {
      const globs2 = p.value ? globList(ctx, f, p.value) : void 0;
      if (globs2) layer.clusters[p.key] = globs2;
    }
  }
  const mfs = get(r, "maxFileSize");
  if (mfs?.type === "scalar" && typeof mfs.value === "number" && Number.isInteger(mfs.value) && mfs.value > 0) layer.maxFileSize = mfs.value;
  const ov = get(r, "overrides");
  if (ov?.type === "seq") ov.items.forEach((item, i) => {
    const o = overrideOf(ctx, byId, f, item, i + 1);
    if (o) layer.overrides.push(o);
  });
  const waivers = waiverSourceOf(ctx, f, get(r, "waivers"));
  if (waivers) layer.waivers = waivers;
  const baseline = baselineOf(ctx, f, get(r, "baseline"));
  if (baseline) layer.baseline = baseline;
  return layer;
}
function ruleSettings2(ctx, byId, f, node, where) {
  const out = /* @__PURE__ */ new Map();
  if (!node || node.type !== "map") return out;
  const idx = new LineIndex(f.text);
  for (const pair of node.pairs) {
    const id = pair.key;
    const rule = byId.get(id);
    if (!rule) {
      if (f.builtin) continue;
      const s = didYouMean(id, byId.keys());
      ctx.problems.add(f, pair.keyNode, `Unknown rule \`${id}\` in ${where}.${s ? ` Did you mean \`${s}\`?` : " Run `topiclint rules` for the ids, or define it in a policy file listed under `policies`."}`);
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
    const options = optionsNode ? ruleOptions(ctx, f, rule, level2, optionsNode) : void 0;
    const p = idx.position(pair.keyNode.start);
    out.set(id, { setting: { level: level2, ...options ? { options } : {} }, levelOnly: !optionsNode, source: { file: f.display, line: p.line, column: p.column } });
  }
  return out;
}
function ruleOptions(ctx, f, rule, level2, optionsNode) {
  const id = rule.meta.id;
  if (!rule.meta.optionsSchema) {
    ctx.problems.add(f, optionsNode, `Rule \`${id}\` takes no options; write \`${id}: ${level2}\`.`);
    return void 0;
  }
  const errs = validateNode(optionsNode, rule.meta.optionsSchema, false);
  for (const e of errs) ctx.problems.add(f, e, `Rule \`${id}\`: ${e.message.replace(/^the entry/, "the options")}${e.message.startsWith("Unknown key") ? "" : ` See \`topiclint explain ${id}\` for its options.`}`);
  const badRegexes = errs.length === 0 ? regexOptionProblems(optionsNode, rule.meta.regexOptions ?? []) : [];
  for (const r of badRegexes) ctx.problems.add(f, r.node, `Rule \`${id}\`: the \`${r.key}\` pattern ${r.problem}`);
  return errs.length === 0 && badRegexes.length === 0 ? toJS(optionsNode) : void 0;
}
function globList(ctx, f, node) {
  if (!node) return void 0;
  const out = [];
  for (const item of oneOrMany(node)) {
    if (item.type !== "scalar" || typeof item.value !== "string") continue;
    const bad = checkGlob(item.value);
    if (bad) ctx.problems.add(f, item, bad);
    else out.push(item.value);
  }
  return out;
}
function ruleIdList(ctx, byId, f, node, what) {
  const out = [];
  if (node?.type !== "seq") return out;
  for (const item of node.items) {
    if (item.type !== "scalar") continue;
    const id = String(item.value);
    if (!byId.has(id)) {
      if (f.builtin) continue;
      const s = didYouMean(id, byId.keys());
      ctx.problems.add(f, item, `Unknown rule \`${id}\` in ${what}.${s ? ` Did you mean \`${s}\`?` : ""}`);
    } else out.push(id);
  }
  return out;
}
function overrideOf(ctx, byId, f, item, n) {
  if (item.type !== "map") return void 0;
  const filesNode = get(item, "files");
  const whenNode = get(item, "when");
  if (!filesNode && !whenNode) ctx.problems.add(f, item, `Override ${n} applies everywhere: give it \`files\` (globs) and/or \`when\` (a selector), or move its rules to the top-level \`rules\`.`);
  if (whenNode) for (const p of checkWhere(whenNode, void 0, false)) ctx.problems.add(f, p, p.message);
  const files = globList(ctx, f, filesNode);
  const excludedFiles = globList(ctx, f, get(item, "excludedFiles"));
  const settings = ruleSettings2(ctx, byId, f, get(item, "rules"), `override ${n}`);
  return {
    ...files ? { files } : {},
    ...excludedFiles ? { excludedFiles } : {},
    ...whenNode ? { when: toJS(whenNode) } : {},
    rules: Object.fromEntries([...settings].map(([id, s]) => [id, s.setting]))
  };
}
function waiverSourceOf(ctx, f, w) {
  if (w?.type === "seq") return { inline: w, file: f };
  if (w?.type !== "scalar" || typeof w.value !== "string") return void 0;
  const target = path.resolve(path.dirname(f.abs), w.value);
  if (!escapesRepository(ctx, f.abs, target)) return { path: target, at: { node: w, file: f } };
  ctx.problems.add(f, w, outsideMessage(ctx, `The waivers file \`${w.value}\` resolves to`, target));
  return void 0;
}
function baselineOf(ctx, f, b) {
  if (b?.type !== "scalar" || typeof b.value !== "string") return void 0;
  const target = path.resolve(path.dirname(f.abs), b.value);
  const files = ctx.baselineFiles;
  const where = files ? files.resolve(target, !RepoFiles.within(files.root, target)) : void 0;
  if (escapesRepository(ctx, f.abs, target)) ctx.problems.add(f, b, outsideMessage(ctx, `The baseline \`${b.value}\` resolves to`, target));
  else if (where && "reason" in where && !where.missing) ctx.problems.add(f, b, `Cannot read the baseline \`${b.value}\` (${displayPath(ctx, target)}): ${where.reason}. Name a regular file inside the repository.`);
  else return target;
  return void 0;
}
function mergeLayers(layers) {
  const m = { rules: {}, ruleSources: {}, overrides: [], unsuppressible: /* @__PURE__ */ new Set() };
  for (const l of layers) {
    for (const [id, s] of l.rules) {
      const prev = m.rules[id];
      m.rules[id] = s.levelOnly && prev?.options ? { level: s.setting.level, options: prev.options } : s.setting;
      m.ruleSources[id] = s.source;
    }
    m.overrides.push(...l.overrides);
    l.unsuppressible.forEach((u) => m.unsuppressible.add(u));
    if (l.include) m.include = l.include;
    if (l.exclude) m.exclude = [...m.exclude ?? [], ...l.exclude];
    if (l.testFiles) m.testFiles = l.testFiles;
    if (l.clusters) m.clusters = { ...m.clusters, ...l.clusters };
    if (l.waivers) m.waiverSource = l.waivers;
    if (l.baseline) m.baseline = l.baseline;
    if (l.maxFileSize) m.maxFileSize = l.maxFileSize;
  }
  return m;
}
function loadWaivers(ctx, byId, source) {
  if (!("path" in source)) return waiversFromNode(source.inline, source.file, byId, ctx.problems, false);
  const t = ctx.readFile(source.path);
  const shown = displayPath(ctx, source.path);
  if (t === void 0) ctx.problems.add(source.at.file, source.at.node, `Cannot read the waivers file ${shown}.`);
  else if (typeof t !== "string") ctx.problems.add(source.at.file, source.at.node, `Cannot read the waivers file ${shown}: ${t.reason}. Name a regular file inside the repository.`);
  else {
    ctx.filesRead.push(source.path);
    return readWaivers(t, shown, byId, ctx.problems);
  }
  return [];
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
      if (lstatSync(p, { throwIfNoEntry: false })) return p;
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
  const readFile = repositoryConfigReader(root);
  const unreadable = (at, shown, reason) => ({ file: toPosix(path.relative(options.cwd, at)) || at, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${shown}: cannot be read: ${reason}. Give a regular config file inside the repository.` });
  if (file) {
    const text = readFile(file);
    if (typeof text !== "string") {
      const shown = options.configPath ? `--config ${options.configPath}` : toPosix(path.relative(root, file));
      return { loaded: emptyLoaded(options.rules), errors: [unreadable(file, shown, text?.reason ?? "no such file")] };
    }
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
      const text = readFile(wf);
      if (typeof text !== "string") return { loaded: result.loaded, errors: [...result.errors, unreadable(wf, display, text?.reason ?? "no such file")] };
      const waivers = readWaivers(text, display, new Map(result.loaded.rules.map((r) => [r.meta.id, r])), problems);
      result = { loaded: { ...result.loaded, waivers, files: [...result.loaded.files, wf] }, errors: [...result.errors, ...problems.list] };
    }
  }
  return result;
}
function emptyLoaded(rules) {
  return { config: { rules: {}, overrides: [] }, rules: rules ?? builtinRules, policyRules: [], waivers: [], files: [], ruleSources: {} };
}

// src/policy/baseline-at-base.ts
function deferredBaseline(settings) {
  let honoured = [];
  return {
    step: (findings, ctx) => baselineStep({ entries: honoured, config: settings.config, baselineFile: settings.path })(findings, ctx),
    atBase: {
      path: settings.path,
      resolve(baseText, ref) {
        const compared = compareBaselines(baseText, settings.headText, settings.path, { ref });
        honoured = compared.honoured;
        return compared.findings;
      }
    }
  };
}

// src/config/init.ts
import { lstatSync as lstatSync2 } from "node:fs";
import { writeFile } from "node:fs/promises";
import path2 from "node:path";
function lexists(p) {
  try {
    lstatSync2(p);
    return true;
  } catch {
    return false;
  }
}
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
    if (lexists(existing)) throw new UsageError(`${name} already exists; topiclint init does not overwrite it. Edit it, or delete it first to start over.`);
  }
  const target = path2.join(dir, CONFIG_FILE_NAMES[0]);
  try {
    await writeFile(target, STARTER_CONFIG, { flag: "wx" });
  } catch (e) {
    throw new UsageError(`Cannot write ${CONFIG_FILE_NAMES[0]} in ${dir} (${errorCode(e)}).`);
  }
  return target;
}

// src/config/index.ts
var DEFAULT_BASELINE_MAX_BYTES = 10 * 1024 * 1024;
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
  let baselineAtBase;
  const baselineFile = options.writingBaseline ? void 0 : options.baselinePath ? path3.resolve(options.cwd, options.baselinePath) : loaded.baseline;
  if (baselineFile) {
    const files = new RepoFiles(options.root);
    const read = files.readText(baselineFile, options.maxFileSize ?? loaded.maxFileSize ?? DEFAULT_BASELINE_MAX_BYTES, !RepoFiles.within(files.root, baselineFile));
    if ("missing" in read) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: no such file. Write one with \`topiclint --write-baseline ${options.baselinePath ?? ".topiclint-baseline.json"}\`.`);
    if (!("text" in read)) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: cannot be read: ${read.reason}. Give a regular file inside the repository.`);
    const parsed = parseBaseline(read.text);
    if ("error" in parsed) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: ${parsed.error}.`);
    const shown = toPosix(path3.relative(options.root, baselineFile));
    if (options.baselineAtBase && !shown.startsWith("..") && !path3.isAbsolute(shown)) {
      baselineAtBase = deferredBaseline({ path: shown, headText: read.text, config: loaded.config });
      steps.push(baselineAtBase.step);
    } else steps.push(baselineStep({ entries: parsed.entries, config: loaded.config, baselineFile: shown }));
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
      ...loaded.testFiles ? { testFiles: loaded.testFiles } : {},
      ...loaded.maxFileSize ? { maxFileSize: loaded.maxFileSize } : {},
      ...baselineAtBase ? { baselineAtBase: baselineAtBase.atBase } : {}
    }
  };
}
async function writeBaseline(file, findings, root) {
  const text = createBaseline(findings);
  await writeFileReplacingLinks(file, [text], root);
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
