/**
 * The layers of src/ (docs/architecture.md "Layers"), pinned without ../shared: the import graph of
 * src/ has no cycle between files nor between top-level parts (a folder directly under src/, or a file
 * at its root), every part has a place in eslint.config.js `LAYERS` (or is the CLI on top), and every
 * import between parts goes where `LAYERS` allows. The control cases build a small tree with a cycle
 * and a forbidden import in a temp folder and check that each is found: the check can fail.
 *
 * The graph is read with TypeScript's own pre-processor (`ts.preProcessFile`: static imports, `export
 * ... from`, `import()` with a literal, comments ignored), not regular expressions over the text.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SRC = path.join(ROOT, 'src');
/** The CLI: above every layer, it may import anything (and nothing imports it but action.ts). */
const TOP = ['cli.ts', 'action.ts'];

/** Every .ts/.mts/.js/.mjs file under `dir` (declaration files excluded), as absolute paths. */
function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(ts|mts|js|mjs)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** The file a relative specifier names (`./x.js` is `./x.ts` on disk), or undefined when it is not in `files`. */
function resolveSpecifier(from: string, spec: string, files: ReadonlySet<string>): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), spec);
  const candidates = [base, base.replace(/\.js$/, '.ts'), base.replace(/\.mjs$/, '.mts'), `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((c) => files.has(c));
}

/** File -> the files of the same tree it imports. */
function importGraph(dir: string): Map<string, Set<string>> {
  const files = sourceFiles(dir);
  const known = new Set(files);
  const graph = new Map<string, Set<string>>();
  for (const f of files) {
    const { importedFiles } = ts.preProcessFile(readFileSync(f, 'utf8'), true, true);
    const targets = new Set<string>();
    for (const i of importedFiles) {
      const t = resolveSpecifier(f, i.fileName, known);
      if (t && t !== f) targets.add(t);
    }
    graph.set(f, targets);
  }
  return graph;
}

/** The top-level part of src/ a file belongs to: `engine/` for src/engine/x.ts, `lint.ts` for src/lint.ts. */
function partOf(dir: string, file: string): string {
  const [first, ...rest] = path.relative(dir, file).split(path.sep);
  return rest.length ? `${first}/` : first!;
}

/** The same graph between parts (edges inside a part dropped). */
function partGraph(dir: string, graph: ReadonlyMap<string, ReadonlySet<string>>): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const [f, targets] of graph) {
    const from = partOf(dir, f);
    if (!parts.has(from)) parts.set(from, new Set());
    for (const t of targets) if (partOf(dir, t) !== from) parts.get(from)!.add(partOf(dir, t));
  }
  return parts;
}

/** Strongly connected components of more than one node (Tarjan): each is a cycle, or several joined. */
function cycles(graph: ReadonlyMap<string, ReadonlySet<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) out.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

/** Imports between parts that `layers` does not allow, as `from -> to (file -> file)`. */
function forbiddenImports(dir: string, graph: ReadonlyMap<string, ReadonlySet<string>>, layers: Readonly<Record<string, readonly string[]>>): string[] {
  const key = (part: string) => part.replace(/\/$/, '');
  const out: string[] = [];
  for (const [f, targets] of graph) {
    const from = partOf(dir, f);
    if (TOP.includes(from)) continue;
    const allowed = layers[key(from)] ?? [];
    for (const t of targets) {
      const to = partOf(dir, t);
      if (to !== from && !allowed.includes(key(to).replace(/\.ts$/, ''))) out.push(`${from} -> ${to} (${path.relative(dir, f)} -> ${path.relative(dir, t)})`);
    }
  }
  return out;
}

/** The layers the lint config enforces (eslint.config.js `LAYERS`). */
async function lintLayers(): Promise<Record<string, readonly string[]>> {
  const config = (await import(pathToFileURL(path.join(ROOT, 'eslint.config.js')).href)) as { LAYERS: Record<string, readonly string[]> };
  return config.LAYERS;
}

describe('architecture: the layers of src/', () => {
  const graph = importGraph(SRC);
  const rel = (c: string[]) => c.map((f) => path.relative(SRC, f)).join(' <-> ');

  it('has no cycle between files', () => {
    expect(cycles(graph).map(rel)).toEqual([]);
  });

  it('has no cycle between top-level folders and root files', () => {
    expect(cycles(partGraph(SRC, graph)).map((c) => c.join(' <-> '))).toEqual([]);
  });

  it('places every top-level part in eslint.config.js LAYERS, and every import between parts follows it', async () => {
    const layers = await lintLayers();
    const parts = [...new Set([...graph.keys()].map((f) => partOf(SRC, f)))];
    const unplaced = parts.filter((p) => !TOP.includes(p) && !(p.replace(/\/$/, '') in layers));
    expect(unplaced, 'add each to LAYERS in eslint.config.js, and to docs/architecture.md').toEqual([]);
    expect(forbiddenImports(SRC, graph, layers)).toEqual([]);
  });

  it('keeps the model, util and schemas leaves: they import nothing of ours outside themselves', () => {
    const parts = partGraph(SRC, graph);
    for (const leaf of ['model/', 'util/', 'schemas/']) expect([...(parts.get(leaf) ?? [])], leaf).toEqual([]);
  });
});

describe('architecture: control cases (the checks find what they look for)', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  /** A tree under a temp folder: path -> text. */
  function tree(files: Record<string, string>): string {
    dir = mkdtempSync(path.join(tmpdir(), 'topiclint-arch-'));
    for (const [p, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(dir, p)), { recursive: true });
      writeFileSync(path.join(dir, p), text);
    }
    return dir;
  }

  it('finds a cycle between files, through a type import, an export-from and a dynamic import', () => {
    const root = tree({
      'a/one.ts': "import type { Two } from './two.js';\nexport type One = Two;\n",
      'a/two.ts': "export * from './three.js';\nexport type Two = string;\n",
      'a/three.ts': "// import './one.js' in a comment is not an import\nexport const load = () => import('./one.js');\n",
      'a/free.ts': "export const free = 1;\n",
    });
    expect(cycles(importGraph(root)).map((c) => c.map((f) => path.relative(root, f)))).toEqual([[path.join('a', 'one.ts'), path.join('a', 'three.ts'), path.join('a', 'two.ts')]]);
  });

  it('finds a cycle between folders made of files that do not form a cycle', () => {
    const root = tree({
      'model/x.ts': "import { y } from '../engine/y.js';\nexport const x = y;\n",
      'engine/y.ts': 'export const y = 1;\n',
      'engine/z.ts': "import { x } from '../model/x.js';\nexport const z = x;\n",
      'lint.ts': "import { z } from './engine/z.js';\nexport const l = z;\n",
    });
    const g = importGraph(root);
    expect(cycles(g)).toEqual([]);
    expect(cycles(partGraph(root, g))).toEqual([['engine/', 'model/']]);
  });

  it('finds an import that LAYERS does not allow, and a clean tree passes', () => {
    const root = tree({
      'model/x.ts': 'export const x = 1;\n',
      'rules/r.ts': "import { x } from '../model/x.js';\nimport { s } from '../sources/s.js';\nexport const r = [x, s];\n",
      'sources/s.ts': "import { x } from '../model/x.js';\nexport const s = x;\n",
    });
    const layers = { model: [], sources: ['model'], rules: ['model'] };
    expect(forbiddenImports(root, importGraph(root), layers)).toEqual([`rules/ -> sources/ (${path.join('rules', 'r.ts')} -> ${path.join('sources', 's.ts')})`]);
    expect(forbiddenImports(root, importGraph(root), { ...layers, rules: ['model', 'sources'] })).toEqual([]);
  });
});
