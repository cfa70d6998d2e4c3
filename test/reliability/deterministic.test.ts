/**
 * Deterministic output: the same input gives byte-identical output whatever order the file system
 * lists the files in.
 *
 * Two repositories hold the same files, created in opposite orders (folders too), so directory
 * listings differ where the file system keeps creation order. Every format is compared in-process
 * (`runCli`). topiclint lints on one thread (worker threads were removed, issue #16).
 * The SARIF `originalUriBaseIds` names each repository's own folder: it is masked before comparing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { runCli } from '../../src/cli.js';
import { decodeFile } from '../../src/util/decode.js';
import type { FileRecord } from '../../src/model/model.js';
import { lintFiles } from '../../src/engine/pipeline.js';
import { formatters } from '../../src/formatters/index.js';
import { builtinRules } from '../../src/rules/index.js';
import type { InputFile } from '../../src/sources/types.js';


const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A small catalog with findings in many files, cross-file rules, odd names and a not-lintable file. */
function smallCatalog(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = {};
  const domains = ['orders', 'payments', 'Zeta', 'ärger', 'a b', 'x#1'];
  domains.forEach((d, i) => {
    files[`kafka/${d}/topics.yaml`] =
      `topics:\n` +
      `  - topic: ${i % 2 ? 'shop' : 'ops'}.event-${i}.v1\n    owner: team-${i}\n    replicationFactor: ${1 + (i % 3)}\n    minInsyncReplicas: ${i % 3}\n    cleanupPolicy: compact\n` +
      // the same topic defined in every file: duplicate-topic, whose "first definition" depends on order
      `  - topic: shared.common.v1\n    replicationFactor: 3\n    consumerGroups: [group-${i}]\n`;
    files[`kafka/${d}/groups.yaml`] = `consumerGroup: group-${i}\ntopics: [shop.event-${i}.v1, missing.topic-${i}.v1]\n`;
  });
  files['kafka/multi.yaml'] = 'topic: Multi_One\n---\ntopic: multi.two.v1\nreplicationFactor: 1\n---\nconsumerGroup: lonely\ntopics: [nowhere.v1]\n';
  files['kafka/broken.yaml'] = 'topic: broken.v1\npartitions: [12\n';
  files['kafka/binary.yaml'] = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]);
  return files;
}

/** Write `files` into a new repository in the given order of paths. */
function materialise(files: Record<string, string | Uint8Array>, order: readonly string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-det-'));
  made.push(dir);
  mkdirSync(path.join(dir, '.git'));
  for (const name of order) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), files[name]!);
  }
  return dir;
}

function masked(out: string, dir: string): string {
  return out.split(pathToFileURL(dir).href).join('file:///REPO').split(dir).join('/REPO');
}

async function cliOut(dir: string, ...argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  await runCli({ argv: [...argv, '--concurrency', 'off'], env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  expect(stderr).toBe('');
  return masked(stdout, dir);
}

describe('the same input gives the same bytes whatever the file system order', () => {
  const files = smallCatalog();
  const names = Object.keys(files).sort();
  let forward: string;
  let backward: string;
  beforeAll(() => {
    forward = materialise(files, names);
    backward = materialise(files, [...names].reverse());
  });

  for (const format of ['stylish', 'json', 'sarif', 'compact', 'github']) {
    it(`--format ${format}`, async () => {
      const a = await cliOut(forward, '--format', format);
      const b = await cliOut(backward, '--format', format);
      expect(a.length).toBeGreaterThan(100);
      expect(b).toBe(a);
      // And the same twice in a row in one repository.
      expect(await cliOut(forward, '--format', format)).toBe(a);
    });
  }

  it('the report covers the order-sensitive cases (duplicates, cross-file references, a not-lintable file)', async () => {
    const json = await cliOut(forward, '--format', 'json');
    for (const rule of ['duplicate-topic', 'unknown-topic', 'parse-error']) expect(json).toContain(`"${rule}"`);
    expect(json).toContain('kafka/binary.yaml');
  });
});

describe('the core does not depend on the order it is handed the files', () => {
  // Directory listings cannot be forced into a given order on every file system (ext4 lists by
  // hash), so the pipeline itself is handed the files in every order fast-check picks.
  const files = smallCatalog();
  const raw = Object.keys(files)
    .sort()
    .map((p) => ({ path: p, bytes: files[p]! }));
  const lintIn = async (order: readonly { path: string; bytes: string | Uint8Array }[]) => {
    const inputs: InputFile[] = [];
    const notLintable: FileRecord[] = [];
    for (const f of order) {
      const d = decodeFile(typeof f.bytes === 'string' ? Buffer.from(f.bytes) : f.bytes);
      if (d.ok) inputs.push({ path: f.path, text: d.text });
      else notLintable.push({ path: f.path, status: 'not-lintable', formats: [], reason: d.reason });
    }
    const result = await lintFiles(inputs, { rules: builtinRules, notLintable });
    return Object.entries(formatters).map(([name, format]) => `${name}\n${format(result, {})}`).join('\n');
  };

  it('any permutation of the input files gives the same output in every format', async () => {
    const expected = await lintIn(raw);
    expect(expected).toContain('duplicate-topic');
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(raw, { minLength: raw.length }), async (order) => {
        expect(await lintIn(order)).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });
});
