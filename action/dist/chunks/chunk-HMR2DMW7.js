import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/model/rule.ts
var DOCS_BASE = "https://github.com/topiclint/topiclint/blob/main/docs/rules/";
function defineRule(rule) {
  return rule;
}
function docsUrl(meta) {
  return meta.docsUrl ?? `${DOCS_BASE}${meta.id}.md`;
}

export {
  defineRule,
  docsUrl
};
