import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  BaseRefError,
  gitBlobId,
  readBaseFiles,
  readPathsAtCommit,
  startBaseRead
} from "./chunk-KS3WSN6B.js";
import "./chunk-63BZO4VB.js";
import "./chunk-JRJOGWBZ.js";
export {
  BaseRefError,
  gitBlobId,
  readBaseFiles,
  readPathsAtCommit,
  startBaseRead
};
