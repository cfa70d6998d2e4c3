#!/usr/bin/env node
// Thin launcher: all logic lives in dist/cli.js (built by `npm ci` through the `prepare` script).
// Without dist/ (an install from git that skipped the build, the pre-commit hook's environment),
// the committed bundle action/dist/topiclint.js runs instead: it needs no dependencies.
import { existsSync } from 'node:fs';

const built = new URL('../dist/cli.js', import.meta.url);
const { runCli } = existsSync(built) ? await import(built.href) : await import(new URL('../action/dist/topiclint.js', import.meta.url).href);

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
