import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-GGSTL37O.js";
import "./chunks/chunk-4PB6LEQ3.js";
import "./chunks/chunk-7W6PJGOH.js";
import "./chunks/chunk-4WFJBSL7.js";
import "./chunks/chunk-7ZH22ELZ.js";
import "./chunks/chunk-HMR2DMW7.js";
import "./chunks/chunk-I6QWMXLW.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
