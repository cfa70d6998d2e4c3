import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  LineIndex,
  parseYaml,
  regionOf
} from "./chunk-HBCAVBBN.js";
import {
  defineRule
} from "./chunk-P7TYA3NW.js";

// src/rules/policy-weakened.ts
import { createHash } from "node:crypto";
var POLICY_WEAKENED = "policy-weakened";
var policy_weakened_default = defineRule({
  meta: {
    id: POLICY_WEAKENED,
    level: "error",
    kind: "change",
    description: "A pull request does not turn a rule off, lower its level, relax its options or add a waiver without a finding.",
    rationale: "A pull request must not be able to quietly weaken the policy that judges it. Policies, topic policies and compatibility rules are the contract plane of the platform; an exception has to be visible to the platform team that owns the policy, not hidden in the same diff as the change it excuses.",
    tags: ["change", "security", "policy"],
    defaultOptions: {}
  },
  // Findings come from `comparePolicies`, run by the lint API on topiclint's own files in --base mode.
  check() {
  }
});
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
function listRemoved(key, base, head, what, out) {
  const b = strings(pair(base.root, key)?.value);
  const hp = pair(head.root, key);
  const h = strings(hp?.value).map((x) => x.value);
  for (const item of b) {
    if (h.includes(item.value)) continue;
    out.push({ field: `${key}.${item.value}`, message: `removes \`${item.value}\` from \`${key}\` (${what})`, at: hp ? { start: hp.keyNode.start, end: hp.keyNode.end } : void 0, was: { start: item.node.start, end: item.node.end } });
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
    listRemoved("include", base, head, "fewer files are linted", changes);
    const be = strings(pair(base.root, "exclude")?.value).map((x) => x.value);
    for (const e of strings(pair(head.root, "exclude")?.value)) {
      if (!be.includes(e.value)) changes.push({ field: `exclude.${e.value}`, message: `excludes \`${e.value}\` from linting`, at: { start: e.node.start, end: e.node.end } });
    }
    if (pair(head.root, "include") && !pair(base.root, "include") && base.root) {
      const ip = pair(head.root, "include");
      changes.push({ field: "include", message: "limits linting to the `include` globs", at: { start: ip.keyNode.start, end: ip.value?.end ?? ip.end } });
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
      fingerprint: createHash("sha256").update(n === 0 ? key : `${key}#${n}`).digest("hex").slice(0, 32)
    };
  });
}

export {
  policy_weakened_default,
  comparePolicies
};
