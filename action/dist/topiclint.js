import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-NN4YRHHT.js";
import "./chunks/chunk-EMX2OILT.js";
import "./chunks/chunk-QXNL7UOB.js";
import "./chunks/chunk-HQXNQ5QQ.js";
import "./chunks/chunk-PTWC2WW2.js";
import "./chunks/chunk-HMR2DMW7.js";
import "./chunks/chunk-BJ547VE2.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
