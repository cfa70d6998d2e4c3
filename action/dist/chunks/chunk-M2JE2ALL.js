import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/util/package-asset.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var PREFIXES = ["../../", "../../../", "../"];
function packageAsset(rel, from = import.meta.url) {
  for (const prefix of PREFIXES) {
    const candidate = fileURLToPath(new URL(prefix + rel, from));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(PREFIXES[0] + rel, from));
}

export {
  packageAsset
};
