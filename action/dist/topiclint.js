import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-2JCBJBJ7.js";
import "./chunks/chunk-KUDT5L2X.js";
import "./chunks/chunk-GUZY6HZC.js";
import "./chunks/chunk-K3QJIJ4O.js";
import "./chunks/chunk-HMR2DMW7.js";
import "./chunks/chunk-7YCOOR22.js";
import "./chunks/chunk-R2M2RDWI.js";
import "./chunks/chunk-6MNQEI3M.js";
import "./chunks/chunk-T3EG56Z2.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
