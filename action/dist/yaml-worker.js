import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  builtinRules,
  lintUnit,
  unitEnv
} from "./chunks/chunk-H53V44OU.js";
import "./chunks/chunk-S3ULFYUX.js";
import "./chunks/chunk-SZJHELW3.js";
import {
  readYamlFile
} from "./chunks/chunk-GRP5CIC5.js";
import "./chunks/chunk-HBCAVBBN.js";
import "./chunks/chunk-P7TYA3NW.js";
import "./chunks/chunk-3UC2GCC5.js";
import "./chunks/chunk-JRJOGWBZ.js";

// src/parallel/yaml-worker.ts
import { parentPort, workerData } from "node:worker_threads";
var data = workerData;
if ("files" in data) {
  try {
    parentPort.postMessage({ ok: true, json: JSON.stringify(data.files.map((f) => readYamlFile(f))) });
  } catch (e) {
    parentPort.postMessage({ ok: false, error: e.stack ?? String(e) });
  }
} else {
  const env = unitEnv(builtinRules, data.env);
  parentPort.on("message", (m) => {
    try {
      const units = m.files.map((f) => lintUnit(readYamlFile(f), /* @__PURE__ */ new Map([[f.path, f.text]]), env));
      parentPort.postMessage({ id: m.id, ok: true, units });
    } catch (e) {
      parentPort.postMessage({ id: m.id, ok: false, error: e.stack ?? String(e) });
    }
  });
}
