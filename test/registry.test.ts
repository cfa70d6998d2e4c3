/**
 * The rule registry (src/rules/index.ts), the rule files (src/rules/<id>.ts) and the docs pages
 * (docs/rules/<id>.md) agree exactly; every rule's metadata is complete; every options schema compiles
 * and accepts the rule's defaults; and every docs page's examples do what their section says, as
 * typescript-eslint checks its docs.
 *
 * DOCS EXAMPLE CONVENTION (sections `## Incorrect` and `## Correct` of docs/rules/<id>.md):
 * - Every fenced code block in the section is one input file, and all blocks of one section together
 *   form one example: a catalog and a consumer group file, a catalog and a client config, or a file at
 *   the base ref and the same file in the pull request.
 * - A block's file name is, in this order of precedence:
 *   1. an HTML comment on the line before the fence (blank lines may separate them):
 *      `<!-- file: producer.properties -->`. It is invisible on GitHub and is the preferred form.
 *   2. a comment on the block's first line naming a file: `# application.yml`, `// OrderProducer.java`,
 *      `! worker.properties` (the form client pages use, so the reader sees the name too);
 *   3. from the fence language: `yaml` -> `topics.yaml`, `json` -> `topics.json`, `properties` ->
 *      `client.properties`, `java` -> `Example.java`, `ts` -> `example.ts`, `js` -> `example.js`,
 *      `hcl`/`terraform` -> `main.tf`.
 * - For change rules, `<!-- base -->` (or `<!-- base: topics.yaml -->`) before a fence puts that file
 *   at the base ref (`--base`); `<!-- head -->` (or `<!-- head: NAME -->`) marks the pull-request side
 *   explicitly. Unmarked blocks are head files.
 * - Blocks in other sections (configuration snippets under `## Options`) are not run.
 * - The example runs through `lintFiles` (the real adapters) with only the page's rule enabled, plus
 *   the inline-suppression step so that the suppression rules' examples work. `## Incorrect` must give
 *   at least one finding of the rule, `## Correct` none.
 * - A rule whose examples cannot run through the pipeline is listed in NOT_RUNNABLE with the reason;
 *   its page still needs both examples.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig } from '../src/model/config.js';
import { lintFiles } from '../src/engine/pipeline.js';
import type { AnyRule } from '../src/model/rule.js';
import { inlineSuppressionStep } from '../src/policy/exceptions.js';
import { builtinRules } from '../src/rules/index.js';
import { defaultSources } from '../src/sources/index.js';
import type { InputFile } from '../src/sources/types.js';

const Ajv = AjvModule as unknown as typeof AjvModule.default;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RULES_DIR = path.join(ROOT, 'src/rules');
const DOCS_DIR = path.join(ROOT, 'docs/rules');

/** Rules whose examples cannot go through `lintFiles`, and why. Keep it short. */
const NOT_RUNNABLE: Readonly<Record<string, string>> = {
  'expired-waiver': 'waivers are read from topiclint.waivers.yaml by the config loader (src/config/load.ts), not by the lint pipeline',
  'policy-weakened': "compares topiclint's own config files at the base ref and in the working tree (src/git/policy-files.ts), which the lint pipeline does not read",
};

const SECTIONS = ['## Why', '## Incorrect', '## Correct', '## Options'] as const;
const ID = /^([a-z][a-z0-9]*(-[a-z0-9]+)*\/)?[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

const ruleFiles = readdirSync(RULES_DIR)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.slice(0, -3))
  .sort();
const docPages = readdirSync(DOCS_DIR)
  .filter((f) => f.endsWith('.md'))
  .map((f) => f.slice(0, -3))
  .sort();
const registryIds = builtinRules.map((r) => r.meta.id);

describe('rule registry', () => {
  it('lists every file of src/rules/ exactly once, and nothing else', () => {
    expect([...registryIds].sort()).toEqual(ruleFiles);
    expect(new Set(registryIds).size).toBe(registryIds.length);
  });

  it('is sorted by id', () => {
    expect(registryIds).toEqual([...registryIds].sort());
  });

  it('has a docs page for every rule and a rule for every docs page', () => {
    expect(docPages).toEqual([...registryIds].sort());
  });

  it('has ids in kebab-case (or namespace/kebab-case)', () => {
    expect(registryIds.filter((id) => !ID.test(id))).toEqual([]);
    expect(ID.test('acme/tier1-needs-dlq')).toBe(true);
    expect(ID.test('Bad_Id')).toBe(false);
  });
});

describe.each(builtinRules.map((r) => [r.meta.id, r] as const))('rule %s', (id, rule: AnyRule) => {
  it('has complete metadata', () => {
    const m = rule.meta;
    expect(m.description.trim().length, 'description').toBeGreaterThan(10);
    expect(m.rationale.trim().length, 'rationale').toBeGreaterThan(20);
    expect(m.tags.length, 'tags').toBeGreaterThan(0);
    expect(['error', 'warning', 'note']).toContain(m.level);
    expect(['static', 'change', 'meta']).toContain(m.kind);
    expect(m.defaultOptions !== null && typeof m.defaultOptions === 'object' && !Array.isArray(m.defaultOptions)).toBe(true);
  });

  it('has an options schema that compiles and accepts its default options (or no options at all)', () => {
    if (!rule.meta.optionsSchema) {
      expect(rule.meta.defaultOptions).toEqual({});
      return;
    }
    const ajv = new Ajv({ allErrors: true, strict: true });
    const validate = ajv.compile(rule.meta.optionsSchema);
    expect(validate(rule.meta.defaultOptions), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ 'no-such-option-xyz': 1 }), 'unknown options are rejected').toBe(false);
  });

  const page = path.join(DOCS_DIR, `${id}.md`);
  const doc = existsSync(page) ? readFileSync(page, 'utf8') : undefined;

  it('has a docs page with the title, a summary and the sections in order', () => {
    expect(doc, `docs/rules/${id}.md is missing`).toBeDefined();
    const lines = doc!.split('\n');
    expect(lines[0]).toBe(`# ${id}`);
    const firstSection = lines.findIndex((l) => l.startsWith('## '));
    expect(lines.slice(1, firstSection).join('\n').trim().length, 'a one-line summary before ## Why').toBeGreaterThan(0);
    expect(outsideFences(lines).filter((l) => l.startsWith('## '))).toEqual([...SECTIONS]);
    for (const s of SECTIONS) expect(section(doc!, s).trim().length, `${s} is empty`).toBeGreaterThan(0);
  });

  const runnable = doc !== undefined && !(id in NOT_RUNNABLE);
  it.skipIf(!runnable)('docs: the Incorrect example produces a finding of this rule', async () => {
    const example = parseExample(section(doc!, '## Incorrect'));
    expect(example.head.length, 'no code block under ## Incorrect').toBeGreaterThan(0);
    const found = await run(rule, example);
    expect(found.length, `files: ${example.head.map((f) => f.path).join(', ')}`).toBeGreaterThan(0);
  });

  it.skipIf(!runnable)('docs: the Correct example produces no finding of this rule', async () => {
    const example = parseExample(section(doc!, '## Correct'));
    expect(example.head.length, 'no code block under ## Correct').toBeGreaterThan(0);
    expect(await run(rule, example)).toEqual([]);
  });

  it.skipIf(runnable || doc === undefined)(`docs: examples are present though not run (${NOT_RUNNABLE[id] ?? ''})`, () => {
    expect(parseExample(section(doc!, '## Incorrect')).head.length).toBeGreaterThan(0);
    expect(parseExample(section(doc!, '## Correct')).head.length).toBeGreaterThan(0);
  });
});

describe('the docs example convention', () => {
  it('names files from a comment before the fence, the first line, or the language; marks base files', () => {
    const md = [
      '<!-- file: producer.properties -->',
      '',
      '```properties',
      'acks=1',
      '```',
      '```yaml',
      '# application.yml',
      'spring: {}',
      '```',
      '<!-- base -->',
      '```yaml',
      'topic: a.b.v1',
      '```',
      '<!-- head -->',
      '```yaml',
      'topic: a.b.v2',
      '```',
    ].join('\n');
    const ex = parseExample(md);
    expect(ex.head.map((f) => f.path)).toEqual(['producer.properties', 'application.yml', 'topics.yaml']);
    expect(ex.head[0]!.text).toBe('acks=1\n');
    expect(ex.base.map((f) => [f.path, f.text])).toEqual([['topics.yaml', 'topic: a.b.v1\n']]);
  });
});

// ---------------------------------------------------------------------------------------------------

interface Example {
  readonly head: InputFile[];
  readonly base: InputFile[];
}

async function run(rule: AnyRule, example: Example) {
  const config: ResolvedConfig = { rules: { [rule.meta.id]: { level: rule.meta.level } }, overrides: [] };
  const result = await lintFiles(example.head, {
    rules: [rule],
    config,
    registry: defaultSources,
    ...(example.base.length > 0 ? { base: { ref: 'base', files: example.base } } : {}),
    postprocess: [inlineSuppressionStep({ config, rules: builtinRules })],
  });
  return result.findings.filter((f) => f.ruleId === rule.meta.id).map((f) => `${f.location.file}:${f.location.region.startLine}:${f.location.region.startColumn} ${f.message}`);
}

/** Lines that are not inside a fenced code block. */
function outsideFences(lines: readonly string[]): string[] {
  let inFence = false;
  return lines.filter((l) => {
    if (/^\s*```/.test(l)) {
      inFence = !inFence;
      return false;
    }
    return !inFence;
  });
}

/** The text of a `## ` section, up to the next `## ` heading outside a fence. */
function section(doc: string, heading: string): string {
  const lines = doc.split('\n');
  let inFence = false;
  let start = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (/^\s*```/.test(l)) inFence = !inFence;
    if (inFence) continue;
    if (start === -1 && l.trim() === heading) start = i + 1;
    else if (start !== -1 && l.startsWith('## ')) return lines.slice(start, i).join('\n');
  }
  return start === -1 ? '' : lines.slice(start).join('\n');
}

const DEFAULT_NAMES: Readonly<Record<string, string>> = {
  yaml: 'topics.yaml',
  yml: 'topics.yaml',
  json: 'topics.json',
  properties: 'client.properties',
  java: 'Example.java',
  ts: 'example.ts',
  typescript: 'example.ts',
  js: 'example.js',
  javascript: 'example.js',
  hcl: 'main.tf',
  terraform: 'main.tf',
};

const FIRST_LINE_NAME = /^\s*(?:#|\/\/|!)\s*([\w./-]+\.(?:ya?ml|json|properties|java|kt|[cm]?[jt]s|tf|tfvars|hcl))\s*$/;
const MARKER = /^<!--\s*(file|base|head)\s*(?::\s*(\S+))?\s*-->$/;

/** The files of one example section, by the convention at the top of this file. */
function parseExample(text: string): Example {
  const lines = text.split('\n');
  const head: InputFile[] = [];
  const base: InputFile[] = [];
  let marker: { kind: string; name?: string } | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    const m = MARKER.exec(line);
    if (m) {
      marker = { kind: m[1]!, ...(m[2] ? { name: m[2] } : {}) };
      continue;
    }
    const fence = /^```\s*([\w-]*)/.exec(line);
    if (!fence) {
      if (line !== '' && !line.startsWith('<!--')) marker = undefined; // prose between marker and fence
      continue;
    }
    const body: string[] = [];
    for (i++; i < lines.length && !/^\s*```\s*$/.test(lines[i]!); i++) body.push(lines[i]!);
    const lang = (fence[1] ?? '').toLowerCase();
    const named = marker?.name ?? FIRST_LINE_NAME.exec(body[0] ?? '')?.[1] ?? DEFAULT_NAMES[lang] ?? `example.${lang || 'txt'}`;
    const file = { path: named, text: body.join('\n') + '\n' };
    (marker?.kind === 'base' ? base : head).push(file);
    marker = undefined;
  }
  return { head, base };
}
