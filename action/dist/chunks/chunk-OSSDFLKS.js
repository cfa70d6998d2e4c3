import { createRequire as __topiclintCreateRequire } from 'node:module'; const require = __topiclintCreateRequire(import.meta.url);

// src/core/rule.ts
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
