/**
 * Our own JSON Schemas are compiled without checking them against the meta-schema at run time (it cost
 * a fifth of a small run), so they are checked here: the catalog, config, policy and waiver schemas,
 * every built-in rule's options schema, and the published copies in `schemas/`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { consumerGroupSchema, topicSchema } from '../src/schemas/catalog.js';
import { configSchema, policyRuleSchema, policySchema, waiverSchema, waiversFileSchema } from '../src/schemas/config.js';
import { builtinRules } from '../src/rules/index.js';
import { compilePolicies } from '../src/policy/compile.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ajv = new Ajv({ strict: false });

function expectValid(name: string, schema: unknown) {
  const ok = ajv.validateSchema(schema as object);
  expect(ok ? [] : ajv.errors, name).toEqual([]);
}

describe('our JSON Schemas are valid JSON Schemas', () => {
  it('catalog, config, policy and waiver schemas', () => {
    for (const [name, schema] of Object.entries({ topicSchema, consumerGroupSchema, configSchema, policyRuleSchema, policySchema, waiverSchema, waiversFileSchema })) expectValid(name, schema);
  });

  it('the catalog validators compiled at build time are those of the current schemas (else run `npm run validators`)', async () => {
    const { generate } = (await import(pathToFileURL(path.join(repo, 'scripts/gen-validators.mjs')).href)) as { generate: () => Promise<string> };
    expect(readFileSync(path.join(repo, 'src/schemas/validators.generated.ts'), 'utf8'), 'src/schemas/validators.generated.ts is stale: run `npm run validators` and commit it').toBe(await generate());
  });

  it("every built-in rule's options schema", () => {
    for (const rule of builtinRules) if (rule.meta.optionsSchema) expectValid(rule.meta.id, rule.meta.optionsSchema);
  });

  it('the published schemas/', () => {
    const files = readdirSync(path.join(repo, 'schemas')).filter((f) => f.endsWith('.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expectValid(f, JSON.parse(readFileSync(path.join(repo, 'schemas', f), 'utf8')));
  });

  it('a broken `require` schema in a user policy is still reported, at its line', () => {
    const text = 'rules:\n  acme/odd:\n    description: Odd\n    match:\n      kind: topic\n    require:\n      properties:\n        name:\n          minLength: -1\n';
    const { rules, problems } = compilePolicies(text, 'policies.yaml');
    expect(rules).toEqual([]);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.message).toMatch(/^`require` is not a valid JSON Schema: /);
    expect(text.slice(problems[0]!.start, problems[0]!.end)).toBe('properties:\n        name:\n          minLength: -1');
  });
});
