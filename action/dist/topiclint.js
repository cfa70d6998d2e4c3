import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-PSVMGT6B.js";
import "./chunks/chunk-3ABKNMYJ.js";
import "./chunks/chunk-LI7VFY5R.js";
import "./chunks/chunk-D3LJLC6P.js";
import "./chunks/chunk-A5BW27EE.js";
import "./chunks/chunk-P7TYA3NW.js";
import "./chunks/chunk-3UC2GCC5.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
