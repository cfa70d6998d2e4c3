/**
 * The on-disk cache trusts a file's metadata only outside the racy window (a file modified within 2 s
 * of the run that recorded it is read again), reuses a whole result only when every file, the salt and
 * the date are the same, appends new units and compacts, and survives damaged or interrupted writes.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openRunCache, stampOf, unitKey, type FileStamp } from '../../src/cache/unit-cache.js';
import { packTopics, type UnitResult } from '../../src/engine/stream.js';
import { Accumulated } from '../../src/engine/accumulated.js';
import type { LintResult } from '../../src/model/finding.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-unit-cache-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const unit: UnitResult = { files: [{ path: 'a.yaml', status: 'linted', formats: ['catalog'] }], findings: [], topics: packTopics([]), consumerGroups: [], clients: [] };

/** A unit as it comes back from disk (the cache hands it back with its key): typed arrays become plain arrays. */
const plain = (u: unknown) => {
  const unit = u && typeof u === 'object' && 'key' in u && 'unit' in u ? u.unit : u;
  return JSON.parse(JSON.stringify(unit, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v))) as unknown;
};

function fileAt(name: string, text: string, mtimeSeconds: number): string {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  utimesSync(p, mtimeSeconds, mtimeSeconds);
  return p;
}

const NO_RESULT = { findings: [], files: [] } as unknown as LintResult;
const run = (stamps: FileStamp[] | undefined, result: LintResult = NO_RESULT, today = '2026-11-23') => ({ today, problems: '[]', stamps, result });

describe('unit cache', async () => {
  it('skips reading a file whose metadata matches, but not one modified in the racy window', async () => {
    const cacheDir = path.join(dir, 'c1');
    const now = Date.now();
    const old = fileAt('old.yaml', 'topic: a\n', now / 1000 - 60);
    const racy = fileAt('racy.yaml', 'topic: b\n', now / 1000 - 1);
    const first = openRunCache(cacheDir, 'salt', now);
    const stamps: FileStamp[] = [];
    for (const [p, f] of [[old, { path: 'old.yaml', text: 'topic: a\n' }], [racy, { path: 'racy.yaml', text: 'topic: b\n' }]] as const) {
      first.noteStat(f, statSync(p));
      stamps.push(stampOf(f.path, statSync(p)));
      expect(first.lookup([f])).toBeUndefined();
      first.store([f], unit);
    }
    await first.save(run(stamps));
    // The folder keeps itself out of commits (SECURITY.md: the cache is trusted input).
    expect(readFileSync(path.join(cacheDir, '.gitignore'), 'utf8')).toMatch(/^\*$/m);
    const second = openRunCache(cacheDir, 'salt', now + 10_000);
    expect(second.unchanged('old.yaml', statSync(old))).toBe(true);
    expect(plain(second.byStat('old.yaml', statSync(old)))).toEqual(plain(unit));
    expect(second.unchanged('racy.yaml', statSync(racy))).toBe(false);
    expect(second.byStat('racy.yaml', statSync(racy))).toBeUndefined();
    expect(second.unchanged('old.yaml', undefined)).toBe(false);
    expect(second.unchanged('never-seen.yaml', statSync(old))).toBe(false);
    // Read and hashed instead: the content still finds its unit.
    expect(plain(second.lookup([{ path: 'racy.yaml', text: 'topic: b\n' }]))).toEqual(plain(unit));
    // Another salt (config, rules, tool version) reuses nothing.
    expect(openRunCache(cacheDir, 'other salt').byStat('old.yaml', statSync(old))).toBeUndefined();
  });

  it('appends new units, and rewrites the file with only the units in use once most are unused', async () => {
    const cacheDir = path.join(dir, 'c3');
    const file = path.join(cacheDir, 'units-v3.txt');
    const lines = () => readFileSync(file, 'utf8').trimEnd().split('\n');
    const f = (i: number) => ({ path: `f${i}.yaml`, text: `topic: t${i}\n` });
    const first = openRunCache(cacheDir, 'salt');
    for (let i = 0; i < 3; i++) first.store([f(i)], unit);
    await first.save(run(undefined));
    expect(lines()).toHaveLength(4); // header and three units
    const kept = lines().slice(1);
    // A run that uses f0..f2 and adds f3 appends one line; the others are written back untouched.
    const second = openRunCache(cacheDir, 'salt');
    for (let i = 0; i < 3; i++) expect(plain(second.lookup([f(i)]))).toEqual(plain(unit));
    second.store([f(3)], unit);
    await second.save(run(undefined));
    expect(lines().slice(1, 4)).toEqual(kept);
    expect(lines()).toHaveLength(5);
    // Runs that use one file of many end up rewriting the file with that one unit.
    for (let r = 0; r < 3; r++) {
      const next = openRunCache(cacheDir, 'salt');
      for (let i = 100 + r * 40; i < 140 + r * 40; i++) next.store([f(i)], unit);
      await next.save(run(undefined));
    }
    expect(lines()).toHaveLength(125); // appended: unused units are kept while they are few
    const last = openRunCache(cacheDir, 'salt');
    expect(plain(last.lookup([f(180)]))).toEqual(plain(unit));
    await last.save(run(undefined));
    expect(lines()).toHaveLength(2);
    const after = openRunCache(cacheDir, 'salt');
    expect(after.lookup([f(0)])).toBeUndefined();
    expect(plain(after.lookup([f(180)]))).toEqual(plain(unit));
  });

  it('lints a file again when its cached line is damaged or cut short, and repairs the line', async () => {
    const cacheDir = path.join(dir, 'c4');
    const a = { path: 'a.yaml', text: 'topic: a\n' };
    const b = { path: 'b.yaml', text: 'topic: b\n' };
    const first = openRunCache(cacheDir, 'salt');
    first.store([a], unit);
    first.store([b], unit);
    await first.save(run(undefined));
    const file = path.join(cacheDir, 'units-v3.txt');
    const [header, lineA, lineB] = readFileSync(file, 'utf8').trimEnd().split('\n');
    writeFileSync(file, `${header}\n${lineA!.replace(/ \{.*$/, ' {"files": [trunc')}\n${lineB!.slice(0, 20)}`);
    const second = openRunCache(cacheDir, 'salt');
    expect(second.lookup([a])).toBeUndefined();
    expect(second.lookup([b])).toBeUndefined();
    // Linted again and stored: the next run finds both.
    second.store([a], unit);
    second.store([b], unit);
    await second.save(run(undefined));
    const third = openRunCache(cacheDir, 'salt');
    expect(plain(third.lookup([a]))).toEqual(plain(unit));
    expect(plain(third.lookup([b]))).toEqual(plain(unit));
  });

  it('reads non-ASCII paths and texts back unchanged', async () => {
    const cacheDir = path.join(dir, 'c5');
    const named: UnitResult = { ...unit, files: [{ path: 'tópicos/ñ 😀.yaml', status: 'linted', formats: ['catalog'] }] };
    const f = { path: 'tópicos/ñ 😀.yaml', text: 'topic: ü\n' };
    const first = openRunCache(cacheDir, 'salt');
    first.store([f], named);
    await first.save(run(undefined, { findings: [], files: [], note: 'ärger 😀' } as unknown as LintResult));
    expect(plain(openRunCache(cacheDir, 'salt').lookup([f]))).toEqual(plain(named));
    const stamp = fileAt('tópicos-ñ.yaml', 'topic: ü\n', Date.now() / 1000 - 60);
    const result = { findings: [], files: [], note: 'ärger 😀' } as unknown as LintResult;
    await openRunCache(cacheDir, 'salt', Date.now()).save(run([stampOf('tópicos-ñ.yaml', statSync(stamp))], result));
    expect(openRunCache(cacheDir, 'salt').reusableResult('2026-11-23', '[]', ['tópicos-ñ.yaml'], (p) => statSync(path.join(dir, p)))).toEqual(result);
  });

  it('keys units by path and content', async () => {
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).not.toBe(unitKey([{ path: 'b.yaml', text: 'x' }]));
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).not.toBe(unitKey([{ path: 'a.yaml', text: 'y' }]));
    expect(unitKey([{ path: 'a.yaml', text: 'x' }])).toBe(unitKey([{ path: 'a.yaml', text: 'x' }]));
  });

  it('reuses a whole result only when files, salt, date and discovery problems are the same', async () => {
    const cacheDir = path.join(dir, 'c2');
    const now = Date.now();
    const a = fileAt('whole-a.yaml', 'topic: a\n', now / 1000 - 60);
    const result = { findings: [], files: [], note: 'ünïcode' } as unknown as LintResult;
    await openRunCache(cacheDir, 's', now).save(run([stampOf('whole-a.yaml', statSync(a))], result));
    const stamp = (p: string) => stampOf(p, statSync(path.join(dir, p)));
    const open = (salt = 's') => openRunCache(cacheDir, salt, now + 10_000);
    expect(open().reusableResult('2026-11-23', '[]', ['whole-a.yaml'], stamp)).toEqual(result);
    expect(open().reusableResult('2026-11-24', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(open('t').reusableResult('2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(open().reusableResult('2026-11-23', '[{"path":"x"}]', ['whole-a.yaml'], stamp)).toBeUndefined();
    expect(open().reusableResult('2026-11-23', '[]', ['whole-a.yaml', 'new.yaml'], stamp)).toBeUndefined();
    // A run that could not stamp every file leaves no reusable result.
    await openRunCache(cacheDir, 's', now).save(run(undefined, result));
    expect(open().reusableResult('2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    await openRunCache(cacheDir, 's', now).save(run([stampOf('whole-a.yaml', statSync(a))], result));
    // An index whose result file was not written by the same run (an interrupted save) is not trusted.
    const resultFile = path.join(cacheDir, 'result-v3.json');
    writeFileSync(resultFile, readFileSync(resultFile, 'utf8').replace(/"startedAt":\d+/, '"startedAt":1'));
    expect(open().reusableResult('2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
    await openRunCache(cacheDir, 's', now).save(run([stampOf('whole-a.yaml', statSync(a))], result));
    fileAt('whole-a.yaml', 'topic: changed\n', now / 1000 - 30);
    expect(open().reusableResult('2026-11-23', '[]', ['whole-a.yaml'], stamp)).toBeUndefined();
  });
  it('copies units from the saved state, and rewrites the state only once it no longer fits the catalog', async () => {
    const cacheDir = path.join(dir, 'c6');
    const stateFile = path.join(cacheDir, 'state-v1.bin');
    const f = (i: number, v = 0) => ({ path: `s${i}.yaml`, text: `topic: t${i}\n# ${v}\n` });
    /** One run over files 0..n-1 (file `changed` in version `v`); returns how many units came from the state and whether it was rewritten. */
    const runOver = async (n: number, version: (i: number) => number) => {
      const cache = openRunCache(cacheDir, 'salt');
      const saved = cache.saved?.();
      const acc = new Accumulated(saved, true);
      let fromState = 0;
      for (let i = 0; i < n; i++) {
        const file = f(i, version(i));
        const found = cache.lookup([file]);
        if (found && 'saved' in found) {
          fromState++;
          acc.addSaved(found.saved);
        } else if (found) acc.add(found.unit, found.key);
        else {
          const u: UnitResult = { ...unit, files: [{ path: file.path, status: 'linted', formats: ['catalog'] }] };
          acc.add(u, cache.store([file], u));
        }
      }
      acc.close();
      let rewritten = false;
      cache.remember?.(() => {
        rewritten = true;
        return acc.state();
      });
      await cache.save(run(undefined));
      return { fromState, rewritten, files: acc.files.map((x) => x.path) };
    };
    expect(await runOver(100, () => 0)).toMatchObject({ fromState: 0, rewritten: true });
    const written = readFileSync(stateFile);
    // One file changed: 99 units copied from the state, which is left as it is.
    expect(await runOver(100, (i) => (i === 7 ? 1 : 0))).toMatchObject({ fromState: 99, rewritten: false });
    expect(readFileSync(stateFile).equals(written)).toBe(true);
    // Changed back: its first version is still among the units, the state is still the first run's.
    expect(await runOver(100, () => 0)).toMatchObject({ fromState: 100, rewritten: false });
    // Most files changed: the state is rewritten, and then serves the next run whole.
    expect(await runOver(100, (i) => (i < 70 ? 2 : 0))).toMatchObject({ fromState: 30, rewritten: true });
    const last = await runOver(100, (i) => (i < 70 ? 2 : 0));
    expect(last).toMatchObject({ fromState: 100, rewritten: false });
    expect(last.files).toEqual(Array.from({ length: 100 }, (_, i) => `s${i}.yaml`));
    // A damaged state is not used: everything comes from the units file, and the state is written again.
    const bytes = readFileSync(stateFile);
    bytes[bytes.length - 2] = bytes[bytes.length - 2]! ^ 1;
    writeFileSync(stateFile, bytes);
    expect(await runOver(100, (i) => (i < 70 ? 2 : 0))).toMatchObject({ fromState: 0, rewritten: true });
  });
});
