/**
 * RuleTester in the ESLint mould, on vitest: every rule has valid and invalid cases, each invalid case
 * names every expected finding with exact line, column, end line and end column. Cases run the whole
 * read pipeline on in-memory files, so they test the rule through the real adapters.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig, RuleSetting } from '../../src/model/config.js';
import type { Finding } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import type { AnyRule } from '../../src/model/rule.js';
import { defaultSources, type SourceRegistry } from '../../src/sources/index.js';

export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Substring or pattern the message must contain. */
  readonly message?: string | RegExp;
  readonly file?: string;
  readonly level?: 'error' | 'warning' | 'note';
}

export interface TestCase {
  /** Defaults to the first file's content when omitted. */
  readonly name?: string;
  /** path -> content. */
  readonly files: Readonly<Record<string, string>>;
  /** Rule options (merged over defaults). */
  readonly options?: Readonly<Record<string, unknown>>;
  readonly config?: ResolvedConfig;
  /** Base files for change rules (`--base`). */
  readonly base?: Readonly<Record<string, string>>;
}

export interface InvalidCase extends TestCase {
  readonly errors: readonly ExpectedFinding[];
}

export interface RuleTesterOptions {
  readonly registry?: SourceRegistry;
  /** Other rules that must run too (e.g. a rule reading another rule's output); rarely needed. */
  readonly alsoRun?: readonly AnyRule[];
}

/** Run the pipeline with only `rule` enabled and return its findings. */
export async function findingsOf(rule: AnyRule, c: TestCase, opts: RuleTesterOptions = {}): Promise<Finding[]> {
  const setting: RuleSetting = { level: c.config?.rules[rule.meta.id]?.level ?? rule.meta.level, ...(c.options ? { options: c.options } : {}) };
  const config: ResolvedConfig = { ...(c.config ?? { overrides: [] }), rules: { ...(c.config?.rules ?? {}), [rule.meta.id]: setting } };
  const toFiles = (rec: Readonly<Record<string, string>>) => Object.entries(rec).map(([path, text]) => ({ path, text }));
  const result = await lintFiles(toFiles(c.files), {
    rules: [rule, ...(opts.alsoRun ?? [])],
    config,
    registry: opts.registry ?? defaultSources,
    ...(c.base ? { base: { ref: 'base', files: toFiles(c.base) } } : {}),
  });
  return result.findings.filter((f) => f.ruleId === rule.meta.id);
}

function caseName(c: TestCase, i: number): string {
  if (c.name) return c.name;
  const first = Object.values(c.files)[0] ?? '';
  return `#${i + 1}: ${first.replace(/\s+/g, ' ').slice(0, 70)}`;
}

export function ruleTester(rule: AnyRule, opts: RuleTesterOptions = {}) {
  return {
    run(cases: { valid: readonly TestCase[]; invalid: readonly InvalidCase[] }): void {
      const names = [...cases.valid, ...cases.invalid].map((c) => JSON.stringify([c.files, c.options, c.base]));
      describe(rule.meta.id, () => {
        it('has no duplicate cases and at least one valid and one invalid case', () => {
          expect(new Set(names).size).toBe(names.length);
          expect(cases.valid.length).toBeGreaterThan(0);
          expect(cases.invalid.length).toBeGreaterThan(0);
        });
        describe('valid', () => {
          cases.valid.forEach((c, i) => {
            it(caseName(c, i), async () => {
              const found = await findingsOf(rule, c, opts);
              expect(found.map((f) => `${f.location.region.startLine}:${f.location.region.startColumn} ${f.message}`)).toEqual([]);
            });
          });
        });
        describe('invalid', () => {
          cases.invalid.forEach((c, i) => {
            it(caseName(c, i), async () => {
              if (c.errors.length === 0) throw new Error('An invalid case must expect at least one finding.');
              const found = await findingsOf(rule, c, opts);
              const actual = found.map((f) => {
                const r = f.location.region;
                return { line: r.startLine, column: r.startColumn, endLine: r.endLine, endColumn: r.endColumn, file: f.location.file, message: f.message, level: f.level };
              });
              expect(actual.length, `findings: ${JSON.stringify(actual, null, 1)}`).toBe(c.errors.length);
              c.errors.forEach((e, k) => {
                const a = actual[k]!;
                expect({ line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn }).toEqual({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn });
                if (e.file) expect(a.file).toBe(e.file);
                if (e.level) expect(a.level).toBe(e.level);
                if (typeof e.message === 'string') expect(a.message).toContain(e.message);
                else if (e.message) expect(a.message).toMatch(e.message);
              });
            });
          });
        });
      });
    },
  };
}
