import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);
import {
  PARALLEL_MIN_BYTES
} from "./chunk-GHNDIOJ3.js";
import {
  readYamlFile
} from "./chunk-GRP5CIC5.js";
import "./chunk-HBCAVBBN.js";
import "./chunk-JRJOGWBZ.js";

// src/parallel/yaml-pool.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
var workerUrl = [new URL("./yaml-worker.js", import.meta.url), new URL("../yaml-worker.js", import.meta.url)].find(
  (u) => u.protocol === "file:" && existsSync(fileURLToPath(u))
) ?? new URL("./yaml-worker.js", import.meta.url);
function workersAvailable() {
  return workerUrl.protocol === "file:" && existsSync(fileURLToPath(workerUrl));
}
function runWorker(files) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { files } });
    worker.once("message", (m) => {
      if (m.ok) resolve(JSON.parse(m.json));
      else reject(new Error(m.error));
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}
function parallelYamlReader(concurrency) {
  return async (files) => {
    const bytes = files.reduce((n, f) => n + f.text.length, 0);
    if (concurrency <= 1 || bytes < PARALLEL_MIN_BYTES || !workersAvailable()) return files.map((f) => readYamlFile(f));
    const shares = Array.from({ length: concurrency }, () => []);
    const target = bytes / concurrency;
    let share = 0;
    let acc = 0;
    for (const f of files) {
      if (acc >= target * (share + 1) && share < concurrency - 1) share++;
      shares[share].push(f);
      acc += f.text.length;
    }
    const pending = shares.slice(1).map((s) => s.length ? runWorker(s) : Promise.resolve([]));
    const mine = shares[0].map((f) => readYamlFile(f));
    const rest = await Promise.all(pending);
    return [mine, ...rest].flat();
  };
}
function startUnitWorkers(count, env) {
  if (count < 1 || !workersAvailable()) return void 0;
  let next = 0;
  const waiting = /* @__PURE__ */ new Map();
  const workers = Array.from({ length: count }, () => {
    const w = new Worker(workerUrl, { workerData: { env } });
    w.on("message", (m) => {
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) p?.resolve(m.units);
      else p?.reject(new Error(m.error));
    });
    w.on("error", (e) => {
      for (const p of waiting.values()) p.reject(e);
      waiting.clear();
    });
    return w;
  });
  return {
    size: count,
    lint(worker, files) {
      const id = next++;
      return new Promise((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        workers[worker % count].postMessage({ id, files });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    }
  };
}
export {
  parallelYamlReader,
  startUnitWorkers,
  workersAvailable
};
