/**
 * `--cache`: per-file results of the streaming pipeline (src/core/stream.ts), keyed by content.
 *
 * A unit (one YAML file, or the files one project adapter reads together) is stored with a hash of its
 * paths and contents; its result holds the per-file rules' findings and the packed topics the
 * cross-file rules need, so those rules always run on the current catalog and a cached unit is never
 * stale for them. The whole cache is keyed by a salt: tool version, resolved config, rules, the
 * content of config and policy files, CODEOWNERS, `--verbose`. When the salt differs nothing is reused.
 *
 * Files are not even read when their size, modification time and inode match what was recorded and
 * they were last modified well before the run that recorded them (git's "racy clean" rule: a file
 * changed within the same timestamp tick as that run is read and hashed again).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { UnitCache, UnitResult } from '../core/stream.js';
import type { LintResult } from '../core/finding.js';
import { TOOL } from '../core/tool.js';
import type { InputFile } from '../sources/types.js';

const UNITS_FILE = 'units-v1.json';
/**
 * The layout of what is stored (unit results, packed topics). Part of the version check with the tool
 * version, so a development build with another layout never reads a cache it would misunderstand.
 */
const CACHE_FORMAT = 'packed-3';
const CACHE_VERSION = `${TOOL.version}/${CACHE_FORMAT}`;
/** A file modified less than this before the recording run started is hashed again next time. */
const RACY_MS = 2000;

interface StatEntry {
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
  readonly key: string;
}

interface Stored {
  readonly version: string;
  readonly salt: string;
  /** When the run that wrote this cache started (ms since the epoch). */
  readonly startedAt: number;
  readonly units: Record<string, UnitResult>;
  readonly stats: Record<string, StatEntry>;
}

const singleKeys = new WeakMap<InputFile, string>();

export function unitKey(files: readonly InputFile[]): string {
  const only = files.length === 1 ? files[0]! : undefined;
  const known = only && singleKeys.get(only);
  if (known) return known;
  const h = createHash('sha1');
  for (const f of files) h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text);
  const key = h.digest('base64');
  if (only) singleKeys.set(only, key);
  return key;
}

export interface DiskUnitCache extends UnitCache {
  /** The cached result of a file whose metadata shows it unchanged, without reading it. */
  byStat(file: string, stats: Stats): UnitResult | undefined;
  /** Record a file's metadata once it was read (its unit key comes from `lookup`/`store`). */
  noteStat(file: InputFile, stats: Stats): void;
  /** Write what this run used (and nothing else) back; a no-op when nothing changed. */
  save(): void;
  /** How many units came from the cache, and how many were linted. */
  readonly counts: { hits: number; misses: number };
}

export function openUnitCache(dir: string, salt: string, startedAt = Date.now()): DiskUnitCache {
  const file = path.join(dir, UNITS_FILE);
  let old: Stored | undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (data.version === CACHE_VERSION && data.salt === salt && data.units && data.stats) old = data;
  } catch {
    old = undefined; // none yet, corrupt, or from another version: start empty
  }
  const units: Record<string, UnitResult> = {};
  const stats: Record<string, StatEntry> = {};
  const counts = { hits: 0, misses: 0 };
  let dirty = !old;
  const take = (key: string): UnitResult | undefined => {
    const unit = units[key] ?? old?.units[key];
    if (unit) units[key] = unit;
    return unit;
  };
  return {
    counts,
    byStat(p, st) {
      const e = old?.stats[p];
      if (!e || !old || e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino) return undefined;
      if (st.mtimeMs >= old.startedAt - RACY_MS) {
        dirty = true; // read and hashed this time; the rewritten cache can vouch for it next time
        return undefined;
      }
      const unit = take(e.key);
      if (unit) {
        stats[p] = e;
        counts.hits++;
      }
      return unit;
    },
    noteStat(f, st) {
      const key = unitKey([f]);
      const entry = { size: st.size, mtimeMs: st.mtimeMs, ino: st.ino, key };
      const before = old?.stats[f.path];
      if (!before || before.size !== entry.size || before.mtimeMs !== entry.mtimeMs || before.ino !== entry.ino || before.key !== key) dirty = true;
      stats[f.path] = entry;
    },
    lookup(files) {
      const unit = take(unitKey(files));
      if (unit) counts.hits++;
      return unit;
    },
    store(files, unit) {
      units[unitKey(files)] = unit;
      counts.misses++;
      dirty = true;
    },
    save() {
      // Units no longer used (deleted or changed files) are dropped by writing only this run's.
      if (!dirty && old && Object.keys(old.units).length === Object.keys(units).length) return;
      mkdirSync(dir, { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      // Packed topic columns are typed arrays in memory, plain arrays on disk (converted here rather
      // than by a JSON replacer, which would be called for every value of every unit).
      const plain: Record<string, UnitResult> = {};
      for (const [key, unit] of Object.entries(units)) plain[key] = unit.topics.ints instanceof Int32Array ? { ...unit, topics: { ...unit.topics, ints: Array.from(unit.topics.ints) } } : unit;
      const stored: Stored = { version: CACHE_VERSION, salt, startedAt, units: plain, stats };
      writeFileSync(tmp, JSON.stringify(stored));
      renameSync(tmp, file);
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// The whole result of the last run, reused when no input file's metadata changed since (and the salt
// and the date, which waivers depend on, are the same): such a run only lists and stats its files.

const RESULT_FILE = 'result-v2.json';

export interface FileStamp {
  readonly path: string;
  readonly size: number;
  readonly mtimeMs: number;
  readonly ino: number;
}

interface StoredResult {
  readonly version: string;
  readonly salt: string;
  readonly today: string;
  readonly startedAt: number;
  /** Files found but not readable as found (discovery problems), as they were. */
  readonly problems: string;
  readonly files: readonly FileStamp[];
  readonly result: LintResult;
}

export function stampOf(path: string, st: Stats): FileStamp {
  return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}

/**
 * The stored result, if every file has the metadata it had then, none was modified within the racy
 * window of that run, and nothing else differs. `stamp` stats a file (undefined when it cannot).
 */
export function reusableResult(dir: string, salt: string, today: string, problems: string, paths: readonly string[], stamp: (path: string) => FileStamp | undefined): LintResult | undefined {
  let stored: StoredResult;
  try {
    stored = JSON.parse(readFileSync(path.join(dir, RESULT_FILE), 'utf8')) as StoredResult;
  } catch {
    return undefined;
  }
  if (stored.version !== CACHE_VERSION || stored.salt !== salt || stored.today !== today || stored.problems !== problems || stored.files.length !== paths.length) return undefined;
  for (let i = 0; i < paths.length; i++) {
    const then = stored.files[i]!;
    if (then.path !== paths[i]) return undefined;
    const now = stamp(then.path);
    if (!now || now.size !== then.size || now.mtimeMs !== then.mtimeMs || now.ino !== then.ino || now.mtimeMs >= stored.startedAt - RACY_MS) return undefined;
  }
  return stored.result;
}

export function saveResult(dir: string, data: Omit<StoredResult, 'version'>): void {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, RESULT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, JSON.stringify({ version: CACHE_VERSION, ...data }));
  renameSync(tmp, file);
}
