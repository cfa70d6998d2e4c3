// Entry of the composite action (action.yml). Runs the committed bundle with the runner's Node:
// no npm install at run time.
import { runAction } from './dist/action.js';

process.exitCode = await runAction({
  argv: [],
  env: process.env,
  cwd: process.env.GITHUB_WORKSPACE || process.cwd(),
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: false,
});
