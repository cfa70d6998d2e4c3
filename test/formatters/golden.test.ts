/**
 * Golden tests for every formatter: one fixed result, built by the real pipeline from fixed in-memory
 * files, and each formatter's exact output in test/formatters/golden/<name>.txt.
 * `UPDATE_GOLDEN=1 npx vitest run test/formatters` rewrites the files; review the diff before committing.
 *
 * The rules are listed explicitly, so the golden files do not change when rules are added to the
 * registry; the fixture exercises related locations, a parse error, a schema error and file names that
 * need percent-encoding in SARIF.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import type { AnyRule } from '../../src/model/rule.js';
import { formatters, summary } from '../../src/formatters/index.js';
import { builtinRulesById } from '../../src/rules/index.js';
import { requireSarifValidator } from '../helpers/sarif-schema.js';

const GOLDEN_DIR = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env['UPDATE_GOLDEN'] === '1';
const RULE_IDS = ['replication-factor', 'duplicate-topic', 'schema', 'parse-error'];

const FILES: Record<string, string> = {
  'kafka/orders.yaml': `topics:
  - topic: orders.order-created.v1
    owner: orders-team
    partitions: 12
    replicationFactor: 3
  - topic: orders.order-shipped.v1
    owner: orders-team
    partitions: 6
    replicationFactor: 1
    retentoin: P7D
`,
  'kafka/legacy topics #2.yaml': `# Copied from the old cluster.
topic: orders.order-created.v1
owner: legacy-team
replicationFactor: "2"
`,
  'kafka/zahlungsströme.yaml': `topics:
  - topic: payments.payment-settled.v1
    replicationFactor: [3
`,
  'kafka/notes.yaml': `title: not a catalog file
`,
};

let result: LintResult;

beforeAll(async () => {
  const rules = RULE_IDS.map((id) => {
    const rule = builtinRulesById.get(id);
    if (!rule) throw new Error(`rule ${id} is not registered`);
    return rule;
  }) as AnyRule[];
  result = await lintFiles(
    Object.entries(FILES).map(([path, text]) => ({ path, text })),
    { rules },
  );
});

const outputs: Record<string, () => string> = {
  'stylish': () => formatters['stylish']!(result, { color: false }),
  'stylish-color': () => formatters['stylish']!(result, { color: true }),
  'json': () => formatters['json']!(result),
  'sarif': () => formatters['sarif']!(result, { rootUri: 'file:///work/repo' }),
  'compact': () => formatters['compact']!(result),
  'github': () => formatters['github']!(result),
  'summary': () => summary(result, { annotationsOmitted: 0 }),
};

describe('golden output of every formatter', () => {
  it('the fixture result has what the formats must show', () => {
    const ids = new Set(result.findings.map((f) => f.ruleId));
    expect([...ids].sort()).toEqual(['duplicate-topic', 'parse-error', 'replication-factor', 'schema']);
    expect(result.findings.some((f) => f.related.some((r) => r.location))).toBe(true);
    expect(result.findings.some((f) => f.location.file === 'kafka/legacy topics #2.yaml')).toBe(true);
    expect(result.findings.some((f) => f.location.file === 'kafka/zahlungsströme.yaml')).toBe(true);
  });
  for (const [name, render] of Object.entries(outputs)) {
    it(`${name} matches test/formatters/golden/${name}.txt`, () => {
      const file = `${GOLDEN_DIR}${name}.txt`;
      const actual = render();
      if (UPDATE || !existsSync(file)) {
        if (!UPDATE) throw new Error(`${file} is missing; run UPDATE_GOLDEN=1 npx vitest run test/formatters`);
        mkdirSync(GOLDEN_DIR, { recursive: true });
        writeFileSync(file, actual);
      }
      expect(actual).toBe(readFileSync(file, 'utf8'));
    });
  }
  it('the golden SARIF, as rendered and as stored, validates against the official schema (fails under CI, skips elsewhere, when ../shared is absent)', (ctx) => {
    const validate = requireSarifValidator(ctx);
    for (const text of [outputs['sarif']!(), readFileSync(`${GOLDEN_DIR}sarif.txt`, 'utf8')]) {
      const ok = validate(JSON.parse(text));
      expect(ok ? [] : validate.errors).toEqual([]);
    }
  });
  it('every formatter is covered by a golden file', () => {
    expect(Object.keys(formatters).filter((f) => !(f in outputs))).toEqual([]);
  });
});
