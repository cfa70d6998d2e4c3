import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { configSchema, policySchema } from '../../src/schemas/config.js';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

describe('schemas/config.schema.json and schemas/policy.schema.json', () => {
  for (const [file, schema] of [['config.schema.json', configSchema], ['policy.schema.json', policySchema]] as const) {
    it(`${file} equals its source of truth in src/schemas/config.ts`, () => {
      const target = path.join(SCHEMAS, file);
      // Regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/config/schemas.test.ts
      if (process.env['UPDATE_SCHEMAS']) writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
      expect(existsSync(target)).toBe(true);
      expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(schema);
    });
  }
});
