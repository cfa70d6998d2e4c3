/**
 * Output must be byte-identical whatever the number of threads and whether the cache is cold or warm.
 * Runs the built CLI (workers need the compiled worker file; `npm ci` builds it through `prepare`).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARALLEL_MIN_BYTES } from '../src/parallel/concurrency.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bin = path.join(repo, 'bin/topiclint.js');
const built = existsSync(path.join(repo, 'dist/parallel/yaml-worker.js'));
if (!built) console.warn('parallel-and-cache: dist/ not built (run `npm run build`); skipped');

function catalogFile(i: number): string {
  const docs: string[] = [];
  for (let k = 0; k < 10; k++) {
    const n = i * 10 + k;
    docs.push(
      `topic: shop.event-${n}.v1\nowner: team-${i % 5}\nclassification: internal\npartitions: 6\nreplicationFactor: ${n % 9 === 0 ? 1 : 3}\n` +
        `minInsyncReplicas: 2\nretention: P7D\ndrTier: tier-2\ncontact: oncall\ndescription: "${'padding '.repeat(30)}"\n` +
        (n % 97 === 0 ? `replicationFactr: 3\n` : ''),
    );
  }
  // every tenth file is a duplicate definition of a topic from another share of the input
  if (i % 10 === 3) docs.push('topic: shop.event-1.v1\nreplicationFactor: 3\n');
  return docs.join('---\n');
}

describe.skipIf(!built)('threads and cache give identical output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-par-'));
    mkdirSync(path.join(dir, 'kafka'));
    let bytes = 0;
    for (let i = 0; bytes < PARALLEL_MIN_BYTES * 1.5; i++) {
      const text = catalogFile(i);
      bytes += text.length;
      writeFileSync(path.join(dir, 'kafka', `t-${String(i).padStart(4, '0')}.yaml`), text);
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (...args: string[]): string => {
    try {
      // Not as in CI (`CI` set), where a cache inside the checkout is not used (test/security/hostile-pr.test.ts).
      return execFileSync(process.execPath, [bin, '--format', 'json', ...args, 'kafka'], { cwd: dir, encoding: 'utf8', env: { ...process.env, CI: '' } });
    } catch (e) {
      return (e as { stdout: string }).stdout;
    }
  };

  it('one thread and several threads', { timeout: 180_000 }, () => {
    const single = run('--concurrency', 'off');
    expect(JSON.parse(single).findings.length).toBeGreaterThan(10);
    expect(run('--concurrency', '2')).toBe(single);
    expect(run('--concurrency', '3')).toBe(single);
  });

  it('cold cache, warm cache, and after one file changed', { timeout: 180_000 }, () => {
    const fresh = run('--concurrency', 'off');
    expect(run('--cache')).toBe(fresh);
    expect(existsSync(path.join(dir, '.topiclint-cache'))).toBe(true);
    expect(run('--cache')).toBe(fresh);
    const changed = path.join(dir, 'kafka', 't-0001.yaml');
    const before = readFileSync(changed, 'utf8');
    writeFileSync(changed, before.replace('replicationFactor: 3', 'replicationFactor: 2'));
    const afterChange = run('--concurrency', 'off');
    expect(afterChange).not.toBe(fresh);
    expect(run('--cache')).toBe(afterChange);
    writeFileSync(changed, before);
  });

  it('suppressions, duplicates across files and a properties client come out the same from the cache', { timeout: 180_000 }, () => {
    // Files whose text the cache does not keep: suppression comments and cross-file positions are read again.
    writeFileSync(path.join(dir, 'kafka', 'zz-suppressed.yaml'), 'topic: shop.event-1.v1\n# topiclint-disable-next-line replication-factor -- mirrored\nreplicationFactor: 1\n');
    writeFileSync(path.join(dir, 'kafka', 'producer.properties'), 'bootstrap.servers=b:9092\nacks=1\n');
    try {
      const fresh = run('--concurrency', 'off', '--include-suppressed');
      const parsed = JSON.parse(fresh) as { findings: { ruleId: string; file: string; suppression?: unknown }[] };
      expect(parsed.findings.some((f) => f.ruleId === 'replication-factor' && f.file.endsWith('zz-suppressed.yaml') && f.suppression)).toBe(true);
      expect(parsed.findings.some((f) => f.ruleId === 'duplicate-topic' && f.file.endsWith('zz-suppressed.yaml'))).toBe(true);
      expect(parsed.findings.some((f) => f.ruleId === 'producer-acks')).toBe(true);
      expect(run('--cache', '--include-suppressed')).toBe(fresh);
      expect(run('--cache', '--include-suppressed')).toBe(fresh);
      // Another file changes: the suppressed file comes from the cache, its comment still applies.
      const other = path.join(dir, 'kafka', 't-0002.yaml');
      const before = readFileSync(other, 'utf8');
      writeFileSync(other, `${before}\n# touched\n`);
      expect(run('--cache', '--include-suppressed')).toBe(run('--concurrency', 'off', '--include-suppressed'));
      writeFileSync(other, before);
    } finally {
      rmSync(path.join(dir, 'kafka', 'zz-suppressed.yaml'));
      rmSync(path.join(dir, 'kafka', 'producer.properties'));
    }
  });

  it('a smaller --max-file-size is not answered from the cache', { timeout: 120_000 }, () => {
    const fresh = run('--concurrency', 'off');
    expect(run('--cache')).toBe(fresh);
    const limited = run('--concurrency', 'off', '--max-file-size', '2000');
    expect(limited).not.toBe(fresh);
    expect(run('--cache', '--max-file-size', '2000')).toBe(limited);
  });

  it('a corrupt cache is ignored, not an error', { timeout: 120_000 }, () => {
    const fresh = run('--concurrency', 'off');
    for (const name of ['index-v3.json', 'result-v3.json', 'units-v3.txt']) {
      writeFileSync(path.join(dir, '.topiclint-cache', name), '{ not json');
      expect(run('--cache')).toBe(fresh);
    }
  });

  it('a whole result is reused only while the config is unchanged too', { timeout: 180_000 }, () => {
    const fresh = run('--concurrency', 'off');
    expect(run('--cache')).toBe(fresh);
    for (const name of ['index-v3.json', 'result-v3.json', 'units-v3.txt']) expect(existsSync(path.join(dir, '.topiclint-cache', name)), name).toBe(true);
    // The cache's own JSON is never read as an input file.
    expect((JSON.parse(run('--concurrency', 'off', '.')) as { files: { path: string }[] }).files.some((f) => f.path.includes('.topiclint-cache'))).toBe(false);
    expect(run('--cache')).toBe(fresh);
    // A config that turns a rule off changes the result: the cached one must not be served.
    writeFileSync(path.join(dir, 'topiclint.config.yaml'), 'rules:\n  replication-factor: off\n');
    const withConfig = run('--concurrency', 'off');
    expect(withConfig).not.toBe(fresh);
    expect(run('--cache')).toBe(withConfig);
    rmSync(path.join(dir, 'topiclint.config.yaml'));
    expect(run('--cache')).toBe(fresh);
  });
});
