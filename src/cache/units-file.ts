/**
 * `units-v3.txt` of the `--cache` folder: a header line naming the version and salt, then one line per
 * unit: its key, a space, its result as JSON. Lines are appended; the last line of a key wins.
 *
 * Beside it, `units-v3.dir.json` lists where each line is and the file's size when it was written. When
 * the file still has that size, a unit is read alone, by position, instead of reading the whole file
 * (after one file changes, a run reads one line, not megabytes). A line read by position is checked
 * (its key, its end); one that does not check out, or a file of another size, falls back to reading the
 * whole file, which is how it was done before and what the directory only speeds up.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { BackgroundWrites } from './background-writes.js';
import { textOf } from './bytes.js';

export const UNITS_FILE = 'units-v3.txt';
export const UNITS_DIRECTORY_FILE = 'units-v3.dir.json';

interface Range {
  /** Where the unit's JSON starts (after the key and its space) and ends (at the newline). */
  readonly start: number;
  readonly end: number;
}

interface Directory {
  readonly header: string;
  readonly size: number;
  readonly lines: number;
  readonly keys: readonly string[];
  /** Start and end of each key's JSON, in pairs. */
  readonly spans: readonly number[];
}

/** Lines read by position before the whole file is read instead (one read beats many small ones). */
const MAX_POSITIONED_READS = 32;

export class UnitsFile {
  /** The whole file, once read (not in directory mode until needed). */
  private bytes: Buffer | undefined;
  private ranges = new Map<string, Range>();
  private lines = 0;
  private size = 0;
  /** The file has the expected header and ends with a complete line: new lines can be appended. */
  private appendable = false;
  private positionedReads = 0;

  private constructor(
    private readonly file: string,
    private readonly directoryFile: string,
    private readonly header: string,
  ) {}

  /**
   * Never throws: a missing or foreign file is an empty one (rewritten at the first `write`).
   * `directory`: the directory file's bytes if already read.
   */
  static open(file: string, directoryFile: string, header: string, directory?: Buffer): UnitsFile {
    const units = new UnitsFile(file, directoryFile, header);
    if (!units.openWithDirectory(directory)) units.loadWhole();
    return units;
  }

  private openWithDirectory(bytes: Buffer | undefined): boolean {
    try {
      const dir = JSON.parse(textOf(bytes ?? readFileSync(this.directoryFile))) as Directory;
      if (dir.header !== this.header || !Array.isArray(dir.keys) || !Array.isArray(dir.spans) || dir.spans.length !== 2 * dir.keys.length) return false;
      const size = statSync(this.file).size;
      if (size !== dir.size) return false; // written since, or cut short: read it all
      dir.keys.forEach((key, i) => this.ranges.set(key, { start: dir.spans[2 * i]!, end: dir.spans[2 * i + 1]! }));
      this.lines = dir.lines;
      this.size = size;
      this.appendable = true;
      return true;
    } catch {
      return false;
    }
  }

  private loadWhole(): void {
    this.ranges = new Map();
    this.lines = 0;
    this.appendable = false;
    let bytes: Buffer;
    try {
      bytes = readFileSync(this.file);
    } catch {
      this.bytes = Buffer.alloc(0);
      this.size = 0;
      return;
    }
    this.bytes = bytes;
    this.size = bytes.length;
    const head = Buffer.from(`${this.header}\n`);
    if (!bytes.subarray(0, head.length).equals(head)) return;
    for (let start = head.length; start < bytes.length; ) {
      const end = bytes.indexOf(0x0a, start);
      if (end < 0) break; // an unfinished last line (an interrupted append): ended before appending
      const space = bytes.indexOf(0x20, start);
      if (space > start && space < end) this.ranges.set(bytes.toString('latin1', start, space), { start: space + 1, end });
      this.lines++;
      start = end + 1;
    }
    // After an interrupted append the file ends mid-line: it is rewritten rather than appended to.
    this.appendable = bytes[bytes.length - 1] === 0x0a;
  }

  /** Whether the whole file has been read (rather than single lines by position, through the directory). */
  get readWhole(): boolean {
    return this.bytes !== undefined;
  }

  /** The unit's JSON, or undefined when there is none or its line is damaged. */
  text(key: string): string | undefined {
    const r = this.ranges.get(key);
    if (!r) return undefined;
    if (!this.bytes && ++this.positionedReads > MAX_POSITIONED_READS) this.loadWhole();
    if (this.bytes) return this.bytes.length >= r.end ? textOf(this.bytes, r.start, r.end) : undefined;
    const line = this.readLine(key, r);
    if (line) return textOf(line, key.length + 1, line.length - 1);
    // Not what the directory said: trust only the file itself from now on.
    this.loadWhole();
    return this.text(key);
  }

  /** The key's whole line (key, space, JSON, newline), read by position; undefined unless it checks out. */
  private readLine(key: string, r: Range): Buffer | undefined {
    const from = r.start - key.length - 1;
    const line = Buffer.allocUnsafe(r.end + 1 - from);
    let fd: number | undefined;
    try {
      fd = openSync(this.file, 'r');
      if (readSync(fd, line, 0, line.length, from) !== line.length) return undefined;
    } catch {
      return undefined;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
    return line.toString('latin1', 0, key.length + 1) === `${key} ` && line[line.length - 1] === 0x0a ? line : undefined;
  }

  /**
   * Write this run's units: `added` lines are appended, or, when the file holds more than twice the
   * units in use (or is not ours), it is rewritten with only the units `inUse` (their lines as they
   * were) and the added ones. Then the directory is written.
   */
  write(added: ReadonlyMap<string, string>, inUse: readonly string[], writes: BackgroundWrites): void {
    const rewrite = !this.appendable || this.lines > 2 * inUse.length + 64;
    if (rewrite) {
      if (!this.bytes) this.loadWhole();
      const pieces: Buffer[] = [Buffer.from(`${this.header}\n`)];
      const ranges = new Map<string, Range>();
      let size = pieces[0]!.length;
      const put = (key: string, line: Buffer) => {
        pieces.push(line);
        ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
      };
      for (const key of inUse) {
        const json = added.get(key);
        const r = this.ranges.get(key);
        if (json !== undefined) put(key, Buffer.from(`${key} ${json}\n`));
        else if (r && this.bytes && this.bytes.length > r.end) put(key, this.bytes.subarray(r.start - key.length - 1, r.end + 1));
      }
      writes.atomically(this.file, pieces);
      this.bytes = undefined;
      this.ranges = ranges;
      this.lines = ranges.size;
      this.size = size;
    } else if (added.size) {
      const pieces: Buffer[] = [];
      let size = this.size;
      for (const [key, json] of added) {
        const line = Buffer.from(`${key} ${json}\n`);
        pieces.push(line);
        this.ranges.set(key, { start: size + key.length + 1, end: size + line.length - 1 });
        size += line.length;
        this.lines++;
      }
      writes.append(this.file, pieces);
      this.size = size;
      this.bytes = undefined;
    } else return;
    this.appendable = true;
    const keys = [...this.ranges.keys()];
    const spans: number[] = [];
    for (const key of keys) {
      const r = this.ranges.get(key)!;
      spans.push(r.start, r.end);
    }
    const dir: Directory = { header: this.header, size: this.size, lines: this.lines, keys, spans };
    writes.atomically(this.directoryFile, JSON.stringify(dir));
  }
}
