import { createRequire as __topiclintCreateRequire } from 'node:module'; const require = __topiclintCreateRequire(import.meta.url);
import {
  readYamlFile
} from "./chunks/chunk-NILZHVIJ.js";
import "./chunks/chunk-HDSKQYJZ.js";
import "./chunks/chunk-P2AGJ2AA.js";

// src/parallel/yaml-worker.ts
import { parentPort, workerData } from "node:worker_threads";
try {
  const files = workerData;
  parentPort.postMessage({ ok: true, json: JSON.stringify(files.map((f) => readYamlFile(f))) });
} catch (e) {
  parentPort.postMessage({ ok: false, error: e.stack ?? String(e) });
}
