/**
 * Worker thread of the streaming pipeline: lints batches of YAML files (read, per-file rules, packed
 * topics) exactly as the main thread would (`lintUnit`), and posts the unit results back in order.
 * Built-in rules only: custom policies and custom registries run in the main thread.
 *
 * Also serves the whole-catalog pipeline (`--base`): given `files` in its workerData it reads them into
 * models once and exits (the older protocol).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readYamlFile } from '../sources/index.js';
import type { InputFile } from '../sources/types.js';
import { lintUnit, unitEnv, type UnitEnvData, type UnitResult } from '../engine/stream.js';
import { builtinRules } from '../rules/index.js';

const data = workerData as { files: InputFile[] } | { env: UnitEnvData };

if ('files' in data) {
  try {
    // JSON is several times cheaper than structured clone for this many small objects.
    parentPort!.postMessage({ ok: true, json: JSON.stringify(data.files.map((f) => readYamlFile(f))) });
  } catch (e) {
    parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
  }
} else {
  const env = unitEnv(builtinRules, data.env);
  parentPort!.on('message', (m: { id: number; files: InputFile[] }) => {
    try {
      const units: UnitResult[] = m.files.map((f) => lintUnit(readYamlFile(f), new Map([[f.path, f.text]]), env));
      parentPort!.postMessage({ id: m.id, ok: true, units });
    } catch (e) {
      parentPort!.postMessage({ id: m.id, ok: false, error: (e as Error).stack ?? String(e) });
    }
  });
}
