/**
 * SARIF 2.1.0 for GitHub code scanning and SARIF viewers (VS Code SARIF Viewer).
 *
 * What GitHub reads (docs "SARIF support for code scanning") and how we fill it:
 * - `tool.driver.rules[]`: EVERY rule of the run (not only those that fired), with `shortDescription`,
 *   `fullDescription`, `help.text`/`help.markdown`, `helpUri`, `defaultConfiguration.level` and
 *   `properties` {tags, precision, problem.severity}. `security-severity` only for rules tagged
 *   `security` (it turns their alerts into security alerts, which is what those rules are about).
 * - results: `ruleId` + `ruleIndex`, `level`, `message.text`, one location with a repository-relative,
 *   percent-encoded URI under `%SRCROOT%` and a full region (UTF-16 columns, end column exclusive).
 * - `partialFingerprints` holds our own stable fingerprint (rule + entity + field) under
 *   `topiclint/v1`; never `primaryLocationLineHash`, which the upload action computes itself.
 * - Related locations inside the working tree are `relatedLocations` with ids, linked from the
 *   message (`[first definition](1)`), the only way GitHub shows them. Locations at a base ref are not
 *   files GitHub can open: GitHub's ingestion rules require every location (related ones too) to carry
 *   `physicalLocation.artifactLocation.uri` (sarif-sdk rule GH1001), and a URI there would point at the
 *   head version of the file. So they are named in the message text as `<ref>:<path>:<line>` and kept
 *   machine-readable under the result's `properties.baseLocations`.
 * - Suppressed findings are left out unless `includeSuppressed`; then they carry `suppressions`.
 * - No `artifacts` array: GitHub ignores it, viewers resolve URIs without it, and results stay
 *   self-contained (no artifact indexes to keep in step).
 * Output is deterministic: objects are built with a fixed key order, and nothing depends on time.
 */
import type { Log, Notification, ReportingDescriptor, Result, Location } from 'sarif';
import { LEVEL_ORDER, type Finding, type LintResult } from '../model/finding.js';
import { docsUrl, type Level, type RuleMeta } from '../model/rule.js';
import { escapeControlsKeepingLineFeeds } from './escape.js';
import { jsonPieces, LazyArray, materialize } from './json-text.js';
import { joined, type PieceFormatter } from './types.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Key of our fingerprint in `partialFingerprints`; bump the version if the fingerprint recipe changes. */
export const FINGERPRINT_KEY = 'topiclint/v1';
export const SRCROOT = '%SRCROOT%';
/** GitHub truncates descriptions beyond this many characters. */
const GITHUB_DESCRIPTION_LIMIT = 1024;
/** GitHub rejects a whole SARIF file whose run has more results than this (it shows the top 5,000). */
export const GITHUB_MAX_RESULTS = 25_000;
/** GitHub rejects more than 1,000 locations per result and more than 20 tags per rule. */
const GITHUB_MAX_RELATED = 1_000;
const GITHUB_MAX_TAGS = 20;

/**
 * A repository-relative path as a relative URI reference (RFC 3986): `/` stays the separator, every
 * other character outside `unreserved` is percent-encoded as UTF-8 (spaces, `#`, `%`, `?`, `:`,
 * non-ASCII letters, ...). Leading `./` and `/` are dropped so the URI is always relative.
 * Paths arrive with `/` separators on every platform (discovery converts them), so a backslash is a
 * character of the name (legal on POSIX: `a\b.yaml`) and is encoded as `%5C`, never read as a separator.
 */
export function encodeUriPath(path: string): string {
  const clean = path.replace(/^(\.\/)+/, '').replace(/^\/+/, '');
  const bytes = new TextEncoder();
  let out = '';
  for (const ch of clean) {
    if (/^[A-Za-z0-9\-._~/]$/.test(ch)) out += ch;
    else for (const b of bytes.encode(ch)) out += `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** `replication-factor` -> `ReplicationFactor`; `acme/tier1-needs-dlq` -> `AcmeTier1NeedsDlq`. */
export function pascalCase(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((w) => w.length > 0)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join('');
}

/**
 * Message text from the repository, as shown by code scanning: controls and bidirectional characters
 * as visible escapes (a reversed topic name must not read as another one; line feeds stay, messages
 * may span lines), and, per SARIF 3.11.6, literal brackets escaped with a backslash in a message
 * with embedded links.
 */
function escapeMessageText(s: string): string {
  return escapeControlsKeepingLineFeeds(s).replace(/[[\]]/g, (c) => `\\${c}`);
}

/** Text for Markdown fields that GitHub renders: no raw HTML from rule metadata (custom rules are repository content). */
function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function limit(s: string, n = GITHUB_DESCRIPTION_LIMIT): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

const PROBLEM_SEVERITY: Record<Level, string> = { error: 'error', warning: 'warning', note: 'recommendation' };
/** GitHub maps > 9.0 critical, 7.0-8.9 high, 4.0-6.9 medium, 0.1-3.9 low. */
const SECURITY_SEVERITY: Record<Level, string> = { error: '8.0', warning: '5.0', note: '2.0' };

function ruleDescriptor(meta: RuleMeta<unknown>): ReportingDescriptor {
  const url = docsUrl(meta);
  // A custom policy's description and rationale are repository text too.
  const description = escapeControlsKeepingLineFeeds(meta.description.trim() || meta.id);
  const rationale = escapeControlsKeepingLineFeeds(meta.rationale.trim()) || description;
  const tags = [...new Set(meta.tags)].slice(0, GITHUB_MAX_TAGS);
  const security = tags.includes('security');
  return {
    id: meta.id,
    name: pascalCase(meta.id) || meta.id,
    shortDescription: { text: limit(description) },
    fullDescription: { text: limit(rationale) },
    defaultConfiguration: { level: meta.level },
    helpUri: url,
    help: {
      text: `${description}\n\nWhy: ${rationale}\n\nDocumentation: ${url}`,
      markdown: `${escapeHtml(description)}\n\n**Why:** ${escapeHtml(rationale)}\n\n[Documentation for \`${meta.id}\`](${url})`,
    },
    properties: {
      tags,
      precision: 'very-high',
      'problem.severity': PROBLEM_SEVERITY[meta.level],
      ...(security ? { 'security-severity': SECURITY_SEVERITY[meta.level] } : {}),
    },
  };
}

/** A rule id that reported but is not in `result.rules` (should not happen): still a valid, indexed rule. */
function placeholderMeta(id: string, level: Level): RuleMeta<unknown> {
  return { id, level, description: `Findings reported by topiclint as \`${id}\`.`, rationale: `Findings reported by topiclint as \`${id}\`.`, kind: 'meta', tags: [], defaultOptions: {} };
}

function physical(file: string, region: Finding['location']['region']): NonNullable<Location['physicalLocation']> {
  return {
    artifactLocation: { uri: encodeUriPath(file), uriBaseId: SRCROOT },
    region: { startLine: region.startLine, startColumn: region.startColumn, endLine: region.endLine, endColumn: region.endColumn },
  };
}

function toResult(f: Finding, ruleIndex: number, includeSuppressed: boolean): Result {
  const related: Location[] = [];
  const links: string[] = [];
  const baseLocations: Record<string, unknown>[] = [];
  const baseMentions: string[] = [];
  for (const r of f.related) {
    if (r.location && related.length < GITHUB_MAX_RELATED - 1) {
      const id = related.length + 1;
      related.push({ id, physicalLocation: physical(r.location.file, r.location.region), message: { text: escapeMessageText(r.message) } });
      links.push(`[${escapeMessageText(r.message)}](${id})`);
    } else if (r.external) {
      const where = `${r.external.ref}:${r.external.path}:${r.external.line}`;
      baseLocations.push({ message: r.message, ref: r.external.ref, path: r.external.path, line: r.external.line, ...(r.external.column !== undefined ? { column: r.external.column } : {}) });
      if (!f.message.includes(where)) baseMentions.push(`${r.message}: ${where}`);
    }
  }
  let text = escapeMessageText(f.message);
  if (baseMentions.length) text += ` (${escapeMessageText(baseMentions.join('; '))})`;
  if (links.length) text += ` Related: ${links.join(', ')}.`;
  const properties: Record<string, unknown> = {
    ...(f.entityKind ? { entityKind: f.entityKind } : {}),
    ...(f.entityName !== undefined ? { entityName: f.entityName } : {}),
    ...(f.field ? { field: f.field } : {}),
    ...(f.profile ? { profile: f.profile } : {}),
    ...(baseLocations.length ? { baseLocations } : {}),
  };
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.level,
    message: { text },
    locations: [{ physicalLocation: physical(f.location.file, f.location.region) }],
    ...(related.length ? { relatedLocations: related } : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.baselineState ? { baselineState: f.baselineState } : {}),
    ...(includeSuppressed && f.suppression
      ? { suppressions: [{ kind: f.suppression.kind, status: 'accepted' as const, justification: f.suppression.justification, properties: { source: f.suppression.source } }] }
      : {}),
    ...(Object.keys(properties).length ? { properties } : {}),
  };
}

/**
 * The findings a run can hold: all of them up to GitHub's limit, else the most severe (result order
 * within a level), written back in result order.
 */
function capped(findings: readonly Finding[], max: number): Finding[] {
  if (findings.length <= max) return [...findings];
  const keep = new Set(
    findings
      .map((f, i) => ({ f, i }))
      .sort((a, b) => LEVEL_ORDER[b.f.level] - LEVEL_ORDER[a.f.level] || a.i - b.i)
      .slice(0, max)
      .map((x) => x.i),
  );
  return findings.filter((_, i) => keep.has(i));
}

export interface SarifOptions {
  readonly rootUri?: string;
  readonly includeSuppressed?: boolean;
  /** At most this many results (default: GitHub's limit); the rest are counted in a notification. */
  readonly maxResults?: number;
}

/** The SARIF log as an object; exported for tests and the Action. */
export function sarifLog(result: LintResult, options: SarifOptions = {}): Log {
  return materialize(sarifDocument(result, options)) as Log;
}

/**
 * The SARIF log with its results as a `LazyArray`, built one at a time when written. It is typed as
 * a `Log` so the compiler checks its shape; only `results` is not the array the type says until
 * `materialize` or `jsonPieces` has run over it.
 */
function sarifDocument(result: LintResult, options: SarifOptions): Log {
  const includeSuppressed = options.includeSuppressed ?? false;
  const metas: RuleMeta<unknown>[] = [...result.rules];
  const index = new Map<string, number>();
  metas.forEach((m, i) => {
    if (!index.has(m.id)) index.set(m.id, i);
  });
  const all = result.findings.filter((f) => includeSuppressed || !f.suppression);
  const max = options.maxResults ?? GITHUB_MAX_RESULTS;
  const findings = capped(all, max);
  const omitted = all.length - findings.length;
  for (const f of findings) {
    if (!index.has(f.ruleId)) {
      index.set(f.ruleId, metas.length);
      metas.push(placeholderMeta(f.ruleId, f.level));
    }
  }
  const rootUri = options.rootUri ? (options.rootUri.endsWith('/') ? options.rootUri : `${options.rootUri}/`) : undefined;
  const notifications: Notification[] = [];
  if (omitted > 0) {
    notifications.push({
      level: 'warning',
      message: { text: `${omitted} findings (the least severe) were left out of this SARIF file: GitHub code scanning rejects a run with more than ${max} results. Every finding is in the json format.` },
    });
  }
  // Reliability (docs/reliability.md): files found but not read (too large, binary, not UTF-8,
  // unreadable, symlinks out of the repository) are named here with their reason, besides the
  // `parse-error` result each one gets, so a SARIF consumer sees which files were not analysed.
  for (const f of result.files) {
    if (f.status !== 'not-lintable') continue;
    notifications.push({
      level: 'warning',
      message: { text: `Not linted: ${escapeControlsKeepingLineFeeds(f.reason ?? 'the file cannot be read')}` },
      locations: [{ physicalLocation: { artifactLocation: { uri: encodeUriPath(f.path), uriBaseId: SRCROOT } } }],
    });
  }
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: result.toolName,
            version: result.toolVersion,
            semanticVersion: result.toolVersion,
            informationUri: result.informationUri,
            rules: metas.map(ruleDescriptor),
          },
        },
        ...(rootUri ? { originalUriBaseIds: { [SRCROOT]: { uri: rootUri } } } : {}),
        ...(notifications.length ? { invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }] } : {}),
        results: new LazyArray(findings, (f: Finding): Result => toResult(f, index.get(f.ruleId)!, includeSuppressed)) as unknown as Result[],
        columnKind: 'utf16CodeUnits',
        ...(result.baseRef || result.stats.testFilesLeftOut
          ? { properties: { ...(result.baseRef ? { baseRef: result.baseRef } : {}), ...(result.stats.testFilesLeftOut ? { testFilesLeftOut: result.stats.testFilesLeftOut } : {}) } }
          : {}),
      },
    ],
  };
}

export const sarifReport: PieceFormatter = function* (result: LintResult, options = {}) {
  yield* jsonPieces(sarifDocument(result, { ...(options.rootUri ? { rootUri: options.rootUri } : {}), ...(options.includeSuppressed ? { includeSuppressed: true } : {}) }));
  yield '\n';
};

export const sarif = joined(sarifReport);
