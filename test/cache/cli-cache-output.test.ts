/**
 * CLI output must be byte-identical whether the cache is cold or warm, after a file changed, with a
 * smaller size limit, a corrupt cache or another config. Runs the CLI from the sources, in-process
 * (`runCli`). It also compared worker threads with one thread until they were removed (issue #16).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { cacheWritesSettled } from '../../src/lint.js';

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

describe('cold and warm cache give identical output', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-par-'));
    mkdirSync(path.join(dir, 'kafka'));
    for (let i = 0; i < 40; i++) writeFileSync(path.join(dir, 'kafka', `t-${String(i).padStart(4, '0')}.yaml`), catalogFile(i));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = async (...args: string[]): Promise<string> => {
    let out = '';
    // Not as in CI (`CI` set), where a cache inside the checkout is not used (test/security/hostile-pr.test.ts).
    await runCli({ argv: ['--format', 'json', ...args, 'kafka'], env: {}, cwd: dir, stdout: (s) => (out += s), stderr: () => undefined, isTTY: false });
    await cacheWritesSettled();
    return out;
  };

  it('cold cache, warm cache, and after one file changed', async () => {
    const fresh = await run();
    expect(JSON.parse(fresh).findings.length).toBeGreaterThan(10);
    expect(await run('--cache')).toBe(fresh);
    expect(existsSync(path.join(dir, '.topiclint-cache'))).toBe(true);
    expect(await run('--cache')).toBe(fresh);
    const changed = path.join(dir, 'kafka', 't-0001.yaml');
    const before = readFileSync(changed, 'utf8');
    writeFileSync(changed, before.replace('replicationFactor: 3', 'replicationFactor: 2'));
    const afterChange = await run();
    expect(afterChange).not.toBe(fresh);
    expect(await run('--cache')).toBe(afterChange);
    writeFileSync(changed, before);
  });

  it('suppressions, duplicates across files and a properties client come out the same from the cache', async () => {
    // Files whose text the cache does not keep: suppression comments and cross-file positions are read again.
    writeFileSync(path.join(dir, 'kafka', 'zz-suppressed.yaml'), 'topic: shop.event-1.v1\n# topiclint-disable-next-line replication-factor -- mirrored\nreplicationFactor: 1\n');
    writeFileSync(path.join(dir, 'kafka', 'producer.properties'), 'bootstrap.servers=b:9092\nacks=1\n');
    try {
      const fresh = await run('--include-suppressed');
      const parsed = JSON.parse(fresh) as { findings: { ruleId: string; file: string; suppression?: unknown }[] };
      expect(parsed.findings.some((f) => f.ruleId === 'replication-factor' && f.file.endsWith('zz-suppressed.yaml') && f.suppression)).toBe(true);
      expect(parsed.findings.some((f) => f.ruleId === 'duplicate-topic' && f.file.endsWith('zz-suppressed.yaml'))).toBe(true);
      expect(parsed.findings.some((f) => f.ruleId === 'producer-acks')).toBe(true);
      expect(await run('--cache', '--include-suppressed')).toBe(fresh);
      expect(await run('--cache', '--include-suppressed')).toBe(fresh);
      // Another file changes: the suppressed file comes from the cache, its comment still applies.
      const other = path.join(dir, 'kafka', 't-0002.yaml');
      const before = readFileSync(other, 'utf8');
      writeFileSync(other, `${before}\n# touched\n`);
      expect(await run('--cache', '--include-suppressed')).toBe(await run('--include-suppressed'));
      writeFileSync(other, before);
    } finally {
      rmSync(path.join(dir, 'kafka', 'zz-suppressed.yaml'));
      rmSync(path.join(dir, 'kafka', 'producer.properties'));
    }
  });

  it('a smaller --max-file-size is not answered from the cache', async () => {
    const fresh = await run();
    expect(await run('--cache')).toBe(fresh);
    const limited = await run('--max-file-size', '2000');
    expect(limited).not.toBe(fresh);
    expect(await run('--cache', '--max-file-size', '2000')).toBe(limited);
  });

  it('a corrupt cache is ignored, not an error', async () => {
    const fresh = await run();
    for (const name of ['index-v3.json', 'result-v3.json', 'units-v3.txt']) {
      writeFileSync(path.join(dir, '.topiclint-cache', name), '{ not json');
      expect(await run('--cache')).toBe(fresh);
    }
  });

  it('a whole result is reused only while the config is unchanged too', async () => {
    const fresh = await run();
    expect(await run('--cache')).toBe(fresh);
    for (const name of ['index-v3.json', 'result-v3.json', 'units-v3.txt']) expect(existsSync(path.join(dir, '.topiclint-cache', name)), name).toBe(true);
    // The cache's own JSON is never read as an input file.
    expect((JSON.parse(await run('.')) as { files: { path: string }[] }).files.some((f) => f.path.includes('.topiclint-cache'))).toBe(false);
    expect(await run('--cache')).toBe(fresh);
    // A config that turns a rule off changes the result: the cached one must not be served.
    writeFileSync(path.join(dir, 'topiclint.config.yaml'), 'rules:\n  replication-factor: off\n');
    const withConfig = await run();
    expect(withConfig).not.toBe(fresh);
    expect(await run('--cache')).toBe(withConfig);
    rmSync(path.join(dir, 'topiclint.config.yaml'));
    expect(await run('--cache')).toBe(fresh);
  });
});
