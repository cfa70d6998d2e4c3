/**
 * RuleTester in the ESLint mould, on vitest: every rule has valid and invalid cases, each invalid case
 * names every expected finding with exact line, column, end line and end column, its message (required,
 * as ESLint requires `message` or `messageId`) and, when the rule reports them, its related locations
 * (required then, and compared in order). Cases run the whole read pipeline on in-memory files, so they
 * test the rule through the real adapters.
 */
import { describe, expect, it } from 'vitest';
import type { ResolvedConfig, RuleSetting } from '../../src/model/config.js';
import type { Finding, RelatedFindingLocation } from '../../src/model/finding.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import type { AnyRule } from '../../src/model/rule.js';
import { defaultSources, type SourceRegistry } from '../../src/sources/index.js';

/** A related location as a case expects it: a place in the working tree, or one at the base ref. */
export interface ExpectedRelated {
  /** The related location's message: the whole text (compared exactly), or a pattern. */
  readonly message: string | RegExp;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  /** For a place at the base ref (`--base`). */
  readonly external?: { readonly ref: string; readonly path: string; readonly line: number; readonly column?: number };
}

export interface ExpectedFinding {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /**
   * Required (checked at run time too): text the message must contain, or a pattern it must match.
   * Older cases give the message's key phrase (the values it quotes); new cases give the whole message.
   */
  readonly message: string | RegExp;
  readonly file?: string;
  readonly level?: 'error' | 'warning' | 'note';
  /** Required when the rule reports related locations; compared one by one, in order. */
  readonly related?: readonly ExpectedRelated[];
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

/** Refuse an expectation that would let a wrong message pass (ESLint's RuleTester does the same). */
export function assertWellFormed(e: ExpectedFinding, k: number): void {
  const message = (e as { message?: unknown }).message;
  if (message === undefined || message === '') throw new Error(`Expected finding #${k + 1} (line ${e.line}) has no \`message\`: every expected finding must state the message the rule reports.`);
}

/** The comparable shape of an actual related location: only the fields the expectation names are kept. */
function relatedAsExpected(actual: RelatedFindingLocation, e: ExpectedRelated): Record<string, unknown> {
  const r = actual.location?.region;
  const shape: Record<string, unknown> = {};
  if (e.file !== undefined || actual.location) shape['file'] = actual.location?.file;
  if (e.line !== undefined || r) shape['line'] = r?.startLine;
  if (e.column !== undefined || r) shape['column'] = r?.startColumn;
  if (e.endLine !== undefined) shape['endLine'] = r?.endLine;
  if (e.endColumn !== undefined) shape['endColumn'] = r?.endColumn;
  if (e.external !== undefined || actual.external) shape['external'] = actual.external;
  return shape;
}

/** Check related locations: same count, then message and position of each, in order. */
export function expectRelated(actual: readonly RelatedFindingLocation[], expected: readonly ExpectedRelated[] | undefined, k: number): void {
  const where = `finding #${k + 1}`;
  const shown = JSON.stringify(actual, null, 1);
  if (actual.length > 0 && expected === undefined) throw new Error(`The rule reports ${actual.length} related location(s) for ${where}; the expectation must list them in \`related\`: ${shown}`);
  expect(actual.length, `related locations of ${where}: ${shown}`).toBe(expected?.length ?? 0);
  (expected ?? []).forEach((e, i) => {
    const a = actual[i]!;
    if (typeof e.message === 'string') expect(a.message, `related #${i + 1} of ${where}`).toBe(e.message);
    else expect(a.message, `related #${i + 1} of ${where}`).toMatch(e.message);
    const want: Record<string, unknown> = {};
    const got = relatedAsExpected(a, e);
    if ('file' in got) want['file'] = e.file ?? got['file'];
    if ('line' in got) want['line'] = e.line;
    if ('column' in got) want['column'] = e.column;
    if ('endLine' in got) want['endLine'] = e.endLine;
    if ('endColumn' in got) want['endColumn'] = e.endColumn;
    if ('external' in got) want['external'] = e.external;
    expect(got, `related #${i + 1} of ${where}`).toEqual(want);
  });
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
              c.errors.forEach(assertWellFormed);
              const actual = found.map((f) => {
                const r = f.location.region;
                return { line: r.startLine, column: r.startColumn, endLine: r.endLine, endColumn: r.endColumn, file: f.location.file, message: f.message, level: f.level, related: f.related };
              });
              expect(actual.length, `findings: ${JSON.stringify(actual, null, 1)}`).toBe(c.errors.length);
              c.errors.forEach((e, k) => {
                const a = actual[k]!;
                expect({ line: a.line, column: a.column, endLine: a.endLine, endColumn: a.endColumn }).toEqual({ line: e.line, column: e.column, endLine: e.endLine, endColumn: e.endColumn });
                if (e.file) expect(a.file).toBe(e.file);
                if (e.level) expect(a.level).toBe(e.level);
                if (typeof e.message === 'string') expect(a.message, `message of finding #${k + 1}`).toContain(e.message);
                else expect(a.message, `message of finding #${k + 1}`).toMatch(e.message);
                expectRelated(a.related, e.related, k);
              });
            });
          });
        });
      });
    },
  };
}
