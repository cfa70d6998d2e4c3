#!/usr/bin/env node
// Makes the V8 code cache that bin/topiclint.js runs dist/bundle/topiclint.cjs with (bin/compiled.js).
// The bundle is compiled and run here on a small generated catalog the way users run it: a plain run,
// then with --cache (the first run, an unchanged catalog, one file changed), in every output format.
// The cache V8 writes afterwards then holds bytecode for every function those runs called, so that a
// real run neither parses nor compiles them. Flags are set as bin/topiclint.js sets them: V8 refuses a
// cache made under other flags.
// Usage: node scripts/code-cache.mjs dist/bundle/topiclint.cjs
import { appendFileSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';

const { loadCompiled, cacheHeader, setStartFlags } = await import('../bin/compiled.js');
setStartFlags();
const { generate } = await import('../bench/generate.mjs');

const bundle = path.resolve(process.argv[2] ?? 'dist/bundle/topiclint.cjs');
const { exports, script, id } = loadCompiled(bundle, { useCache: false });
setFlagsFromString('--semi-space-growth-factor=1');

const work = mkdtempSync(path.join(os.tmpdir(), 'topiclint-code-cache-'));
try {
  const catalog = path.join(work, 'catalog');
  const { truth } = generate(catalog, { topics: 300, perFile: 10 });
  const some = path.join(catalog, truth[0].file);
  const run = (...argv) => exports.runCli({ argv, env: {}, cwd: catalog, stdout: () => {}, stderr: () => {}, isTTY: false });
  const cache = ['--cache', '--cache-location', path.join(work, 'cache')];
  await run('.');
  await run(...cache, '.');
  await run(...cache, '.');
  for (const format of ['stylish', 'json', 'sarif', 'github']) {
    appendFileSync(some, `# ${format}\n`);
    await run('--format', format, ...cache, '.');
    await run('--format', format, ...cache, '.');
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}

// Back to the flags the bundle is compiled under (bin/topiclint.js changes this one after loading).
setFlagsFromString('--semi-space-growth-factor=2');
const target = `${bundle}.v8cache`;
const data = script.createCachedData();
writeFileSync(`${target}.tmp`, Buffer.concat([Buffer.from(cacheHeader(id, data)), data]));
renameSync(`${target}.tmp`, target);
