import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  UsageError,
  builtinRules,
  builtinRulesById,
  cacheWritesSettled,
  lint,
  rootFor
} from "./chunk-KUDT5L2X.js";
import {
  TOOL
} from "./chunk-GUZY6HZC.js";
import {
  LEVEL_ORDER,
  escapeControls,
  escapeControlsKeepingLineFeeds,
  visibleEscape
} from "./chunk-K3QJIJ4O.js";
import {
  docsUrl
} from "./chunk-HMR2DMW7.js";
import {
  OutsideRepositoryError,
  appendFileNoFollow,
  writeFileReplacingLinks
} from "./chunk-7YCOOR22.js";
import {
  errorCode
} from "./chunk-R2M2RDWI.js";
import {
  toPosix
} from "./chunk-6MNQEI3M.js";
import {
  __commonJS,
  __toESM
} from "./chunk-JRJOGWBZ.js";

// node_modules/picocolors/picocolors.js
var require_picocolors = __commonJS({
  "node_modules/picocolors/picocolors.js"(exports, module) {
    var p = process || {};
    var argv = p.argv || [];
    var env = p.env || {};
    var isColorSupported = !(!!env.NO_COLOR || argv.includes("--no-color")) && (!!env.FORCE_COLOR || argv.includes("--color") || p.platform === "win32" || (p.stdout || {}).isTTY && env.TERM !== "dumb" || !!env.CI);
    var formatter = (open, close, replace = open) => (input) => {
      let string = "" + input, index = string.indexOf(close, open.length);
      return ~index ? open + replaceClose(string, close, replace, index) + close : open + string + close;
    };
    var replaceClose = (string, close, replace, index) => {
      let result = "", cursor = 0;
      do {
        result += string.substring(cursor, index) + replace;
        cursor = index + close.length;
        index = string.indexOf(close, cursor);
      } while (~index);
      return result + string.substring(cursor);
    };
    var createColors = (enabled = isColorSupported) => {
      let f = enabled ? formatter : () => String;
      return {
        isColorSupported: enabled,
        reset: f("\x1B[0m", "\x1B[0m"),
        bold: f("\x1B[1m", "\x1B[22m", "\x1B[22m\x1B[1m"),
        dim: f("\x1B[2m", "\x1B[22m", "\x1B[22m\x1B[2m"),
        italic: f("\x1B[3m", "\x1B[23m"),
        underline: f("\x1B[4m", "\x1B[24m"),
        inverse: f("\x1B[7m", "\x1B[27m"),
        hidden: f("\x1B[8m", "\x1B[28m"),
        strikethrough: f("\x1B[9m", "\x1B[29m"),
        black: f("\x1B[30m", "\x1B[39m"),
        red: f("\x1B[31m", "\x1B[39m"),
        green: f("\x1B[32m", "\x1B[39m"),
        yellow: f("\x1B[33m", "\x1B[39m"),
        blue: f("\x1B[34m", "\x1B[39m"),
        magenta: f("\x1B[35m", "\x1B[39m"),
        cyan: f("\x1B[36m", "\x1B[39m"),
        white: f("\x1B[37m", "\x1B[39m"),
        gray: f("\x1B[90m", "\x1B[39m"),
        bgBlack: f("\x1B[40m", "\x1B[49m"),
        bgRed: f("\x1B[41m", "\x1B[49m"),
        bgGreen: f("\x1B[42m", "\x1B[49m"),
        bgYellow: f("\x1B[43m", "\x1B[49m"),
        bgBlue: f("\x1B[44m", "\x1B[49m"),
        bgMagenta: f("\x1B[45m", "\x1B[49m"),
        bgCyan: f("\x1B[46m", "\x1B[49m"),
        bgWhite: f("\x1B[47m", "\x1B[49m"),
        blackBright: f("\x1B[90m", "\x1B[39m"),
        redBright: f("\x1B[91m", "\x1B[39m"),
        greenBright: f("\x1B[92m", "\x1B[39m"),
        yellowBright: f("\x1B[93m", "\x1B[39m"),
        blueBright: f("\x1B[94m", "\x1B[39m"),
        magentaBright: f("\x1B[95m", "\x1B[39m"),
        cyanBright: f("\x1B[96m", "\x1B[39m"),
        whiteBright: f("\x1B[97m", "\x1B[39m"),
        bgBlackBright: f("\x1B[100m", "\x1B[49m"),
        bgRedBright: f("\x1B[101m", "\x1B[49m"),
        bgGreenBright: f("\x1B[102m", "\x1B[49m"),
        bgYellowBright: f("\x1B[103m", "\x1B[49m"),
        bgBlueBright: f("\x1B[104m", "\x1B[49m"),
        bgMagentaBright: f("\x1B[105m", "\x1B[49m"),
        bgCyanBright: f("\x1B[106m", "\x1B[49m"),
        bgWhiteBright: f("\x1B[107m", "\x1B[49m")
      };
    };
    module.exports = createColors();
    module.exports.createColors = createColors;
  }
});

// src/cli.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

// src/formatters/escape.ts
var ZWSP = "&#8203;";
function breakAutolinks(markdown) {
  return markdown.replace(/(https?|ftp)(?=:)/gi, `$1${ZWSP}`).replace(/(www)(?=\.)/gi, `$1${ZWSP}`).replace(/@/g, `${ZWSP}@`);
}
function escapeMarkdown(s) {
  const escaped = escapeControls(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
  return breakAutolinks(escaped);
}
var COMMAND_START = /^(\s*)(:(?=:)|#(?=#\[))/;
function guardedLog(write) {
  let atLineStart = true;
  return (s) => {
    const lines = escapeControlsKeepingLineFeeds(s).split("\n");
    const out = lines.map((line, i) => i > 0 || atLineStart ? line.replace(COMMAND_START, (_, space, c) => `${space}${visibleEscape(c)}`) : line);
    if (s.length) atLineStart = s.endsWith("\n");
    write(out.join("\n"));
  };
}

// src/formatters/types.ts
function joined(pieces) {
  return (result, options) => {
    let out = "";
    for (const piece of pieces(result, options)) out += piece;
    return out;
  };
}

// src/formatters/compact.ts
function compactLine(f) {
  const r = f.location.region;
  return `${escapeControls(f.location.file)}:${r.startLine}:${r.startColumn}: ${f.level} ${escapeControls(f.message)} [${escapeControls(f.ruleId)}]`;
}
var compactReport = function* (result) {
  for (const f of result.findings) if (!f.suppression) yield `${compactLine(f)}
`;
};
var compact = joined(compactReport);

// src/formatters/github.ts
var ANNOTATIONS_PER_LEVEL = 10;
var COMMAND = { error: "error", warning: "warning", note: "notice" };
function escapeData(s) {
  return s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function clean(s) {
  return escapeControlsKeepingLineFeeds(s.replace(/\r\n|[\r\u2028\u2029\u0085]/g, "\n"));
}
function annotationPlan(result) {
  const visible = result.findings.filter((f) => !f.suppression);
  const levels = ["error", "warning", "note"].sort((a, b) => LEVEL_ORDER[b] - LEVEL_ORDER[a]);
  const shown = [];
  for (const level of levels) shown.push(...visible.filter((f) => f.level === level).slice(0, ANNOTATIONS_PER_LEVEL));
  return { shown, omitted: visible.length - shown.length };
}
function annotation(f) {
  const r = f.location.region;
  const props = [`file=${escapeProperty(clean(f.location.file))}`, `line=${r.startLine}`, `endLine=${r.endLine}`];
  if (r.startLine === r.endLine && r.endColumn >= r.startColumn) props.push(`col=${r.startColumn}`, `endColumn=${r.endColumn}`);
  props.push(`title=${escapeProperty(clean(`topiclint: ${f.ruleId}`))}`);
  const related = f.related.map((rel) => {
    const where = rel.location ? `${rel.location.file}:${rel.location.region.startLine}:${rel.location.region.startColumn}` : rel.external ? `${rel.external.ref}:${rel.external.path}:${rel.external.line}` : "";
    return `
\u21B3 ${rel.message}${where ? `: ${where}` : ""}`;
  });
  const message = clean(`${f.message}${related.join("")}`);
  return `::${COMMAND[f.level]} ${props.join(",")}::${escapeData(message)}`;
}
function omittedLine(omitted) {
  return `topiclint: ${omitted} more finding${omitted === 1 ? "" : "s"} not shown as annotations; see the job summary or SARIF`;
}
var githubReport = function* (result) {
  const plan = annotationPlan(result);
  for (const f of plan.shown) yield `${annotation(f)}
`;
  if (plan.omitted > 0) yield `${omittedLine(plan.omitted)}
`;
};
var github = joined(githubReport);

// src/formatters/json-text.ts
var LazyArray = class {
  constructor(source, map) {
    this.source = source;
    this.map = map;
  }
  source;
  map;
};
function hasToJson(value) {
  return typeof value.toJSON === "function";
}
function isSkipped(value) {
  return value === void 0 || typeof value === "function" || typeof value === "symbol";
}
var UNIT = "  ";
var RAW_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g;
function escapeJsonText(json2) {
  return json2.replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
function indented(value, pad) {
  const text = escapeJsonText(JSON.stringify(value, null, 2) ?? "null");
  return pad ? text.replace(/\n/g, `
${pad}`) : text;
}
function* jsonPieces(value, pad = "") {
  const inner = pad + UNIT;
  if (value instanceof LazyArray || Array.isArray(value)) {
    const lazy = value instanceof LazyArray ? value : void 0;
    const items = lazy ? lazy.source : value;
    let first = true;
    for (const item of items) {
      yield first ? `[
${inner}` : `,
${inner}`;
      first = false;
      const element = lazy ? lazy.map(item) : item;
      if (isSkipped(element)) yield "null";
      else if (lazy) yield indented(element, inner);
      else yield* jsonPieces(element, inner);
    }
    yield first ? "[]" : `
${pad}]`;
    return;
  }
  if (value && typeof value === "object" && !hasToJson(value)) {
    let first = true;
    for (const [key, v] of Object.entries(value)) {
      if (isSkipped(v)) continue;
      yield `${first ? "{\n" : ",\n"}${inner}${escapeJsonText(JSON.stringify(key))}: `;
      first = false;
      yield* jsonPieces(v, inner);
    }
    yield first ? "{}" : `
${pad}}`;
    return;
  }
  yield indented(value, pad);
}
function* batched(pieces, size = 64 * 1024) {
  let buffer = [];
  let length = 0;
  for (const piece of pieces) {
    buffer.push(piece);
    length += piece.length;
    if (length >= size) {
      yield buffer.join("");
      buffer = [];
      length = 0;
    }
  }
  if (length > 0) yield buffer.join("");
}

// src/formatters/json.ts
var JSON_FORMAT_VERSION = 1;
function jsonFinding(f) {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.location.file,
    line: f.location.region.startLine,
    column: f.location.region.startColumn,
    endLine: f.location.region.endLine,
    endColumn: f.location.region.endColumn,
    ...f.entityKind ? { entityKind: f.entityKind } : {},
    ...f.entityName !== void 0 ? { entityName: f.entityName } : {},
    ...f.field ? { field: f.field } : {},
    ...f.profile ? { profile: f.profile } : {},
    fingerprint: f.fingerprint,
    related: f.related.map(
      (r) => r.location ? { message: r.message, file: r.location.file, line: r.location.region.startLine, column: r.location.region.startColumn } : { message: r.message, ref: r.external?.ref, file: r.external?.path, line: r.external?.line }
    ),
    ...f.suppression ? { suppression: f.suppression } : {},
    ...f.baselineState ? { baselineState: f.baselineState } : {}
  };
}
function jsonFile(f) {
  return { path: f.path, status: f.status, formats: f.formats, ...f.reason ? { reason: f.reason } : {} };
}
var jsonReport = function* (result, options = {}) {
  const findings = result.findings.filter((f) => options.includeSuppressed || !f.suppression);
  const out = {
    version: JSON_FORMAT_VERSION,
    tool: { name: result.toolName, version: result.toolVersion },
    ...result.baseRef ? { baseRef: result.baseRef } : {},
    summary: {
      errors: findings.filter((f) => f.level === "error" && !f.suppression).length,
      warnings: findings.filter((f) => f.level === "warning" && !f.suppression).length,
      notes: findings.filter((f) => f.level === "note" && !f.suppression).length,
      ...result.stats
    },
    findings: new LazyArray(findings, jsonFinding),
    files: new LazyArray(result.files, jsonFile),
    ...result.unknowns ? { unknowns: result.unknowns } : {}
  };
  yield* jsonPieces(out);
  yield "\n";
};
var json = joined(jsonReport);

// src/formatters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "topiclint/v1";
var SRCROOT = "%SRCROOT%";
var GITHUB_DESCRIPTION_LIMIT = 1024;
var GITHUB_MAX_RESULTS = 25e3;
var GITHUB_MAX_RELATED = 1e3;
var GITHUB_MAX_TAGS = 20;
function encodeUriPath(path2) {
  const clean2 = path2.replace(/^(\.\/)+/, "").replace(/^\/+/, "");
  const bytes2 = new TextEncoder();
  let out = "";
  for (const ch of clean2) {
    if (/^[A-Za-z0-9\-._~/]$/.test(ch)) out += ch;
    else for (const b of bytes2.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}
function pascalCase(id) {
  return id.split(/[^A-Za-z0-9]+/).filter((w) => w.length > 0).map((w) => w[0].toUpperCase() + w.slice(1)).join("");
}
function escapeMessageText(s) {
  return escapeControlsKeepingLineFeeds(s).replace(/[[\]]/g, (c) => `\\${c}`);
}
function escapeHtml(s) {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
function limit(s, n = GITHUB_DESCRIPTION_LIMIT) {
  return s.length <= n ? s : `${s.slice(0, n - 1)}\u2026`;
}
var PROBLEM_SEVERITY = { error: "error", warning: "warning", note: "recommendation" };
var SECURITY_SEVERITY = { error: "8.0", warning: "5.0", note: "2.0" };
function ruleDescriptor(meta) {
  const url = docsUrl(meta);
  const description = escapeControlsKeepingLineFeeds(meta.description.trim() || meta.id);
  const rationale = escapeControlsKeepingLineFeeds(meta.rationale.trim()) || description;
  const tags = [...new Set(meta.tags)].slice(0, GITHUB_MAX_TAGS);
  const security = tags.includes("security");
  return {
    id: meta.id,
    name: pascalCase(meta.id) || meta.id,
    shortDescription: { text: limit(description) },
    fullDescription: { text: limit(rationale) },
    defaultConfiguration: { level: meta.level },
    helpUri: url,
    help: {
      text: `${description}

Why: ${rationale}

Documentation: ${url}`,
      markdown: `${escapeHtml(description)}

**Why:** ${escapeHtml(rationale)}

[Documentation for \`${meta.id}\`](${url})`
    },
    properties: {
      tags,
      precision: "very-high",
      "problem.severity": PROBLEM_SEVERITY[meta.level],
      ...security ? { "security-severity": SECURITY_SEVERITY[meta.level] } : {}
    }
  };
}
function placeholderMeta(id, level) {
  return { id, level, description: `Findings reported by topiclint as \`${id}\`.`, rationale: `Findings reported by topiclint as \`${id}\`.`, kind: "meta", tags: [], defaultOptions: {} };
}
function physical(file, region) {
  return {
    artifactLocation: { uri: encodeUriPath(file), uriBaseId: SRCROOT },
    region: { startLine: region.startLine, startColumn: region.startColumn, endLine: region.endLine, endColumn: region.endColumn }
  };
}
function toResult(f, ruleIndex, includeSuppressed) {
  const related = [];
  const links = [];
  const baseLocations = [];
  const baseMentions = [];
  for (const r of f.related) {
    if (r.location && related.length < GITHUB_MAX_RELATED - 1) {
      const id = related.length + 1;
      related.push({ id, physicalLocation: physical(r.location.file, r.location.region), message: { text: escapeMessageText(r.message) } });
      links.push(`[${escapeMessageText(r.message)}](${id})`);
    } else if (r.external) {
      const where = `${r.external.ref}:${r.external.path}:${r.external.line}`;
      baseLocations.push({ message: r.message, ref: r.external.ref, path: r.external.path, line: r.external.line, ...r.external.column !== void 0 ? { column: r.external.column } : {} });
      if (!f.message.includes(where)) baseMentions.push(`${r.message}: ${where}`);
    }
  }
  let text = escapeMessageText(f.message);
  if (baseMentions.length) text += ` (${escapeMessageText(baseMentions.join("; "))})`;
  if (links.length) text += ` Related: ${links.join(", ")}.`;
  const properties = {
    ...f.entityKind ? { entityKind: f.entityKind } : {},
    ...f.entityName !== void 0 ? { entityName: f.entityName } : {},
    ...f.field ? { field: f.field } : {},
    ...f.profile ? { profile: f.profile } : {},
    ...baseLocations.length ? { baseLocations } : {}
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text },
    locations: [{ physicalLocation: physical(f.location.file, f.location.region) }],
    ...related.length ? { relatedLocations: related } : {},
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...f.baselineState ? { baselineState: f.baselineState } : {},
    ...includeSuppressed && f.suppression ? { suppressions: [{ kind: f.suppression.kind, status: "accepted", justification: f.suppression.justification, properties: { source: f.suppression.source } }] } : {},
    ...Object.keys(properties).length ? { properties } : {}
  };
}
function capped(findings, max) {
  if (findings.length <= max) return [...findings];
  const keep = new Set(
    findings.map((f, i) => ({ f, i })).sort((a, b) => LEVEL_ORDER[b.f.level] - LEVEL_ORDER[a.f.level] || a.i - b.i).slice(0, max).map((x) => x.i)
  );
  return findings.filter((_, i) => keep.has(i));
}
function sarifDocument(result, options) {
  const includeSuppressed = options.includeSuppressed ?? false;
  const metas = [...result.rules];
  const index = /* @__PURE__ */ new Map();
  metas.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  const all = result.findings.filter((f) => includeSuppressed || !f.suppression);
  const max = options.maxResults ?? GITHUB_MAX_RESULTS;
  const findings = capped(all, max);
  const omitted = all.length - findings.length;
  for (const f of findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, metas.length);
      metas.push(placeholderMeta(f.ruleId, f.level));
    }
  }
  const rootUri = options.rootUri ? options.rootUri.endsWith("/") ? options.rootUri : `${options.rootUri}/` : void 0;
  const notifications = [];
  if (omitted > 0) {
    notifications.push({
      level: "warning",
      message: { text: `${omitted} findings (the least severe) were left out of this SARIF file: GitHub code scanning rejects a run with more than ${max} results. Every finding is in the json format.` }
    });
  }
  for (const f of result.files) {
    if (f.status !== "not-lintable") continue;
    notifications.push({
      level: "warning",
      message: { text: `Not linted: ${escapeControlsKeepingLineFeeds(f.reason ?? "the file cannot be read")}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeUriPath(f.path), uriBaseId: SRCROOT } } }]
    });
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: result.toolName,
            version: result.toolVersion,
            semanticVersion: result.toolVersion,
            informationUri: result.informationUri,
            rules: metas.map(ruleDescriptor)
          }
        },
        ...rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri } } } : {},
        ...notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {},
        results: new LazyArray(findings, (f) => toResult(f, index.get(f.ruleId), includeSuppressed)),
        columnKind: "utf16CodeUnits",
        ...result.baseRef || result.stats.testFilesLeftOut ? { properties: { ...result.baseRef ? { baseRef: result.baseRef } : {}, ...result.stats.testFilesLeftOut ? { testFilesLeftOut: result.stats.testFilesLeftOut } : {} } } : {}
      }
    ]
  };
}
var sarifReport = function* (result, options = {}) {
  yield* jsonPieces(sarifDocument(result, { ...options.rootUri ? { rootUri: options.rootUri } : {}, ...options.includeSuppressed ? { includeSuppressed: true } : {} }));
  yield "\n";
};
var sarif = joined(sarifReport);

// src/formatters/stylish.ts
var import_picocolors = __toESM(require_picocolors(), 1);
function plural(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function longest(strings) {
  let width = 0;
  for (const s of strings) if (s.length > width) width = s.length;
  return width;
}
var stylishReport = function* (result, options = {}) {
  const c = import_picocolors.default.createColors(options.color ?? false);
  const visible = result.findings.filter((f) => !f.suppression);
  const byFile = /* @__PURE__ */ new Map();
  for (const f of visible) {
    const list = byFile.get(f.location.file) ?? [];
    list.push(f);
    byFile.set(f.location.file, list);
  }
  for (const [file, findings] of byFile) {
    const lines2 = [c.underline(escapeControls(file))];
    const pos = findings.map((f) => `${f.location.region.startLine}:${f.location.region.startColumn}`);
    const width = longest(pos);
    findings.forEach((f, i) => {
      const level = f.level === "error" ? c.red("error  ") : f.level === "warning" ? c.yellow("warning") : c.blue("note   ");
      const profile = f.profile ? c.dim(` [profile ${escapeControls(f.profile)}]`) : "";
      lines2.push(`  ${c.dim(pos[i].padEnd(width))}  ${level}  ${escapeControls(f.message)}${profile}  ${c.dim(escapeControls(f.ruleId))}`);
      for (const r of f.related) {
        const where = r.location ? `${r.location.file}:${r.location.region.startLine}:${r.location.region.startColumn}` : r.external ? `${r.external.ref}:${r.external.path}:${r.external.line}` : "";
        lines2.push(`  ${" ".repeat(width)}           ${c.dim(`\u21B3 ${escapeControls(r.message)}: ${escapeControls(where)}`)}`);
      }
    });
    lines2.push("", "");
    yield lines2.join("\n");
  }
  const lines = [];
  const errors = visible.filter((f) => f.level === "error").length;
  const warnings = visible.filter((f) => f.level === "warning").length;
  const notes = visible.filter((f) => f.level === "note").length;
  const s = result.stats;
  const counts = `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")}`;
  const scope = `${plural(s.filesLinted, "file")} linted (${plural(s.topics, "topic")}, ${plural(s.consumerGroups, "consumer group")}, ${plural(s.clients, "client")})`;
  const other = [
    s.notCatalog ? `${s.notCatalog} not a catalog file` : "",
    s.notLintable ? `${s.notLintable} not lintable` : "",
    s.parseErrors ? `${plural(s.parseErrors, "file")} with parse errors` : "",
    s.suppressed ? `${s.suppressed} suppressed` : "",
    s.baselineFixed ? `${s.baselineFixed} baselined fixed` : "",
    s.testFilesLeftOut ? `${plural(s.testFilesLeftOut, "test file")} left out (--include-tests to lint them)` : ""
  ].filter(Boolean);
  const mark = errors ? c.red(c.bold("\u2716")) : warnings ? c.yellow(c.bold("\u26A0")) : c.green(c.bold("\u2714"));
  lines.push(`${mark} ${counts} in ${scope}${other.length ? `; ${other.join(", ")}` : ""}${result.baseRef ? `; compared with ${escapeControls(result.baseRef)}` : ""}`);
  const notLintable = result.files.filter((f) => f.status === "not-lintable");
  for (const f of notLintable) lines.push(c.dim(`  not lintable: ${escapeControls(f.path)}: ${escapeControls(f.reason ?? "")}`));
  if (options.verbose) {
    for (const f of result.files.filter((x) => x.status === "not-catalog")) lines.push(c.dim(`  not a catalog file: ${escapeControls(f.path)}${f.reason ? ` (${escapeControls(f.reason)})` : ""}`));
    for (const u of result.unknowns ?? []) lines.push(c.dim(`  unknown value: ${escapeControls(u.file)}:${u.line}:${u.column} ${escapeControls(u.what)} (${escapeControls(u.reason)})`));
  }
  yield `${lines.join("\n")}
`;
};
var stylish = joined(stylishReport);

// src/formatters/summary.ts
var SUMMARY_LIMIT_BYTES = 1024 * 1024;
function plural2(n, word) {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}
function bytes(s) {
  return Buffer.byteLength(s, "utf8");
}
function row(f) {
  const r = f.location.region;
  const related = f.related.map(
    (rel) => rel.location ? `${rel.message}: ${rel.location.file}:${rel.location.region.startLine}` : rel.external ? `${rel.message}: ${rel.external.ref}:${rel.external.path}:${rel.external.line}` : rel.message
  );
  const message = escapeMarkdown(f.message) + related.map((t) => `<br>\u21B3 ${escapeMarkdown(t)}`).join("");
  return `| ${escapeMarkdown(`${f.location.file}:${r.startLine}:${r.startColumn}`)} | ${f.level} | ${escapeMarkdown(f.ruleId)} | ${message} |
`;
}
function summary(result, options = {}) {
  const limit2 = options.limitBytes ?? SUMMARY_LIMIT_BYTES;
  const visible = result.findings.filter((f) => !f.suppression);
  const count = (level) => visible.filter((f) => f.level === level).length;
  const s = result.stats;
  let head = `## ${escapeMarkdown(result.toolName)}

`;
  head += `**${plural2(count("error"), "error")}, ${plural2(count("warning"), "warning")}, ${plural2(count("note"), "note")}** in ${plural2(s.filesLinted, "file")} (${plural2(s.topics, "topic")}, ${plural2(s.consumerGroups, "consumer group")}, ${plural2(s.clients, "client")})`;
  const other = [
    s.parseErrors ? `${plural2(s.parseErrors, "file")} with parse errors` : "",
    s.suppressed ? `${s.suppressed} suppressed` : "",
    s.baselineFixed ? `${s.baselineFixed} baselined fixed` : "",
    s.testFilesLeftOut ? `${plural2(s.testFilesLeftOut, "test file")} left out (--include-tests to lint them)` : ""
  ].filter(Boolean);
  if (other.length) head += `; ${other.join(", ")}`;
  if (result.baseRef) head += `; compared with ${escapeMarkdown(result.baseRef)}`;
  head += ".\n";
  if (options.annotationsOmitted) {
    head += `
> ${plural2(options.annotationsOmitted, "finding")} ${options.annotationsOmitted === 1 ? "was" : "were"} not shown as annotations (GitHub shows at most 10 per level in a step); the table below lists every finding.
`;
  }
  if (visible.length === 0) return `${head}
No findings.
`;
  const perRule = /* @__PURE__ */ new Map();
  for (const f of visible) {
    const c = perRule.get(f.ruleId) ?? { error: 0, warning: 0, note: 0 };
    c[f.level]++;
    perRule.set(f.ruleId, c);
  }
  const total = (c) => c.error + c.warning + c.note;
  const rules = [...perRule].sort((a, b) => total(b[1]) - total(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  head += "\n### Findings per rule\n\n| Rule | Errors | Warnings | Notes |\n| --- | ---: | ---: | ---: |\n";
  for (const [id, c] of rules) head += `| ${escapeMarkdown(id)} | ${c.error} | ${c.warning} | ${c.note} |
`;
  head += "\n### Findings\n\n| Location | Level | Rule | Message |\n| --- | --- | --- | --- |\n";
  const ordered = [...visible].sort((a, b) => LEVEL_ORDER[b.level] - LEVEL_ORDER[a.level]);
  const tail = (n) => `
_${plural2(n, "more finding")} left out to keep this summary under ${Math.floor(limit2 / 1024)} KiB; see the SARIF file or the job log._
`;
  let out = head;
  let used = bytes(head);
  const reserve = bytes(tail(ordered.length));
  let i = 0;
  for (; i < ordered.length; i++) {
    const line = row(ordered[i]);
    const size = bytes(line);
    if (used + size + reserve > limit2) break;
    out += line;
    used += size;
  }
  if (i < ordered.length) out += tail(ordered.length - i);
  return out;
}

// src/formatters/index.ts
var pieceFormatters = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: sarifReport,
  compact: compactReport,
  github: githubReport
};
var formatters = { stylish, json, sarif, compact, github };

// src/cli.ts
var EXIT = { ok: 0, findings: 1, usage: 2 };
var HELP = `Usage: topiclint [options] [paths...]
       topiclint rules                 list every rule
       topiclint explain <rule-id>     print a rule's documentation
       topiclint init                  write a commented starter topiclint.config.yaml

Lints Kafka topic catalogs, consumer groups and client configs under the given paths (default: .).

Options:
  -f, --format <name>      stylish (default), json, sarif, compact, github
  -o, --output <file>      write the report to a file instead of stdout
      --max-warnings <n>   exit 1 when there are more than n warnings
      --fail-on <level>    error (default), warning, note or none
      --verbose            also list files that are not catalogs and values that are unknown
      --max-file-size <n>  largest file read, in bytes (default 10485760)
      --cache              reuse per-file results of unchanged files (.topiclint-cache/)
      --cache-location <d> where the cache lives
      --concurrency <n>    accepted for compatibility (a number, 'auto' or 'off'): topiclint lints
                           on one thread, which was faster (docs/performance.md, "Threads")
      --no-color           no colours even on a terminal
      --base <ref>         also compare with the catalog at this git ref and run the change rules
                           (default in GitHub Actions on a pull request: the pull request's base)
      --no-base            no comparison, even on a pull request in GitHub Actions
  -c, --config <file>      configuration file (default: topiclint.config.yaml|yml|json, searched from
                           the working folder up to the repository root)
      --baseline <file>    report only findings that are not in this baseline as failing
      --write-baseline <f> record today's findings as the baseline in this file (exit 0)
      --include-tests      lint test sources (src/test/, __tests__/, *.spec.*, *IT.java, ...) as
                           production code; by default their code and client findings are left out
      --include-suppressed also write suppressed and baselined findings (SARIF \`suppressions\`)
      --summary <file>     append a Markdown summary (counts per rule, every finding) to this file;
                           done anyway to $GITHUB_STEP_SUMMARY when that is set (GitHub Actions)
      --annotations        also print GitHub annotations (as --format github) to stdout, e.g. beside
                           --format sarif --output FILE (needs --output)
      --pre-commit         lint the whole repository but report only findings in the given files
                           (what the pre-commit hook runs; with no files, report everything)
      --watch              lint again whenever a file under the paths changes (Ctrl-C to stop)
  -v, --version            print the version
  -h, --help               print this help

Exit codes: 0 no finding at the failure level, 1 findings at the failure level, 2 usage or configuration error.
`;
function failing(result, failOn) {
  if (failOn === "none") return false;
  return result.findings.some((f) => !f.suppression && LEVEL_ORDER[f.level] >= LEVEL_ORDER[failOn]);
}
async function pullRequestBase(io) {
  const env = io.env;
  if (env["GITHUB_ACTIONS"] !== "true" || !/^pull_request(_target)?$/.test(env["GITHUB_EVENT_NAME"] ?? "")) return void 0;
  const branch = env["GITHUB_BASE_REF"]?.trim() || void 0;
  const label = branch ? `origin/${branch}` : void 0;
  let sha;
  const eventPath = env["GITHUB_EVENT_PATH"];
  if (eventPath) {
    try {
      const event = JSON.parse(await readFile(eventPath, "utf8"));
      const s = event.pull_request?.base?.sha;
      if (typeof s === "string" && /^[0-9a-f]{40,64}$/i.test(s)) sha = s;
    } catch {
    }
  }
  if (sha) return { ref: sha, ...label ? { label, fallbacks: [label] } : {} };
  return label ? { ref: label } : void 0;
}
function onlyInFiles(result, root, cwd, files) {
  const wanted = new Set(files.map((f) => toPosix(path.relative(root, path.resolve(cwd, f)))));
  return { ...result, findings: result.findings.filter((f) => wanted.has(f.location.file)), files: result.files.filter((f) => wanted.has(f.path)) };
}
async function cacheSaltOf(files) {
  const contents = await Promise.all(files.map(async (f) => [f, await readFile(f, "utf8").catch(() => "(unreadable)")]));
  return JSON.stringify(contents);
}
function notWritten(e) {
  if (e instanceof OutsideRepositoryError) return ": its folder leads outside the repository through a symbolic link, and topiclint writes nothing outside the repository through a link";
  if (errorCode(e) === "ELOOP") return " (ELOOP): it is a symbolic link, and topiclint does not write through links in the repository; remove the link";
  return ` (${errorCode(e)})`;
}
async function runCli(cliIo) {
  const io = { ...cliIo, stderr: guardedLog(cliIo.stderr) };
  try {
    return await main(io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`topiclint: ${e.message}
`);
      return EXIT.usage;
    }
    io.stderr(`topiclint: internal error: ${e.stack ?? String(e)}
Please report this bug.
`);
    return EXIT.usage;
  } finally {
    await cacheWritesSettled();
  }
}
var OPTIONS = {
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "max-warnings": { type: "string" },
  "fail-on": { type: "string" },
  verbose: { type: "boolean" },
  "max-file-size": { type: "string" },
  concurrency: { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  base: { type: "string" },
  "no-base": { type: "boolean" },
  config: { type: "string", short: "c" },
  baseline: { type: "string" },
  "write-baseline": { type: "string" },
  "include-suppressed": { type: "boolean" },
  "include-tests": { type: "boolean" },
  summary: { type: "string" },
  annotations: { type: "boolean" },
  "pre-commit": { type: "boolean" },
  watch: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" }
};
async function main(io) {
  const { values, positionals } = parseCommandLine(io.argv);
  const done = await runSubcommand(io, values, positionals);
  if (done !== void 0) return done;
  const settings = checkRunFlags(values);
  if (values.watch) return watch(io, values, positionals);
  const baseRef = await baseRefOf(io, values);
  if (values.baseline !== void 0 && values["write-baseline"] !== void 0) throw new UsageError("--baseline and --write-baseline contradict each other; give one.");
  const root = rootFor(io.cwd, positionals);
  const result = await lintRun(io, values, positionals, settings, root, baseRef);
  await writeReports(io, values, settings, result, root);
  if (values["write-baseline"]) return writeBaselineFile(io, values["write-baseline"], result, root);
  return exitCode(io, result, settings);
}
function parseCommandLine(argv) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, options: OPTIONS });
  } catch (e) {
    throw new UsageError(`${e.message}. Run \`topiclint --help\` for the options.`);
  }
}
async function runSubcommand(io, values, positionals) {
  if (values.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (values.version) {
    io.stdout(`${TOOL.version}
`);
    return EXIT.ok;
  }
  if (positionals[0] === "rules") {
    const width = Math.max(...builtinRules.map((r) => r.meta.id.length));
    for (const r of [...builtinRules].sort((a, b) => a.meta.id < b.meta.id ? -1 : 1)) {
      io.stdout(`${r.meta.id.padEnd(width)}  ${r.meta.level.padEnd(7)}  ${r.meta.description}
`);
    }
    return EXIT.ok;
  }
  if (positionals[0] === "explain") {
    const id = positionals[1];
    const rule = id ? builtinRulesById.get(id) : void 0;
    if (!rule) throw new UsageError(`unknown rule \`${id ?? ""}\`. Run \`topiclint rules\` to list them.`);
    const { explainRule } = await import("./explain-5EIWJJQX.js");
    io.stdout(await explainRule(rule.meta));
    return EXIT.ok;
  }
  if (positionals[0] === "init") {
    const { writeStarterConfig } = await import("./config-3CQOX5UJ.js");
    const written = await writeStarterConfig(io.cwd);
    io.stdout(`Wrote ${path.relative(io.cwd, written) || written}. Run \`topiclint\` to lint with it.
`);
    return EXIT.ok;
  }
  return void 0;
}
function checkRunFlags(values) {
  const format = values.format ?? "stylish";
  const formatter = pieceFormatters[format];
  if (!formatter) throw new UsageError(`unknown format \`${format}\`; use one of ${Object.keys(pieceFormatters).join(", ")}.`);
  const failOn = values["fail-on"] ?? "error";
  if (!["error", "warning", "note", "none"].includes(failOn)) throw new UsageError(`--fail-on must be error, warning, note or none (got \`${failOn}\`).`);
  const maxWarnings = values["max-warnings"] !== void 0 ? Number(values["max-warnings"]) : void 0;
  if (maxWarnings !== void 0 && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) throw new UsageError("--max-warnings takes a whole number, 0 or more.");
  const maxFileSize = values["max-file-size"] !== void 0 ? Number(values["max-file-size"]) : void 0;
  if (maxFileSize !== void 0 && (!Number.isInteger(maxFileSize) || maxFileSize <= 0)) throw new UsageError("--max-file-size takes a positive number of bytes.");
  const concurrency = values.concurrency === void 0 ? void 0 : values.concurrency === "auto" || values.concurrency === "off" ? 1 : Number(values.concurrency);
  if (concurrency !== void 0 && (!Number.isInteger(concurrency) || concurrency < 1)) throw new UsageError("--concurrency takes a whole number of threads, `auto` or `off`.");
  if (values.annotations && !values.output) {
    throw new UsageError("--annotations prints GitHub workflow commands to stdout, where the report would go too; write the report to a file with --output (e.g. `--format sarif --output topiclint.sarif --annotations`).");
  }
  return { format, formatter, failOn, maxWarnings, maxFileSize, concurrency };
}
async function watch(io, values, positionals) {
  const { watchCommand } = await import("./watch-SBTOU2A4.js");
  const cacheFolder = values["cache-location"] ? path.resolve(rootFor(io.cwd, positionals), values["cache-location"]) : void 0;
  return watchCommand({ io, positionals, writes: [values.output, values.summary, io.env["GITHUB_STEP_SUMMARY"], values["write-baseline"]], writtenFolders: [cacheFolder], runCli: (argv) => runCli({ ...io, argv }) });
}
async function baseRefOf(io, values) {
  if (values.base !== void 0 && values["no-base"]) throw new UsageError("--base and --no-base contradict each other; give one.");
  if (values.base !== void 0 && values.base.trim() === "") throw new UsageError("--base takes a git ref, e.g. `--base origin/main`.");
  return values["no-base"] ? void 0 : values.base !== void 0 ? values.base : await pullRequestBase(io);
}
async function lintRun(io, values, positionals, settings, root, baseRef) {
  const { prepareLint } = await import("./config-3CQOX5UJ.js");
  const { maxFileSize, concurrency } = settings;
  const today = (/* @__PURE__ */ new Date()).toISOString().slice(0, 10);
  const lintPaths = values["pre-commit"] && positionals.length ? [root] : positionals;
  const prepared = prepareLint({
    cwd: io.cwd,
    root,
    today,
    wholeRepository: (lintPaths.length ? lintPaths : ["."]).some((p) => path.resolve(io.cwd, p) === root),
    ...values.config ? { configPath: values.config } : {},
    ...values.baseline ? { baselinePath: values.baseline } : {},
    ...values["write-baseline"] ? { writingBaseline: true } : {},
    ...baseRef ? { baselineAtBase: true } : {},
    ...maxFileSize ? { maxFileSize } : {}
  });
  const policyFiles = prepared.loaded.files.map((f) => toPosix(path.relative(root, f))).filter((f) => !f.startsWith("..") && !path.isAbsolute(f));
  const cacheSalt = values.cache ? await cacheSaltOf([...prepared.loaded.files, ...prepared.baselineFile ? [prepared.baselineFile] : []]) : void 0;
  const linted = await lint({
    ...prepared.lintOptions,
    ...policyFiles.length ? { policyFiles } : {},
    ...baseRef ? { baseRef } : {},
    ...concurrency !== void 0 ? { concurrency } : {},
    ...values.cache ? { cache: true } : {},
    ...cacheSalt !== void 0 ? { cacheSalt } : {},
    ...values["cache-location"] ? { cacheLocation: values["cache-location"] } : {},
    // In CI the checkout may be a pull request's: a cache inside it is not trusted (lint.ts, withTrustedCache).
    ...io.env["CI"] && io.env["CI"] !== "false" && io.env["CI"] !== "0" ? { untrustedCheckout: true } : {},
    paths: lintPaths,
    cwd: io.cwd,
    ...values.verbose ? { verbose: true } : {},
    ...maxFileSize ? { maxFileSize } : {},
    ...values["include-tests"] ? { testFiles: [] } : {},
    onWarning: (message) => io.stderr(`topiclint: ${message}
`)
  });
  return values["pre-commit"] && positionals.length ? onlyInFiles(linted, root, io.cwd, positionals) : linted;
}
async function writeReports(io, values, settings, result, root) {
  const { format, formatter } = settings;
  const color = !values["no-color"] && !io.env["NO_COLOR"] && (values.color === true || io.isTTY && !values.output);
  const report = batched(
    formatter(result, {
      color,
      ...values.verbose ? { verbose: true } : {},
      ...values["include-suppressed"] ? { includeSuppressed: true } : {},
      ...format === "sarif" ? { rootUri: pathToFileURL(root).href } : {}
    })
  );
  if (values.output) {
    const target = path.resolve(io.cwd, values.output);
    await writeFileReplacingLinks(target, report, root).catch((e) => {
      throw new UsageError(`cannot write the report to ${values.output}${notWritten(e)}: give --output a file in a folder you can write to.`);
    });
  } else for (const piece of report) io.stdout(piece);
  const annotated = format === "github" || values.annotations === true;
  if (values.annotations && format !== "github") io.stdout(formatters["github"](result));
  const summaryFiles = [...new Set([values.summary, io.env["GITHUB_STEP_SUMMARY"]].filter((f) => !!f && f.trim() !== "").map((f) => path.resolve(io.cwd, f)))];
  if (summaryFiles.length) {
    const markdown = summary(result, annotated ? { annotationsOmitted: annotationPlan(result).omitted } : {});
    for (const file of summaryFiles) {
      await appendFileNoFollow(file, markdown, root).catch((e) => {
        throw new UsageError(`cannot write the job summary to ${file}${notWritten(e)}.`);
      });
    }
  }
}
async function writeBaselineFile(io, file, result, root) {
  const { writeBaseline } = await import("./config-3CQOX5UJ.js");
  const n = await writeBaseline(path.resolve(io.cwd, file), result.findings, root).catch((e) => {
    throw new UsageError(`cannot write the baseline to ${file}${notWritten(e)}.`);
  });
  io.stderr(`topiclint: wrote ${n} finding${n === 1 ? "" : "s"} to the baseline ${file}; later runs with --baseline fail only on new ones.
`);
  return EXIT.ok;
}
function exitCode(io, result, settings) {
  const { failOn, maxWarnings } = settings;
  if (failing(result, failOn)) return EXIT.findings;
  const warnings = result.findings.filter((f) => !f.suppression && f.level === "warning").length;
  if (maxWarnings !== void 0 && warnings > maxWarnings) {
    io.stderr(`topiclint: ${warnings} warnings, more than --max-warnings ${maxWarnings}.
`);
    return EXIT.findings;
  }
  return EXIT.ok;
}

export {
  EXIT,
  pullRequestBase,
  onlyInFiles,
  runCli
};
