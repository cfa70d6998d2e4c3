#!/usr/bin/env node
// Builds the self-contained bundle the GitHub Action and the pre-commit fallback run (action/dist/).
// Deterministic: the same sources and lockfile give byte-identical files, which a test checks.
// With --compiled (`npm run build`, into dist/bundle/), it also builds topiclint.cjs, the CLI as one
// CommonJS file that loads the heavy parsers from node_modules, and the V8 code cache the bin runs it
// with (scripts/code-cache.mjs, bin/compiled.js). Neither is committed: the cache depends on the V8
// version that made it.
// Usage: node scripts/bundle.mjs [outdir] [--compiled]
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'action/dist'));
const compiled = args.includes('--compiled');
const require = createRequire(import.meta.url);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { topiclint: 'src/cli.ts', 'yaml-worker': 'src/parallel/yaml-worker.ts', action: 'src/action.ts' },
  outdir,
  bundle: true,
  splitting: true, // heavy parsers (TypeScript, Java, HCL) stay in chunks loaded only when needed
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outExtension: { '.js': '.js' },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
  // CommonJS dependencies (the TypeScript compiler among them) use require(), __filename and
  // __dirname, which an ESM bundle does not have: give every chunk its own.
  banner: {
    js: [
      "import { createRequire as __topiclintCreateRequire } from 'node:module';",
      "import { fileURLToPath as __topiclintFileURLToPath } from 'node:url';",
      "import { dirname as __topiclintDirname } from 'node:path';",
      'const require = __topiclintCreateRequire(import.meta.url);',
      'const __filename = __topiclintFileURLToPath(import.meta.url);',
      'const __dirname = __topiclintDirname(__filename);',
    ].join(' '),
  },
  define: { 'process.env.TOPICLINT_BUNDLED': '"1"' },
});

// WebAssembly grammars are loaded from files next to the bundle.
const wasm = [
  ['web-tree-sitter/web-tree-sitter.wasm', 'web-tree-sitter.wasm'],
  ['@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm', 'tree-sitter-hcl.wasm'],
];
for (const [from, to] of wasm) {
  try {
    copyFileSync(require.resolve(from), path.join(outdir, to));
  } catch {
    /* the grammar package is optional at bundle time */
  }
}

if (compiled) {
  // Packages whose code is loaded only when files of their kind exist: required from node_modules when
  // needed (dynamic imports become requires), so that the one file holds only what every run compiles.
  const lazyPackages = ['ts-morph', '@typescript-eslint/typescript-estree', 'java-parser', 'web-tree-sitter', '@tree-sitter-grammars/tree-sitter-hcl'];
  const file = path.join(outdir, 'topiclint.cjs');
  await build({
    absWorkingDir: root,
    entryPoints: ['src/cli.ts'],
    outfile: file,
    bundle: true,
    format: 'cjs',
    platform: 'node',
    target: 'node20',
    external: lazyPackages,
    supported: { 'dynamic-import': false },
    legalComments: 'linked',
    logLevel: 'warning',
    // Modules find the worker script, the grammars and the package's files from their own URL.
    define: { 'import.meta.url': '__topiclintModuleUrl' },
  });
  // Defined after the "use strict" directive, which must come first to count.
  const strict = '"use strict";\n';
  let text = readFileSync(file, 'utf8');
  if (!text.startsWith(strict)) throw new Error(`${file} does not start with "use strict"`);
  text = `${strict}const __topiclintModuleUrl = require('node:url').pathToFileURL(__filename).href;\n${text.slice(strict.length)}`;
  // Its first line names a hash of the rest: the code cache is used only with the bundle it was made for.
  writeFileSync(file, `// topiclint-build ${createHash('sha256').update(text).digest('hex')}\n${text}`);
  try {
    execFileSync(process.execPath, [path.join(root, 'scripts/code-cache.mjs'), file], { cwd: root, stdio: 'inherit' });
  } catch {
    // Only start-up speed depends on it: the bin then compiles the bundle as usual.
    console.warn('topiclint: the V8 code cache could not be made; dist/bundle/topiclint.cjs runs without it');
  }
}
console.log(`bundle written to ${path.relative(root, outdir) || '.'}`);
