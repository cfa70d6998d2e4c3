// Runs the CommonJS bundle built by `npm run build` (dist/bundle/topiclint.cjs) with the V8 code cache
// made for it at build time (topiclint.cjs.v8cache): V8 then starts from bytecode for everything a
// typical run executes instead of parsing and compiling 1.3 MB of JavaScript (docs/performance.md,
// "Start-up"). The cache belongs to the installed tool, never to a linted repository: it is read from
// beside the bundle only, and used only when it names the bundle's build id (a SHA-256 of its text,
// on its first line), its own bytes match the SHA-1 it records (V8 does not check: damaged data
// crashes the process), and V8 accepts it (same V8 version, same flags). Otherwise the bundle is
// compiled as usual.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

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

const { createHash, hash } = createRequire(import.meta.url)('node:crypto');
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
  const source = readFileSync(file, 'utf8');
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
