import crypto from 'node:crypto';

type OneShot = (algorithm: string, data: string, outputEncoding: 'hex' | 'base64') => string;
/** `crypto.hash` (Node 20.12+): no Hash object per call, 4–5x faster than `createHash` for short texts. */
const oneShot = (crypto as unknown as { hash?: OneShot }).hash;

/** The digest of a text (UTF-8), as `createHash(algorithm).update(text).digest(encoding)` gives it. */
export function digestOf(algorithm: 'sha1' | 'sha256', text: string, encoding: 'hex' | 'base64'): string {
  return oneShot ? oneShot(algorithm, text, encoding) : crypto.createHash(algorithm).update(text).digest(encoding);
}
