import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Finding } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { compilePolicies } from '../../src/policy/compile.js';

export const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../policies/examples');

/** Compile a policy text (failing loudly on problems) and lint in-memory files with only its rules. */
export async function lintWithPolicy(policyText: string, files: Record<string, string>): Promise<Finding[]> {
  const compiled = compilePolicies(policyText, 'policy.yaml');
  if (compiled.problems.length) throw new Error(`policy problems: ${JSON.stringify(compiled.problems)}`);
  const result = await lintFiles(
    Object.entries(files).map(([p, text]) => ({ path: p, text })),
    { rules: compiled.rules, config: { rules: {}, overrides: [] } },
  );
  return result.findings.filter((f) => f.ruleId.includes('/'));
}

export function example(name: string): string {
  return readFileSync(path.join(EXAMPLES, name), 'utf8');
}

/** `line:col-endLine:endCol rule` for compact exact assertions. */
export function at(f: Finding): string {
  const r = f.location.region;
  return `${r.startLine}:${r.startColumn}-${r.endLine}:${r.endColumn} ${f.ruleId}`;
}
