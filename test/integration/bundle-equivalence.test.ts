/**
 * The bin runs the bundle built by `prepare` (dist/bundle/). It must give exactly what the sources
 * give, for every kind of input: YAML formats, .properties, Spring, Terraform (WebAssembly grammar),
 * Java (java-parser) and TypeScript (typescript-estree, ts-morph), which are loaded lazily from chunks.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { json } from '../../src/formatters/json.js';
import { lint } from '../../src/lint.js';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundled = existsSync(path.join(repo, 'dist/bundle/topiclint.js'));
if (!bundled) console.warn('bundle-equivalence: dist/bundle not built (run `npm run build`); skipped');

describe.skipIf(!bundled)('the bundled CLI and the sources agree', () => {
  it('on examples/ (every reader, including the lazily loaded parsers)', { timeout: 180_000 }, async () => {
    let out: string;
    try {
      out = execFileSync(process.execPath, [path.join(repo, 'bin/topiclint.js'), '--format', 'json', '--concurrency', 'off', 'examples'], { cwd: repo, encoding: 'utf8' });
    } catch (e) {
      out = (e as { stdout: string }).stdout;
    }
    const fromBundle = JSON.parse(out) as { findings: { file: string; ruleId: string }[]; files: { path: string; status: string }[] };
    const fromSources = JSON.parse(json(await lint({ cwd: repo, paths: ['examples'], concurrency: 1 }))) as typeof fromBundle;
    // No reader failed to load in the bundle.
    expect(fromBundle.findings.filter((f) => f.ruleId === 'parse-error' && /is not a function|could not be loaded/.test(JSON.stringify(f)))).toEqual([]);
    for (const kind of ['.java', '.ts', '.tf', '.properties', 'application.yml']) {
      expect(fromBundle.files.some((f) => f.path.endsWith(kind) && f.status === 'linted') || !fromSources.files.some((f) => f.path.endsWith(kind))).toBe(true);
    }
    expect(fromBundle).toEqual(fromSources);
  });
});
