/**
 * Stable JSON output (documented in docs/formats-output.md): `version` bumps on breaking changes.
 * Keys are written in a fixed order so the output is byte-identical for the same input.
 */
import type { Finding, LintResult } from '../model/finding.js';
import type { FileRecord } from '../model/model.js';
import { jsonPieces, LazyArray } from './json-text.js';
import { joined, type PieceFormatter } from './types.js';

export const JSON_FORMAT_VERSION = 1;

function jsonFinding(f: Finding): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    level: f.level,
    message: f.message,
    file: f.location.file,
    line: f.location.region.startLine,
    column: f.location.region.startColumn,
    endLine: f.location.region.endLine,
    endColumn: f.location.region.endColumn,
    ...(f.entityKind ? { entityKind: f.entityKind } : {}),
    ...(f.entityName !== undefined ? { entityName: f.entityName } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.profile ? { profile: f.profile } : {}),
    fingerprint: f.fingerprint,
    related: f.related.map((r) =>
      r.location
        ? { message: r.message, file: r.location.file, line: r.location.region.startLine, column: r.location.region.startColumn }
        : { message: r.message, ref: r.external?.ref, file: r.external?.path, line: r.external?.line },
    ),
    ...(f.suppression ? { suppression: f.suppression } : {}),
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
  };
}

function jsonFile(f: FileRecord): Record<string, unknown> {
  return { path: f.path, status: f.status, formats: f.formats, ...(f.reason ? { reason: f.reason } : {}) };
}

/** The report in pieces: findings and files are mapped one at a time as they are written. */
export const jsonReport: PieceFormatter = function* (result: LintResult, options = {}) {
  const findings = result.findings.filter((f) => options.includeSuppressed || !f.suppression);
  const out = {
    version: JSON_FORMAT_VERSION,
    tool: { name: result.toolName, version: result.toolVersion },
    ...(result.baseRef ? { baseRef: result.baseRef } : {}),
    summary: {
      errors: findings.filter((f) => f.level === 'error' && !f.suppression).length,
      warnings: findings.filter((f) => f.level === 'warning' && !f.suppression).length,
      notes: findings.filter((f) => f.level === 'note' && !f.suppression).length,
      ...result.stats,
    },
    findings: new LazyArray(findings, jsonFinding),
    files: new LazyArray(result.files, jsonFile),
    ...(result.unknowns ? { unknowns: result.unknowns } : {}),
  };
  yield* jsonPieces(out);
  yield '\n';
};

export const json = joined(jsonReport);
