/**
 * Cache files written on libuv's thread pool, each in one request, while the run goes on: the CLI
 * formats and prints the report on the main thread meanwhile (the machine's other core writes). Texts
 * are written at once, in slices (see `writeText`).
 *
 * Each file is written to a temporary file and renamed over the old one, so a reader sees the old file
 * or the new one, never half of one; appends go straight to the file (readers check what they read).
 * `settled` resolves once every write is done, or rejects with the first error.
 */
import { closeSync, openSync, renameSync, unlinkSync, writeSync, writev } from 'node:fs';

export class BackgroundWrites {
  private readonly pending: Promise<void>[] = [];

  /**
   * Replace `file` with `data`: bytes, or a text given as parts written one after the other (a text
   * joined from a long part would be copied whole, flattened, before its first slice is written).
   */
  atomically(file: string, data: string | readonly string[] | Buffer | readonly Buffer[]): void {
    const tmp = `${file}.${process.pid}.tmp`;
    const text = typeof data === 'string' ? [data] : !Buffer.isBuffer(data) && typeof data[0] === 'string' ? (data as readonly string[]) : undefined;
    this.pending.push(
      (text ? writeText(tmp, text) : writeAll(tmp, 'w', data as Buffer | readonly Buffer[])).then(
        () => renameSync(tmp, file),
        (e: unknown) => {
          try {
            unlinkSync(tmp);
          } catch {
            /* never created */
          }
          throw e;
        },
      ),
    );
  }

  /** Add `data` at the end of `file`. */
  append(file: string, data: readonly Buffer[]): void {
    this.pending.push(writeAll(file, 'a', data));
  }

  async settled(): Promise<void> {
    const results = await Promise.allSettled(this.pending.splice(0));
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
    if (failed) throw failed.reason;
  }
}

/** Text slices written at a time: each is encoded into a small buffer that is reused, not a fresh copy of the whole text. */
const TEXT_SLICE = 64 * 1024;

/**
 * A text written here, slice by slice: encoding a large text at once touches as much fresh memory as
 * the text is long, which costs more than writing it (measured: 860 kB, 6 ms in slices against 10-15 ms).
 */
function writeText(file: string, parts: readonly string[]): Promise<void> {
  try {
    const fd = openSync(file, 'w');
    try {
      for (const text of parts) {
        for (let at = 0; at < text.length; ) {
          let end = Math.min(at + TEXT_SLICE, text.length);
          // Never split a surrogate pair (each half would be written as U+FFFD).
          const last = text.charCodeAt(end - 1);
          if (end < text.length && last >= 0xd800 && last <= 0xdbff) end--;
          writeSync(fd, text.slice(at, end));
          at = end;
        }
      }
    } finally {
      closeSync(fd);
    }
    return Promise.resolve();
  } catch (e) {
    return Promise.reject(e);
  }
}

function writeAll(file: string, flags: 'w' | 'a', data: string | Buffer | readonly Buffer[]): Promise<void> {
  const buffers = typeof data === 'string' ? [Buffer.from(data)] : Buffer.isBuffer(data) ? [data] : data;
  let fd: number;
  try {
    // Opened here, so that the one request left (the write) runs while this thread is busy elsewhere;
    // a chain of requests would wait for this thread between each.
    fd = openSync(file, flags);
  } catch (e) {
    return Promise.reject(e);
  }
  return new Promise((resolve, reject) => {
    const finish = (error: unknown) => {
      try {
        closeSync(fd);
      } catch (e) {
        error ??= e;
      }
      if (error) reject(error);
      else resolve();
    };
    const rest = (list: readonly Buffer[], at: number): void => {
      // writev may write less than asked (rarely, for files): go on from where it stopped.
      let skip = at;
      const left: Buffer[] = [];
      for (const b of list) {
        if (skip >= b.length) skip -= b.length;
        else {
          left.push(skip ? b.subarray(skip) : b);
          skip = 0;
        }
      }
      if (!left.length) return finish(undefined);
      writev(fd, left, (error, written) => (error ? finish(error) : rest(left, written)));
    };
    rest(buffers, 0);
  });
}
