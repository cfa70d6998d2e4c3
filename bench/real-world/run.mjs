#!/usr/bin/env node
// Real-world sweep (issue #17): topiclint, with its default configuration, on public repositories
// that keep Kafka topics, clients and configs, each at a pinned commit (repos.json). Hand verdicts
// (verdicts.json) are matched to today's findings to give precision and what changed.
//
// Fetching is manual and happens on the developer's machine, never in CI: every repository is a
// bare mirror under --mirrors (see docs/real-world.md). Nothing of a repository is copied into this
// project; exported trees go to a temp folder outside it.
//
//   node bench/real-world/run.mjs [--topiclint <dir>] [--mirrors <dir>] [--work <dir>]
//        [--only <name>] [--timeout <seconds>] [--fresh] [--no-verdicts] [--list-unjudged]
// --only re-runs one repository (owner/name or name) and keeps the others' last results.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && i + 1 < args.length ? args[i + 1] : def;
};
const flag = (name) => args.includes(`--${name}`);

const topiclint = path.resolve(opt('topiclint', root));
const cli = path.join(topiclint, 'bin', 'topiclint.js');
// Mirrors: --mirrors, else $TOPICLINT_MIRRORS, else ~/.cache/topiclint-real-world/mirrors.
const mirrors = path.resolve(opt('mirrors', process.env.TOPICLINT_MIRRORS ?? path.join(os.homedir(), '.cache', 'topiclint-real-world', 'mirrors')));
const work = path.resolve(opt('work', path.join(os.tmpdir(), 'topiclint-real-world')));
const only = opt('only', undefined);
const timeoutMs = Number(opt('timeout', '120')) * 1000;
const outDir = path.join(here, 'out');

if (!existsSync(cli)) {
  console.error(`No topiclint build at ${cli}: build it first (npm ci in ${topiclint}).`);
  process.exit(2);
}
if (work === root || work.startsWith(root + path.sep)) {
  console.error(`--work must be outside the repository (${root}).`);
  process.exit(2);
}

const repos = JSON.parse(readFileSync(path.join(here, 'repos.json'), 'utf8')).repos;
const verdictsFile = path.join(here, 'verdicts.json');
const verdicts = existsSync(verdictsFile) && !flag('no-verdicts') ? JSON.parse(readFileSync(verdictsFile, 'utf8')).verdicts : [];

const git = (gitDir, ...a) => spawnSync('git', ['--git-dir', gitDir, ...a], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** The bare git directory of a mirror: <mirrors>/<owner>+<name>/repo, <mirrors>/<owner>+<name>(.git) or <mirrors>/<owner>/<name>(.git). */
function findMirror(repo) {
  const [owner, name] = repo.split('/');
  const candidates = [
    path.join(mirrors, `${owner}+${name}`, 'repo'),
    path.join(mirrors, `${owner}+${name}`),
    path.join(mirrors, `${owner}+${name}.git`),
    path.join(mirrors, owner, name),
    path.join(mirrors, owner, `${name}.git`),
  ];
  return candidates.find((c) => existsSync(path.join(c, 'HEAD')) && existsSync(path.join(c, 'objects')));
}

/** Exports the pinned commit (tar from the mirror) and makes the folder a git work tree whose index
 * is that commit (objects borrowed from the mirror), so topiclint sees tracked files as a clone would. */
function exportTree(gitDir, commit, dest) {
  const marker = path.join(dest, '.git', 'topiclint-real-world-commit');
  if (!flag('fresh') && existsSync(marker)) {
    const [c, n] = readFileSync(marker, 'utf8').trim().split(/\s+/);
    if (c === commit) return Number(n ?? 0);
  }
  rmSync(dest, { recursive: true, force: true });
  mkdirSync(dest, { recursive: true });
  // Snapshots may lack blobs (large files, Git LFS): those paths are left out of the export and counted.
  const missing = missingBlobs(gitDir, commit);
  const excludes = missing.map((m) => `:(exclude,literal)${m}`);
  const tar = spawnSync('sh', ['-c', 'd="$1"; shift; git --git-dir "$0" archive "$@" | tar -x -C "$d"', gitDir, dest, commit, '--', '.', ...excludes], { encoding: 'utf8', maxBuffer: 1 << 26 });
  if (tar.status !== 0) throw new Error(`export failed: ${tar.stderr}`);
  const run = (...a) => {
    const r = spawnSync('git', ['-C', dest, ...a], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
  };
  run('init', '-q');
  writeFileSync(path.join(dest, '.git', 'objects', 'info', 'alternates'), path.join(gitDir, 'objects') + '\n');
  run('update-ref', 'HEAD', commit);
  run('read-tree', commit);
  writeFileSync(marker, `${commit} ${missing.length}\n`);
  return missing.length;
}

/** Paths of the commit whose blobs the mirror does not have. */
function missingBlobs(gitDir, commit) {
  const ls = git(gitDir, 'ls-tree', '-r', '-z', commit);
  if (ls.status !== 0) throw new Error(`ls-tree failed: ${ls.stderr}`);
  const entries = ls.stdout.split('\0').filter(Boolean).map((e) => {
    const tab = e.indexOf('\t');
    const [, type, sha] = e.slice(0, tab).split(' ');
    return { type, sha, path: e.slice(tab + 1) };
  }).filter((e) => e.type === 'blob');
  const check = spawnSync('git', ['--git-dir', gitDir, 'cat-file', '--batch-check'], { input: entries.map((e) => e.sha).join('\n') + '\n', encoding: 'utf8', maxBuffer: 1 << 28 });
  const out = check.stdout.split('\n');
  return entries.filter((e, i) => / missing$/.test(out[i] ?? '')).map((e) => e.path);
}

const key = (repo, f) => `${repo}\u0000${f.file}\u0000${f.ruleId ?? f.rule}`;

mkdirSync(outDir, { recursive: true });
mkdirSync(work, { recursive: true });
const results = [];
const selected = repos.filter((r) => !only || r.repo === only || r.repo.split('/')[1] === only);
if (only && selected.length === 0) {
  console.error(`--only ${only}: no such repository in repos.json`);
  process.exit(2);
}
for (const r of selected) {
  const gitDir = findMirror(r.repo);
  const base = { repo: r.repo, commit: r.commit };
  if (!gitDir) {
    console.log(`SKIP ${r.repo}: no mirror under ${mirrors}. Fetch it with:\n  git clone --bare https://github.com/${r.repo} ${path.join(mirrors, r.repo.replace('/', '+'), 'repo')}`);
    results.push({ ...base, status: 'missing-mirror' });
    continue;
  }
  if (git(gitDir, 'cat-file', '-e', `${r.commit}^{commit}`).status !== 0) {
    console.log(`SKIP ${r.repo}: commit ${r.commit} is not in ${gitDir}. Update it with:\n  git --git-dir ${gitDir} fetch origin ${r.commit}`);
    results.push({ ...base, status: 'missing-commit' });
    continue;
  }
  const dest = path.join(work, r.repo.replace('/', '+'));
  let missingBlobs;
  try {
    missingBlobs = exportTree(gitDir, r.commit, dest);
  } catch (e) {
    console.log(`SKIP ${r.repo}: ${e.message}`);
    results.push({ ...base, status: 'export-failed', error: String(e.message) });
    continue;
  }
  const t0 = process.hrtime.bigint();
  // Full messages stay in topiclint's own JSON; results.json keeps 160 characters (demo-scene alone has 558,583 findings).
  const p = spawnSync(process.execPath, [cli, '--format', 'json', '.'], {
    cwd: dest,
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 1 << 30,
    env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_STEP_SUMMARY: '', CI: '' },
  });
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  if (p.error?.code === 'ETIMEDOUT' || p.signal === 'SIGTERM') {
    console.log(`TIMEOUT ${r.repo} after ${timeoutMs / 1000} s`);
    results.push({ ...base, status: 'timeout', seconds });
    continue;
  }
  let report;
  try {
    report = JSON.parse(p.stdout);
  } catch {
    console.log(`FAIL ${r.repo}: exit ${p.status}, no JSON report. stderr: ${p.stderr.slice(0, 400)}`);
    results.push({ ...base, status: 'no-report', exit: p.status, seconds, stderr: p.stderr.slice(0, 2000) });
    continue;
  }
  const byRule = {};
  for (const f of report.findings) {
    byRule[f.ruleId] ??= { error: 0, warning: 0, note: 0 };
    byRule[f.ruleId][f.level] = (byRule[f.ruleId][f.level] ?? 0) + 1;
  }
  const formats = {};
  for (const f of report.files ?? []) for (const fm of f.formats ?? []) formats[fm] = (formats[fm] ?? 0) + 1;
  const res = {
    ...base,
    status: 'ok',
    exit: p.status,
    missingBlobs,
    seconds: Math.round(seconds * 100) / 100,
    summary: report.summary,
    formats,
    byRule,
    findings: report.findings.map((f) => ({
      file: f.file, line: f.line, ruleId: f.ruleId, level: f.level, entityKind: f.entityKind,
      entityName: f.entityName, message: f.message.slice(0, 160), fingerprint: f.fingerprint,
    })),
  };
  results.push(res);
  console.log(`${r.repo}: exit ${p.status}, ${res.seconds} s, ${report.summary.filesLinted} files linted, ${report.findings.length} findings${missingBlobs ? ` (${missingBlobs} files absent from the mirror, not exported)` : ''}`);
}

// With --only, the other repositories' results of the previous run are kept (out/results.json).
if (only && existsSync(path.join(outDir, 'results.json'))) {
  const prev = JSON.parse(readFileSync(path.join(outDir, 'results.json'), 'utf8')).results ?? [];
  const mine = new Map(results.map((x) => [x.repo, x]));
  const merged = repos.map((r) => mine.get(r.repo) ?? prev.find((x) => x.repo === r.repo && x.commit === r.commit)).filter(Boolean);
  results.splice(0, results.length, ...merged);
}

// Verdicts: matched by repo + file + rule + line (nearest line within 5 when the line moved), message ignored.
const current = new Map();
for (const res of results) if (res.status === 'ok') for (const f of res.findings) {
  const k = key(res.repo, f);
  if (!current.has(k)) current.set(k, []);
  current.get(k).push(f);
}
const sweptRepos = new Set(results.filter((x) => x.status === 'ok').map((x) => x.repo));
const matched = new Set();
const verdictRows = [];
for (const v of verdicts) {
  if (!sweptRepos.has(v.repo)) continue;
  const cands = (current.get(key(v.repo, v)) ?? []).filter((f) => !matched.has(f));
  let best;
  for (const f of cands) {
    const d = Math.abs(f.line - v.line);
    if (d <= 5 && (!best || d < Math.abs(best.line - v.line))) best = f;
  }
  if (best) matched.add(best);
  verdictRows.push({ ...v, present: Boolean(best), currentLine: best?.line, currentLevel: best?.level });
}
const present = verdictRows.filter((v) => v.present);
const count = (rows, verdict) => rows.filter((v) => v.verdict === verdict).length;
const judged = present.length;
const trueN = count(present, 'true');
const precision = judged ? trueN / judged : NaN;
const goneTrue = verdictRows.filter((v) => !v.present && v.verdict === 'true');
const goneFalse = verdictRows.filter((v) => !v.present && v.verdict !== 'true');
const classes = {};
for (const v of present) if (v.verdict !== 'true' && v.class) classes[v.class] = (classes[v.class] ?? 0) + 1;
const unjudged = [];
for (const res of results) if (res.status === 'ok') for (const f of res.findings) if (!matched.has(f)) unjudged.push({ repo: res.repo, ...f });

const totalFindings = results.reduce((n, x) => n + (x.findings?.length ?? 0), 0);
const summary = {
  topiclint: { dir: topiclint, commit: spawnSync('git', ['-C', topiclint, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).stdout.trim() },
  date: new Date().toISOString(),
  repos: results.length,
  swept: sweptRepos.size,
  findings: totalFindings,
  verdicts: { judgedPresent: judged, true: trueN, false: count(present, 'false'), debatable: count(present, 'debatable'), precision, falseByClass: classes, judgedTrueGone: goneTrue.length, judgedFalseGone: goneFalse.length, unjudged: unjudged.length },
};
writeFileSync(path.join(outDir, 'results.json'), JSON.stringify({ summary, results, verdicts: verdictRows }));

// Markdown table.
const cell = (byRule) => Object.entries(byRule).sort((a, b) => a[0].localeCompare(b[0]))
  .map(([rule, l]) => `${rule} ${[l.error && `${l.error}e`, l.warning && `${l.warning}w`, l.note && `${l.note}n`].filter(Boolean).join('/')}`).join(', ');
const lines = [
  `Sweep of ${summary.date}, topiclint ${summary.topiclint.commit.slice(0, 12)}: ${summary.swept}/${summary.repos} repositories, ${totalFindings} findings.`,
  '',
  '| repository | commit | exit | time (s) | files linted | errors | warnings | notes | findings by rule (e/w/n) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
];
for (const x of results) {
  if (x.status !== 'ok') { lines.push(`| ${x.repo} | ${x.commit.slice(0, 12)} | ${x.status} | ${x.seconds?.toFixed?.(1) ?? ''} | | | | | |`); continue; }
  lines.push(`| ${x.repo} | ${x.commit.slice(0, 12)} | ${x.exit} | ${x.seconds.toFixed(1)} | ${x.summary.filesLinted} | ${x.summary.errors} | ${x.summary.warnings} | ${x.summary.notes} | ${cell(x.byRule)} |`);
}
const allRules = {};
for (const x of results) for (const [rule, l] of Object.entries(x.byRule ?? {})) {
  allRules[rule] ??= { error: 0, warning: 0, note: 0, repos: 0 };
  for (const k of ['error', 'warning', 'note']) allRules[rule][k] += l[k] ?? 0;
  allRules[rule].repos++;
}
lines.push('', '| rule | errors | warnings | notes | repositories |', '| --- | --- | --- | --- | --- |');
for (const [rule, l] of Object.entries(allRules).sort((a, b) => (b[1].error + b[1].warning + b[1].note) - (a[1].error + a[1].warning + a[1].note)))
  lines.push(`| ${rule} | ${l.error} | ${l.warning} | ${l.note} | ${l.repos} |`);
if (verdictRows.length) {
  lines.push('', `Judged findings still reported: ${judged}; true ${trueN}, false ${count(present, 'false')}, debatable ${count(present, 'debatable')}; precision ${judged ? (100 * precision).toFixed(1) + '%' : 'n/a'} (debatable counted false). Judged true findings gone: ${goneTrue.length}; judged false or debatable gone: ${goneFalse.length}.`);
  lines.push('', '| class | false | debatable |', '| --- | --- | --- |');
  const cls = {};
  for (const v of present) if (v.verdict !== 'true') { const c = v.class ?? '-'; cls[c] ??= { false: 0, debatable: 0 }; cls[c][v.verdict]++; }
  for (const [c, n] of Object.entries(cls).sort()) lines.push(`| ${c} | ${n.false} | ${n.debatable} |`);
  lines.push('', '| rule | judged | true | false | debatable | precision |', '| --- | --- | --- | --- | --- | --- |');
  const per = {};
  for (const v of present) { per[v.rule] ??= { true: 0, false: 0, debatable: 0 }; per[v.rule][v.verdict]++; }
  for (const [rule, n] of Object.entries(per).sort((a, b) => a[0].localeCompare(b[0]))) {
    const j = n.true + n.false + n.debatable;
    lines.push(`| ${rule} | ${j} | ${n.true} | ${n.false} | ${n.debatable} | ${Math.round((100 * n.true) / j)}% |`);
  }
}
writeFileSync(path.join(outDir, 'results.md'), lines.join('\n') + '\n');

console.log(`\n${summary.swept} of ${summary.repos} repositories swept, ${totalFindings} findings; table in ${path.relative(process.cwd(), path.join(outDir, 'results.md'))}`);
const notSwept = results.filter((x) => x.status !== 'ok');
if (notSwept.length) console.log(`Not swept: ${notSwept.map((x) => `${x.repo} (${x.status})`).join(', ')}`);
const unchecked = verdicts.filter((v) => !sweptRepos.has(v.repo)).length;
if (unchecked) console.log(`Verdicts not checked (repository not swept this run): ${unchecked}`);
if (verdicts.length) {
  console.log(`Judged findings still reported: ${judged} — true ${trueN}, false ${count(present, 'false')}, debatable ${count(present, 'debatable')}`);
  console.log(`Precision (true / judged, debatable counted false): ${judged ? (100 * precision).toFixed(1) + '%' : 'n/a'}`);
  console.log(`False or debatable by class: ${Object.entries(classes).sort().map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  console.log(`Judged false/debatable findings gone: ${goneFalse.length}`);
  console.log(`Judged TRUE findings gone (regressions unless the file changed): ${goneTrue.length}`);
  for (const v of goneTrue) console.log(`  - ${v.repo} ${v.file}:${v.line} ${v.rule}`);
  console.log(`New or unjudged findings: ${unjudged.length} (--list-unjudged prints them)`);
  if (flag('list-unjudged')) for (const f of unjudged) console.log(`  - ${f.repo} ${f.file}:${f.line} ${f.ruleId} ${f.level}`);
}
