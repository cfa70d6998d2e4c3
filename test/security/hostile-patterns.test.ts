/**
 * Patterns a hostile pull request controls run in time linear in their input (issue #15, part B).
 * Each case builds the repository an attacker could hand us, in a temp folder: the pattern that makes
 * a backtracking engine explode (`(a+)+$`, `**\/*a*a*a*a*a*a*a*b`, `*a*a*a*a*a*b`) and the long name
 * it explodes on, sized so that the code before the fix took more than 10 s (measured against it: 10 to 87 s each).
 * Each run through the CLI must finish in well under a second, exit 0/1/2 with no stack trace, and
 * still give the right findings. Regular expressions RE2 cannot run in linear time (lookaround,
 * backreferences) are a config error at the pattern's line and column.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';
import { boundedEditDistance, didYouMean, editDistance } from '../../src/util/did-you-mean.js';
import { compilePattern } from '../../src/sources/common/ownership.js';
import { compileGlob } from '../../src/util/glob.js';
import { wildcardMatch } from '../../src/util/wildcard.js';

const t = (...lines: string[]) => `${lines.join('\n')}\n`;
const A = (n: number) => 'a'.repeat(n);

/** A topic the default rules accept, so that only the case's own findings show. */
const GOOD_TOPIC = t('topic: orders.created.v1', 'owner: team-orders', 'classification: internal', 'partitions: 6', 'replicationFactor: 3', 'minInsyncReplicas: 2', 'retention: P7D', 'drTier: tier-2', 'contact: oncall');
/** A topic named `aaaa…a!`: `(a+)+$` fails on it only after trying every way to split the a's. */
const evilTopic = (n: number) => t(`topic: ${A(n)}!`, 'owner: team-orders', 'classification: internal', 'partitions: 6', 'replicationFactor: 3', 'minInsyncReplicas: 2', 'retention: P7D');

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function repo(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-patterns-'));
  dirs.push(dir);
  mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

interface Finding {
  ruleId: string;
  message: string;
  file: string;
  line: number;
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
  ms: number;
  findings: Finding[];
}

/** One CLI run (json output), timed; never a stack trace or an internal error, whatever happened. */
async function run(dir: string, ...argv: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const start = performance.now();
  const code = await runCli({ argv: ['--format', 'json', '--concurrency', 'off', ...argv, '.'], env: {}, cwd: dir, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  const ms = performance.now() - start;
  expect([0, 1, 2]).toContain(code);
  expect(stdout + stderr).not.toMatch(/internal error|\n\s+at /);
  const findings = code === 2 ? [] : (JSON.parse(stdout) as { findings: Finding[] }).findings;
  return { code, stdout, stderr, ms, findings };
}

/** Under a second, with margin for a loaded CI machine; the code before the fix took over 10 s. */
function fast(r: Run): void {
  expect(r.ms, `the run took ${Math.round(r.ms)} ms`).toBeLessThan(1000);
}

const ids = (r: Run) => r.findings.map((f) => f.ruleId).sort();

// The first run in a process loads every module and warms the JIT: not what these tests measure.
beforeAll(async () => {
  await run(repo({ 'topics.yaml': GOOD_TOPIC }));
});

describe('hostile patterns: regular expressions from the repository run on RE2, in linear time', () => {
  it('topic-naming `pattern: ^(a+)+$` against a long topic name', async () => {
    const r = await run(repo({ 'topiclint.config.yaml': t('rules:', '  topic-naming: [warning, { pattern: "^(a+)+$" }]'), 'topics.yaml': evilTopic(31) }));
    fast(r);
    expect(r.findings.filter((f) => f.ruleId === 'topic-naming')).toHaveLength(1);
  });

  it('a policy `matches: ^(a+)+$` and a `require.pattern` against long names', async () => {
    const policy = t(
      'rules:',
      '  acme/no-aaa:',
      '    description: No topic is all a.',
      "    match: { kind: topic, where: { name: { matches: '^(a+)+$' } } }",
      '  acme/owner-shape:',
      '    description: Owners are all a.',
      '    match: { kind: topic }',
      '    require:',
      '      properties:',
      "        owner: { pattern: '^(a+)+$' }",
    );
    const topic = evilTopic(31).replace('owner: team-orders', `owner: ${A(31)}!`);
    const r = await run(repo({ 'topiclint.config.yaml': t('policies: [./acme.yaml]'), 'acme.yaml': policy, 'topics.yaml': topic }));
    fast(r);
    expect(r.findings.filter((f) => f.ruleId.startsWith('acme/')).map((f) => f.ruleId)).toEqual(['acme/owner-shape']);
  });

  it('an override `when: { name: { matches: ^(a+)+$ } }` against a long topic name', async () => {
    const config = t('overrides:', "  - when: { name: { matches: '^(a+)+$' } }", '    rules: { topic-naming: off }');
    const r = await run(repo({ 'topiclint.config.yaml': config, 'topics.yaml': evilTopic(31) }));
    fast(r);
    expect(ids(r)).toContain('topic-naming'); // the override does not match, so the rule still reports
  });

  it('lookahead, lookbehind and backreferences are config errors at the pattern, saying why', async () => {
    const config = t('policies: [./acme.yaml]', 'rules:', '  topic-naming: [warning, { pattern: "^(?=orders)[a-z.]+$" }]');
    const policy = t(
      'rules:',
      '  acme/a:',
      '    description: Backreference.',
      "    match: { kind: topic, where: { name: { matches: '^(a)\\1$' } } }",
      '  acme/b:',
      '    description: Lookbehind.',
      '    match: { kind: topic }',
      '    require:',
      '      properties:',
      "        owner: { pattern: '(?<!x)y' }",
    );
    const r = await run(repo({ 'topiclint.config.yaml': config, 'acme.yaml': policy, 'topics.yaml': GOOD_TOPIC }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topiclint\.config\.yaml:3:\d+: .*`pattern` pattern uses a lookahead `\(\?=…\)`, which is not supported: .*linear time/);
    expect(r.stderr).toMatch(/acme\.yaml:4:\d+: .*`matches`.*uses a backreference `\\1`/);
    expect(r.stderr).toMatch(/acme\.yaml:10:\d+: `require`: the pattern `\(\?<!x\)y` uses a lookbehind/);
  });

  it('ordinary patterns keep working: JavaScript escapes, named groups, the shipped DLQ policy', async () => {
    const config = t('policies: [./acme.yaml, ./dlq.yaml]', 'rules:', '  topic-naming: [warning, { pattern: "^(?<domain>[a-z]+)\\\\.[a-z-]+\\\\.v\\\\d+$" }]');
    const policy = t('rules:', '  acme/dlq-short:', '    description: DLQs keep a week at most.', "    match: { kind: topic, where: { name: { matches: '\\u002edlq$' } } }", '    require: { properties: { retention: { maximum: P7D } } }');
    const dlq = readShipped('policies/examples/dlq-naming.yaml');
    const topics = t('topic: orders.created.v1', '---', 'topic: Orders_Bad', '---', 'topic: orders.created.v1.dlq', 'retention: P30D', '---', 'consumerGroup: orders-app', 'topics: [orders.created.v1]', 'dlq: orders-dlq');
    const r = await run(repo({ 'topiclint.config.yaml': config, 'acme.yaml': policy, 'dlq.yaml': dlq, 'topics.yaml': topics }));
    expect(r.stderr).toBe('');
    const naming = r.findings.filter((f) => f.ruleId === 'topic-naming').map((f) => f.line);
    expect(naming).toEqual([3, 5]); // Orders_Bad, and orders.created.v1.dlq (the custom pattern has no .dlq)
    expect(r.findings.filter((f) => f.ruleId === 'acme/dlq-short').map((f) => f.line)).toEqual([6]); // at its retention
    expect(r.findings.filter((f) => f.ruleId === 'acme/dlq-naming').map((f) => f.line)).toEqual([10]);
  });
});

/** A file shipped with topiclint (a preset policy), by its path in the repository. */
function readShipped(rel: string): string {
  return readFileSync(path.join(import.meta.dirname, '../..', rel), 'utf8');
}

describe('hostile patterns: globs from the repository run in linear time', () => {
  const EVIL_GLOB = `**/${'*a'.repeat(7)}*b`;
  const longFile = `x/${A(65)}.yaml`;

  it('`exclude` and `include` globs against a long path', async () => {
    const config = t('include:', `  - "${EVIL_GLOB}"`, '  - "**/*.yaml"', 'exclude:', `  - "${EVIL_GLOB}"`);
    const r = await run(repo({ 'topiclint.config.yaml': config, [longFile]: GOOD_TOPIC }));
    fast(r);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: { path: string }) => f.path)).toContain(longFile);
  });

  it('override `files`/`excludedFiles` and a waiver target against a long path', async () => {
    const config = t(
      'overrides:',
      `  - files: ["${EVIL_GLOB}"]`,
      `    excludedFiles: ["${EVIL_GLOB}"]`,
      '    rules: { topic-naming: off }',
      'waivers:',
      '  - rule: topic-naming',
      `    target: "${EVIL_GLOB}"`,
      '    reason: hostile',
      '    approvedBy: nobody',
      '    expires: 2999-01-01',
    );
    const r = await run(repo({ 'topiclint.config.yaml': config, [longFile]: GOOD_TOPIC.replace('orders.created.v1', 'Bad_Name') }));
    fast(r);
    expect(ids(r)).toEqual(['topic-naming', 'unused-suppression']); // neither glob matched
  });

  it('the `!(…)` extglob is refused with a config error at the glob', async () => {
    const r = await run(repo({ 'topiclint.config.yaml': t('exclude:', '  - "kafka/!(orders)/*.yaml"'), 'topics.yaml': GOOD_TOPIC }));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/topiclint\.config\.yaml:2:5: The glob `kafka\/!\(orders\)\/\*\.yaml` uses the negated extglob `!\(…\)`, which is not supported: .*linear time/);
  });

  it('means what picomatch meant with { dot: true } on the documented syntax', () => {
    const globs = ['kafka/a.yaml', './kafka/a.yaml', '!kafka/a.yaml', 'kafka/**', '**', '*.yaml', '**/*.yaml', 'a/**/b', 'a**b', 'a/*', '{a,b}/c', 'a{,x}', '{1..3}', '[a-c]x', '[^a]x', '[[:alpha:]]', '@(a|b)', '!a', '+(a)', 'a\\*', './a', 'a?c', '(a|b)', 'a|b', '$a^', 'a+', '.*', 'x/**/**/y', 'kafka/**/*.{yaml,yml}', '**/.github/**', '*(a)b', '?(a)b', '{a,b}{c,d}', '{a..c}x', 'a/{b,c/{d,e}}/f'];
    const paths = ['kafka', 'kafka/a.yaml', 'kafka/a/b.yaml', 'a/b', 'a.yaml', '.x.yaml', 'b/c', 'a', 'ax', 'x/y', '2', 'bx', 'b', 'aaa', 'a*', 'a/c', 'abc', '$a^', 'a+', '.x', 'x/a/y', 'kafka/t.yml', '.github/w.yml', 'x/.github/a', 'aab', 'ab', 'ad', 'bd', 'cx', 'a/c/d/f', 'a/b/f', 'a/c/f', 'a|b'];
    for (const g of globs) {
      const ours = compileGlob(g);
      if (!('match' in ours)) throw new Error(`${g}: ${ours.problem}`);
      const theirs = picomatch(g, { dot: true });
      for (const p of paths) expect(ours.match(p), `${g} on ${p}`).toBe(theirs(p));
    }
  });
});

describe('hostile patterns: with no config at all', () => {
  it('a consumer group topic wildcard `*a*a*a*a*a*b` against long topic names', async () => {
    const topics = t(`topic: ${A(115)}`, '---', 'topic: orders.created.v1', '---', 'consumerGroup: g', `topics: ["${'*a'.repeat(5)}*b", "orders.*.v1"]`);
    const r = await run(repo({ 'topics.yaml': topics }));
    fast(r);
    const unknown = r.findings.filter((f) => f.ruleId === 'unknown-topic');
    expect(unknown.map((f) => f.message)).toEqual([expect.stringContaining('*a*a*a*a*a*b')]); // orders.*.v1 matched
  });

  it('a CODEOWNERS pattern `*a*a*a*a*a*b` against a long file name', async () => {
    const name = `${A(110)}.yaml`;
    // The last matching line wins, so the hostile line comes last: it is tried first, on every file.
    const codeowners = t(`/${name} @acme/orders`, `${'*a'.repeat(5)}*b @evil`);
    const r = await run(repo({ '.github/CODEOWNERS': codeowners, [name]: GOOD_TOPIC.replace('owner: team-orders\n', '') }));
    fast(r);
    expect(ids(r)).not.toContain('ownership-metadata'); // the owner came from CODEOWNERS
  });
});

describe('hostile patterns: the wildcard matcher means what the regular expressions meant', () => {
  let seed = 11;
  const random = (n: number) => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
  const pick = (alphabet: readonly string[], max: number) => Array.from({ length: random(max + 1) }, () => alphabet[random(alphabet.length)]).join('');

  /** The CODEOWNERS regular expression topiclint used before (src/sources/ownership.ts), as the reference. */
  function codeownersRegex(pattern: string): ((p: string) => boolean) | undefined {
    let p = pattern.trim();
    if (p === '' || /[[\]]/.test(p)) return undefined;
    let anchored = p.startsWith('/');
    if (anchored) p = p.slice(1);
    const dirOnly = p.endsWith('/');
    if (dirOnly) p = p.replace(/\/+$/, '');
    if (p === '') return () => true;
    if (p.includes('/')) anchored = true;
    const segments = p.split('/');
    let body = '';
    segments.forEach((seg, i) => {
      const last = i === segments.length - 1;
      if (seg === '**') body += last ? '.*' : '(?:[^/]+/)*';
      else body += seg.replace(/[.+^${}()|\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]') + (last ? '' : '/');
    });
    const lastSeg = segments[segments.length - 1]!;
    const suffix = dirOnly ? '/.+$' : lastSeg === '*' || lastSeg === '**' ? '$' : '(?:/.+)?$';
    const re = new RegExp((anchored ? '^' : '^(?:[^/]+/)*') + body + suffix);
    return (path) => re.test(path.replace(/^\.\//, '').replace(/^\/+/, ''));
  }

  it('CODEOWNERS patterns, on 20,000 generated pattern and path pairs', () => {
    for (let n = 0; n < 20_000; n++) {
      const pattern = pick(['a', 'b', '.', '*', '?', '/', '**', '**/', '/'], 6);
      const file = pick(['a', 'b', '.', 'ab'], 3) + pick(['/a', '/b', '/ab', '/.', '/a.b'], 4);
      const expected = codeownersRegex(pattern);
      const actual = compilePattern(pattern);
      expect(actual === undefined, pattern).toBe(expected === undefined);
      if (expected && actual) expect(actual(file), `${JSON.stringify(pattern)} on ${file}`).toBe(expected(file));
    }
  });

  it('consumer-group topic wildcards, on 20,000 generated pairs', () => {
    for (let n = 0; n < 20_000; n++) {
      const pattern = pick(['a', 'b', '.', '*', '?', '+'], 6);
      const topic = pick(['a', 'b', '.', '?', '+'], 6);
      const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
      expect(wildcardMatch(pattern, topic), `${pattern} on ${topic}`).toBe(re.test(topic));
    }
  });
});

describe('hostile patterns: did-you-mean on long names', () => {
  it('an unknown topic of 60,000 characters beside a topic of 60,000', async () => {
    const topics = t(`topic: ${A(60_000)}`, '---', 'consumerGroup: g', `topics: ["${A(59_999)}b"]`, '---', 'consumerGroup: h', 'topics: [orders.creatd.v1]', '---', 'topic: orders.created.v1');
    const r = await run(repo({ 'topics.yaml': topics }));
    fast(r);
    const messages = r.findings.filter((f) => f.ruleId === 'unknown-topic').map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages.some((m) => m.includes('Did you mean "orders.created.v1"?'))).toBe(true); // short names still get one
  });

  it('2,000 unknown topic names against 2,000 topics: bounded work, later findings without a suggestion', async () => {
    const topics = Array.from({ length: 2000 }, (_, i) => `topic: domain${i % 97}.event-name-${i}.v1`);
    const groups = Array.from({ length: 2000 }, (_, i) => `consumerGroup: g${i}\ntopics: [domain${i % 89}.evnt-nme-${i * 7}.v2]`);
    const r = await run(repo({ 'topics.yaml': t([...topics, ...groups].join('\n---\n')) }));
    fast(r);
    const unknown = r.findings.filter((f) => f.ruleId === 'unknown-topic');
    expect(unknown).toHaveLength(2000);
    expect(unknown.filter((f) => f.message.includes('Did you mean')).length).toBeGreaterThan(10);
  });

  it('the bounded edit distance is the edit distance wherever it is within the bound', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const word = () => Array.from({ length: Math.floor(random() * 10) }, () => 'abc'[Math.floor(random() * 3)]).join('');
    for (let n = 0; n < 3000; n++) {
      const [a, b, max] = [word(), word(), Math.floor(random() * 5)];
      const d = editDistance(a, b);
      expect(boundedEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(d <= max ? d : max + 1);
    }
    expect(didYouMean('replicaton', ['replication', 'retention'])).toBe('replication');
    expect(didYouMean(`${A(200)}x`, [A(200)])).toBeUndefined(); // over the length cap: no suggestion
  });
});

describe('hostile patterns: suppression comments', () => {
  it('a comment naming a 3 MB rule id is read in linear time and reported truncated', async () => {
    const id = A(3_000_000);
    const r = await run(repo({ 'topics.yaml': t(`# topiclint-disable-next-line ${id}, topic-naming -- hostile`, 'topic: Bad_Name') }));
    fast(r);
    const unused = r.findings.filter((f) => f.ruleId === 'unused-suppression');
    expect(unused).toHaveLength(1);
    expect(unused[0]!.message.length).toBeLessThan(600);
    expect(unused[0]!.message).toContain(`${A(127)}…`);
    expect(ids(r)).not.toContain('topic-naming'); // the real id in the same comment still works
  });

  it('a comment naming 20,000 rule ids: one finding each, not each joining all of them', async () => {
    const list = Array.from({ length: 20_000 }, (_, i) => `r${i}`).join(',');
    const r = await run(repo({ 'topics.yaml': t(`# topiclint-disable-next-line ${list}`, 'topic: orders.created.v1') }));
    fast(r);
    expect(r.findings.filter((f) => f.ruleId === 'unused-suppression')).toHaveLength(20_000);
    const reason = r.findings.find((f) => f.ruleId === 'suppression-reason')!;
    expect(reason.message).toContain('r0, r1, r2, r3, r4 and 19995 more');
  });

  it('a file of 10,000 suppression comments is not a product of comments and findings', async () => {
    const line = '/* topiclint-disable-next-line topic-naming\n';
    const r = await run(repo({ 'topiclint.config.yaml': t('include: ["**/*.ts", "**/*.yaml"]'), 'src/producer.ts': line.repeat(10_000), 'topics.yaml': GOOD_TOPIC }));
    fast(r);
    expect(r.findings.filter((f) => f.ruleId === 'unused-suppression')).toHaveLength(10_000);
  });
});
