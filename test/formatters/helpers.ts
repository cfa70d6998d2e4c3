/** Hand-built results for formatter tests (the golden test builds its result with the real pipeline). */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ajvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import type { Finding, LintResult } from '../../src/model/finding.js';
import type { Level, RuleMeta } from '../../src/model/rule.js';

export function meta(id: string, level: Level = 'error', tags: string[] = ['durability']): RuleMeta<unknown> {
  return { id, level, description: `Description of ${id}.`, rationale: `Rationale of ${id}.`, kind: 'static', tags, defaultOptions: {} };
}

export function finding(over: Partial<Finding> & { file?: string; line?: number }): Finding {
  const line = over.line ?? 1;
  return {
    ruleId: 'replication-factor',
    level: 'error',
    message: 'Replication factor 1 is below 3.',
    location: over.location ?? { file: over.file ?? 'kafka/orders.yaml', region: { startLine: line, startColumn: 20, endLine: line, endColumn: 21 } },
    related: [],
    fingerprint: `fp-${over.ruleId ?? 'replication-factor'}-${line}`,
    ...over,
  };
}

export function result(findings: Finding[], rules: RuleMeta<unknown>[] = [meta('replication-factor'), meta('duplicate-topic'), meta('topic-naming', 'warning', ['naming'])]): LintResult {
  return {
    toolName: 'topiclint',
    toolVersion: '0.1.0',
    informationUri: 'https://github.com/topiclint/topiclint',
    rules,
    findings,
    files: [],
    stats: { filesScanned: 1, filesLinted: 1, notCatalog: 0, notLintable: 0, parseErrors: 0, topics: 1, consumerGroups: 0, clients: 0, suppressed: findings.filter((f) => f.suppression).length },
  };
}

/** The official SARIF 2.1.0 schema, read in place from shared/ beside the repository. */
export const SARIF_SCHEMA_PATH = fileURLToPath(new URL('../../../shared/schemas/sarif-schema-2.1.0.json', import.meta.url));

export type Validator = ((data: unknown) => boolean) & { errors?: unknown };

/**
 * A validator for the official schema, or undefined when shared/ is absent. ajv-draft-04 + ajv-formats
 * in strict mode, except strictRequired: the OASIS schema puts `required` in anyOf branches for
 * properties defined only in the parent, which that lint refuses; every other strict check stays on.
 */
export function sarifValidator(schemaPath: string = SARIF_SCHEMA_PATH): Validator | undefined {
  if (!existsSync(schemaPath)) return undefined;
  // CommonJS packages: under NodeNext their default import is `module.exports`, which carries `.default`.
  const ajv = new ajvDraft04.default({ allErrors: true, strict: true, strictRequired: false });
  ajvFormats.default(ajv);
  return ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')) as object) as Validator;
}
