// ESLint flat config: typescript-eslint's recommended rules on our sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * The layers of src/ (docs/architecture.md "Layers"), from the bottom: what each top-level folder or
 * root file may import besides itself. Anything not listed is refused (test/architecture.test.ts also
 * fails on a part of src/ with no place here), so a new folder starts with no
 * arrow until it is placed here. `model/`, `util/` and `schemas/` are leaves; rules and formatters see
 * only the model; the engine sits above the adapters and policy; the API (lint.ts, index.ts) above it
 * all; the CLI (cli.ts, action.ts, config/, watch.ts, explain.ts) on top. test/architecture.test.ts
 * checks the same import graph for cycles, with or without this config.
 */
export const LAYERS = {
  model: [],
  util: [],
  schemas: [],
  yaml: ['util', 'schemas'],
  sources: ['model', 'yaml', 'util', 'schemas'],
  policy: ['model', 'yaml', 'util', 'schemas'],
  rules: ['model', 'util'],
  formatters: ['model', 'util'],
  engine: ['model', 'sources', 'policy', 'yaml', 'util', 'schemas'],
  cache: ['engine', 'model', 'sources', 'util'],
  git: ['model', 'sources', 'policy', 'yaml', 'util'],
  'discover.ts': ['git', 'util'],
  'change-subset.ts': ['engine', 'sources', 'git', 'policy', 'model', 'util'],
  'lint.ts': ['change-subset', 'discover', 'engine', 'cache', 'git', 'sources', 'policy', 'rules', 'model', 'yaml', 'util', 'schemas'],
  'index.ts': ['lint', 'engine', 'sources', 'rules', 'formatters', 'policy', 'model', 'util'],
  'explain.ts': ['model', 'util'],
  'watch.ts': ['model', 'util'],
  config: ['lint', 'policy', 'rules', 'sources', 'model', 'yaml', 'util', 'schemas'],
};

/** A relative specifier from `depth` folders below src/ that reaches a top-level part not in `allowed`. */
function leavesLayer(depth, allowed) {
  const up = depth === 0 ? '\\./' : `(?:\\.\\./){${depth}}`;
  const names = allowed.map((a) => a.replace(/\./g, '\\.')).join('|');
  return `^${up}(?!\\.\\./)${names ? `(?!(?:${names})(?:/|\\.js$))` : ''}`;
}

/** One override per layer and folder depth (a specifier's `../` count depends on the file's depth). */
function layerRules() {
  const out = [];
  for (const [part, allowed] of Object.entries(LAYERS)) {
    const folder = !part.endsWith('.ts');
    const depths = folder ? [1, 2, 3] : [0];
    for (const depth of depths) {
      const files = folder ? [`src/${part}/${'*/'.repeat(depth - 1)}*.ts`] : [`src/${part}`];
      const own = folder ? [part] : [];
      const where = folder ? `src/${part}/` : `src/${part}`;
      const may = allowed.length ? `may import only ${allowed.join(', ')}${folder ? ' and itself' : ''}` : 'is a leaf: it imports nothing of ours outside itself';
      const message = `${where} ${may} (the layers of docs/architecture.md). Move the shared code down a layer, or place it in LAYERS in eslint.config.js.`;
      // `./x.js`, and `../x.js` from a subfolder, stay inside the folder: only specifiers that climb to src/ are checked.
      const patterns = [{ regex: leavesLayer(depth, [...own, ...allowed]), message }];
      out.push({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
    }
  }
  return out;
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'action/dist/**', 'bench/out/**', 'bench/node_modules/**', '**/*.d.ts', 'test/fixtures/**', 'examples/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', TextDecoder: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', Buffer: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Layers that never mix: nothing below the CLI touches the console or exits the process.
    files: ['src/**/*.ts'],
    ignores: ['src/cli.ts'],
    rules: {
      'no-console': 'error',
      'no-restricted-properties': ['error', { object: 'process', property: 'exit', message: 'Only src/cli.ts ends the process (through its exit code).' }],
    },
  },
  {
    // No function in src/ over 120 lines (issue #16): split it into named steps that share a small
    // context object. Counted as written, blank lines and comments included (as the issue measured),
    // so that a long function cannot pass by shedding its comments.
    files: ['src/**/*.ts'],
    rules: {
      'max-lines-per-function': ['error', { max: 120, skipBlankLines: false, skipComments: false, IIFEs: true }],
    },
  },
  ...layerRules(),
);
