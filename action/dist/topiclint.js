import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-AXQTKGNT.js";
import "./chunks/chunk-XAWGGQEF.js";
import "./chunks/chunk-TEGR35KL.js";
import "./chunks/chunk-ZMGCJVGT.js";
import "./chunks/chunk-P7TYA3NW.js";
import "./chunks/chunk-6IMBO4YO.js";
import "./chunks/chunk-HBCAVBBN.js";
import "./chunks/chunk-3UC2GCC5.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
