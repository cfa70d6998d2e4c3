#!/usr/bin/env node
// Thin launcher: all logic lives in dist/cli.js (built by `npm ci` through the `prepare` script).
import { runCli } from '../dist/cli.js';

const code = await runCli({
  argv: process.argv.slice(2),
  env: process.env,
  cwd: process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
});
process.exitCode = code;
