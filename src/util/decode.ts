/** Turning file bytes into text, with a clear reason when that is not possible. Pure. */
import { Buffer, isAscii } from 'node:buffer';

export type Decoded = { ok: true; text: string } | { ok: false; reason: string; offset?: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * A Java `.properties` file is ISO-8859-1 by the format's own definition (`Properties.load(InputStream)`;
 * non-Latin characters as `\uXXXX`): one that is not valid UTF-8 is read as Latin-1, not refused
 * (issue #17, class H: a Spring `application.properties` with an accented comment).
 */
const LATIN1_FILES = /\.properties$/i;

/**
 * UTF-8 with an optional BOM (dropped); binary (NUL bytes) and invalid UTF-8 are refused with a reason,
 * except a `.properties` file (by `path`), read as Latin-1 then.
 */
export function decodeFile(bytes: Uint8Array, path?: string): Decoded {
  const probe = Math.min(bytes.length, 8000);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) {
        return { ok: false, reason: 'the file is UTF-16 encoded; save it as UTF-8' };
      }
      return { ok: false, reason: `binary content (a NUL byte at offset ${i}); not a text file` };
    }
  }
  // Most catalogs are ASCII: then each byte is a character, and decoding is a copy (UTF-8 validation
  // costs several times more).
  if (isAscii(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    if (path !== undefined && LATIN1_FILES.test(path)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1') };
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8`, offset };
  }
}

function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return b.length;
}
