/**
 * "Test code is not production" (issue #17): findings in test sources that topiclint reads as code or
 * client configuration (Java, TypeScript/JavaScript, `.properties`, Spring) are left out, and the
 * result says how many files that was. Catalog files are never left out: a topic file under a `test/`
 * folder is still a topic file.
 *
 * Test files are read like any other (not skipped): the topics they declare still count as known, so
 * leaving them out never makes `unknown-topic` fire for production code; what is dropped is every
 * finding placed in them (their references, client settings, topic definitions, parse errors).
 * Configurable as `testFiles` (globs; replaces this list; `[]` turns it off) and `--include-tests`.
 */
import type { Finding, LintResult } from '../model/finding.js';
import type { FileRecord } from '../model/model.js';
import { globMatcher } from '../util/glob.js';

/** Maven/Gradle test source sets, JavaScript test conventions, Go `testdata`, fixtures, Surefire/Failsafe names. */
export const DEFAULT_TEST_FILES: readonly string[] = [
  '**/test/**',
  '**/tests/**',
  '**/src/integrationTest/**',
  '**/src/testFixtures/**',
  '**/__tests__/**',
  '**/testdata/**',
  '**/fixtures/**',
  '**/__fixtures__/**',
  '**/*.spec.*',
  '**/*.test.*',
  '**/*IT.java',
  '**/*Test.java',
  '**/*Tests.java',
  '**/*TestCase.java',
];

/** The adapters that read code and client configuration (not catalogs). */
const CODE_FORMATS = new Set(['java', 'typescript', 'properties', 'spring']);
/** A file no adapter claimed (it did not parse, or is gone at the head) is code by its extension. */
const CODE_EXTENSION = /\.(?:java|kt|[cm]?[jt]s|[jt]sx|properties)$/i;

function isCode(record: FileRecord | undefined, path: string): boolean {
  if (record && record.formats.length) return record.formats.every((f) => CODE_FORMATS.has(f));
  return CODE_EXTENSION.test(path);
}

/**
 * The result without the findings in test code, and `stats.testFilesLeftOut`. `globs` undefined means
 * the default list; an empty list leaves nothing out.
 */
export function leaveOutTestFiles(result: LintResult, globs: readonly string[] | undefined): LintResult {
  const list = globs ?? DEFAULT_TEST_FILES;
  if (!list.length) return result;
  const matches = globMatcher(list);
  const records = new Map(result.files.map((f) => [f.path, f]));
  const verdicts = new Map<string, boolean>();
  const isTest = (path: string): boolean => {
    let v = verdicts.get(path);
    if (v === undefined) {
      v = matches(path) && isCode(records.get(path), path);
      verdicts.set(path, v);
    }
    return v;
  };
  // Files read as ours: linted, or meant for topiclint but not parsing (their parse-error goes too).
  const read = result.files.filter((f) => (f.status === 'linted' || f.status === 'parse-error') && isTest(f.path));
  const findings = result.findings.filter((f: Finding) => !isTest(f.location.file));
  if (!read.length && findings.length === result.findings.length) return result;
  const stats = {
    ...result.stats,
    parseErrors: result.stats.parseErrors - read.filter((f) => f.status === 'parse-error').length,
    suppressed: findings.filter((f) => f.suppression && f.baselineState !== 'absent').length,
    testFilesLeftOut: read.length,
  };
  return { ...result, findings, stats };
}
