/**
 * The on-disk cache trusts a file's metadata only outside the racy window (a file modified within 2 s
 * of the run that recorded it is read again), and reuses a whole result only when every file, the
 * salt and the date are the same.
 */
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openUnitCache, reusableResult, saveResult, stampOf, unitKey } from '../../src/cache/unit-cache.js';
import { packTopics, type UnitResult } from '../../src/core/stream.js';
import type { LintResult } from '../../src/core/finding.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-unit-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unit: UnitResult = { files: [{ path: 'a.yaml', status: 'linted', formats: ['catalog'] }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] };

/** A unit as it comes back from disk: typed arrays become plain arrays. */
const plain = (u: unknown) => JSON.parse(JSON.stringify(u, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v))) as unknown;

function fileAt(name: string, text: string, mtimeSeconds: number): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  utimesSync(p, mtimeSeconds, mtimeSeconds);
  return p;
}

describe('unit cache', () => {
  it('skips reading a file whose metadata matches, but not one modified in the racy window', () => {
    const cacheDir = path.join(dir, 'c1');
    const now = Date.now();
    const old = fileAt('old.yaml', 'topic: a\n', now / 1000 - 60);
    const racy = fileAt('racy.yaml', 'topic: b\n', now / 1000 - 1);
    const first = openUnitCache(cacheDir, 'salt', now);
    for (const [p, f] of [[old, { path: 'old.yaml', text: 'topic: a\n' }], [racy, { path: 'racy.yaml', text: 'topic: b\n' }]] as const) {
      first.noteStat(f, statSync(p));
      expect(first.lookup([f])).toBeUndefined();
      first.store([f], unit);
    }
    first.save();
    const second = openUnitCache(cacheDir, 'salt', now + 10_000);
    expect(plain(second.byStat('old.yaml', statSync(old)))).toEqual(plain(unit));
    expect(second.byStat('racy.yaml', statSync(racy))).toBeUndefined();
    // Read and hashed instead: the content still finds its unit.
    expect(plain(second.lookup([{ path: 'racy.yaml', text: 'topic: b\n' }]))).toEqual(plain(unit));
    // Another salt (config, rules, tool version) reuses nothing.
    expect(openUnitCache(cacheDir, 'other salt').byStat('old.yaml', statSync(old))).toBeUndefined();
  });

  it('keys units by path and content', () => {
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).not.toBe(unitKey([{ path: 'b.yaml', text: 'x' }]));
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).not.toBe(unitKey([{ path: 'a.yaml', text: 'y' }]));
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).toBe(unitKey([{ path: 'a.yaml', text: 'x' }]));
  });

  it('reuses a whole result only when files, salt, date and discovery problems are the same', () => {
    const cacheDir = path.join(dir, 'c2');
    const now = Date.now();
    const a = fileAt('whole-a.yaml', 'topic: a\n', now / 1000 - 60);
    const result = { findings: [], files: [] } as unknown as LintResult;
    saveResult(cacheDir, { salt: 's', today: '2026-11-23', startedAt: now, problems: '[]', files: [stampOf('whole-a.yaml', statSync(a))], result });
    const stamp = (p: string) => stampOf(p, statSync(path.join(dir, p)));
    expect(reusableResult(cacheDir, 's', '2026-11-23', '[]', ['whole-a.yaml'], stamp)).toEqual(result);
    expect(reusableResult(cacheDir, 's', '2026-11-24', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(reusableResult(cacheDir, 't', '2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(reusableResult(cacheDir, 's', '2026-11-23', '[{"path":"x"}]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(reusableResult(cacheDir, 's', '2026-11-23', '[]', ['whole-a.yaml', 'new.yaml'], stamp)).toBeUndefined();
    fileAt('whole-a.yaml', 'topic: changed\n', now / 1000 - 30);
    expect(reusableResult(cacheDir, 's', '2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
  });
});
