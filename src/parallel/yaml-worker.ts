/** Worker thread: reads its share of YAML files with the default adapters and posts the outputs back. */
import { parentPort, workerData } from 'node:worker_threads';
import { readYamlFile } from '../sources/index.js';
import type { InputFile } from '../sources/types.js';

try {
  const files = workerData as InputFile[];
    // JSON is several times cheaper than structured clone for this many small objects.
  parentPort!.postMessage({ ok: true, json: JSON.stringify(files.map((f) => readYamlFile(f))) });
} catch (e) {
  parentPort!.postMessage({ ok: false, error: (e as Error).stack ?? String(e) });
}
