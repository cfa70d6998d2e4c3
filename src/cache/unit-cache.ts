/**
 * `--cache`: per-file results of the streaming pipeline (src/core/stream.ts), keyed by content.
 *
 * A unit (one YAML file, or the files one project adapter reads together) is stored with a hash of its
 * paths and contents; its result holds the per-file rules' findings and the slim entities the
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
import { TOOL } from '../core/tool.js';
import type { InputFile } from '../sources/types.js';

const UNITS_FILE = 'units-v1.json';
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

export function openUnitCache(dir: string, salt: string): DiskUnitCache {
  const startedAt = Date.now();
  const file = path.join(dir, UNITS_FILE);
  let old: Stored | undefined;
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as Stored;
    if (data.version === TOOL.version && data.salt === salt && data.units && data.stats) old = data;
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
      const stored: Stored = { version: TOOL.version, salt, startedAt, units, stats };
      // Packed topic columns are typed arrays in memory, plain arrays on disk.
      writeFileSync(tmp, JSON.stringify(stored, (_key, value: unknown) => (value instanceof Int32Array ? Array.from(value) : value)));
      renameSync(tmp, file);
    },
  };
}
