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
import { isAscii } from 'node:buffer';
import { appendFileSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { UnitCache, UnitResult } from '../core/stream.js';
import type { LintResult } from '../core/finding.js';
import { TOOL } from '../core/tool.js';
import type { InputFile } from '../sources/types.js';

/**
 * Three files in the cache folder, written in this order at the end of a run that changed anything:
 * - `units-v3.txt`: a line naming the version and salt, then one line per unit: its key, a space, its
 *   result as JSON. A unit is parsed only when it is used. New units are appended; the file is
 *   rewritten with only the units in use when it holds more than twice as many, or another salt's.
 * - `result-v3.json`: the whole result of the run, with the run's start time as a token.
 * - `index-v3.json`, written last: each file's metadata (and its unit key), the start time, the date
 *   and the discovery problems. A run reads only this to decide whether the whole result can be
 *   reused, and the result only if the tokens agree (an interrupted save leaves them apart).
 * A file that is all ASCII (the usual case) is read as a one-byte string without UTF-8 decoding.
 */
const INDEX_FILE = 'index-v3.json';
const UNITS_FILE = 'units-v3.txt';
const RESULT_FILE = 'result-v3.json';
/** Earlier layouts' files, removed when the cache is written. */
const LEGACY_FILES = ['units-v1.json', 'units-v2.txt', 'result-v2.json'];
/**
 * The layout of what is stored (unit results, packed topics). Part of the version check with the tool
 * version, so a development build with another layout never reads a cache it would misunderstand.
 */
const CACHE_FORMAT = 'packed-5';
const CACHE_VERSION = `${TOOL.version}/${CACHE_FORMAT}`;
/** A file modified less than this before the recording run started is hashed again next time. */
const RACY_MS = 2000;

/** What identifies a file's version on disk: from `stat`, or from a stamp taken earlier in the run. */
export type FileMetadata = Pick<Stats, 'size' | 'mtimeMs' | 'ino'>;

export interface FileStamp extends FileMetadata {
  readonly path: string;
}

export function stampOf(path: string, st: FileMetadata): FileStamp {
  return { path, size: st.size, mtimeMs: st.mtimeMs, ino: st.ino };
}

interface IndexEntry extends FileStamp {
  /** The key of the file's unit, for a single-file unit whose content was hashed or vouched for. */
  readonly key?: string;
}

interface Index {
  readonly version: string;
  readonly salt: string;
  /** When the run that wrote this cache started (ms since the epoch); also the result's token. */
  readonly startedAt: number;
  readonly today: string;
  /** Files found but not readable as found (discovery problems), as they were. */
  readonly problems: string;
  /** Every file of the run in path order, when all were stamped: the whole result can be reused. */
  readonly complete: boolean;
  readonly files: readonly IndexEntry[];
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

/** What the run hands back to be saved. */
export interface RunRecord {
  readonly today: string;
  readonly problems: string;
  /** Every file's stamp in path order, or undefined when some file could not be stamped. */
  readonly stamps: readonly FileStamp[] | undefined;
  readonly result: LintResult;
}

export interface RunCache extends UnitCache {
  /**
   * The stored whole result, if every file has the metadata it had then, none was modified within the
   * racy window of that run, and the salt, the date and the discovery problems are the same.
   */
  reusableResult(today: string, problems: string, paths: readonly string[], stamp: (path: string) => FileMetadata | undefined): LintResult | undefined;
  /** The cached result of a file whose metadata shows it unchanged, without reading it. */
  byStat(file: string, stats: FileMetadata): UnitResult | undefined;
  /** Record a file's metadata once it was read (its unit key comes from `lookup`/`store`). */
  noteStat(file: InputFile, stats: FileMetadata): void;
  /** Write this run's units, result and index; a no-op when the whole result was reused. */
  save(run: RunRecord): void;
  /** How many units came from the cache, and how many were linted. */
  readonly counts: { hits: number; misses: number };
}

/** A cache file's text, or undefined when it cannot be read. */
function readText(file: string): string | undefined {
  try {
    const bytes = readFileSync(file);
    return textOf(bytes, 0, bytes.length);
  } catch {
    return undefined;
  }
}

/** A unit as one line of JSON (packed topic columns are typed arrays in memory, plain arrays on disk). */
function unitText(unit: UnitResult): string {
  return JSON.stringify(unit.topics.ints instanceof Int32Array ? { ...unit, topics: { ...unit.topics, ints: Array.from(unit.topics.ints) } } : unit);
}

interface UnitsFile {
  /** The file's bytes; unit lines are decoded only when used, and written back as these bytes. */
  readonly bytes: Buffer;
  /** Each unit's JSON as a byte range, by key (the last line wins; lines of one key hold the same unit). */
  readonly ranges: Map<string, { readonly start: number; readonly end: number }>;
  readonly lines: number;
}

function readUnitsFile(file: string, header: string): UnitsFile | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const head = Buffer.from(`${header}\n`);
  if (!bytes.subarray(0, head.length).equals(head)) return undefined;
  const ranges = new Map<string, { start: number; end: number }>();
  let lines = 0;
  for (let start = head.length; start < bytes.length; ) {
    const end = bytes.indexOf(0x0a, start);
    if (end < 0) break; // an unfinished last line (an interrupted append): ignored
    const space = bytes.indexOf(0x20, start);
    if (space > start && space < end) ranges.set(bytes.toString('latin1', start, space), { start: space + 1, end });
    lines++;
    start = end + 1;
  }
  return { bytes, ranges, lines };
}

/** Text of a byte range: a copy when it is ASCII, UTF-8 decoded otherwise. */
function textOf(bytes: Buffer, start: number, end: number): string {
  return isAscii(bytes.subarray(start, end)) ? bytes.toString('latin1', start, end) : bytes.toString('utf8', start, end);
}

function writeAtomically(file: string, text: string | Buffer): void {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, file);
}

export function openRunCache(dir: string, salt: string, startedAt = Date.now()): RunCache {
  let index: Index | undefined;
  const indexText = readText(path.join(dir, INDEX_FILE));
  try {
    const data = indexText === undefined ? undefined : (JSON.parse(indexText) as Index);
    if (data && data.version === CACHE_VERSION && data.salt === salt && Array.isArray(data.files)) index = data;
  } catch {
    index = undefined; // corrupt: start empty
  }
  const before = new Map((index?.files ?? []).map((e) => [e.path, e]));
  const unitsPath = path.join(dir, UNITS_FILE);
  const unitsHeader = JSON.stringify({ version: CACHE_VERSION, salt });
  // Read only when a unit is first needed: a run that reuses the whole result never reads it.
  let units: UnitsFile | null | undefined = null;
  const stored = (): UnitsFile | undefined => (units === null ? (units = readUnitsFile(unitsPath, unitsHeader)) : units);
  // The units this run used, to be kept: new ones as text, stored ones as their byte range in the file.
  // A unit is parsed when taken, not kept.
  const used = new Map<string, string | { readonly start: number; readonly end: number }>();
  const added = new Set<string>();
  const keys = new Map<string, string>();
  const counts = { hits: 0, misses: 0 };
  let reused = false;
  const take = (key: string): UnitResult | undefined => {
    const entry = used.get(key) ?? stored()?.ranges.get(key);
    if (entry === undefined) return undefined;
    try {
      const unit = JSON.parse(typeof entry === 'string' ? entry : textOf(stored()!.bytes, entry.start, entry.end)) as UnitResult;
      used.set(key, entry);
      return unit;
    } catch {
      return undefined; // a damaged line: the file is linted again
    }
  };
  return {
    counts,
    reusableResult(today, problems, paths, stamp) {
      if (!index || !index.complete || index.today !== today || index.problems !== problems || index.files.length !== paths.length) return undefined;
      for (let i = 0; i < paths.length; i++) {
        const then = index.files[i]!;
        if (then.path !== paths[i]) return undefined;
        const now = stamp(then.path);
        if (!now || now.size !== then.size || now.mtimeMs !== then.mtimeMs || now.ino !== then.ino || now.mtimeMs >= index.startedAt - RACY_MS) return undefined;
      }
      const text = readText(path.join(dir, RESULT_FILE));
      try {
        const stored = text === undefined ? undefined : (JSON.parse(text) as { startedAt: number; salt: string; result: LintResult });
        if (stored?.startedAt !== index.startedAt || stored.salt !== salt) return undefined;
        reused = true;
        return stored.result;
      } catch {
        return undefined;
      }
    },
    byStat(p, st) {
      const e = before.get(p);
      if (!e?.key || !index || e.size !== st.size || e.mtimeMs !== st.mtimeMs || e.ino !== st.ino) return undefined;
      // Modified within the racy window of the run that recorded it: read and hashed this time.
      if (st.mtimeMs >= index.startedAt - RACY_MS) return undefined;
      const unit = take(e.key);
      if (unit) {
        keys.set(p, e.key);
        counts.hits++;
      }
      return unit;
    },
    noteStat(f) {
      keys.set(f.path, unitKey([f]));
    },
    lookup(files) {
      const unit = take(unitKey(files));
      if (unit) counts.hits++;
      return unit;
    },
    store(files, unit) {
      const key = unitKey(files);
      used.set(key, unitText(unit));
      added.add(key);
      counts.misses++;
    },
    save(run) {
      if (reused) return;
      mkdirSync(dir, { recursive: true });
      const old = stored();
      const line = (key: string): Buffer => {
        const entry = used.get(key)!;
        return typeof entry === 'string' ? Buffer.from(`${key} ${entry}\n`) : old!.bytes.subarray(entry.start - key.length - 1, entry.end + 1);
      };
      if (!old || old.lines > 2 * used.size + 64) {
        // Rewrite with only the units in use (deleted and changed files' units are dropped); stored
        // units are written back as the bytes they were read as.
        writeAtomically(unitsPath, Buffer.concat([Buffer.from(`${unitsHeader}\n`), ...[...used.keys()].map(line)]));
      } else if (added.size) {
        // Units linted this run: new, or stored on a damaged line (the appended line wins when read).
        // After an interrupted append the file ends mid-line: end that line first.
        const cut = old.bytes[old.bytes.length - 1] !== 0x0a ? [Buffer.from('\n')] : [];
        appendFileSync(unitsPath, Buffer.concat([...cut, ...[...added].map(line)]));
      }
      writeAtomically(path.join(dir, RESULT_FILE), `{"startedAt":${startedAt},"salt":${JSON.stringify(salt)},"result":${JSON.stringify(run.result)}}`);
      const files: IndexEntry[] = (run.stamps ?? []).map((s) => {
        const key = keys.get(s.path);
        return key ? { ...s, key } : s;
      });
      const next: Index = { version: CACHE_VERSION, salt, startedAt, today: run.today, problems: run.problems, complete: run.stamps !== undefined, files };
      writeAtomically(path.join(dir, INDEX_FILE), JSON.stringify(next));
      for (const legacy of LEGACY_FILES) rmSync(path.join(dir, legacy), { force: true });
    },
  };
}
