import { createRequire as __topiclintCreateRequire } from 'node:module'; import { fileURLToPath as __topiclintFileURLToPath } from 'node:url'; import { dirname as __topiclintDirname } from 'node:path'; const require = __topiclintCreateRequire(import.meta.url); const __filename = __topiclintFileURLToPath(import.meta.url); const __dirname = __topiclintDirname(__filename);

// src/util/decode.ts
import { Buffer, isAscii } from "node:buffer";
var utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
var LATIN1_FILES = /\.properties$/i;
function decodeFile(bytes, path) {
  const probe = Math.min(bytes.length, 8e3);
  for (let i = 0; i < probe; i++) {
    if (bytes[i] === 0) {
      if (bytes.length >= 2 && (bytes[0] === 255 && bytes[1] === 254 || bytes[0] === 254 && bytes[1] === 255)) {
        return { ok: false, reason: "the file is UTF-16 encoded; save it as UTF-8" };
      }
      return { ok: false, reason: `binary content (a NUL byte at offset ${i}); not a text file` };
    }
  }
  if (isAscii(bytes)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") };
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    if (path !== void 0 && LATIN1_FILES.test(path)) return { ok: true, text: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1") };
    const offset = firstInvalidUtf8(bytes);
    return { ok: false, reason: `not valid UTF-8 (first bad byte at offset ${offset}); save the file as UTF-8`, offset };
  }
}
function firstInvalidUtf8(b) {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 128 ? 0 : c >= 194 && c <= 223 ? 1 : c >= 224 && c <= 239 ? 2 : c >= 240 && c <= 244 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k] & 192) !== 128) return i;
    i += n + 1;
  }
  return b.length;
}

export {
  decodeFile
};
