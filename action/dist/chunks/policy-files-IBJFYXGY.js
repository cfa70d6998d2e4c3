import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  comparePolicies
} from "./chunk-JKAKLE37.js";
import {
  parseYaml
} from "./chunk-K3QJIJ4O.js";
import {
  RepoFiles
} from "./chunk-R2M2RDWI.js";
import {
  readPathsAtCommit
} from "./chunk-WDBZOIPO.js";
import "./chunk-6MNQEI3M.js";
import "./chunk-T3EG56Z2.js";
import "./chunk-JRJOGWBZ.js";

// src/git/policy-files.ts
import path from "node:path";
var WELL_KNOWN_POLICY_FILES = [
  "topiclint.config.yaml",
  "topiclint.config.yml",
  "topiclint.config.json",
  "topiclint.waivers.yaml",
  "topiclint.waivers.yml"
];
function referenced(text, configPath) {
  if (!text) return [];
  const root = parseYaml(text).documents[0]?.root;
  if (root?.type !== "map") return [];
  const out = [];
  const dir = path.posix.dirname(configPath);
  for (const p of root.pairs) {
    if (p.key !== "policies" && p.key !== "waivers" && p.key !== "extends") continue;
    const values = p.value?.type === "seq" ? p.value.items : p.value ? [p.value] : [];
    for (const v of values) {
      if (v.type !== "scalar" || typeof v.value !== "string") continue;
      if (p.key === "extends" && !/[/\\]|\.(ya?ml|json)$/i.test(v.value)) continue;
      const rel = path.posix.normalize(path.posix.join(dir, v.value));
      if (!rel.startsWith("..")) out.push(rel);
    }
  }
  return out;
}
async function readHead(root, rel, maxFileSize) {
  const read = new RepoFiles(root).readText(path.join(root, rel), maxFileSize);
  return "text" in read ? read.text : void 0;
}
async function comparePolicyFiles(opts) {
  const candidates = /* @__PURE__ */ new Set([...WELL_KNOWN_POLICY_FILES, ...opts.extraPaths ?? []]);
  const headTexts = /* @__PURE__ */ new Map();
  const baseTexts = opts.baseTexts ? new Map(opts.baseTexts) : await readPathsAtCommit(opts.root, opts.commit, [...candidates], opts.maxFileSize);
  for (const p of candidates) headTexts.set(p, await readHead(opts.root, p, opts.maxFileSize));
  const named = /* @__PURE__ */ new Set();
  for (const p of candidates) for (const r of [...referenced(baseTexts.get(p), p), ...referenced(headTexts.get(p), p)]) if (!candidates.has(r)) named.add(r);
  if (named.size) {
    const more = await readPathsAtCommit(opts.root, opts.commit, [...named], opts.maxFileSize);
    for (const [p, t] of more) baseTexts.set(p, t);
    for (const p of named) headTexts.set(p, await readHead(opts.root, p, opts.maxFileSize));
  }
  const rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
  const files = opts.baseFiles?.filter((p) => !headTexts.has(p));
  const findings = [];
  for (const [p, head] of headTexts) {
    const base = baseTexts.get(p);
    if (base === void 0 && head === void 0) continue;
    if (base === head) continue;
    findings.push(...comparePolicies(base, head, p, { ref: opts.ref, rules, ...files ? { files } : {} }));
  }
  return findings;
}
export {
  WELL_KNOWN_POLICY_FILES,
  comparePolicyFiles
};
