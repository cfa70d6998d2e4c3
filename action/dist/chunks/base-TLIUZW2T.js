import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  BaseRefError,
  gitBlobId,
  listTrackedFiles,
  readBaseFiles,
  readPathsAtCommit,
  startBaseRead
} from "./chunk-WDBZOIPO.js";
import "./chunk-6MNQEI3M.js";
import "./chunk-T3EG56Z2.js";
import "./chunk-JRJOGWBZ.js";
export {
  BaseRefError,
  gitBlobId,
  listTrackedFiles,
  readBaseFiles,
  readPathsAtCommit,
  startBaseRead
};
