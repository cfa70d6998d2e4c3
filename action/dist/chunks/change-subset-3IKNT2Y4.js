import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  YAML_EXTENSIONS,
  locateFindings,
  projectAdapterFor,
  readCatalog,
  readYamlFile,
  reuseUnchanged,
  runRules,
  withCodeowners
} from "./chunk-GUZY6HZC.js";
import "./chunk-K3QJIJ4O.js";
import "./chunk-JRJOGWBZ.js";

// src/change-subset.ts
var nameOf = (e) => e.name.kind === "known" && e.name.value !== "" ? e.name.value : void 0;
var byPath = (a, b) => a < b ? -1 : a > b ? 1 : 0;
async function changeFindings(input) {
  const { view, registry } = input;
  const kind = (p) => {
    const adapter = projectAdapterFor(p, registry);
    if (adapter) return adapter.declaresCatalogEntities === false ? "none" : "whole";
    return YAML_EXTENSIONS.test(p) ? "yaml" : "none";
  };
  const current = view.files.filter((f) => f.status !== "not-lintable").map((f) => f.path);
  const differing = [...current.filter((p) => !input.unchanged.has(p)), ...input.changedBase.map((f) => f.path)];
  if (differing.some((p) => kind(p) === "whole")) return wholeChangeFindings(input, current);
  const changedHead = current.filter((p) => !input.unchanged.has(p) && kind(p) === "yaml");
  const headTexts = /* @__PURE__ */ new Map();
  const parse = (file) => readYamlFile(file, registry);
  const headOutputs = /* @__PURE__ */ new Map();
  for (const p of changedHead) {
    const text = input.readText(p);
    if (text === void 0) return wholeChangeFindings(input, current);
    headTexts.set(p, text);
    headOutputs.set(p, parse({ path: p, text }));
  }
  const baseOutputs = new Map(input.changedBase.filter((f) => kind(f.path) === "yaml").map((f) => [f.path, parse(f)]));
  const topicNames = /* @__PURE__ */ new Set();
  const groupNames = /* @__PURE__ */ new Set();
  for (const out of [...headOutputs.values(), ...baseOutputs.values()]) {
    for (const t of out.topics) if (nameOf(t) !== void 0) topicNames.add(nameOf(t));
    for (const g of out.consumerGroups) if (nameOf(g) !== void 0) groupNames.add(nameOf(g));
  }
  const shared = /* @__PURE__ */ new Set();
  const codeTopics = [];
  for (const name of topicNames) {
    for (const t of view.index.topicsNamed(name)) {
      if (t.declaredIn !== "catalog") codeTopics.push(t);
      else if (input.unchanged.has(t.file)) shared.add(t.file);
    }
  }
  for (const g of view.consumerGroups) if (groupNames.has(nameOf(g) ?? "") && input.unchanged.has(g.file)) shared.add(g.file);
  if ([...shared].some((p) => kind(p) !== "yaml")) return wholeChangeFindings(input, current);
  const sharedOutputs = /* @__PURE__ */ new Map();
  for (const p of shared) {
    const text = input.readText(p);
    if (text === void 0) return wholeChangeFindings(input, current);
    headTexts.set(p, text);
    sharedOutputs.set(p, parse({ path: p, text }));
  }
  const catalogOf = (outputs, rest, extra = []) => {
    const topics = [];
    const consumerGroups = [];
    for (const p of [...outputs.keys()].sort(byPath)) {
      for (const t of outputs.get(p).topics) topics.push(t);
      for (const g of outputs.get(p).consumerGroups) consumerGroups.push(g);
    }
    for (const t of extra) topics.push(t);
    return { topics, consumerGroups, ...rest, problems: [], suppressions: [] };
  };
  const head = withCodeowners(catalogOf(new Map([...headOutputs, ...sharedOutputs]), { clients: view.clients, files: view.files }, codeTopics), input.codeowners);
  const base = withCodeowners(catalogOf(new Map([...baseOutputs, ...sharedOutputs]), { clients: [], files: [] }), input.codeowners);
  const baseTexts = new Map(input.changedBase.map((f) => [f.path, f.text]));
  for (const p of shared) baseTexts.set(p, headTexts.get(p));
  return locate(input, head, base, headTexts, baseTexts);
}
async function wholeChangeFindings(input, current) {
  const headFiles = [];
  for (const p of [...current].sort(byPath)) {
    const text = input.readText(p);
    if (text !== void 0) headFiles.push({ path: p, text });
  }
  const headTexts = new Map(headFiles.map((f) => [f.path, f.text]));
  const baseFiles = [...input.changedBase, ...headFiles.filter((f) => input.unchanged.has(f.path))].sort((a, b) => byPath(a.path, b.path));
  const yamlReader = reuseUnchanged(async (files) => files.map((f) => readYamlFile(f, input.registry)));
  const head = withCodeowners(await readCatalog(headFiles, { registry: input.registry, yamlReader }), input.codeowners);
  const base = withCodeowners(await readCatalog(baseFiles, { registry: input.registry, yamlReader }), input.codeowners);
  return locate(input, { ...head, files: input.view.files, clients: input.view.clients }, base, headTexts, new Map(baseFiles.map((f) => [f.path, f.text])));
}
function locate(input, head, base, headTexts, baseTexts) {
  const texts = { get: (p) => headTexts.get(p) ?? input.view.texts.get(p), has: (p) => headTexts.has(p) || input.view.texts.has(p) };
  const baseLookup = { get: (p) => baseTexts.get(p), has: (p) => baseTexts.has(p) };
  const raw = runRules(head, { rules: input.rules, config: input.config, texts, base: { ref: input.baseRef, catalog: base }, baseTexts: baseLookup });
  return locateFindings(raw, { texts, baseTexts: baseLookup });
}
export {
  changeFindings
};
