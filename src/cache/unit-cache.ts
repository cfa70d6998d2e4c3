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
import { closeSync, existsSync, fstatSync, mkdirSync, openSync, read, readFileSync, rmSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type { CachedUnit, UnitCache, UnitResult } from '../engine/stream.js';
import type { SavedState } from '../engine/accumulated.js';
import type { LintResult } from '../model/finding.js';
import { TOOL } from '../model/tool.js';
import type { InputFile } from '../sources/types.js';
import { textOf } from './bytes.js';
import { digestOf } from '../util/digest.js';
import { STATE_FILE, decodeState, encodeState } from './state-file.js';
import { UNITS_DIRECTORY_FILE, UNITS_FILE, UnitsFile } from './units-file.js';
import { BackgroundWrites } from './background-writes.js';

/**
 * The files of the cache folder, written at the end of a run that changed anything, on the thread pool
 * and in no particular order: each is checked on its own when it is read.
 * - `units-v3.txt`: a line naming the version and salt, then one line per unit: its key, a space, its
 *   result as JSON. A unit is parsed only when it is used. New units are appended; the file is
 *   rewritten with only the units in use when it holds more than twice as many, or another salt's.
 *   Beside it `units-v3.dir.json` says where each line is (units-file.ts), while the size matches.
 * - `state-v1.bin`: everything a run absorbed, unit by unit (state-file.ts). The next run copies every
 *   unit it finds there in bulk instead of parsing and absorbing units one by one; it is rewritten only
 *   once it no longer fits the catalog.
 * - `result-v3.json`: the whole result of the run, with the run's start time as a token.
 * - `index-v3.json`: each file's metadata (and its unit key), the start time, the date and the
 *   discovery problems. A run reads only this to decide whether the whole result can be reused, and
 *   the result only if the tokens agree (an interrupted save leaves them apart).
 * - `.gitignore` (`*`): the cache is trusted input, and stays out of commits (SECURITY.md).
 * Every file names a SHA-256 of the salt. A file that is all ASCII (the usual case) is read as a
 * one-byte string without UTF-8 decoding.
 */
const INDEX_FILE = 'index-v3.json';
const RESULT_FILE = 'result-v3.json';
/** Earlier layouts' files, removed when the cache is written. */
const LEGACY_FILES = ['units-v1.json', 'units-v2.txt', 'result-v2.json'];
/**
 * The layout of what is stored (unit results, packed topics). Part of the version check with the tool
 * version, so a development build with another layout never reads a cache it would misunderstand.
 */
const CACHE_FORMAT = 'packed-8'; // 8: topics pack their cluster (issue #17). 7: YAML read without the CST fast path (its results differ on invalid YAML)
const CACHE_VERSION = `${TOOL.version}/${CACHE_FORMAT}`;
/**
 * Units a run may take from elsewhere than the saved state (or leave unused in it) before the state is
 * rewritten: a sixteenth of the run's units, and at least this many.
 */
const MIN_STATE_SLACK = 16;
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
  /** The git object id of the file's text, once a `--base` run has computed it. */
  readonly blob?: string;
}

/** An index entry as stored: an array, a third smaller than an object with names. */
type StoredEntry = [path: string, size: number, mtimeMs: number, ino: number, key?: string | null, blob?: string];

interface Index {
  readonly version: string;
  /** A SHA-256 of the salt (the salt itself is tens of kB of rule metadata; every cache file names it). */
  readonly salt: string;
  /** When the run that wrote this cache started (ms since the epoch); also the result's token. */
  readonly startedAt: number;
  readonly today: string;
  /** Files found but not readable as found (discovery problems), as they were. */
  readonly problems: string;
  /** Every file of the run in path order, when all were stamped: the whole result can be reused. */
  readonly complete: boolean;
  readonly files: readonly StoredEntry[];
}

const singleKeys = new WeakMap<InputFile, string>();

export function unitKey(files: readonly InputFile[]): string {
  const only = files.length === 1 ? files[0]! : undefined;
  const known = only && singleKeys.get(only);
  if (known) return known;
  let key: string;
  if (only) key = digestOf('sha1', `${only.path.length}:${only.path}${only.text.length}:${only.text}`, 'base64');
  else {
    // Several files (a project adapter's): hashed as they are, without joining their texts first.
    const h = createHash('sha1');
    for (const f of files) h.update(`${f.path.length}:${f.path}${f.text.length}:`).update(f.text);
    key = h.digest('base64');
  }
  if (only) singleKeys.set(only, key);
  return key;
}

/** What the run hands back to be saved. */
export interface RunRecord {
  readonly today: string;
  readonly problems: string;
  /** Every file's stamp in path order, or undefined when some file could not be stamped. */
  readonly stamps: readonly FileStamp[] | undefined;
  /** The result to reuse when nothing changes; none for a `--base` run (its change findings depend on the base). */
  readonly result: LintResult | undefined;
}

export interface RunCache extends UnitCache {
  /**
   * The stored whole result, if every file has the metadata it had then, none was modified within the
   * racy window of that run, and the salt, the date and the discovery problems are the same.
   */
  reusableResult(today: string, problems: string, paths: readonly string[], stamp: (path: string) => FileMetadata | undefined): LintResult | undefined;
  /** Wait for the files read ahead that only a run that lints is about to need (the state, the units directory). */
  readAhead(): Promise<void>;
  /** Does the file's metadata show it unchanged since a run that cached its result (`byStat` then has it, unless a cache file is damaged)? */
  unchanged(file: string, stats: FileMetadata | undefined): boolean;
  /** The cached result of a file whose metadata shows it unchanged, without reading it. */
  byStat(file: string, stats: FileMetadata): CachedUnit | undefined;
  /** The git object id of an unchanged file's text (`unchanged`), if a `--base` run recorded it. */
  blobOf(file: string): string | undefined;
  /** Record the git object id of a file's current text, for the next `--base` run. */
  noteBlob(file: string, id: string): void;
  /** Record a file's metadata once it was read (its unit key comes from `lookup`/`store`). */
  noteStat(file: InputFile, stats: FileMetadata): void;
  /**
   * Write this run's units, result and index, on the thread pool: resolves once they are written (or
   * rejects with the first error). Nothing to write when the whole result was reused.
   */
  save(run: RunRecord): Promise<void>;
}

/** A cache file's bytes (read ahead, or now), or undefined when it cannot be read. */
function readBytes(file: string, ahead: Buffer | undefined): Buffer | undefined {
  if (ahead) return ahead;
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

function readText(file: string, ahead: Buffer | undefined): string | undefined {
  const bytes = readBytes(file, ahead);
  return bytes && textOf(bytes);
}

/** The cache files, read ahead (`prefetchRunCache`); a file that could not be read ahead is read when needed. */
export interface CacheFiles {
  readonly index?: Buffer | undefined;
  readonly result?: Buffer | undefined;
  /** Needed only when the whole result cannot be reused (`RunCache.readAhead`). */
  readonly state?: Promise<Buffer | undefined>;
  readonly directory?: Promise<Buffer | undefined>;
}

/**
 * Start reading the cache folder's files on libuv's thread pool, each in one read, so that they are
 * read while the run discovers and stats the catalog's files on the main thread (the other core).
 */
export async function prefetchRunCache(dir: string): Promise<CacheFiles> {
  // The state and the units directory are awaited only by a run that needs them.
  const state = readAhead(path.join(dir, STATE_FILE));
  const directory = readAhead(path.join(dir, UNITS_DIRECTORY_FILE));
  const [index, result] = await Promise.all([INDEX_FILE, RESULT_FILE].map((name) => readAhead(path.join(dir, name))));
  return { index, result, state, directory };
}

function readAhead(file: string): Promise<Buffer | undefined> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return Promise.resolve(undefined);
  }
  try {
    size = fstatSync(fd).size;
  } catch {
    closeSync(fd);
    return Promise.resolve(undefined);
  }
  const bytes = Buffer.allocUnsafeSlow(size);
  return new Promise((resolve) => {
    read(fd, bytes, 0, size, 0, (error, n) => {
      closeSync(fd);
      // A short read (the file changed meanwhile): read it again when it is needed.
      resolve(error || n !== size ? undefined : bytes);
    });
  });
}

/** A unit as one line of JSON (packed topic columns are typed arrays in memory, plain arrays on disk). */
function unitText(unit: UnitResult): string {
  return JSON.stringify(unit.topics.ints instanceof Int32Array ? { ...unit, topics: { ...unit.topics, ints: Array.from(unit.topics.ints) } } : unit);
}

export function openRunCache(dir: string, fullSalt: string, startedAt = Date.now(), ahead: CacheFiles = {}): RunCache {
  return new FolderRunCache(dir, digestOf('sha256', fullSalt, 'hex'), startedAt, ahead);
}

/**
 * The index of the cache folder when it is this version's and this salt's, with its entries checked;
 * none (start empty) when it is missing, corrupt, written by hand or damaged.
 */
function readIndex(dir: string, salt: string, ahead: Buffer | undefined): { index: Index | undefined; files: IndexEntry[] } {
  let index: Index | undefined;
  const indexText = readText(path.join(dir, INDEX_FILE), ahead);
  try {
    const data = indexText === undefined ? undefined : (JSON.parse(indexText) as Index);
    if (data && data.version === CACHE_VERSION && data.salt === salt && Array.isArray(data.files)) index = data;
  } catch {
    index = undefined; // corrupt: start empty
  }
  let files: IndexEntry[] = [];
  try {
    files = (index?.files ?? []).map(([p, size, mtimeMs, ino, key, blob]) => {
      if (typeof p !== 'string' || typeof size !== 'number' || typeof mtimeMs !== 'number' || typeof ino !== 'number') throw new Error('not an index entry');
      return { path: p, size, mtimeMs, ino, ...(typeof key === 'string' ? { key } : {}), ...(typeof blob === 'string' ? { blob } : {}) };
    });
  } catch {
    index = undefined; // written by hand or damaged: start empty
  }
  return { index, files };
}

/** The previous run's saved state, with the position of each unit by key. */
interface LoadedState {
  readonly saved: SavedState;
  readonly byKey: Map<string, number>;
}

/** The run cache of one cache folder, for one run (`openRunCache`). */
class FolderRunCache implements RunCache {
  private readonly dir: string;
  /** A SHA-256 of the run's salt: every cache file names it. */
  private readonly salt: string;
  private readonly startedAt: number;
  private readonly ahead: CacheFiles;
  private readonly index: Index | undefined;
  private readonly files: IndexEntry[];
  private readonly before: Map<string, IndexEntry>;
  // Opened only when a unit is first needed: a run that reuses the whole result never reads it.
  private units: UnitsFile | undefined;
  private aheadState: Buffer | undefined;
  private aheadDirectory: Buffer | undefined;
  // The keys of the units this run used, and the JSON of those linted this run (to be written).
  private readonly used = new Set<string>();
  private readonly added = new Map<string, string>();
  private readonly keys = new Map<string, string>();
  // Git object ids of current texts: noted by a --base run, carried over for files unchanged since.
  private readonly blobs = new Map<string, string>();
  private reused = false;
  // The previous run's state, read when first needed (null: not yet), and the units of it this run copies.
  private state: LoadedState | null | undefined = null;
  private readonly fromState = new Set<string>();
  private remembered: SavedState | undefined;

  constructor(dir: string, salt: string, startedAt: number, ahead: CacheFiles) {
    this.dir = dir;
    this.salt = salt;
    this.startedAt = startedAt;
    this.ahead = ahead;
    const { index, files } = readIndex(dir, salt, ahead.index);
    this.index = index;
    this.files = files;
    this.before = new Map(files.map((e) => [e.path, e]));
  }

  private get stateTag(): string {
    return `${CACHE_VERSION}\n${this.salt}`;
  }

  private stored(): UnitsFile {
    return (this.units ??= UnitsFile.open(path.join(this.dir, UNITS_FILE), path.join(this.dir, UNITS_DIRECTORY_FILE), JSON.stringify({ version: CACHE_VERSION, salt: this.salt }), this.aheadDirectory));
  }

  private loadState(): LoadedState | undefined {
    if (this.state !== null) return this.state;
    const bytes = readBytes(path.join(this.dir, STATE_FILE), this.aheadState);
    const saved = bytes && decodeState(bytes, this.stateTag);
    const byKey = new Map<string, number>();
    saved?.units.forEach((u, i) => u.key !== null && byKey.set(u.key, i));
    return (this.state = saved ? { saved, byKey } : undefined);
  }

  /** A unit by key: from the saved state, this run's new units or the units file (a damaged line: none). */
  private take(key: string): CachedUnit | undefined {
    const saved = this.loadState()?.byKey.get(key);
    if (saved !== undefined) {
      this.fromState.add(key);
      return { key, saved };
    }
    const text = this.added.get(key) ?? this.stored().text(key);
    if (text === undefined) return undefined;
    try {
      const unit = JSON.parse(text) as UnitResult;
      this.used.add(key);
      return { key, unit };
    } catch {
      return undefined; // a damaged line: the file is linted again
    }
  }

  async readAhead(): Promise<void> {
    [this.aheadState, this.aheadDirectory] = await Promise.all([this.ahead.state, this.ahead.directory]);
  }

  reusableResult(today: string, problems: string, paths: readonly string[], stamp: (path: string) => FileMetadata | undefined): LintResult | undefined {
    const { index, files } = this;
    if (!index || !index.complete || index.today !== today || index.problems !== problems || files.length !== paths.length) return undefined;
    for (let i = 0; i < paths.length; i++) {
      const then = files[i]!;
      if (then.path !== paths[i]) return undefined;
      const now = stamp(then.path);
      if (!now || now.size !== then.size || now.mtimeMs !== then.mtimeMs || now.ino !== then.ino || now.mtimeMs >= index.startedAt - RACY_MS) return undefined;
    }
    const text = readText(path.join(this.dir, RESULT_FILE), this.ahead.result);
    try {
      const stored = text === undefined ? undefined : (JSON.parse(text) as { startedAt: number; salt: string; result: LintResult });
      if (stored?.startedAt !== index.startedAt || stored.salt !== this.salt) return undefined;
      this.reused = true;
      return stored.result;
    } catch {
      return undefined;
    }
  }

  unchanged(p: string, st: FileMetadata | undefined): boolean {
    const e = this.before.get(p);
    const index = this.index;
    // Modified within the racy window of the run that recorded it: read and hashed this time.
    return !!(st && e?.key && index && e.size === st.size && e.mtimeMs === st.mtimeMs && e.ino === st.ino && st.mtimeMs < index.startedAt - RACY_MS);
  }

  byStat(p: string, st: FileMetadata): CachedUnit | undefined {
    if (!this.unchanged(p, st)) return undefined;
    const { key, blob } = this.before.get(p)!;
    const unit = this.take(key!);
    if (unit) {
      this.keys.set(p, key!);
      if (blob) this.blobs.set(p, blob);
    }
    return unit;
  }

  blobOf(p: string): string | undefined {
    return this.blobs.get(p);
  }

  noteBlob(p: string, id: string): void {
    this.blobs.set(p, id);
  }

  noteStat(f: InputFile): void {
    this.keys.set(f.path, unitKey([f]));
  }

  lookup(files: readonly InputFile[]): CachedUnit | undefined {
    return this.take(unitKey(files));
  }

  store(files: readonly InputFile[], unit: UnitResult): string {
    const key = unitKey(files);
    this.used.add(key);
    this.added.set(key, unitText(unit));
    return key;
  }

  saved(): SavedState | undefined {
    return this.loadState()?.saved;
  }

  remember(state: () => SavedState): void {
    // The saved state is rewritten only when it no longer fits the catalog well: units from elsewhere
    // (linted, or read from the units file) cost a little each, rewriting the state costs more.
    // (`used` holds the units taken from the units file or linted: never one copied from the state.)
    const loaded = this.loadState();
    const slack = Math.max(MIN_STATE_SLACK, (this.used.size + this.fromState.size) >> 4);
    if (!loaded || this.used.size > slack || loaded.saved.units.length - this.fromState.size > slack) this.remembered = state();
  }

  async save(run: RunRecord): Promise<void> {
    if (this.reused) return;
    const dir = this.dir;
    mkdirSync(dir, { recursive: true });
    // The cache is trusted input (SECURITY.md): keep it out of commits, as pytest and ruff do.
    const ignoreFile = path.join(dir, '.gitignore');
    if (!existsSync(ignoreFile)) writeFileSync(ignoreFile, '# Written by topiclint --cache: nothing in this folder belongs in git.\n*\n');
    // Written in the background in no particular order: each file is checked on its own when read
    // (the index and the result by their common token, the units directory by the units file's size).
    const writes = new BackgroundWrites();
    // Units copied from the state are in use too: their lines are kept when the units file is rewritten.
    this.stored().write(this.added, [...new Set([...this.used, ...this.fromState])], writes);
    if (this.remembered) writes.atomically(path.join(dir, STATE_FILE), encodeState(this.remembered, this.stateTag));
    if (run.result) writes.atomically(path.join(dir, RESULT_FILE), [`{"startedAt":${this.startedAt},"salt":${JSON.stringify(this.salt)},"result":`, JSON.stringify(run.result), '}']);
    writes.atomically(path.join(dir, INDEX_FILE), JSON.stringify(this.nextIndex(run)));
    if (!this.index) for (const legacy of LEGACY_FILES) rmSync(path.join(dir, legacy), { force: true });
    await writes.settled();
  }

  /** The index for the next run: each file's stamp, unit key and git object id. */
  private nextIndex(run: RunRecord): Index {
    const entries = (run.stamps ?? []).map((s): StoredEntry => {
      const key = this.keys.get(s.path);
      const blob = this.blobs.get(s.path);
      if (blob) return [s.path, s.size, s.mtimeMs, s.ino, key ?? null, blob];
      return key ? [s.path, s.size, s.mtimeMs, s.ino, key] : [s.path, s.size, s.mtimeMs, s.ino];
    });
    // Without a result (a --base run), the next run cannot reuse one: its units and stamps still serve.
    return { version: CACHE_VERSION, salt: this.salt, startedAt: this.startedAt, today: run.today, problems: run.problems, complete: run.stamps !== undefined && run.result !== undefined, files: entries };
  }
}
