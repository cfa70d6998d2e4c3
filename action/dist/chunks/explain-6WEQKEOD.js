import { createRequire as __topiclintCreateRequire } from 'node:module'; const require = __topiclintCreateRequire(import.meta.url);
import {
  docsUrl
} from "./chunk-OSSDFLKS.js";
import "./chunk-P2AGJ2AA.js";

// src/explain.ts
import { readFile } from "node:fs/promises";
async function explainRule(meta) {
  const candidates = [new URL(`../docs/rules/${meta.id}.md`, import.meta.url), new URL(`../../docs/rules/${meta.id}.md`, import.meta.url)];
  for (const url of candidates) {
    try {
      return await readFile(url, "utf8");
    } catch {
    }
  }
  return `# ${meta.id}

${meta.description}

Level: ${meta.level}

## Why

${meta.rationale}

Docs: ${docsUrl(meta)}
`;
}
export {
  explainRule
};
