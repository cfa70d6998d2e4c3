/** Fingerprints and cache keys must not change with the way they are computed. */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../src/util/digest.js';

describe('digestOf', () => {
  it('gives what createHash gives, for ASCII and other texts, in hex and base64', () => {
    for (const text of ['', 'replication-factor|topic|orders.v1|replicationFactor', 'tópico ✓ 😀 \u0000 line\nbreak', 'x'.repeat(100_000)]) {
      for (const algorithm of ['sha1', 'sha256'] as const) {
        for (const encoding of ['hex', 'base64'] as const) expect(digestOf(algorithm, text, encoding)).toBe(createHash(algorithm).update(text).digest(encoding));
      }
    }
  });
});
