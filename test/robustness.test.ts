/**
 * Bad input never crashes a run: a malformed YAML file, an empty file, a non-UTF-8 file, a binary file
 * named .yaml and YAML of other kinds each end in a FileRecord with the right status (and a finding
 * where one is due), and the catalog files next to them are still linted. Runs the real `lint()` API
 * (discovery, reading bytes, decoding, parsing) on a temporary folder.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LintResult } from '../src/model/finding.js';
import { lint } from '../src/lint.js';

const GOOD = 'topic: orders.order-created.v1\nreplicationFactor: 1\n';

const FILES: Record<string, string | Uint8Array> = {
  'good.yaml': GOOD,
  'malformed.yaml': 'topic: orders.order-shipped.v1\npartitions: [12\nreplicationFactor: 3\n',
  'broken.json': '{ "topic": "orders.x.v1",\n  "partitions": 3\n',
  'multi.yaml': 'topic: billing.invoice-issued.v1\nreplicationFactor: 1\n---\ntopic: billing.invoice-paid.v1\npartitions: [3\n',
  'empty.yaml': '',
  'blank.yml': '\n   \n# only a comment\n',
  // "topic: café" in Latin-1: 0xE9 is not valid UTF-8.
  'latin1.yaml': Uint8Array.from([...Buffer.from('topic: caf', 'latin1'), 0xe9, 0x0a]),
  'utf16.yaml': Uint8Array.from([0xff, 0xfe, ...Buffer.from('topic: a.b.v1\n', 'utf16le')]),
  'image.yaml': Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]),
  'bom.yaml': '\uFEFFtopic: payments.payment-settled.v1\nreplicationFactor: 2\n',
  'deployment.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: billing\nspec:\n  replicas: 2\n  template:\n    spec:\n      containers:\n        - name: billing\n          image: billing:1.4.2\n          env:\n            - name: KAFKA_TOPIC\n              value: orders.order-created.v1\n',
  '.github/workflows/ci.yml': 'name: ci\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n',
  'anchors.yaml': 'base: &b { replicationFactor: 3 }\nitems: [*b, *b]\n',
  'scalar.yaml': 'just a string\n',
};

let dir: string;
let result: LintResult;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'topiclint-robustness-'));
  for (const [name, content] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  result = await lint({ paths: ['.'], cwd: dir, root: dir, concurrency: 1 });
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const record = (p: string) => result.files.find((f) => f.path === p);
const findingsIn = (p: string) => result.findings.filter((f) => f.location.file === p).map((f) => `${f.location.region.startLine}:${f.location.region.startColumn} ${f.ruleId}`);

describe('robustness: bad and foreign files never crash a run', () => {
  it('gives every file exactly one FileRecord', () => {
    expect(result.files.map((f) => f.path).sort()).toEqual(Object.keys(FILES).sort());
    expect(result.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
  });

  it('still lints the good catalog file next to the bad ones', () => {
    expect(record('good.yaml')).toMatchObject({ status: 'linted', formats: ['catalog'] });
    expect(findingsIn('good.yaml')).toContain('2:20 replication-factor');
  });

  it('reports a malformed YAML file as a parse error at the parser position', () => {
    expect(record('malformed.yaml')?.status).toBe('parse-error');
    expect(findingsIn('malformed.yaml')).toEqual(['3:1 parse-error']);
  });

  it('still reads the sound documents of a multi-document file with one broken document', () => {
    expect(record('multi.yaml')?.status).toBe('parse-error');
    expect(findingsIn('multi.yaml').filter((f) => / (replication-factor|parse-error)$/.test(f))).toEqual(['2:20 replication-factor', '6:1 parse-error']);
    expect(result.findings.some((f) => f.entityName === 'billing.invoice-paid.v1')).toBe(false);
  });

  it('reports a malformed JSON file as a parse error', () => {
    expect(record('broken.json')?.status).toBe('parse-error');
    const f = result.findings.filter((x) => x.location.file === 'broken.json');
    expect(f.map((x) => x.ruleId)).toContain('parse-error');
    expect(f[0]!.message).toMatch(/^JSON syntax error/);
  });

  it('counts empty and comment-only files as not a catalog, without findings', () => {
    expect(record('empty.yaml')).toMatchObject({ status: 'not-catalog' });
    expect(record('blank.yml')).toMatchObject({ status: 'not-catalog' });
    expect(findingsIn('empty.yaml')).toEqual([]);
    expect(findingsIn('blank.yml')).toEqual([]);
  });

  // Files that cannot be decoded are listed as not lintable, and each is reported once at 1:1 (as a
  // parse-error finding) so that it reaches every output and fails the run until it is fixed.
  const refused = (p: string) => result.findings.filter((f) => f.location.file === p).map((f) => [f.ruleId, f.location.region.startLine, f.location.region.startColumn, f.message]);

  it('refuses non-UTF-8 text with the offset of the first bad byte', () => {
    expect(record('latin1.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/not valid UTF-8 \(first bad byte at offset 10\)/) });
    expect(refused('latin1.yaml')).toEqual([['parse-error', 1, 1, expect.stringContaining('not valid UTF-8')]]);
    expect(record('utf16.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/UTF-16/) });
    expect(refused('utf16.yaml')).toEqual([['parse-error', 1, 1, expect.stringContaining('UTF-16')]]);
  });

  it('refuses a binary file named .yaml', () => {
    expect(record('image.yaml')).toMatchObject({ status: 'not-lintable', reason: expect.stringMatching(/binary content/) });
    expect(refused('image.yaml')).toEqual([['parse-error', 1, 1, expect.stringContaining('binary content')]]);
  });

  it('reads a UTF-8 file with a byte order mark, with positions as the editor shows them', () => {
    expect(record('bom.yaml')).toMatchObject({ status: 'linted' });
    expect(findingsIn('bom.yaml')).toContain('2:20 replication-factor');
  });

  it('counts YAML of other kinds (a Deployment, a GitHub workflow, anchors, a scalar) as not a catalog', () => {
    for (const p of ['deployment.yaml', '.github/workflows/ci.yml', 'anchors.yaml', 'scalar.yaml']) {
      expect(record(p), p).toMatchObject({ status: 'not-catalog' });
      expect(findingsIn(p), p).toEqual([]);
    }
  });

  it('summarises the run in its stats', () => {
    expect(result.stats).toMatchObject({ filesScanned: Object.keys(FILES).length, filesLinted: 2, parseErrors: 3, notLintable: 3 });
    expect(result.stats.notCatalog).toBe(6);
  });
});
