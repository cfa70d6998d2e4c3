// Runs the CommonJS bundle built by `npm run build` (dist/bundle/topiclint.cjs) with the V8 code cache
// made for it at build time (topiclint.cjs.v8cache): V8 then starts from bytecode for everything a
// typical run executes instead of parsing and compiling 1.3 MB of JavaScript (docs/performance.md,
// "Start-up"). The cache belongs to the installed tool, never to a linted repository: it is read from
// beside the bundle only, and used only when it names the bundle's build id (a SHA-256 of its text,
// on its first line), its own bytes match the SHA-1 it records (V8 does not check: damaged data
// crashes the process), and V8 accepts it (same V8 version, same flags). Otherwise the bundle is
// compiled as usual.
import { createRequire } from 'node:module';

// Node's modules through require: importing `node:fs` as an ES module makes Node build a facade that
// reads every export, and its ReadStream getter loads the whole streams machinery (5 ms).
const require = createRequire(import.meta.url);
const { readFileSync } = require('node:fs');
const { isAscii } = require('node:buffer');
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');
const vm = require('node:vm');
const { createHash, hash } = require('node:crypto');

/**
 * The V8 flags every run starts with, set before anything sizable is allocated and before the code
 * cache is read (V8 accepts a cache only under the flags it was made with: scripts/code-cache.mjs
 * sets these too).
 * - The heap grows by 25% per full collection instead of up to 4x: a 100k-topic run then peaks at a
 *   third of the memory, at no cost in time (docs/performance.md, "Memory").
 * - The optimizing compiler (TurboFan) is off until a run reports that it has enough to lint
 *   (`optimizeFor`): in a short run it compiled in the background functions that had just finished
 *   their work, and the process waited for it before exiting (~25 ms of a 0.33 s warm `--cache` run).
 */
export const START_FLAGS = ['--heap-growing-percent=25', '--no-opt'];

export function setStartFlags() {
  for (const flag of START_FLAGS) setFlagsFromString(flag);
}

/**
 * From this many files to lint, optimized code pays for its compiling. Measured (whole runs, `--format
 * json`): 10k topics in 1,219 files cold, 1.4 s without TurboFan against 0.9 s with it; 1k topics in
 * 122 files, 0.36 s either way; 50 topics in 6 files, 0.24 s without against 0.25 s with; one changed
 * file with `--cache`, about 30 ms less without.
 */
export const OPTIMIZE_FROM_FILES = 100;

/** `LintOptions.onWork`: turn the optimizing compiler on for a run with enough files to lint. */
export function optimizeFor({ files }) {
  if (files >= OPTIMIZE_FROM_FILES) setFlagsFromString('--opt');
}

/**
 * The first line of the bundle, `// topiclint-build <sha256 of the rest>`, and of its cache file,
 * `// topiclint-build <the bundle's> <sha1 of V8's data>`.
 */
export const BUILD_ID_PREFIX = '// topiclint-build ';

/** The bundle's build id, from its first line, or undefined. */
export function buildIdOf(source) {
  const end = source.indexOf('\n');
  const first = end < 0 ? source : source.slice(0, end);
  return first.startsWith(BUILD_ID_PREFIX) ? first.slice(BUILD_ID_PREFIX.length).trim() : undefined;
}

const sha1 = (bytes) => (hash ? hash('sha1', bytes, 'hex') : createHash('sha1').update(bytes).digest('hex'));

/** The first line of a cache file for V8's data made for the bundle with this build id. */
export function cacheHeader(id, data) {
  return `${BUILD_ID_PREFIX}${id} ${sha1(data)}\n`;
}

/** V8's data from a cache file, if the file is for the bundle with this build id and undamaged. */
function cachedDataFor(cacheFile, id) {
  let bytes;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const end = bytes.indexOf(0x0a);
  if (!id || end < 0) return undefined;
  const data = bytes.subarray(end + 1);
  return bytes.toString('latin1', 0, end + 1) === cacheHeader(id, data) ? data : undefined;
}

/**
 * Compile and run the bundle; returns its exports, the compiled script (to make a cache from) and
 * whether a cache was used. `useCache: false` compiles from the source alone (the build does, to make
 * the cache).
 */
export function loadCompiled(file, { cacheFile = `${file}.v8cache`, useCache = true } = {}) {
  // esbuild writes ASCII: decoded as Latin-1 it is a one-byte copy, where UTF-8 decoding took 20 ms.
  const bytes = readFileSync(file);
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const id = buildIdOf(source);
  const cachedData = useCache ? cachedDataFor(cacheFile, id) : undefined;
  // The same wrapper as Node's CommonJS loader; on one line, so that line numbers stay the bundle's.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, script, id, cache: cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'used' };
}
