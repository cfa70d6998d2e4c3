import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { consumerGroupSchema, topicSchema } from '../../src/schemas/catalog.js';
import { configSchema, policySchema } from '../../src/schemas/config.js';

const SCHEMAS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../schemas');

describe('schemas/*.json equal their sources of truth in src/schemas/', () => {
  const pairs = [
    ['config.schema.json', configSchema],
    ['policy.schema.json', policySchema],
    ['topic.schema.json', topicSchema],
    ['consumer-group.schema.json', consumerGroupSchema],
  ] as const;
  for (const [file, schema] of pairs) {
    it(`${file} equals its source of truth`, () => {
      const target = path.join(SCHEMAS, file);
      // Regenerate with: UPDATE_SCHEMAS=1 npx vitest run test/config/schemas.test.ts
      if (process.env['UPDATE_SCHEMAS']) writeFileSync(target, `${JSON.stringify(schema, null, 2)}\n`);
      expect(existsSync(target)).toBe(true);
      expect(JSON.parse(readFileSync(target, 'utf8'))).toEqual(schema);
    });
  }
});
