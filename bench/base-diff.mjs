#!/usr/bin/env node
/**
 * What `--base` costs: a plain run vs a `--base` run on a generated git repository with a 10,000-topic
 * catalog (1,000 files of 10 topics) at the base and at the head, where the head changes some topics
 * (partitions, retention, deletions, a moved file). Target (issue 8): --base adds less than half of a
 * plain run. Run after `npm run build`:
 *
 *   node bench/base-diff.mjs [--topics 10000] [--runs 5] [--changed-files 20] [--keep]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const bin = path.resolve(here, '../bin/topiclint.js');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
};
const TOPICS = arg('topics', 10_000);
const RUNS = arg('runs', 5);
const CHANGED_FILES = arg('changed-files', 20);
const PER_FILE = 10;
const FILES = Math.ceil(TOPICS / PER_FILE);

// Seeded generator: the same catalog every time.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];

function topic(domain, i, variant) {
  const keyed = i % 3 === 0;
  return [
    `  - topic: ${domain}.event-${i}.v1`,
    `    owner: ${domain}-team`,
    `    classification: ${pick(['internal', 'confidential'])}`,
    ...(keyed ? [`    key: ${domain}Id`] : []),
    `    partitions: ${variant.partitions ?? 12}`,
    '    replicationFactor: 3',
    '    minInsyncReplicas: 2',
    `    cleanupPolicy: ${keyed ? 'compact' : 'delete'}`,
    `    retention: ${variant.retention ?? 'P30D'}`,
    '    schemaCompatibility: BACKWARD',
    `    drTier: tier-${1 + (i % 3)}`,
    `    contact: ${domain}-oncall`,
    '    consumerGroups: [audit-indexer]',
    '    config:',
    '      unclean.leader.election.enable: false',
  ].join('\n');
}

function file(f, changed) {
  const domain = `d${f}`;
  const topics = [];
  for (let k = 0; k < PER_FILE; k++) {
    const i = f * PER_FILE + k;
    if (i >= TOPICS) break;
    if (changed && k === 9) continue; // a deleted topic
    const variant = changed && k === 1 ? { partitions: 6 } : changed && k === 2 ? { retention: 'P7D' } : {};
    topics.push(topic(domain, i, variant));
  }
  return `# generated catalog ${f}\ntopics:\n${topics.join('\n')}\n`;
}

const git = (cwd, ...args) => execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.com', '-c', 'commit.gpgsign=false', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });

const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-base-bench-'));
try {
  git(dir, 'init', '-q');
  for (let f = 0; f < FILES; f++) {
    const p = path.join(dir, 'kafka', `d${f % 20}`, `topics-${f}.yaml`);
    mkdirSync(path.dirname(p), { recursive: true });
    writeFileSync(p, file(f, false));
  }
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'base');
  git(dir, 'checkout', '-q', '-b', 'feature');
  const step = Math.max(1, Math.floor(FILES / CHANGED_FILES));
  let changed = 0;
  for (let f = 0; f < FILES && changed < CHANGED_FILES; f += step, changed++) {
    writeFileSync(path.join(dir, 'kafka', `d${f % 20}`, `topics-${f}.yaml`), file(f, true));
  }
  // One moved file: a move, not deletions.
  git(dir, 'mv', path.join('kafka', 'd1', 'topics-1.yaml'), path.join('kafka', 'moved-topics-1.yaml'));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'head');

  // CPU time (user + system, git children included) through GNU time where it exists: steadier than
  // wall time on a busy machine.
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;
  const run = (extra) => {
    const cmd = [process.execPath, bin, '--format', 'json', ...extra, '.'];
    const t0 = process.hrtime.bigint();
    const r = timeBin
      ? spawnSync(timeBin, ['-f', 'CPU %U %S', ...cmd], { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' })
      : spawnSync(cmd[0], cmd.slice(1), { cwd: dir, maxBuffer: 1 << 30, encoding: 'utf8' });
    const ms = Number(process.hrtime.bigint() - t0) / 1e6;
    if (r.status !== 0 && r.status !== 1) throw new Error(`topiclint exited ${r.status}: ${r.stderr}`);
    const cpu = /CPU ([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? '');
    return { ms, cpu: cpu ? (Number(cpu[1]) + Number(cpu[2])) * 1000 : undefined, out: JSON.parse(r.stdout) };
  };
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

  run([]); // warm the file system cache
  const plain = [];
  const base = [];
  const plainCpu = [];
  const baseCpu = [];
  let last;
  // Interleaved, so that machine noise hits both alike.
  for (let i = 0; i < RUNS; i++) {
    const p = run([]);
    plain.push(p.ms);
    if (p.cpu !== undefined) plainCpu.push(p.cpu);
    const b = run(['--base', 'main']);
    base.push(b.ms);
    if (b.cpu !== undefined) baseCpu.push(b.cpu);
    last = b.out;
  }
  const counts = {};
  for (const f of last.findings) counts[f.ruleId] = (counts[f.ruleId] ?? 0) + 1;
  const p = median(plain);
  const b = median(base);
  const extra = (b - p) / p;
  console.log(`topics: ${TOPICS} in ${FILES} files; head changes ${changed} files (+1 moved); runs: ${RUNS} (medians, whole process)`);
  console.log(`plain run:   ${p.toFixed(0)} ms   [${plain.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`--base run:  ${b.toFixed(0)} ms   [${base.map((x) => x.toFixed(0)).join(', ')}]`);
  console.log(`--base adds: ${(extra * 100).toFixed(1)}% of a plain run, wall time (target: < 50%) ${extra < 0.5 ? 'OK' : 'MISSED'}`);
  if (plainCpu.length) {
    const pc = median(plainCpu);
    const bc = median(baseCpu);
    console.log(`CPU time:    plain ${pc.toFixed(0)} ms, --base ${bc.toFixed(0)} ms: --base adds ${(((bc - pc) / pc) * 100).toFixed(1)}%`);
  }
  console.log(`change findings: ${JSON.stringify(Object.fromEntries(Object.entries(counts).filter(([k]) => /decrease|deletion|increase|change|downgrade|enabled/.test(k))))}`);
  process.exitCode = extra < 0.5 ? 0 : 1;
} finally {
  if (process.argv.includes('--keep')) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
