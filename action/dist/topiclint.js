import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
} from "./chunks/chunk-ZCIBV67K.js";
import "./chunks/chunk-VJRYE3VP.js";
import "./chunks/chunk-63BZO4VB.js";
import "./chunks/chunk-GHNDIOJ3.js";
import "./chunks/chunk-L4JVKBVT.js";
import "./chunks/chunk-H53V44OU.js";
import "./chunks/chunk-S3ULFYUX.js";
import "./chunks/chunk-SZJHELW3.js";
import "./chunks/chunk-GRP5CIC5.js";
import "./chunks/chunk-HBCAVBBN.js";
import "./chunks/chunk-P7TYA3NW.js";
import "./chunks/chunk-3UC2GCC5.js";
import "./chunks/chunk-JRJOGWBZ.js";
export {
  EXIT,
  onlyInFiles,
  pullRequestBase,
  runCli
};
