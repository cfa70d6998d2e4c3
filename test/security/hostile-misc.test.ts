/**
 * The remaining hostile-repository cases of issue #15 that belong to no one area:
 *  - `topiclint init` where the PR committed a dangling `topiclint.config.yaml` link: exit 2, nothing
 *    written through the link;
 *  - an unknown key quotes at most 64 characters of itself (a key is the file's own text);
 *  - very long lists in the client formats (Spring profiles, `.properties` topic lists, code) are read,
 *    not lost to V8's argument limit (`push(...items)`).
 */
import { existsSync, lstatSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const made: string[] = [];
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true });
});

function tempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

async function cli(dir: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv, env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

describe('topiclint init never writes through a committed link', () => {
  it('refuses a dangling topiclint.config.yaml link with exit 2 and writes nothing at its target', async () => {
    const dir = tempDir('topiclint-init-link-');
    const outside = tempDir('topiclint-init-outside-');
    const target = path.join(outside, 'planted.yaml');
    symlinkSync(target, path.join(dir, 'topiclint.config.yaml'));
    const r = await cli(dir, 'init');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topiclint\.config\.yaml already exists/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(target)).toBe(false);
    expect(lstatSync(path.join(dir, 'topiclint.config.yaml')).isSymbolicLink()).toBe(true);
  });
});

describe('an unknown key is quoted briefly', () => {
  it('quotes at most 64 characters of a long key in the schema message', async () => {
    const dir = tempDir('topiclint-long-key-');
    const secret = 'S3CR3T'.repeat(40);
    writeFileSync(path.join(dir, 'topics.yaml'), `topic: orders.created.v1\nreplicationFactor: 3\nx${'k'.repeat(70)}${secret}: 1\n`);
    // (json's `field` property names the key whole: it is data about a file that parsed, not a quote.)
    for (const format of ['stylish', 'github', 'compact']) {
      const r = await cli(dir, '--format', format, '.');
      expect(r.code).toBe(1);
      expect(r.stdout).toContain('Unknown key');
      expect(r.stdout).not.toContain('S3CR3T');
    }
  });
});

describe('very long lists in client formats are read, never lost', () => {
  it('a Spring file naming 130,000 profiles (past V8\'s argument limit) is linted, in linear time', async () => {
    const dir = tempDir('topiclint-spring-profiles-');
    const names = Array.from({ length: 130_000 }, (_, i) => `p${i}`).join(',');
    writeFileSync(
      path.join(dir, 'application.yml'),
      `spring:\n  config:\n    activate:\n      on-profile: ${names}\n  kafka:\n    producer:\n      acks: 1\n`,
    );
    const r = await cli(dir, '--format', 'json', '.');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { files: { path: string; status: string }[]; findings: { ruleId: string }[] };
    expect(out.files.find((f) => f.path === 'application.yml')?.status).toBe('linted');
    expect(out.findings.some((f) => f.ruleId === 'producer-acks')).toBe(true);
  });

  it('a connector .properties file with 200,000 topics is linted', async () => {
    const dir = tempDir('topiclint-props-topics-');
    const topics = Array.from({ length: 200_000 }, (_, i) => `t${i}`).join(',');
    writeFileSync(path.join(dir, 'sink.properties'), `name=sink\nconnector.class=io.confluent.connect.jdbc.JdbcSinkConnector\ntopics=${topics}\n`);
    const r = await cli(dir, '--format', 'json', '.');
    expect(r.stderr).toBe('');
    expect([0, 1]).toContain(r.code);
    const out = JSON.parse(r.stdout) as { files: { path: string; status: string }[] };
    expect(out.files.find((f) => f.path === 'sink.properties')?.status).toBe('linted');
  });
});
