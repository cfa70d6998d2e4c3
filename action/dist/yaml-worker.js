import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  readYamlFile
} from "./chunks/chunk-6IMBO4YO.js";
import "./chunks/chunk-HBCAVBBN.js";
import "./chunks/chunk-JRJOGWBZ.js";

// src/parallel/yaml-worker.ts
import { parentPort, workerData } from "node:worker_threads";
try {
  const files = workerData;
  parentPort.postMessage({ ok: true, json: JSON.stringify(files.map((f) => readYamlFile(f))) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: e.stack ?? String(e) });
}
