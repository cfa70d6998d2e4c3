import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/parallel/concurrency.ts
import { availableParallelism } from "node:os";
var PARALLEL_MIN_BYTES = 15e5;
var PARALLEL_MIN_FILES = 200;
function defaultConcurrency() {
  return 1;
}
function maxConcurrency() {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

export {
  PARALLEL_MIN_BYTES,
  PARALLEL_MIN_FILES,
  defaultConcurrency,
  maxConcurrency
};
