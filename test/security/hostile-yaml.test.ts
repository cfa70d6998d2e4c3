/**
 * Crafted YAML and JSON in a pull request: values are never lost without a word, and nothing crashes
 * the process. Each case builds the hostile repository in a temporary folder and lints it through
 * `runCli`, as CI does:
 * - YAML the `yaml` package rejects (bad indentation, a tab as indentation, two keys on a line, a flow
 *   map without commas, an implicit key over 1,024 characters) is reported as a `parse-error` at the
 *   package's own positions, whatever parse path read the file; a differential property (fast-check)
 *   holds the line scanner to the package's errors and values on generated, real (examples, corpus) and mutated text;
 * - a lone CR, NEL, LS or PS (which the parser does not read as a line break) is reported, never
 *   silently joined to the line before it;
 * - JSON nested 1,000 deep, in 2 or 10 files, and 100,000 deep, is cut off with the documented
 *   message (it aborted the process: exit 134);
 * - a list of 200,000 entries is linted (it was an internal error reported as a parse error).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { parseAllDocuments, stringify } from 'yaml';
import { runCli } from '../../src/cli.js';
import { LineIndex } from '../../src/model/text.js';
import { parseYamlSource, readYamlFile } from '../../src/sources/index.js';
import { parseYamlScan } from '../../src/yaml/scan.js';
import { toJS } from '../../src/yaml/tree.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

interface JsonFinding {
  ruleId: string;
  message: string;
  file: string;
  line: number;
  column: number;
}
interface Run {
  code: number;
  out: string;
  err: string;
  findings: JsonFinding[];
  files: { path: string; status: string }[];
  topics: number;
}

/** Builds the repository in a temporary folder and lints it (JSON report). */
async function lintRepo(files: Record<string, string>): Promise<Run> {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-yaml-'));
  dirs.push(dir);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  let out = '';
  let err = '';
  const code = await runCli({ argv: ['--format', 'json', '--concurrency', 'off', '.'], env: {}, cwd: dir, stdout: (s) => (out += s), stderr: (s) => (err += s), isTTY: false });
  expect([0, 1, 2]).toContain(code);
  expect(out + err).not.toMatch(/internal error|\n\s+at .*:\d+:\d+/); // no stack trace
  const report = JSON.parse(out) as { findings: JsonFinding[]; files: { path: string; status: string }[]; summary: { topics: number } };
  return { code, out, err, findings: report.findings, files: report.files, topics: report.summary.topics };
}

/** Where the `yaml` package itself (not our wrapper) reports errors: 1-based line and column of each start. */
function packageErrorPositions(text: string): string[] {
  const index = new LineIndex(text);
  const docs = parseAllDocuments(text, { uniqueKeys: true });
  const list = Array.isArray(docs) ? docs : [];
  return [...new Set(list.flatMap((d) => d.errors.map((e) => index.position(e.pos[0]))).map((p) => `${p.line}:${p.column}`))].sort();
}

/** The first of them in the file (a file gets one parse-error finding, its first error; issue #17). */
function firstPackageErrorPosition(text: string): string[] {
  const sorted = packageErrorPositions(text).map((p) => p.split(':').map(Number) as [number, number]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return sorted.slice(0, 1).map(([l, c]) => `${l}:${c}`);
}

function parseErrorPositions(run: Run, file: string): string[] {
  return [...new Set(run.findings.filter((f) => f.ruleId === 'parse-error' && f.file === file).map((f) => `${f.line}:${f.column}`))].sort();
}

const CATALOG = 'topics:\n  - topic: orders.created.v1\n    owner: team-orders\n';

/** Real YAML to mutate: the examples, and the shared corpus when it is there. */
function realFiles(): string[] {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const out: string[] = [];
  const walk = (dir: string): void => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const p = path.join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ya?ml|json)$/.test(name) && statSync(p).size < 50_000) out.push(readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(repo, 'examples'));
  walk(path.resolve(repo, '../shared/corpus'));
  return out;
}

describe('YAML the yaml package rejects is reported, whatever path parses it', () => {
  it.each([
    ['bad indentation', 'topics.yaml', 'topics:\n  - topic: orders.created.v1\n   owner: team-orders\n'],
    ['a map item out of line', 'topics.yaml', 'topic: orders.created.v1\n    owner: team-orders\n  replicationFactor: 1\n'],
    ['a tab as indentation (a Spring application.yml)', 'src/main/resources/application.yml', 'spring:\n  kafka:\n\ttemplate:\n\t\tdefault-topic: orders.created.v1\n'],
    ['two keys on one line', 'topics.yaml', 'topic: orders.created.v1 owner: team-orders\nreplicationFactor: 1\n'],
    ['a flow map without commas', 'topics.yaml', 'topics:\n  - {topic: orders.created.v1 owner: team-orders}\n'],
    ['an implicit key over 1,024 characters', 'topics.yaml', `topic: orders.created.v1\n${'k'.repeat(1100)}: 1\n`],
    ['a quoted implicit key over 1,024 characters', 'topics.yaml', `topic: orders.created.v1\n"${'k'.repeat(1100)}": 1\n`],
  ])('%s: parse-error at the package positions, exit 1', async (_name, file, text) => {
    const expected = packageErrorPositions(text);
    expect(expected.length).toBeGreaterThan(0);
    const run = await lintRepo({ [file]: text });
    expect(run.code).toBe(1);
    // One parse-error per file, at the first of the package's positions (issue #17: never one per line).
    expect(parseErrorPositions(run, file)).toEqual(firstPackageErrorPosition(text));
    expect(run.files.find((f) => f.path === file)?.status).toBe('parse-error');
  });

  it('the sound documents of the file are still linted', async () => {
    const run = await lintRepo({ 'topics.yaml': `${CATALOG}---\ntopic: payments.v1 owner: x\n` });
    expect(run.topics).toBe(1);
    expect(parseErrorPositions(run, 'topics.yaml')).toEqual(firstPackageErrorPosition(`${CATALOG}---\ntopic: payments.v1 owner: x\n`));
  });

  /**
   * The property: for any text, the parse path the linter uses reports exactly the error positions
   * the `yaml` package reports; where the line scanner took the text, the package had no error and
   * the values are the package's. Texts: random documents through `stringify` and a line grammar,
   * then mutated with the characters and edits that broke it (tabs, a joined line, a dropped
   * character, stray indicators, odd line breaks, CRLF, a long key).
   */
  it('differential: errors and values from the parse path equal the yaml package', () => {
    const key = fc.stringMatching(/^[a-z][a-z0-9._-]{0,8}$/);
    const scalar = fc.oneof(fc.stringMatching(/^[a-zA-Z0-9 .:#,\-'"]{0,12}$/), fc.integer(), fc.boolean(), fc.constant(null));
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('node'), { maxLength: 3 }), fc.dictionary(key, tie('node'), { maxKeys: 3 })),
    })).node;
    const stringified = fc.tuple(fc.array(fc.dictionary(key, value, { minKeys: 1, maxKeys: 4 }), { minLength: 1, maxLength: 2 }), fc.boolean()).map(([docs, flow]) => docs.map((d) => stringify(d, flow ? { collectionStyle: 'flow' } : {})).join('---\n'));
    const lineKinds = fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.constantFrom('k: v', '- v', '- k: v', 'k:', '# c', 'k: [a, b]', 'k: {a: 1}', 'k: "q"'), fc.constantFrom('', ' # c')), { minLength: 1, maxLength: 8 });
    const grammar = lineKinds.map((ls) => ls.map(([d, l, c]) => `${'  '.repeat(d)}${l}${c}`).join('\n') + '\n');
    const edit = fc.tuple(fc.nat(), fc.constantFrom('\t', ' ', '  ', ':', ': ', '{', '}', '[', ']', ',', '#', '"', "'", '-', '- ', '\r', '\u2028', '\u0085', 'JOIN', 'DROP', 'LONGKEY', 'CRLF', 'CRLF', '&a ', '*a', '!!str ', '? ', '---\n'));
    function mutate(text: string, edits: [number, string][]): string {
      let t = text;
      for (const [at, e] of edits) {
        const i = t.length === 0 ? 0 : at % t.length;
        if (e === 'JOIN') t = t.replace('\n', ' ');
        else if (e === 'CRLF') t = t.replaceAll('\n', '\r\n');
        else if (e === 'DROP') t = t.slice(0, i) + t.slice(i + 1);
        else if (e === 'LONGKEY') t = `${t.slice(0, t.indexOf('\n') + 1)}${'k'.repeat(1030)}: 1\n${t.slice(t.indexOf('\n') + 1)}`;
        else t = t.slice(0, i) + e + t.slice(i);
      }
      return t;
    }
    let scanned = 0;
    let rejected = 0;
    const runs = Number(process.env['TOPICLINT_FC_RUNS']) || 300;
    fc.assert(
      fc.property(fc.oneof(stringified, grammar, fc.constantFrom(...realFiles())), fc.array(edit, { maxLength: 3 }), (base, edits) => {
        const text = mutate(base, edits);
        const ours = parseYamlSource(text);
        const index = new LineIndex(text);
        const packageDocs = parseAllDocuments(text, { uniqueKeys: true });
        const docs = Array.isArray(packageDocs) ? packageDocs : [];
        const expected = [...new Set(docs.flatMap((d) => d.errors.map((e) => e.pos[0])))].sort((a, b) => a - b);
        // Our own cut-offs (deep nesting, alias bombs, line breaks the parser does not read) come on top.
        const own = new Set(['DEEP_NESTING', 'ALIAS_BOMB', 'UNUSUAL_LINE_BREAK']);
        const got = [...new Set(ours.errors.filter((e) => !own.has(e.code)).map((e) => e.start))].sort((a, b) => a - b);
        expect(got.map((o) => index.position(o)), text).toEqual(expected.map((o) => index.position(o)));
        if (expected.length > 0) rejected++;
        if (parseYamlScan(text) !== undefined) {
          scanned++;
          expect(expected, text).toEqual([]);
          expect(
            ours.documents.map((d) => toJS(d.root)),
            text,
          ).toEqual(docs.map((d) => (d.contents === null ? null : d.toJS())));
        }
      }),
      { numRuns: runs },
    );
    // Neither half is vacuous: the scanner takes many texts, and many texts are rejected.
    expect(scanned).toBeGreaterThan(runs * 0.1);
    expect(rejected).toBeGreaterThan(runs * 0.1);
  });
});

describe('line breaks the YAML parser does not read as line breaks', () => {
  it.each([
    ['a lone CR', '\r', 'lone carriage return'],
    ['NEL (U+0085)', '\u0085', 'NEL, U+0085'],
    ['LS (U+2028)', '\u2028', 'LS, U+2028'],
    ['PS (U+2029)', '\u2029', 'PS, U+2029'],
  ])('%s after a comment or a value is reported, not silently joined to the line', async (_name, br, named) => {
    // `# note<br>topic: …` is one comment line to the parser: without the report the topic would vanish.
    const hidden = await lintRepo({ 'a.yaml': `# note${br}topic: orders.created.v1\nowner: team-orders\n`, 'b.yaml': `topic: orders.created.v1${br}owner: team-orders\n` });
    expect(hidden.code).toBe(1);
    for (const file of ['a.yaml', 'b.yaml']) {
      const f = hidden.findings.filter((x) => x.file === file && x.message.includes(named));
      expect(f, file).toHaveLength(1);
      expect(f[0]!.message).toContain('Save the file with LF or CRLF line endings');
      expect(hidden.files.find((x) => x.path === file)?.status).toBe('parse-error');
    }
    // Its position: right after `# note` (a lone CR ends line 1 for an editor; the others do not).
    const a = hidden.findings.find((x) => x.file === 'a.yaml' && x.message.includes(named))!;
    expect([a.line, a.column]).toEqual([1, 7]);
    // No topic named after the joined text reaches any rule.
    expect(hidden.out).not.toContain('orders.created.v1 owner');
  });

  it('a file with only lone CRs: reported at the first, lines counted as an editor shows them', async () => {
    const text = ['topics:', '  - topic: orders.created.v1', '    owner: team-orders', ''].join('\r');
    const run = await lintRepo({ 'topics.yaml': text });
    expect(run.code).toBe(1);
    const f = run.findings.find((x) => x.message.includes('lone carriage return'))!;
    expect([f.line, f.column]).toEqual([1, 8]);
    expect(f.message).toContain('(2 more in this file)');
    expect(run.topics).toBe(0);
  });

  it('inside a quoted value they are the value, not a line break: no error', async () => {
    const run = await lintRepo({ 'topics.yaml': `${CATALOG}    description: "one\u2028two\u0085three"\n` });
    expect(run.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(run.topics).toBe(1);
  });

  it('CRLF is read as LF, with the same lines and columns', async () => {
    const lf = await lintRepo({ 'topics.yaml': 'topic: Bad_Name\nowner: x\n' });
    const crlf = await lintRepo({ 'topics.yaml': 'topic: Bad_Name\r\nowner: x\r\n' });
    expect(crlf.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(crlf.findings.map((f) => [f.ruleId, f.line, f.column])).toEqual(lf.findings.map((f) => [f.ruleId, f.line, f.column]));
  });
});

describe('deeply nested JSON never crashes the process', () => {
  const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;

  it.each([2, 10])('%i files nested 1,000 deep (1.8 KB each) are cut off with the documented message', async (count) => {
    const files: Record<string, string> = {};
    // Under topics/: a hostile catalog. (Without any Kafka evidence the same file is not lintable, with
    // the same message as its reason, and no finding: issue #17, test/sources/precision-parse-errors.test.ts.)
    for (let i = 0; i < count; i++) files[`topics/deep-${i}.json`] = deep(1000);
    files['data/deep.json'] = deep(1000);
    files['topics.yaml'] = CATALOG;
    const run = await lintRepo(files);
    expect(run.code).toBe(1);
    expect(run.findings.filter((x) => x.file === 'data/deep.json')).toEqual([]);
    expect(run.files.find((x) => x.path === 'data/deep.json')?.status).toBe('not-lintable');
    for (let i = 0; i < count; i++) {
      const f = run.findings.filter((x) => x.file === `topics/deep-${i}.json` && x.ruleId === 'parse-error');
      expect(f.map((x) => x.message)).toEqual(['JSON syntax error: Nesting deeper than 200 levels; the rest of this node is not read. Fix the syntax at this position; the rest of the catalog is still linted.']);
      expect([f[0]!.line, f[0]!.column]).toEqual([1, 202]); // the 201st `[`
    }
    expect(run.topics).toBe(1); // the rest is linted
  });

  it('200,000 values past the depth limit: one finding, the first, counting the rest (no overflow)', () => {
    const text = `${'['.repeat(201)}${Array.from({ length: 200_000 }, () => '1').join(',')}${']'.repeat(201)}`;
    // The reader reports 10 one by one, then one line for the rest; a file gets one parse-error (issue #17).
    const out = readYamlFile({ path: 'topics/wide.json', text });
    const messages = out.problems.map((p) => p.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/^JSON syntax error: Nesting deeper than 200 levels; .* \(and 10 more parse errors in this file\)$/);
  });

  it('a JSON file nested 100,000 deep (and YAML flow maps 10,000 deep) are cut off too', async () => {
    const started = Date.now();
    const run = await lintRepo({ 'topics/deep.json': deep(100_000), 'topics/deep.yaml': `a: ${'{b: '.repeat(10_000)}1${'}'.repeat(10_000)}\n` });
    // The `yaml` package's parser takes about a second per 100,000 levels (linear); a guard against a hang, not a benchmark.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(run.code).toBe(1);
    for (const file of ['topics/deep.json', 'topics/deep.yaml']) expect(run.findings.find((f) => f.file === file)?.message).toContain('Nesting deeper than 200 levels');
  });
});

describe('very long lists are linted, not an internal error', () => {
  it('a catalog of 200,000 topics is read whole', () => {
    const text = `topics:\n${Array.from({ length: 200_000 }, (_, i) => `  - topic: t${i}\n`).join('')}`;
    const out = readYamlFile({ path: 'topics.yaml', text });
    expect(out.problems).toEqual([]);
    expect(out.files).toEqual([{ path: 'topics.yaml', status: 'linted', formats: ['catalog'] }]);
    expect(out.topics).toHaveLength(200_000);
  });

  it('a topic with 200,000 wrong list entries: each is a schema finding, not an internal error', () => {
    const text = `topics:\n  - topic: orders.created.v1\n    consumerGroups:\n${'      - []\n'.repeat(200_000)}`;
    const out = readYamlFile({ path: 'topics.yaml', text });
    expect(out.files).toEqual([{ path: 'topics.yaml', status: 'linted', formats: ['catalog'] }]);
    expect(out.topics).toHaveLength(1);
    expect(out.problems).toHaveLength(200_000);
    expect(out.problems.every((p) => p.ruleId === 'schema')).toBe(true);
  });

  it('a flow sequence of 200,000 entries, end to end', async () => {
    const list = Array.from({ length: 200_000 }, (_, i) => `g${i}`).join(', ');
    const run = await lintRepo({ 'topics.yaml': `${CATALOG}    x-groups: [${list}]\n` });
    expect(run.findings.filter((f) => f.ruleId === 'parse-error')).toEqual([]);
    expect(run.files).toEqual([{ path: 'topics.yaml', status: 'linted', formats: ['catalog'] }]);
    expect(run.topics).toBe(1);
  });
});
