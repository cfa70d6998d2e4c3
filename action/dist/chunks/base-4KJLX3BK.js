import { createRequire as __topiclintCreateRequire } from 'node:module'; const require = __topiclintCreateRequire(import.meta.url);
import {
  BaseRefError,
  readBaseFiles,
  readPathsAtCommit
} from "./chunk-Y3N52UN4.js";
import "./chunk-G3QHWSXS.js";
import "./chunk-P2AGJ2AA.js";
export {
  BaseRefError,
  readBaseFiles,
  readPathsAtCommit
};
