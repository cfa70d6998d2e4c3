/**
 * action.yml itself: every input used is declared and every declared input is used; no `run:` script
 * contains a `${{ }}` expression (inputs reach scripts through `env:` only, so a branch name or a path
 * from a pull request can never be interpolated into shell code); outputs come from existing steps;
 * the SARIF upload runs even when linting found errors, and before the step that fails the job.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers.js';

interface Step {
  name?: string;
  id?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}
interface ActionYml {
  name: string;
  description: string;
  inputs: Record<string, { description: string; default?: string; required?: boolean }>;
  outputs: Record<string, { description: string; value: string }>;
  runs: { using: string; steps: Step[] };
}

const text = readFileSync(path.join(REPO_ROOT, 'action.yml'), 'utf8');
const action = parse(text) as ActionYml;
const steps = action.runs.steps;

/** Every `${{ ... }}` expression in a string. */
function expressions(s: string): string[] {
  return [...s.matchAll(/\$\{\{([\s\S]*?)\}\}/g)].map((m) => m[1]!.trim());
}
/** `inputs.x` and `inputs['x']` references inside expressions. */
function inputRefs(s: string): string[] {
  return expressions(s).flatMap((e) => [...e.matchAll(/\binputs\.([A-Za-z0-9_-]+)|\binputs\[\s*'([^']+)'\s*\]/g)].map((m) => (m[1] ?? m[2])!));
}

describe('action.yml', () => {
  it('is a composite action with a name, a description and described inputs and outputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(action.name).toBe('topiclint');
    expect(action.description.length).toBeGreaterThan(10);
    for (const [name, input] of Object.entries(action.inputs)) expect(input.description, name).toMatch(/\S/);
    for (const [name, output] of Object.entries(action.outputs)) expect(output.description, name).toMatch(/\S/);
  });

  it('declares the documented inputs and outputs', () => {
    expect(Object.keys(action.inputs).sort()).toEqual(['annotations', 'base-ref', 'baseline', 'category', 'config', 'fail-on', 'paths', 'sarif-file', 'upload-sarif'].sort());
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
  });

  it('uses only declared inputs, and uses every declared input', () => {
    const used = new Set(inputRefs(text));
    expect([...used].filter((u) => !(u in action.inputs))).toEqual([]);
    expect(Object.keys(action.inputs).filter((i) => !used.has(i))).toEqual([]);
  });

  it('never puts an expression into a run: script (inputs go through env:)', () => {
    const scripts = steps.filter((s) => s.run !== undefined);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts) {
      expect(expressions(s.run!), `step "${s.name}"`).toEqual([]);
      expect(s.shell, `step "${s.name}" needs a shell in a composite action`).toBe('bash');
    }
  });

  it('passes every input of the lint step as a TOPICLINT_ variable the action reads', () => {
    const lint = steps.find((s) => s.id === 'lint')!;
    const source = readFileSync(path.join(REPO_ROOT, 'src/action.ts'), 'utf8');
    for (const [variable, value] of Object.entries(lint.env ?? {})) {
      expect(variable).toMatch(/^TOPICLINT_[A-Z_]+$/);
      expect(value).toMatch(/^\$\{\{ inputs\.[a-z-]+ \}\}$/);
      expect(source, `src/action.ts reads ${variable}`).toContain(`'${variable}'`);
    }
    expect(lint.run).toBe('node "$GITHUB_ACTION_PATH/action/run.mjs"');
  });

  it('takes its outputs from steps that exist and from outputs the action writes', () => {
    const ids = new Set(steps.map((s) => s.id).filter(Boolean));
    const source = readFileSync(path.join(REPO_ROOT, 'src/action.ts'), 'utf8');
    for (const [name, output] of Object.entries(action.outputs)) {
      const m = /^\$\{\{ steps\.([A-Za-z0-9_-]+)\.outputs\.([A-Za-z0-9_-]+) \}\}$/.exec(output.value);
      expect(m, name).not.toBeNull();
      expect(ids.has(m![1]!), `output ${name}: step ${m![1]}`).toBe(true);
      expect(source).toContain(`${m![2]}=`);
    }
    // Every steps.X reference anywhere names an existing step.
    for (const e of expressions(text)) for (const m of e.matchAll(/\bsteps\.([A-Za-z0-9_-]+)\./g)) expect(ids.has(m[1]!), e).toBe(true);
  });

  it('uploads SARIF with codeql-action v4 even after errors, before the step that fails', () => {
    const uploadAt = steps.findIndex((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'));
    const failAt = steps.findIndex((s) => s.run !== undefined && /exit\b/.test(s.run) && s.id !== 'lint');
    const lintAt = steps.findIndex((s) => s.id === 'lint');
    expect(uploadAt).toBeGreaterThan(lintAt);
    expect(failAt).toBeGreaterThan(uploadAt);
    const upload = steps[uploadAt]!;
    expect(upload.uses).toBe('github/codeql-action/upload-sarif@v4');
    // `always()` so the upload also runs when an earlier step failed; and only when a report exists.
    expect(upload.if).toMatch(/always\(\)/);
    expect(upload.if).toContain("inputs.upload-sarif == 'true'");
    expect(upload.with?.['sarif_file']).toBe('${{ steps.lint.outputs.sarif-file }}');
    expect(upload.with?.['category']).toBe('${{ inputs.category }}');
    const fail = steps[failAt]!;
    expect(fail.if).toMatch(/always\(\)/);
    // A missing exit code (the lint step crashed) fails the step rather than passing silently.
    expect(fail.run).toBe('exit "${TOPICLINT_EXIT_CODE:-2}"');
    expect(fail.env?.['TOPICLINT_EXIT_CODE']).toBe('${{ steps.lint.outputs.exit-code }}');
  });

  it('runs the committed bundle with the runner Node, without npm install', () => {
    expect(text).not.toMatch(/npm (ci|install)/);
    expect(readFileSync(path.join(REPO_ROOT, 'action/run.mjs'), 'utf8')).toContain("from './dist/action.js'");
  });
});
