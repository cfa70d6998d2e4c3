import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/util/posix-path.ts
import path from "node:path";
function toPosix(p) {
  return path.sep === "/" ? p : p.split(path.sep).join("/");
}

export {
  toPosix
};
