import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import "./chunk-JRJOGWBZ.js";

// src/sources/terraform/parser.ts
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
var pending;
function besideBundle(name) {
  for (const rel of [`../${name}`, `./${name}`]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === "file:" && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return void 0;
}
async function load() {
  const ts = await import("./web-tree-sitter-SY4IVCSH.js");
  const runtime = besideBundle("web-tree-sitter.wasm");
  await ts.Parser.init(runtime ? { locateFile: () => runtime } : void 0);
  const grammar = besideBundle("tree-sitter-hcl.wasm") ?? path.join(path.dirname(createRequire(import.meta.url).resolve("@tree-sitter-grammars/tree-sitter-hcl/package.json")), "tree-sitter-hcl.wasm");
  const language = await ts.Language.load(grammar);
  const parser = new ts.Parser();
  parser.setLanguage(language);
  return parser;
}
function hclParser() {
  if (!pending) {
    pending = load().catch((e) => {
      pending = void 0;
      throw e;
    });
  }
  return pending;
}
export {
  hclParser
};
