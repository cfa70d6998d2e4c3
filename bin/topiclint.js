#!/usr/bin/env node
// Thin launcher. `npm ci` builds (through `prepare`) dist/cli.js and bundles of it in dist/bundle/:
// topiclint.cjs, one CommonJS file run with the V8 code cache made for it at build time
// (bin/compiled.js: no parsing or compiling on start-up), and topiclint.js, the same code as ES modules
// whose heavy parsers are chunks loaded only when their files exist. Without dist/ (an install from git
// that skipped the build, the pre-commit hook's environment), the committed bundle action/dist/ runs.
import { createRequire } from 'node:module';
import { loadCompiled, optimizeFor, setStartFlags } from './compiled.js';

// Through require, not as ES modules: see bin/compiled.js.
const require = createRequire(import.meta.url);
const { existsSync } = require('node:fs');
const { fileURLToPath } = require('node:url');
const { setFlagsFromString } = require('node:v8');

// A smaller heap growth, and no optimizing compiler until a run has enough to lint (bin/compiled.js).
setStartFlags();

const compiled = new URL('../dist/bundle/topiclint.cjs', import.meta.url);
const candidates = ['../dist/bundle/topiclint.js', '../dist/cli.js', '../action/dist/topiclint.js'].map((p) => new URL(p, import.meta.url));
const entry = candidates.find((url) => existsSync(url)) ?? candidates[candidates.length - 1];

/** The compiled bundle's exports, or undefined (with a note) when it is damaged: the ES modules run then. */
function compiledCli() {
  if (!existsSync(compiled)) return undefined;
  try {
    return loadCompiled(fileURLToPath(compiled)).exports;
  } catch (e) {
    process.stderr.write(`topiclint: ${fileURLToPath(compiled)} could not be loaded (${e?.message ?? e}); running ${fileURLToPath(entry)}. Run \`npm run build\` to rebuild it.\n`);
    return undefined;
  }
}
const { runCli } = compiledCli() ?? (await import(entry.href));

// Loading has grown V8's young generation to 4 MB; left alone it grows to 32 MB as a large run's
// per-file objects survive collections. Stop it here: a 100k-topic run then peaks at three quarters
// of the memory, in the same time (docs/performance.md, "Memory").
setFlagsFromString('--semi-space-growth-factor=1');

// A reader that stops early (`topiclint | head`) closes the pipe: stop writing, without a stack trace,
// and still end with the run's exit code.
let stdoutClosed = false;
process.stdout.on('error', (e) => {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed = true;
});

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (s) => {
    if (!stdoutClosed) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  onWork: optimizeFor,
});
process.exitCode = code;
