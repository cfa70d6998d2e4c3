import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  packageAsset
} from "./chunk-M2JE2ALL.js";
import {
  docsUrl
} from "./chunk-HMR2DMW7.js";
import "./chunk-JRJOGWBZ.js";

// src/explain.ts
import { readFile } from "node:fs/promises";
async function explainRule(meta) {
  try {
    return await readFile(packageAsset(`docs/rules/${meta.id}.md`), "utf8");
  } catch {
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
