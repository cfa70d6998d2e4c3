#!/usr/bin/env node
// `npm run bench`: topiclint against the parse floor and against Spectral, side by side, as ratios.
// Whole-process medians; every planted violation must be found. See docs/performance.md.
//   node bench/run.mjs [--sizes 1000,10000,100000] [--runs 3] [--no-spectral] [--quick]
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, PLANTED } from './generate.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const out = path.join(here, 'out');
mkdirSync(out, { recursive: true });
// Catalogs go outside the repository: its .gitignore (bench/out/) would hide them from discovery.
const work = path.join(os.tmpdir(), 'topiclint-bench');
mkdirSync(work, { recursive: true });

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const quick = args.includes('--quick');
const sizes = opt('sizes', quick ? '1000,10000' : '1000,10000,100000').split(',').map(Number);
const runs = Number(opt('runs', quick ? '1' : '3'));
const withSpectral = !args.includes('--no-spectral');
const hasTime = existsSync('/usr/bin/time');

if (!existsSync(path.join(root, 'dist/cli.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
const spectralBin = path.join(here, 'node_modules/.bin/spectral');
if (withSpectral && !existsSync(spectralBin)) {
  console.log('installing Spectral for the bench (bench/node_modules) ...');
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--silent'], { cwd: here, stdio: 'inherit' });
}

/** Run a command once; wall seconds and peak RSS (KiB, when /usr/bin/time exists). */
function measure(cmd, argv, cwd) {
  const t0 = process.hrtime.bigint();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', cmd, ...argv], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(cmd, argv, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const rss = hasTime ? Number((r.stderr.trim().split('\n').pop() ?? '').trim()) : NaN;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${cmd} ${argv.join(' ')} failed (${r.status}): ${r.stderr.slice(0, 2000)}`);
  return { seconds, rss, stdout: r.stdout };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timed(label, n, f) {
  const results = [];
  for (let i = 0; i < n; i++) results.push(f());
  return { label, seconds: median(results.map((r) => r.seconds)), rss: Math.max(...results.map((r) => r.rss)), last: results[results.length - 1] };
}

const node = process.execPath;
// Run inside the catalog, as a user would: paths in the report are relative to it.
const topiclint = (dir, extra = []) => measure(node, [path.join(root, 'bin/topiclint.js'), '--format', 'json', ...extra, '.'], dir);
const floor = (dir) => measure(node, [path.join(here, 'floor.mjs'), dir], root);
const spectral = (dir, ruleset) => measure(spectralBin, ['lint', '--ruleset', ruleset, '-f', 'json', '--quiet', '--fail-severity', 'error', `${dir}/**/*.yaml`], here);

function recallTopiclint(stdout, truth, dir) {
  const found = new Set(JSON.parse(stdout).findings.map((f) => `${path.relative(dir, path.resolve(dir, f.file))}:${f.line}:${f.ruleId}`));
  const missed = truth.filter((t) => !found.has(`${t.file}:${t.line}:${t.rule}`));
  return { found: truth.length - missed.length, total: truth.length, missed: missed.slice(0, 5) };
}

function recallSpectral(stdout, truth, dir) {
  let results;
  try {
    results = JSON.parse(stdout);
  } catch {
    results = [];
  }
  const found = new Set();
  for (const r of results) {
    const rule = PLANTED.find((p) => r.code === p || r.code === `${p}-strimzi` || r.message === p);
    if (!rule) continue;
    found.add(`${path.relative(dir, r.source)}:${r.range.start.line + 1}:${rule}`);
  }
  const hit = truth.filter((t) => found.has(`${t.file}:${t.line}:${t.rule}`)).length;
  return { found: hit, total: truth.length };
}

const report = { machine: { cores: (await import('node:os')).availableParallelism(), node: process.version }, sizes: {} };
const lines = [];
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

for (const size of sizes) {
  const dir = path.join(work, `catalog-${size}`);
  const { truth, files } = generate(dir, { topics: size, perFile: 10 });
  const r = { files, planted: truth.length };
  const n = size >= 100000 ? 1 : runs;
  const fl = timed('floor', n, () => floor(dir));
  const tl = timed('topiclint', n, () => topiclint(dir));
  r.floor = fl.seconds;
  r.topiclint = tl.seconds;
  r.floorRss = fl.rss;
  r.topiclintRss = tl.rss;
  r.recall = recallTopiclint(tl.last.stdout, truth, dir);
  lines.push(`\n## ${size} topics in ${files} files (${truth.length} planted violations)`);
  lines.push(`parse floor (yaml, ranges, 1 thread)   ${fl.seconds.toFixed(2)} s   ${hasTime ? `${(fl.rss / 1024).toFixed(0)} MiB` : ''}`);
  lines.push(`topiclint cold (default, 1 thread)    ${tl.seconds.toFixed(2)} s   ${ratio(tl.seconds, fl.seconds)} of floor   ${hasTime ? `${(tl.rss / 1024).toFixed(0)} MiB (${ratio(tl.rss, fl.rss)})` : ''}   found ${r.recall.found}/${r.recall.total}`);
  if (size <= 10000) {
    const warmDir = dir;
    // The cache trusts a file's metadata only if it was modified 2 s before the run that recorded it
    // (git's racy-clean rule); the catalog was just written, so wait before the priming run.
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2100);
    topiclint(warmDir, ['--cache', '--cache-location', path.join(work, `cache-${size}`)]);
    const warm = timed('warm', n, () => topiclint(warmDir, ['--cache', '--cache-location', path.join(work, `cache-${size}`)]));
    const some = path.join(dir, 'd0', readdirSync(path.join(dir, 'd0')).sort()[0]);
    let changed = { seconds: NaN };
    if (existsSync(some)) {
      // A different change before each run (median of n), each linted against the cache the run before wrote.
      changed = timed('one file changed', n, () => {
        writeFileSync(some, `${readFileSync(some, 'utf8')}\n# changed for the bench\n`);
        return topiclint(warmDir, ['--cache', '--cache-location', path.join(work, `cache-${size}`)]);
      });
    }
    r.warm = warm.seconds;
    r.warmOneChanged = changed.seconds;
    lines.push(`topiclint --cache, unchanged          ${warm.seconds.toFixed(2)} s   ${ratio(warm.seconds, fl.seconds)} of floor`);
    lines.push(`topiclint --cache, one file changed   ${changed.seconds.toFixed(2)} s   ${ratio(changed.seconds, fl.seconds)} of floor`);
  }
  if (withSpectral && size <= 10000) {
    const sch = timed('spectral schema', n, () => spectral(dir, path.join(here, 'spectral/ruleset-schema.yaml')));
    const fun = timed('spectral functions', n, () => spectral(dir, path.join(here, 'spectral/ruleset-functions.mjs')));
    r.spectralSchema = sch.seconds;
    r.spectralFunctions = fun.seconds;
    r.spectralRecall = recallSpectral(fun.last.stdout, truth, dir);
    r.spectralSchemaRecall = recallSpectral(sch.last.stdout, truth, dir);
    lines.push(`Spectral, schema ruleset              ${sch.seconds.toFixed(2)} s   ${ratio(sch.seconds, fl.seconds)} of floor   ${hasTime ? `${(sch.rss / 1024).toFixed(0)} MiB` : ''}   found ${r.spectralSchemaRecall.found}/${truth.length}`);
    lines.push(`Spectral, custom functions            ${fun.seconds.toFixed(2)} s   ${ratio(fun.seconds, fl.seconds)} of floor   ${hasTime ? `${(fun.rss / 1024).toFixed(0)} MiB` : ''}   found ${r.spectralRecall.found}/${truth.length}`);
    lines.push(`topiclint is ${ratio(fun.seconds, tl.seconds)} faster than the tuned Spectral ruleset`);
  }
  report.sizes[size] = r;
}

// A fair fight with Spectral: it lints only the first document of a multi-document file, so above it
// sees about one topic in eight. Here every file holds one document, so both tools see every topic.
if (withSpectral && sizes.includes(10000)) {
  const dir = path.join(work, 'single-10000');
  const { truth, files } = generate(dir, { topics: 10000, perFile: 1 });
  const n = runs;
  const fl = timed('floor', n, () => floor(dir));
  const tl = timed('topiclint', n, () => topiclint(dir));
  const fun = timed('spectral functions', n, () => spectral(dir, path.join(here, 'spectral/ruleset-functions.mjs')));
  const recall = recallTopiclint(tl.last.stdout, truth, dir);
  const spectralRecall = recallSpectral(fun.last.stdout, truth, dir);
  report.singleDocument = { files, planted: truth.length, floor: fl.seconds, topiclint: tl.seconds, spectralFunctions: fun.seconds, recall, spectralRecall };
  lines.push(`\n## 10000 topics, one document per file (${files} files, ${truth.length} planted violations): both tools see every topic`);
  lines.push(`parse floor (yaml, ranges, 1 thread)   ${fl.seconds.toFixed(2)} s`);
  lines.push(`topiclint cold (default, 1 thread)    ${tl.seconds.toFixed(2)} s   ${ratio(tl.seconds, fl.seconds)} of floor   found ${recall.found}/${recall.total}`);
  lines.push(`Spectral, custom functions            ${fun.seconds.toFixed(2)} s   ${ratio(fun.seconds, fl.seconds)} of floor   ${hasTime ? `${(fun.rss / 1024).toFixed(0)} MiB` : ''}   found ${spectralRecall.found}/${truth.length}`);
  lines.push(`topiclint is ${ratio(fun.seconds, tl.seconds)} faster than the tuned Spectral ruleset when both lint every topic`);
  if (recall.found !== recall.total) report.sizes.singleDocument = { recall };
}

// Start-up: a 50-topic repository, a typical pre-commit run.
{
  const dir = path.join(work, 'catalog-50');
  generate(dir, { topics: 50, perFile: 10 });
  const fl = timed('floor', 7, () => floor(dir));
  const tl = timed('topiclint', 7, () => topiclint(dir));
  report.startup = { floor: fl.seconds, topiclint: tl.seconds };
  lines.push(`\n## start-up: 50 topics\nparse floor ${fl.seconds.toFixed(3)} s, topiclint ${tl.seconds.toFixed(3)} s (${ratio(tl.seconds, fl.seconds)})`);
}

if (report.sizes[10000] && report.sizes[100000]) {
  const a = report.sizes[10000];
  const b = report.sizes[100000];
  lines.push(`\n## scaling 10k -> 100k: time ${ratio(b.topiclint, a.topiclint)} (target <= 11x); peak memory ${hasTime ? ratio(b.topiclintRss, b.floorRss) : 'n/a'} of the floor's (target <= 1.5x)`);
}

const text = `# topiclint benchmark (${new Date().toISOString().slice(0, 10)}, ${report.machine.cores} cores, Node ${report.machine.node})\n${lines.join('\n')}\n`;
writeFileSync(path.join(out, 'results.json'), JSON.stringify(report, null, 2));
writeFileSync(path.join(out, 'results.md'), text);
console.log(text);
const failedRecall = Object.values(report.sizes).some((s) => s.recall.found !== s.recall.total);
if (failedRecall) {
  console.error('topiclint missed planted violations: see bench/out/results.json');
  process.exitCode = 1;
}
