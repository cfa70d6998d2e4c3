/**
 * `LintOptions.onWork` tells the caller, once per run and before its files are linted, how many files
 * the run is about to read and lint: the CLI turns V8's optimizing compiler on only for runs with
 * enough to do (bin/compiled.js). Files whose cached results stand in are not counted.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheWritesSettled, lint, type LintOptions } from '../../src/lint.js';

const made: string[] = [];
afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A catalog whose files were modified a minute ago: outside the cache's racy window. */
function catalog(n: number): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-on-work-'));
  made.push(dir);
  mkdirSync(path.join(dir, 'kafka'));
  const then = Date.now() / 1000 - 60;
  for (let i = 0; i < n; i++) {
    const file = path.join(dir, 'kafka', `t${i}.yaml`);
    writeFileSync(file, `topic: orders.t${i}.v1\nowner: team-orders\npartitions: 6\nreplicationFactor: 3\n`);
    utimesSync(file, then, then);
  }
  return dir;
}

async function work(options: LintOptions): Promise<number[]> {
  const told: number[] = [];
  await lint({ ...options, onWork: ({ files }) => told.push(files) });
  await cacheWritesSettled();
  return told;
}

describe('onWork', () => {
  it('counts every file of a run without the cache, once', async () => {
    const dir = catalog(4);
    expect(await work({ cwd: dir, root: dir })).toEqual([4]);
    expect(await work({ cwd: dir, root: dir, wholeCatalog: true })).toEqual([4]);
  });

  it('with --cache: every file at first, none when the whole result is reused, only the changed file after an edit', async () => {
    const dir = catalog(5);
    const options: LintOptions = { cwd: dir, root: dir, cache: true, cacheSalt: 'on-work', cacheLocation: path.join(dir, '.cache') };
    expect(await work(options)).toEqual([5]);
    expect(await work(options)).toEqual([0]);
    writeFileSync(path.join(dir, 'kafka', 't2.yaml'), 'topic: orders.t2.v1\nowner: team-orders\npartitions: 12\nreplicationFactor: 3\n');
    expect(await work(options)).toEqual([1]);
  });
});
