import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  LineIndex,
  SettingsResolver,
  boundQuoted,
  didYouMean,
  globMatcher,
  parseYaml,
  regionOf,
  sortFindings
} from "./chunk-K3QJIJ4O.js";

// src/policy/exceptions.ts
import { createHash } from "node:crypto";
function levelFor(resolver, ruleId, file) {
  const s = resolver.resolve(ruleId, file);
  return s.level === "off" ? void 0 : s.level;
}
var lastIndexed;
function lineIndexOf(text) {
  if (lastIndexed?.text !== text) lastIndexed = { text, index: new LineIndex(text) };
  return lastIndexed.index;
}
function makeFinding(ruleId, level, message, file, text, start, end, key) {
  return {
    ruleId,
    level,
    message,
    location: { file, region: regionOf(lineIndexOf(text), start, end) },
    related: [],
    fingerprint: createHash("sha256").update(`${ruleId}|${file}|${key}`).digest("hex").slice(0, 32)
  };
}
var HASH_COMMENTS = /\.(ya?ml|properties|tf|tfvars|hcl|sh|env|conf|toml)$/i;
var SLASH_COMMENTS = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|java|kt|kts|scala|groovy|tf|hcl)$/i;
var MARKER = "topiclint-disable";
var MAX_SUPPRESSED_RULE_ID = 128;
var MAX_SUPPRESSION_REASON = 1e3;
function scanSuppressions(file, text) {
  if (!text.includes(MARKER)) return [];
  const hash = HASH_COMMENTS.test(file);
  const slash = SLASH_COMMENTS.test(file);
  if (!hash && !slash) return [];
  const openers = [...hash ? ["#"] : [], .../\.properties$/i.test(file) ? ["!"] : [], ...slash ? ["//", "/*"] : []].map((o) => o.replace(/[/*]/g, "\\$&")).join("|");
  const re = new RegExp(`(^|[\\s;,({])(${openers})[ \\t]*${MARKER}-(next-line|line|file)(?![\\w-])`, "g");
  const out = [];
  const index = new LineIndex(text);
  let close = -2;
  let m;
  while ((m = re.exec(text)) !== null) {
    const opener = m[2];
    const start = m.index + m[1].length;
    const bodyStart = m.index + m[0].length;
    let bodyEnd = text.indexOf("\n", bodyStart);
    if (bodyEnd < 0) bodyEnd = text.length;
    let end = bodyEnd;
    if (opener === "/*") {
      if (close !== -1 && close < bodyStart) close = text.indexOf("*/", bodyStart);
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
    const reason = truncate(sep >= 0 ? body.slice(sep).replace(/^\s*--\s*/, "").trim() : "", MAX_SUPPRESSION_REASON);
    const rules = [...new Set(rulesText.split(/[\s,]+/).filter(Boolean).map((id) => truncate(id, MAX_SUPPRESSED_RULE_ID)))];
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
function commentsByPlace(comments) {
  const index = /* @__PURE__ */ new Map();
  const add = (key, c) => {
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  };
  for (const c of comments) {
    if (c.kind !== "file") add(`${c.file}\0line\0${c.line}`, c);
    else if (c.rules.length === 0) add(`${c.file}\0file\0*`, c);
    else for (const rule of c.rules) add(`${c.file}\0file\0${rule}`, c);
  }
  return (f) => {
    const found = [`line\0${f.location.region.startLine}`, "file\0*", `file\0${f.ruleId}`].flatMap((k) => index.get(`${f.location.file}\0${k}`) ?? []);
    return found.length > 1 ? found.sort((a, b) => a.loc.start - b.loc.start) : found;
  };
}
function fingerprintKey(rules) {
  const joined = rules.join(",");
  return joined.length > 1e3 ? createHash("sha256").update(joined).digest("hex") : joined;
}
function truncate(text, max) {
  return text.length > max ? `${text.slice(0, max - 1)}\u2026` : text;
}
function inlineSuppressionStep(settings) {
  const resolver = new SettingsResolver(settings.config, new Map(settings.rules.map((r) => [r.meta.id, r])));
  const unsuppressible = new Set(settings.config.unsuppressible ?? []);
  const ruleIds = new Set(settings.rules.map((r) => r.meta.id));
  return (findings, { texts }) => {
    const comments = [];
    for (const [file, text] of texts) comments.push(...scanSuppressions(file, text));
    if (comments.length === 0) return findings;
    const candidates = commentsByPlace(comments);
    const used = /* @__PURE__ */ new Map();
    const blocked = /* @__PURE__ */ new Map();
    const out = findings.map((f) => {
      if (f.suppression) return f;
      for (const c of candidates(f)) {
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
      const rulesKey = fingerprintKey(c.rules);
      const shownIds = c.rules.length > 5 ? `${c.rules.slice(0, 5).join(", ")} and ${c.rules.length - 5} more` : c.rules.join(", ");
      const scope = c.kind === "file" ? "in this file" : `on line ${c.line}`;
      const reasonLevel = levelFor(resolver, "suppression-reason", c.file);
      if (!c.reason && reasonLevel) {
        extra.push(
          makeFinding("suppression-reason", reasonLevel, `\`${what}${c.rules.length ? ` ${shownIds}` : ""}\` gives no reason: an exception nobody can explain is never revisited. Add one after \` -- \`, e.g. \`${what} ${shownIds || "<rule>"} -- replicated by MirrorMaker, see OPS-123\`.`, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${rulesKey}|reason`)
        );
      }
      const unusedLevel = levelFor(resolver, "unused-suppression", c.file);
      if (!unusedLevel) continue;
      const hits = used.get(c) ?? /* @__PURE__ */ new Set();
      const stopped = blocked.get(c) ?? /* @__PURE__ */ new Set();
      const report = (rule, message) => extra.push(makeFinding("unused-suppression", unusedLevel, message, c.file, text, c.loc.start, c.loc.end, `${c.kind}|${rulesKey}|${rule ?? "*"}`));
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
    const level = levelFor(resolver, "expired-waiver", w.file);
    const who = `for \`${w.rule}\` on \`${w.target}\` (approved by ${w.approvedBy})`;
    if (days < 0) {
      if (level) extra.push(makeFinding("expired-waiver", level, `The waiver ${who} expired on ${w.expires}, so it no longer applies and its findings are reported again. Fix them, or renew the waiver with a new date and a fresh approval.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expired`));
      continue;
    }
    if (days <= EXPIRY_WARNING_DAYS && level) {
      extra.push(makeFinding("expired-waiver", "warning", `The waiver ${who} expires on ${w.expires}, in ${days === 0 ? "less than a day" : `${days} day${days === 1 ? "" : "s"}`}: its findings will then fail the build. Fix them or get the waiver renewed now.`, w.file, w.text, w.expiresLoc.start, w.expiresLoc.end, `${w.rule}|${w.target}|expiring`));
    }
    if (unsuppressible.has(w.rule)) {
      const unused = levelFor(resolver, "unused-suppression", w.file);
      if (unused) extra.push(makeFinding("unused-suppression", unused, `The waiver ${who} cannot apply: \`${w.rule}\` is unsuppressible in this repository's configuration. Fix the finding and remove the waiver.`, w.file, w.text, w.loc.start, w.loc.end, `${w.rule}|${w.target}|unsuppressible`));
      continue;
    }
    const glob = globMatcher([w.target]);
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
      const level = judged ? levelFor(resolver, "unused-suppression", w.file) : void 0;
      if (!level) continue;
      unused.push(
        makeFinding(
          "unused-suppression",
          level,
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
    return { error: `not JSON (${boundQuoted(e.message)})` };
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

// src/policy/weakened.ts
import { createHash as createHash2 } from "node:crypto";
var POLICY_WEAKENED = "policy-weakened";
var LEVELS = { off: 0, note: 1, warning: 2, error: 3 };
function side(text) {
  const t = text ?? "";
  let root;
  try {
    const parsed = parseYaml(t);
    const r = parsed.documents[0]?.root;
    if (r?.type === "map" && parsed.errors.length === 0) root = r;
  } catch {
    root = void 0;
  }
  return { text: t, root, index: new LineIndex(t) };
}
var pair = (node, key) => node?.type === "map" ? node.pairs.find((p) => p.key === key) : void 0;
var scalar = (node) => node?.type === "scalar" && node.value !== null ? String(node.value) : void 0;
var strings = (node) => node?.type === "seq" ? node.items.flatMap((i) => scalar(i) !== void 0 ? [{ value: scalar(i), node: i }] : []) : scalar(node) !== void 0 ? [{ value: scalar(node), node }] : [];
function plain(node) {
  if (!node) return void 0;
  if (node.type === "scalar") return node.value;
  if (node.type === "seq") return node.items.map(plain);
  return Object.fromEntries(node.pairs.map((p) => [p.key, plain(p.value)]));
}
function setting(node) {
  if (!node) return { level: void 0, levelNode: void 0, options: void 0, node };
  if (node.type === "scalar") return { level: scalar(node), levelNode: node, options: void 0, node };
  if (node.type === "seq") {
    const opts2 = node.items[1];
    return { level: scalar(node.items[0]), levelNode: node.items[0], options: opts2?.type === "map" ? opts2 : void 0, node };
  }
  const opts = pair(node, "options")?.value;
  return { level: scalar(pair(node, "level")?.value), levelNode: pair(node, "level")?.value, options: opts?.type === "map" ? opts : void 0, node };
}
var MIN_KEY = /^(min|minimum|atleast|floor|least)|min$/i;
var MAX_KEY = /^(max|maximum|atmost|limit|cap|ceiling)|max$/i;
var SHRINK_IS_WEAKER = /forbid|deny|disallow|block|require|mandatory|must|reject/i;
var GROW_IS_WEAKER = /allow|permit|accept|ignore|exclude|skip|except/i;
function relaxation(key, a, b) {
  if (JSON.stringify(a) === JSON.stringify(b)) return void 0;
  if (b === void 0) return `was removed (it falls back to the rule's default)`;
  if (typeof a === "number" && typeof b === "number") {
    if (MIN_KEY.test(key)) return b < a ? `was lowered from ${a} to ${b}` : void 0;
    if (MAX_KEY.test(key)) return b > a ? `was raised from ${a} to ${b}` : void 0;
    return `changed from ${a} to ${b}, and topiclint cannot tell whether that is stricter`;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const as = new Set(a.map((x) => JSON.stringify(x)));
    const bs = new Set(b.map((x) => JSON.stringify(x)));
    const removed = [...as].filter((x) => !bs.has(x));
    const added = [...bs].filter((x) => !as.has(x));
    if (SHRINK_IS_WEAKER.test(key)) return removed.length ? `no longer lists ${removed.join(", ")}` : void 0;
    if (GROW_IS_WEAKER.test(key)) return added.length ? `now also lists ${added.join(", ")}` : void 0;
  }
  if (a === void 0) return `was added (${JSON.stringify(b)}), and topiclint cannot tell whether that is stricter than the default`;
  return `changed from ${JSON.stringify(a)} to ${JSON.stringify(b)}, and topiclint cannot tell whether that is stricter`;
}
function compareSettings(where, id, base, head, fallbackLevel, defaults, out, keyNode) {
  const from = base?.level ?? fallbackLevel;
  const to = head.level ?? fallbackLevel;
  const wasAt = base?.levelNode ? { start: base.levelNode.start, end: base.levelNode.end } : void 0;
  if (from !== void 0 && to !== void 0 && (LEVELS[to] ?? 3) < (LEVELS[from] ?? 0)) {
    out.push({
      field: `${where}.${id}.level`,
      message: to === "off" ? `turns rule \`${id}\` off${where === "rules" ? "" : ` in ${where}`} (it was ${from})` : `lowers rule \`${id}\`${where === "rules" ? "" : ` in ${where}`} from ${from} to ${to}`,
      at: head.levelNode ? { start: head.levelNode.start, end: head.levelNode.end } : keyNode,
      was: wasAt
    });
  }
  if (to === "off") return;
  const a = { ...defaults, ...plain(base?.options) ?? {} };
  const b = { ...defaults, ...plain(head.options) ?? {} };
  for (const key of /* @__PURE__ */ new Set([...Object.keys(a), ...Object.keys(b)])) {
    const why = relaxation(key, a[key], b[key]);
    if (!why) continue;
    const node = pair(head.options, key);
    const baseNode = pair(base?.options, key);
    out.push({
      field: `${where}.${id}.options.${key}`,
      message: `relaxes rule \`${id}\`${where === "rules" ? "" : ` in ${where}`}: option \`${key}\` ${why}`,
      at: node ? { start: node.value?.start ?? node.start, end: node.value?.end ?? node.end } : head.node ? { start: head.node.start, end: head.node.end } : keyNode,
      was: baseNode ? { start: baseNode.value?.start ?? baseNode.start, end: baseNode.value?.end ?? baseNode.end } : void 0
    });
  }
}
function compareRuleMaps(where, base, head, fallback, opts, out, anchor) {
  const headPairs = head?.type === "map" ? head.pairs : [];
  const basePairs = base?.type === "map" ? base.pairs : [];
  for (const hp of headPairs) {
    const meta = opts.rules?.get(hp.key)?.meta;
    const bp = basePairs.find((p) => p.key === hp.key);
    const prior = bp ? setting(bp.value) : fallback(hp.key);
    const defaults = meta?.defaultOptions ?? {};
    compareSettings(where, hp.key, prior, setting(hp.value), prior?.level ?? meta?.level, defaults, out, { start: hp.keyNode.start, end: hp.keyNode.end });
  }
  for (const bp of basePairs) {
    if (headPairs.some((p) => p.key === bp.key)) continue;
    const before = setting(bp.value);
    const after = fallback(bp.key) ?? { level: opts.rules?.get(bp.key)?.meta.level, levelNode: void 0, options: void 0, node: void 0 };
    if (after.level === void 0 || before.level === void 0) continue;
    if ((LEVELS[after.level] ?? 3) < (LEVELS[before.level] ?? 0)) {
      out.push({ field: `${where}.${bp.key}.level`, message: `removes the \`${bp.key}\` setting${where === "rules" ? "" : ` from ${where}`}, which lowers it from ${before.level} to ${after.level}`, at: anchor, was: { start: bp.start, end: bp.end } });
    }
  }
}
function listRemoved(key, base, head, what, out, tail = "") {
  const b = strings(pair(base.root, key)?.value);
  const hp = pair(head.root, key);
  const h = strings(hp?.value).map((x) => x.value);
  for (const item of b) {
    if (h.includes(item.value)) continue;
    out.push({ field: `${key}.${item.value}`, message: `removes \`${item.value}\` from \`${key}\` (${what})${tail}`, at: hp ? { start: hp.keyNode.start, end: hp.keyNode.end } : void 0, was: { start: item.node.start, end: item.node.end } });
  }
}
function waiverKey(node) {
  return `${scalar(pair(node, "rule")?.value) ?? ""}|${scalar(pair(node, "target")?.value) ?? ""}`;
}
function compareWaivers(base, head, out) {
  const bs = base?.type === "seq" ? base.items : [];
  const hs = head?.type === "seq" ? head.items : [];
  for (const w of hs) {
    const key = waiverKey(w);
    const prior = bs.find((b) => waiverKey(b) === key);
    const rule = scalar(pair(w, "rule")?.value) ?? "?";
    const target = scalar(pair(w, "target")?.value) ?? "?";
    const expires = pair(w, "expires");
    if (!prior) {
      out.push({ field: `waiver.${key}`, message: `adds a waiver of \`${rule}\` for \`${target}\`${expires ? ` until ${scalar(expires.value) ?? "?"}` : ""}`, at: { start: w.start, end: pair(w, "rule")?.end ?? w.end } });
      continue;
    }
    const was = scalar(pair(prior, "expires")?.value);
    const now = scalar(expires?.value);
    if (was !== void 0 && now !== void 0 && now > was) {
      const wasNode = pair(prior, "expires")?.value;
      out.push({ field: `waiver.${key}.expires`, message: `extends the waiver of \`${rule}\` for \`${target}\` from ${was} to ${now}`, at: { start: expires.value.start, end: expires.value.end }, was: wasNode ? { start: wasNode.start, end: wasNode.end } : void 0 });
    }
  }
}
function overrideKey(node) {
  return JSON.stringify([plain(pair(node, "files")?.value), plain(pair(node, "excludedFiles")?.value), plain(pair(node, "when")?.value)]);
}
function isWaiversFile(root) {
  return !!root && root.pairs.every((p) => p.key === "waivers" || p.key === "$schema") && pair(root, "waivers") !== void 0;
}
function isPolicyFile(root) {
  const rules = pair(root, "rules")?.value;
  return !!root && root.pairs.every((p) => p.key === "rules" || p.key === "$schema") && rules?.type === "map" && rules.pairs.some((p) => pair(p.value, "match") !== void 0);
}
var NAMED_FILES = 5;
function narrowing(base, head, files) {
  if (!files) return { hiddenBy: () => "" };
  const globsOf = (s, key) => pair(s.root, key) ? strings(pair(s.root, key)?.value).map((x) => x.value) : void 0;
  const selects = (s) => {
    const include = globsOf(s, "include");
    const inc = include ? globMatcher(include) : void 0;
    const exc = globMatcher(globsOf(s, "exclude") ?? []);
    return (p) => (!inc || inc(p)) && !exc(p);
  };
  const before = selects(base);
  const after = selects(head);
  const hidden = files.filter((p) => before(p) && !after(p));
  const headInclude = globsOf(head, "include");
  const includes = headInclude ? globMatcher(headInclude) : () => true;
  return {
    hiddenBy(by) {
      const match = by === "include" ? (p) => !includes(p) : globMatcher([by]);
      const named = hidden.filter(match);
      if (named.length === 0) return " (no file linted at the base is hidden by it yet)";
      const shown = named.slice(0, NAMED_FILES).map((p) => `\`${p}\``).join(", ");
      const more = named.length > NAMED_FILES ? ` and ${named.length - NAMED_FILES} more` : "";
      return `, which hides ${named.length} file${named.length === 1 ? "" : "s"} linted at the base: ${shown}${more}`;
    }
  };
}
function comparePolicies(baseText, headText, path, opts = {}) {
  const base = side(baseText);
  const head = side(headText);
  if (headText !== void 0 && head.root === void 0 && headText.trim() !== "") return [];
  const changes = [];
  const shape = base.root ?? head.root;
  if (isWaiversFile(shape)) {
    compareWaivers(pair(base.root, "waivers")?.value, pair(head.root, "waivers")?.value, changes);
  } else if (isPolicyFile(shape)) {
    const bRules = pair(base.root, "rules")?.value;
    const hRules = pair(head.root, "rules")?.value;
    const hp = pair(head.root, "rules");
    for (const b of bRules?.type === "map" ? bRules.pairs : []) {
      const h = pair(hRules, b.key);
      if (!h) {
        changes.push({ field: `policy.${b.key}`, message: `removes custom rule \`${b.key}\``, at: hp ? { start: hp.keyNode.start, end: hp.keyNode.end } : void 0, was: { start: b.keyNode.start, end: b.keyNode.end } });
        continue;
      }
      const from = scalar(pair(b.value, "level")?.value) ?? "error";
      const toNode = pair(h.value, "level")?.value;
      const to = scalar(toNode) ?? "error";
      if ((LEVELS[to] ?? 3) < (LEVELS[from] ?? 0)) {
        changes.push({ field: `policy.${b.key}.level`, message: `lowers custom rule \`${b.key}\` from ${from} to ${to}`, at: toNode ? { start: toNode.start, end: toNode.end } : { start: h.keyNode.start, end: h.keyNode.end } });
      }
      for (const part of ["match", "require"]) {
        if (JSON.stringify(plain(pair(b.value, part)?.value)) === JSON.stringify(plain(pair(h.value, part)?.value))) continue;
        const node = pair(h.value, part);
        changes.push({
          field: `policy.${b.key}.${part}`,
          message: `changes the \`${part}\` of custom rule \`${b.key}\`, and topiclint cannot tell whether it is stricter`,
          at: node ? { start: node.keyNode.start, end: node.value?.end ?? node.end } : { start: h.keyNode.start, end: h.keyNode.end }
        });
      }
    }
  } else {
    const topRules = (r) => pair(r, "rules")?.value;
    const headRulesPair = pair(head.root, "rules");
    compareRuleMaps("rules", topRules(base.root), topRules(head.root), () => void 0, opts, changes, headRulesPair ? { start: headRulesPair.keyNode.start, end: headRulesPair.keyNode.end } : void 0);
    const bo = pair(base.root, "overrides")?.value;
    const ho = pair(head.root, "overrides")?.value;
    const baseOverrides = bo?.type === "seq" ? bo.items : [];
    const topLevel = (id) => {
      const p = pair(topRules(head.root), id);
      return p ? setting(p.value) : void 0;
    };
    (ho?.type === "seq" ? ho.items : []).forEach((o, i) => {
      const prior = baseOverrides.find((b) => overrideKey(b) === overrideKey(o));
      const rulesPair = pair(o, "rules");
      compareRuleMaps(`overrides[${i}]`, pair(prior, "rules")?.value, rulesPair?.value, topLevel, opts, changes, rulesPair ? { start: rulesPair.keyNode.start, end: rulesPair.keyNode.end } : void 0);
    });
    listRemoved("extends", base, head, "its rules no longer apply", changes);
    listRemoved("policies", base, head, "its custom rules no longer run", changes);
    listRemoved("unsuppressible", base, head, "it can now be waived or suppressed", changes);
    const scope = narrowing(base, head, opts.files);
    if (pair(head.root, "include")) listRemoved("include", base, head, "fewer files are linted", changes, scope.hiddenBy("include"));
    const be = strings(pair(base.root, "exclude")?.value).map((x) => x.value);
    for (const e of strings(pair(head.root, "exclude")?.value)) {
      if (!be.includes(e.value)) changes.push({ field: `exclude.${e.value}`, message: `excludes \`${e.value}\` from linting${scope.hiddenBy(e.value)}`, at: { start: e.node.start, end: e.node.end } });
    }
    if (pair(head.root, "include") && !pair(base.root, "include") && base.root) {
      const ip = pair(head.root, "include");
      changes.push({ field: "include", message: `limits linting to the \`include\` globs${scope.hiddenBy("include")}`, at: { start: ip.keyNode.start, end: ip.value?.end ?? ip.end } });
    }
    const hw = pair(head.root, "waivers")?.value;
    if (hw?.type === "seq") compareWaivers(pair(base.root, "waivers")?.value, hw, changes);
    for (const key of ["waivers", "baseline"]) {
      const b = scalar(pair(base.root, key)?.value);
      const hpair = pair(head.root, key);
      const h = scalar(hpair?.value);
      if (h !== void 0 && h !== b) changes.push({ field: key, message: `points \`${key}\` at ${h}${b ? ` instead of ${b}` : ""}`, at: { start: hpair.value.start, end: hpair.value.end } });
    }
  }
  return findingsOf(changes, base, head, headText, path, opts);
}
function findingsOf(changes, base, head, headText, path, opts) {
  const ref = opts.ref ?? "base";
  const seen = /* @__PURE__ */ new Map();
  return changes.map((c) => {
    const region = c.at && headText !== void 0 ? regionOf(head.index, c.at.start, c.at.end) : { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 };
    const related = c.was ? [{ message: `setting at ${ref}`, external: { ref, path, line: base.index.position(c.was.start).line, column: base.index.position(c.was.start).column } }] : [];
    const key = `${POLICY_WEAKENED}|${path}|${c.field}`;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return {
      ruleId: POLICY_WEAKENED,
      level: opts.level ?? "error",
      message: `This change ${c.message}${headText === void 0 ? " (the file is deleted)" : ""}, which weakens the policy that judges this pull request. A change that relaxes topiclint must not pass unseen in the same diff it may excuse. Have the platform team that owns the policy review and approve it, or revert it.`,
      location: { file: path, region },
      related,
      field: c.field,
      fingerprint: createHash2("sha256").update(n === 0 ? key : `${key}#${n}`).digest("hex").slice(0, 32)
    };
  });
}
function compareBaselines(baseText, headText, path, opts = {}) {
  const parsed = parseBaseline(headText);
  if ("error" in parsed) return { honoured: [], findings: [] };
  if (baseText === headText) return { honoured: parsed.entries, findings: [] };
  const atBase = baseText === void 0 ? void 0 : parseBaseline(baseText);
  const left = /* @__PURE__ */ new Map();
  for (const e of atBase && "entries" in atBase ? atBase.entries : []) left.set(e.fingerprint, (left.get(e.fingerprint) ?? 0) + 1);
  const honoured = [];
  const added = [];
  parsed.entries.forEach((entry, index) => {
    const n = left.get(entry.fingerprint) ?? 0;
    if (n > 0) {
      left.set(entry.fingerprint, n - 1);
      honoured.push(entry);
    } else added.push({ entry, index });
  });
  if (added.length === 0) return { honoured, findings: [] };
  const head = side(headText);
  const list = pair(head.root, "findings")?.value;
  const items = (list?.type === "seq" ? list.items : []).filter((i) => {
    const fingerprint = pair(i, "fingerprint")?.value;
    return fingerprint?.type === "scalar" && typeof fingerprint.value === "string";
  });
  const changes = added.map(({ entry, index }) => {
    const item = items[index];
    const shown = (v, max) => {
      const s = typeof v === "string" || typeof v === "number" ? String(v) : "?";
      return s.length > max ? `${s.slice(0, max)}\u2026` : s;
    };
    return {
      field: `baseline.${entry.fingerprint}`,
      message: `adds a baseline entry that hides \`${shown(entry.ruleId, 80)}\` at ${shown(entry.file, 200)}:${shown(entry.line, 12)} ("${shown(entry.message, 160)}"); this run does not honour it`,
      at: item ? { start: item.start, end: pair(item, "fingerprint")?.end ?? item.end } : void 0
    };
  });
  return { honoured, findings: findingsOf(changes, side(void 0), head, headText, path, opts) };
}

export {
  inlineSuppressionStep,
  waiverStep,
  createBaseline,
  parseBaseline,
  baselineStep,
  comparePolicies,
  compareBaselines
};
