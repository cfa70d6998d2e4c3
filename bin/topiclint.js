#!/usr/bin/env node
// The launcher. `npm ci` builds (through `prepare`) dist/cli.js and its esbuild bundle
// dist/bundle/topiclint.js (ES modules: one file to load at start-up, the heavy parsers in chunks
// loaded only when their files exist). Without dist/ (an install from git that skipped the build, the
// pre-commit hook's environment), the committed bundle action/dist/ runs.
import { existsSync } from 'node:fs';
import module from 'node:module';
import { setFlagsFromString } from 'node:v8';

// Node's own cache of compiled code (Node >= 22.1; absent on Node 20): later starts load bytecode
// instead of parsing and compiling the bundle. Node keeps and checks it; nothing of ours to trust.
if (typeof module.enableCompileCache === 'function') module.enableCompileCache();

// The heap grows by 25% per full collection instead of up to 4x: a 100k-topic run then peaks at a
// third of the memory, at no cost in time (docs/performance.md, "Memory").
setFlagsFromString('--heap-growing-percent=25');

const candidates = ['../dist/bundle/topiclint.js', '../dist/cli.js', '../action/dist/topiclint.js'].map((p) => new URL(p, import.meta.url));
const entry = candidates.find((url) => existsSync(url)) ?? candidates[candidates.length - 1];
const { runCli } = await import(entry.href);

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

process.exitCode = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (s) => {
    if (!stdoutClosed) process.stdout.write(s);
  },
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
});
