#!/usr/bin/env node
// Builds the self-contained bundle the GitHub Action and the pre-commit fallback run (action/dist/).
// Deterministic: the same sources and lockfile give byte-identical files, which a test checks.
// `npm run build` also writes it to dist/bundle/, which bin/topiclint.js runs (one file to load at
// start-up instead of ~150 modules).
// Usage: node scripts/bundle.mjs [outdir]
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const outdir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(root, 'action/dist'));
const require = createRequire(import.meta.url);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

await build({
  absWorkingDir: root,
  entryPoints: { topiclint: 'src/cli.ts', action: 'src/action.ts' },
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

console.log(`bundle written to ${path.relative(root, outdir) || '.'}`);
