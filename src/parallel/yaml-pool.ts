/**
 * Reads YAML files on both cores: the main thread takes one share, worker threads the others.
 * Outputs come back per file and are merged in input order, so the result is identical to a
 * single-threaded run whatever the number of workers.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { readYamlFile, type YamlReader } from '../sources/index.js';
import type { AdapterOutput, InputFile } from '../sources/types.js';
import type { UnitEnvData, UnitResult } from '../engine/stream.js';

import { PARALLEL_MIN_BYTES } from './concurrency.js';

/**
 * The worker script: next to this module (tsc output), or one folder up when this module is a chunk
 * of the bundle (action/dist/chunks/ beside action/dist/yaml-worker.js).
 */
const workerUrl = [new URL('./yaml-worker.js', import.meta.url), new URL('../yaml-worker.js', import.meta.url)].find(
  (u) => u.protocol === 'file:' && existsSync(fileURLToPath(u)),
) ?? new URL('./yaml-worker.js', import.meta.url);

/** Whether workers can run here (built output; not under a TS test runner). */
export function workersAvailable(): boolean {
  return workerUrl.protocol === 'file:' && existsSync(fileURLToPath(workerUrl));
}

function runWorker(files: readonly InputFile[]): Promise<AdapterOutput[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerUrl, { workerData: { files } });
    worker.once('message', (m: { ok: true; json: string } | { ok: false; error: string }) => {
      if (m.ok) resolve(JSON.parse(m.json) as AdapterOutput[]);
      else reject(new Error(m.error));
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}

/**
 * A YAML reader using `concurrency` threads in all (the main thread counts as one), or the plain
 * in-thread reader when the input is small or workers are unavailable.
 */
export function parallelYamlReader(concurrency: number): YamlReader {
  return async (files) => {
    const bytes = files.reduce((n, f) => n + f.text.length, 0);
    if (concurrency <= 1 || bytes < PARALLEL_MIN_BYTES || !workersAvailable()) return files.map((f) => readYamlFile(f));
    // Contiguous shares balanced by size; the main thread reads the first share while workers read the rest.
    const shares: InputFile[][] = Array.from({ length: concurrency }, () => []);
    const target = bytes / concurrency;
    let share = 0;
    let acc = 0;
    for (const f of files) {
      if (acc >= target * (share + 1) && share < concurrency - 1) share++;
      shares[share]!.push(f);
      acc += f.text.length;
    }
    const pending = shares.slice(1).map((s) => (s.length ? runWorker(s) : Promise.resolve([])));
    const mine = shares[0]!.map((f) => readYamlFile(f));
    const rest = await Promise.all(pending);
    return [mine, ...rest].flat();
  };
}

/**
 * Persistent workers for the streaming pipeline: each lints the batches of YAML files posted to it
 * (`yaml-worker.ts`) and answers in order. Results are placed by the caller, so the output does not
 * depend on which thread linted what.
 */
export interface UnitWorkers {
  readonly size: number;
  lint(worker: number, files: readonly InputFile[]): Promise<UnitResult[]>;
  close(): Promise<void>;
}

export function startUnitWorkers(count: number, env: UnitEnvData): UnitWorkers | undefined {
  if (count < 1 || !workersAvailable()) return undefined;
  let next = 0;
  const waiting = new Map<number, { resolve: (u: UnitResult[]) => void; reject: (e: Error) => void }>();
  const workers = Array.from({ length: count }, () => {
    const w = new Worker(workerUrl, { workerData: { env } });
    w.on('message', (m: { id: number; ok: true; units: UnitResult[] } | { id: number; ok: false; error: string }) => {
      const p = waiting.get(m.id);
      waiting.delete(m.id);
      if (m.ok) p?.resolve(m.units);
      else p?.reject(new Error(m.error));
    });
    w.on('error', (e) => {
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
        workers[worker % count]!.postMessage({ id, files });
      });
    },
    async close() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
