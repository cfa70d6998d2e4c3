/**
 * Lazy, cached web-tree-sitter parser for HCL. Nothing is loaded until the first `.tf`/`.tfvars` file
 * is read; the wasm grammar is the one shipped by `@tree-sitter-grammars/tree-sitter-hcl`.
 *
 * Offsets: web-tree-sitter parses a JS string as UTF-16, so `startIndex`/`endIndex` are already UTF-16
 * code-unit offsets into the string (the model's unit) and need no byte->UTF-16 conversion. The tests
 * prove this with non-ASCII text (accents, CJK, an astral-plane emoji) before a resource.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Parser } from 'web-tree-sitter';

let pending: Promise<Parser> | undefined;

async function load(): Promise<Parser> {
  const ts = await import('web-tree-sitter');
  await ts.Parser.init();
  const pkg = createRequire(import.meta.url).resolve('@tree-sitter-grammars/tree-sitter-hcl/package.json');
  const language = await ts.Language.load(path.join(path.dirname(pkg), 'tree-sitter-hcl.wasm'));
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
