/**
 * The bin runs dist/bundle/topiclint.cjs (built by `npm run build`) with the V8 code cache made for it
 * at build time (bin/compiled.js, scripts/code-cache.mjs). The cache must be accepted under the flags
 * the bin sets, be ignored when it was made for another build or is damaged (the run then compiles
 * the bundle as usual), and the bundle must leave the heavy parsers to be loaded when needed.
 * bundle-equivalence.test.ts checks that the bin gives what the sources give.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = path.join(repo, 'dist/bundle/topiclint.cjs');
const built = existsSync(bundle) && existsSync(`${bundle}.v8cache`);
if (!built) console.warn('compiled-bundle: dist/bundle/topiclint.cjs and its code cache not built (run `npm run build`); skipped');

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Load a bundle in a fresh process under the bin's flags; what loadCompiled reports, and which heavy packages got loaded. */
function load(file: string): { cache: string; runCli: string; heavy: string[] } {
  const script = `
    const { loadCompiled, setStartFlags } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'bin/compiled.js')).href)});
    setStartFlags();
    const r = loadCompiled(${JSON.stringify(file)});
    const { createRequire } = await import('node:module');
    const heavy = Object.keys(createRequire(${JSON.stringify(file)}).cache).filter((k) => /node_modules\\/(ts-morph|typescript|@typescript-eslint|java-parser|web-tree-sitter)\\//.test(k));
    console.log(JSON.stringify({ cache: r.cache, runCli: typeof r.exports.runCli, heavy }));`;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' })) as { cache: string; runCli: string; heavy: string[] };
}

/** A copy of the bundle and its cache in a folder of its own, the bundle's text changed by `edit`. */
function copy(edit: (text: string) => string, cache: (bytes: Buffer) => Buffer = (b) => b): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-compiled-'));
  made.push(dir);
  const file = path.join(dir, 'topiclint.cjs');
  writeFileSync(file, edit(readFileSync(bundle, 'utf8')));
  writeFileSync(`${file}.v8cache`, cache(readFileSync(`${bundle}.v8cache`)));
  // The grammars and the worker are found beside the bundle; not needed to load it.
  copyFileSync(path.join(repo, 'dist/bundle/yaml-worker.js'), path.join(dir, 'yaml-worker.js'));
  return file;
}

describe.skipIf(!built)('the compiled bundle and its code cache', () => {
  it('uses the cache under the flags the bin sets, and loads none of the heavy parsers', () => {
    expect(load(bundle)).toEqual({ cache: 'used', runCli: 'function', heavy: [] });
  });

  it('ignores a cache made for another build of the bundle (its first line names another hash)', () => {
    const other = copy((text) => text.replace(/^\/\/ topiclint-build [0-9a-f]+/, `// topiclint-build ${'0'.repeat(64)}`));
    expect(load(other)).toEqual({ cache: 'none', runCli: 'function', heavy: [] });
  });

  it('ignores a bundle without a build id', () => {
    const bare = copy((text) => text.slice(text.indexOf('\n') + 1));
    expect(load(bare).cache).toBe('none');
  });

  it('ignores a damaged cache (V8 would crash on it), and compiles as usual', () => {
    const damaged = copy(
      (text) => text,
      (bytes) => {
        const out = Buffer.from(bytes);
        const start = out.indexOf(0x0a) + 1;
        for (let i = start + 64; i < out.length; i += 97) out[i] = out[i]! ^ 0xff;
        return out;
      },
    );
    expect(load(damaged)).toEqual({ cache: 'none', runCli: 'function', heavy: [] });
    const cut = copy(
      (text) => text,
      (bytes) => bytes.subarray(0, bytes.length - 1000),
    );
    expect(load(cut).cache).toBe('none');
  });

  it('compiles as usual when V8 refuses an intact cache (made under other flags)', () => {
    // Another V8 version or other flags: V8's own check refuses it. Simulated by loading without the bin's flag.
    const script = `
      const { loadCompiled } = await import(${JSON.stringify(pathToFileURL(path.join(repo, 'bin/compiled.js')).href)});
      const r = loadCompiled(${JSON.stringify(bundle)});
      console.log(JSON.stringify({ cache: r.cache, runCli: typeof r.exports.runCli }));`;
    expect(JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: repo, encoding: 'utf8' }))).toEqual({ cache: 'rejected', runCli: 'function' });
  });

  it('is one file: nothing is imported from chunks, and only the heavy parsers are required from node_modules', () => {
    const text = readFileSync(bundle, 'utf8');
    expect(text).not.toMatch(/\bimport\(/);
    const required = new Set([...text.matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!).filter((m) => !m.startsWith('node:') && !builtinModules.includes(m)));
    // ajv's code generator writes `require("ajv/dist/runtime/…")` into the code it generates, as text.
    const lazy = [...required].filter((m) => !m.startsWith('ajv/dist/runtime/')).sort();
    expect(lazy).toEqual(['@typescript-eslint/typescript-estree', 'java-parser', 'ts-morph', 'web-tree-sitter']);
  });

  it('the bin runs the ES module bundle, with a note, when the compiled bundle is damaged', () => {
    // A package layout of its own: the bin, a damaged topiclint.cjs, and the real ES module bundle.
    const pkg = mkdtempSync(path.join(os.tmpdir(), 'topiclint-compiled-pkg-'));
    made.push(pkg);
    cpSync(path.join(repo, 'bin'), path.join(pkg, 'bin'), { recursive: true });
    copyFileSync(path.join(repo, 'package.json'), path.join(pkg, 'package.json'));
    mkdirSync(path.join(pkg, 'dist/bundle'), { recursive: true });
    writeFileSync(path.join(pkg, 'dist/bundle/topiclint.cjs'), '// topiclint-build 0\nthis is not JavaScript {\n');
    symlinkSync(path.join(repo, 'dist/bundle/topiclint.js'), path.join(pkg, 'dist/bundle/topiclint.js'));
    const r = spawnSync(process.execPath, [path.join(pkg, 'bin/topiclint.js'), '--version'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(r.stderr).toMatch(/topiclint\.cjs could not be loaded \(.*\); running .*topiclint\.js\. Run `npm run build` to rebuild it\./);
  });
});
