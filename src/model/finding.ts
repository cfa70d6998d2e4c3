/** Findings as reporters see them: positions resolved, fingerprints computed. */
import type { Level, RuleMeta } from './rule.js';
import type { FileRecord } from './model.js';
import type { Region } from './text.js';

export interface FindingLocation {
  /** Repository-relative path with `/` separators. */
  readonly file: string;
  readonly region: Region;
}

export interface RelatedFindingLocation {
  /** Absent for a location outside the working tree (a base ref); `text` then says where. */
  readonly location?: FindingLocation;
  readonly message: string;
  /** `origin/main:kafka/orders.yaml:12` for a place at the base ref. */
  readonly external?: { readonly ref: string; readonly path: string; readonly line: number; readonly column?: number };
}

export interface Suppression {
  readonly kind: 'inSource' | 'external';
  readonly justification: string;
  /** `inline`, `waiver`, `baseline`. */
  readonly source: 'inline' | 'waiver' | 'baseline';
}

export interface Finding {
  readonly ruleId: string;
  readonly level: Level;
  readonly message: string;
  readonly location: FindingLocation;
  readonly related: readonly RelatedFindingLocation[];
  readonly entityKind?: string;
  readonly entityName?: string;
  readonly field?: string;
  /** Stable across line moves: rule + entity + field (or file + message for file-level findings). */
  readonly fingerprint: string;
  /** Spring profile or environment the finding belongs to. */
  readonly profile?: string;
  readonly suppression?: Suppression;
  /** With `--baseline`: whether the finding was in the baseline. */
  readonly baselineState?: 'new' | 'unchanged' | 'absent';
}

export interface LintStats {
  readonly filesScanned: number;
  readonly filesLinted: number;
  readonly notCatalog: number;
  readonly notLintable: number;
  readonly parseErrors: number;
  readonly topics: number;
  readonly consumerGroups: number;
  readonly clients: number;
  readonly suppressed: number;
  /** Baselined findings that are gone (fixed) — only with `--baseline`. */
  readonly baselineFixed?: number;
  /** Test sources read as code or client config whose findings were left out (`testFiles`, `--include-tests`). */
  readonly testFilesLeftOut?: number;
}

export interface UnknownValueNote {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly what: string;
  readonly reason: string;
}

export interface LintResult {
  readonly toolName: string;
  readonly toolVersion: string;
  readonly informationUri: string;
  /** Every rule that could report (built-in and custom), not only those that fired. */
  readonly rules: readonly RuleMeta<unknown>[];
  /** Sorted by file, line, column, rule. Suppressed findings are included, marked. */
  readonly findings: readonly Finding[];
  readonly files: readonly FileRecord[];
  readonly stats: LintStats;
  readonly baseRef?: string;
  /** Values that could not be known statically (for `--verbose`). */
  readonly unknowns?: readonly UnknownValueNote[];
}

export const LEVEL_ORDER: Record<Level, number> = { error: 3, warning: 2, note: 1 };

/** The order of findings in every output: file, line, column, rule, message. */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    cmp(a.location.file, b.location.file) ||
    a.location.region.startLine - b.location.region.startLine ||
    a.location.region.startColumn - b.location.region.startColumn ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.message, b.message)
  );
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(compareFindings);
}

/** Code-unit order (not locale order), so the output is the same on every machine. */
function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
