/**
 * The launcher (bin/topiclint.js) as a shell pipeline uses it: a reader that stops early
 * (`topiclint | head`) closes the pipe, and the run must end quietly with its own exit code.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const bin = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../bin/topiclint.js');
const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-bin-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('bin/topiclint.js', () => {
  it('ends with the run\'s exit code and no stack trace when the reader closes the pipe early', { timeout: 60_000 }, async () => {
    mkdirSync(path.join(dir, '.git'));
    const topics = Array.from({ length: 400 }, (_, i) => `  - topic: orders.t${i}.v1\n    replicationFactor: 1\n`).join('');
    writeFileSync(path.join(dir, 'topics.yaml'), `topics:\n${topics}`);
    const child = spawn(process.execPath, [bin, '--no-base', '--format', 'json', '.'], { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    // Read the first piece of the report, then close our end, as `head -c` does.
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(1); // the findings' exit code, as if the whole report had been read
  });
});
