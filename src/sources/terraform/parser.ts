/**
 * Lazy, cached web-tree-sitter parser for HCL. Nothing is loaded until the first `.tf`/`.tfvars` file
 * is read; the wasm grammar is the one shipped by `@tree-sitter-grammars/tree-sitter-hcl`.
 *
 * Offsets: web-tree-sitter parses a JS string as UTF-16, so `startIndex`/`endIndex` are already UTF-16
 * code-unit offsets into the string (the model's unit) and need no byte->UTF-16 conversion. The tests
 * prove this with non-ASCII text (accents, CJK, an astral-plane emoji) before a resource.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Parser } from 'web-tree-sitter';

let pending: Promise<Parser> | undefined;

/**
 * In the bundle (action/dist/), scripts/bundle.mjs copies both wasm files beside the entry files,
 * while this module is a chunk in action/dist/chunks/ and no node_modules exists: look there first.
 */
function besideBundle(name: string): string | undefined {
  for (const rel of [`../${name}`, `./${name}`]) {
    const url = new URL(rel, import.meta.url);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return fileURLToPath(url);
  }
  return undefined;
}

async function load(): Promise<Parser> {
  const ts = await import('web-tree-sitter');
  const runtime = besideBundle('web-tree-sitter.wasm');
  // web-tree-sitter looks for its runtime next to its own module, which in the bundle is a chunk.
  await ts.Parser.init(runtime ? { locateFile: () => runtime } : undefined);
  const grammar =
    besideBundle('tree-sitter-hcl.wasm') ??
    path.join(path.dirname(createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json')), 'tree-sitter-hcl.wasm');
  const language = await ts.Language.load(grammar);
  const parser = new ts.Parser();
  parser.setLanguage(language);
  return parser;
}

/** The shared HCL parser, initialised once. A failed initialisation is retried on the next call. */
export function hclParser(): Promise<Parser> {
  if (!pending) {
    pending = load().catch((e: unknown) => {
      pending = undefined;
      throw e;
    });
  }
  return pending;
}
