/**
 * Linting never executes code from the repository it lints.
 *
 * 1. A hostile repository: TypeScript, JavaScript and Java files whose top-level code (or static
 *    initialiser) would write a marker file and set a global if it ever ran or was imported; a
 *    package.json whose lifecycle scripts would do the same, an .npmrc that would preload a script
 *    into any node or npm started there, topiclint.config.{js,mjs,cjs} files, a YAML config whose
 *    `extends`, `policies` and unknown `plugins` key name JavaScript files, a Terraform `local-exec`
 *    provisioner and a Spring SpEL expression. It is linted in every format, and with `--base`
 *    against a real git history whose hooks, filter drivers, textconv and fsmonitor would write
 *    markers too. No marker may appear and no global may be set.
 * 2. A scan of src/: every dynamic `import()` and `require()` names a fixed module (no user path can
 *    reach one), and there is no `eval`, `new Function`, `vm`, `createRequire`, network module, and
 *    no child process other than `git` in src/git/base.ts.
 */
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = path.join(repoRoot, 'src');

let dir: string;
let markers: string;
const GLOBAL = '__topiclintPwned';

function hostileRepository(): void {
  const w = (rel: string, text: string) => {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  };
  const mark = (name: string) => path.join(markers, name);
  const js = (name: string) => `require('fs').writeFileSync(${JSON.stringify(mark(name))}, 'ran');\nglobalThis.${GLOBAL} = ${JSON.stringify(name)};\n`;

  // Code files that topiclint reads for Kafka clients: parsed, never run.
  w(
    'services/notify/src/producer.ts',
    `import { Kafka } from 'kafkajs';\nimport * as fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark('ts-top-level'))}, 'ran');\n(globalThis as any).${GLOBAL} = 'ts';\n` +
      `const kafka = new Kafka({ clientId: 'notify', brokers: ['b:9092'] });\nexport const producer = kafka.producer({ idempotent: false });\n` +
      `await producer.send({ topic: 'notify.sent.v1', messages: [] });\n`,
  );
  w('services/notify/src/consumer.js', `${js('js-top-level')}const { Kafka } = require('kafkajs');\nconst c = new Kafka({ brokers: ['b:9092'] }).consumer({ groupId: 'notify' });\nc.subscribe({ topic: 'orders.created.v1' });\n`);
  w('services/notify/src/index.mjs', `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark('mjs-top-level'))}, 'ran');\nexport {};\n`);
  w(
    'services/billing/src/main/java/com/acme/Evil.java',
    `package com.acme;\nimport java.util.Properties;\nimport org.apache.kafka.clients.producer.KafkaProducer;\npublic class Evil {\n` +
      `  static { try { new java.io.File(${JSON.stringify(mark('java-static'))}).createNewFile(); } catch (Exception e) {} }\n` +
      `  public static void main(String[] a) { Properties p = new Properties(); p.put("bootstrap.servers", "b:9092"); p.put("acks", "1"); new KafkaProducer<String, String>(p).send(null); }\n}\n`,
  );
  w('infra/topics.tf', `resource "kafka_topic" "t" {\n  name = "infra.t.v1"\n  partitions = 3\n  replication_factor = 1\n  provisioner "local-exec" {\n    command = "touch ${mark('terraform-local-exec')}"\n  }\n}\n`);
  w('services/billing/src/main/resources/application.yml', `spring:\n  kafka:\n    bootstrap-servers: "#{T(java.lang.Runtime).getRuntime().exec('touch ${mark('spel')}')}"\n    producer:\n      acks: 1\n`);

  // Package manager and tool configuration that would run code if anything started npm or node here.
  w('evil.cjs', js('npmrc-preload'));
  w('.npmrc', `node-options=--require ${path.join(dir, 'evil.cjs')}\nscript-shell=${path.join(dir, 'evil.sh')}\n`);
  w('evil.sh', `#!/bin/sh\ntouch ${mark('script-shell')}\n`);
  chmodSync(path.join(dir, 'evil.sh'), 0o755);
  w(
    'package.json',
    JSON.stringify({ name: 'hostile', version: '1.0.0', scripts: Object.fromEntries(['preinstall', 'install', 'postinstall', 'prepare', 'pretest', 'test', 'lint', 'topiclint'].map((s) => [s, `touch ${mark(`npm-${s}`)}`])) }, null, 2),
  );
  for (const ext of ['js', 'mjs', 'cjs', 'ts']) w(`topiclint.config.${ext}`, ext === 'mjs' || ext === 'ts' ? `import fs from 'node:fs';\nfs.writeFileSync(${JSON.stringify(mark(`config-${ext}`))}, 'ran');\nexport default {};\n` : `${js(`config-${ext}`)}module.exports = {};\n`);
  w('evil-plugin.js', `${js('plugin')}module.exports = { rules: {} };\n`);
  w('evil-policy.js', `${js('policy-js')}module.exports = {};\n`);

  // A catalog, so there is something real to lint.
  w('kafka/orders.yaml', 'topic: orders.created.v1\nowner: orders\nreplicationFactor: 1\n');
}

/** Names of the markers that exist (none may). */
function markersFound(): string[] {
  return existsSync(markers) ? readdirSync(markers) : [];
}

async function cli(argv: string[], cwd = dir): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli({ argv: [...argv, '--concurrency', 'off'], env: { PATH: process.env['PATH'] }, cwd, stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), isTTY: false });
  return { code, stdout, stderr };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'topiclint-hostile-'));
  markers = mkdtempSync(path.join(tmpdir(), 'topiclint-markers-'));
  hostileRepository();
  delete (globalThis as Record<string, unknown>)[GLOBAL];
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(markers, { recursive: true, force: true });
});

describe('linting a hostile repository runs none of its code', () => {
  it('the payloads work: running one by hand leaves its marker (so the test can fail)', () => {
    execFileSync(process.execPath, [path.join(dir, 'evil-plugin.js')]);
    expect(markersFound()).toEqual(['plugin']);
    rmSync(path.join(markers, 'plugin'));
  });

  it('every format, the code files really read (clients found), and no marker, no global', async () => {
    for (const format of ['stylish', 'json', 'sarif', 'github', 'compact']) {
      const out = await cli(['--format', format, '--verbose', '.']);
      expect(out.stderr, format).not.toMatch(/internal error/);
      expect(out.code, format).toBe(1);
    }
    const json = JSON.parse((await cli(['--format', 'json', '.'])).stdout) as { files: { path: string; status: string }[]; summary: { clients: number } };
    const status = Object.fromEntries(json.files.map((f) => [f.path, f.status]));
    expect(status['services/notify/src/producer.ts']).toBe('linted');
    expect(status['services/billing/src/main/java/com/acme/Evil.java']).toBe('linted');
    expect(json.summary.clients).toBeGreaterThan(0);
    expect(markersFound()).toEqual([]);
    expect((globalThis as Record<string, unknown>)[GLOBAL]).toBeUndefined();
  });

  it('a YAML config whose extends, policies and plugins name JavaScript files: a configuration error, nothing loaded', async () => {
    writeFileSync(path.join(dir, 'topiclint.config.yaml'), 'extends: ./evil-plugin.js\nplugins: [./evil-plugin.js]\npolicies: [./evil-policy.js]\n');
    try {
      const out = await cli(['.']);
      expect(out.code).toBe(2);
      expect(out.stderr).toMatch(/invalid configuration/);
      expect(out.stderr).toMatch(/plugins/);
    } finally {
      rmSync(path.join(dir, 'topiclint.config.yaml'));
    }
    expect(markersFound()).toEqual([]);
    expect((globalThis as Record<string, unknown>)[GLOBAL]).toBeUndefined();
  });

  const hasGit = (() => {
    try {
      execFileSync('git', ['--version']);
      return true;
    } catch {
      return false;
    }
  })();

  it.skipIf(!hasGit)('--base: git hooks, filter drivers, textconv and fsmonitor of the repository never run', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1' } });
    git('init', '-q', '-b', 'main');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    git('add', '.');
    git('commit', '-q', '--no-verify', '-m', 'base');
    // Installed after the commit, so only topiclint's own git calls could trigger them.
    const hook = (name: string) => `#!/bin/sh\ntouch ${path.join(markers, `git-${name}`)}\n`;
    for (const h of ['pre-commit', 'post-checkout', 'post-merge', 'pre-push', 'post-rewrite', 'reference-transaction', 'post-index-change']) {
      writeFileSync(path.join(dir, '.git/hooks', h), hook(h));
      chmodSync(path.join(dir, '.git/hooks', h), 0o755);
    }
    writeFileSync(path.join(dir, '.gitattributes'), '*.yaml filter=evil diff=evil\n');
    git('config', 'filter.evil.smudge', `touch ${path.join(markers, 'git-smudge')}; cat`);
    git('config', 'filter.evil.clean', `touch ${path.join(markers, 'git-clean')}; cat`);
    git('config', 'diff.evil.textconv', `touch ${path.join(markers, 'git-textconv')}; cat`);
    git('config', 'core.fsmonitor', path.join(dir, 'evil.sh'));
    writeFileSync(path.join(dir, 'kafka/orders.yaml'), 'topic: orders.created.v1\nowner: orders\nreplicationFactor: 1\npartitions: 1\n');
    const out = await cli(['--format', 'json', '--base', 'main', '.']);
    expect(out.stderr).not.toMatch(/internal error/);
    expect(JSON.parse(out.stdout).baseRef).toBe('main');
    expect(markersFound()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------

/** Modules src/ may load lazily: heavy parsers and topiclint's own modules. Nothing else. */
const ALLOWED_DYNAMIC_IMPORTS = new Set([
  './git/base.js',
  './git/policy-files.js',
  './explain.js',
  './config/index.js',
  './watch.js',
  './change-subset.js',
  './parser.js',
  'java-parser',
  'web-tree-sitter',
  'ts-morph',
  '@typescript-eslint/typescript-estree',
]);
/** Built-in modules no file in src/ may use (network, code evaluation). */
const FORBIDDEN_MODULES = /^(node:)?(vm|http|https|http2|net|tls|dgram|dns|inspector|repl)$/;
/** The only files that may start processes or threads. */
const CHILD_PROCESS_FILES = new Set(['src/git/base.ts']);
/** Files that use `createRequire(...).resolve('<fixed package path>')` to find a file they ship (a .wasm grammar). */
const RESOLVE_ONLY_FILES = new Set(['src/sources/terraform/parser.ts']);

/** `createRequire(x).resolve('<literal>')`: finds a path, loads nothing. */
function resolvesFixedPath(call: ts.CallExpression): boolean {
  const access = call.parent;
  if (!access || !ts.isPropertyAccessExpression(access) || access.name.text !== 'resolve') return false;
  const outer = access.parent;
  return !!outer && ts.isCallExpression(outer) && outer.arguments.length === 1 && ts.isStringLiteral(outer.arguments[0]!);
}

function sourceFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = path.join(d, name);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.(ts|mts|cts|js|mjs)$/.test(name) ? [p] : [];
  });
}

interface Violation {
  readonly where: string;
  readonly what: string;
}

function scan(file: string): Violation[] {
  const rel = path.relative(repoRoot, file).split(path.sep).join('/');
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Violation[] = [];
  const at = (n: ts.Node) => `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
  const literal = (n: ts.Node | undefined) => (n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : undefined);
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression;
      if (callee.kind === ts.SyntaxKind.ImportKeyword) {
        const spec = literal(n.arguments[0]);
        if (spec === undefined) out.push({ where: at(n), what: `import() of a computed specifier: ${n.getText(sf).slice(0, 80)}` });
        else if (!ALLOWED_DYNAMIC_IMPORTS.has(spec)) out.push({ where: at(n), what: `import('${spec}') is not in the allowed list` });
      }
      if (ts.isIdentifier(callee) && callee.text === 'require') out.push({ where: at(n), what: `require(${n.arguments.map((a) => a.getText(sf)).join(', ')})` });
      if (ts.isIdentifier(callee) && (callee.text === 'eval' || callee.text === 'Function')) out.push({ where: at(n), what: `${callee.text}(...)` });
      if (ts.isIdentifier(callee) && callee.text === 'createRequire' && !resolvesFixedPath(n)) out.push({ where: at(n), what: 'createRequire(...) used for more than resolving a fixed path' });
      if (ts.isIdentifier(callee) && callee.text === 'fetch') out.push({ where: at(n), what: 'fetch(...): no network access' });
    }
    if (ts.isNewExpression(n) && ts.isIdentifier(n.expression)) {
      if (n.expression.text === 'Function') out.push({ where: at(n), what: 'new Function(...)' });
      // topiclint lints on one thread (worker threads were removed, issue #16): no file starts one.
      if (n.expression.text === 'Worker') out.push({ where: at(n), what: 'new Worker(...): topiclint starts no threads' });
    }
    if (ts.isImportTypeNode(n)) return; // `typeof import('ts-morph')` in a type: erased, never loaded
    if ((ts.isImportDeclaration(n) || ts.isExportDeclaration(n)) && n.moduleSpecifier) {
      const spec = literal(n.moduleSpecifier) ?? '';
      if (FORBIDDEN_MODULES.test(spec)) out.push({ where: at(n), what: `imports ${spec}` });
      if (/^(node:)?child_process$/.test(spec) && !CHILD_PROCESS_FILES.has(rel)) out.push({ where: at(n), what: `imports ${spec} outside src/git/base.ts` });
      if (/^(node:)?module$/.test(spec) && !RESOLVE_ONLY_FILES.has(rel)) out.push({ where: at(n), what: `imports ${spec} (createRequire)` });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  // The only process ever started is git, with fixed subcommands.
  if (CHILD_PROCESS_FILES.has(rel)) {
    for (const m of text.matchAll(/\b(spawn|spawnSync|exec|execSync|execFile|execFileSync|fork)\(\s*([^,)]*)/g)) {
      if (m[1] === 'exec' && /\.exec\($/.test(text.slice(0, m.index! + m[0].length - m[2]!.length))) continue; // RegExp#exec
      if (m[2]!.trim() !== "'git'") out.push({ where: rel, what: `${m[1]}(${m[2]}) starts something other than git` });
    }
  }
  return out;
}

describe('src/ loads no code chosen by the repository it lints', () => {
  const files = sourceFiles(SRC);

  it('scans the whole source tree', () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.some((f) => f.endsWith(path.join('src', 'lint.ts')))).toBe(true);
  });

  it('every dynamic import() names a fixed, allowed module; no require, eval, new Function, vm, createRequire, network, or process other than git', () => {
    const violations = files.flatMap(scan);
    expect(violations).toEqual([]);
  });

  it('the scanner catches what it is meant to catch', () => {
    const probe = path.join(tmpdir(), `topiclint-scan-probe-${process.pid}.ts`);
    writeFileSync(
      probe,
      "import vm from 'node:vm';\nimport { spawn } from 'node:child_process';\nconst p = process.argv[2]!;\nawait import(p);\nawait import('left-pad');\nrequire('x');\neval('1');\nnew Function('return 1');\nfetch('https://example.com');\ncreateRequire(import.meta.url)('x');\ntype T = typeof import('ts-morph');\n",
    );
    try {
      const found = scan(probe).map((v) => v.what);
      expect(found).toEqual([
        'imports node:vm',
        expect.stringMatching(/^imports node:child_process outside/),
        expect.stringMatching(/^import\(\) of a computed specifier/),
        "import('left-pad') is not in the allowed list",
        "require('x')",
        'eval(...)',
        'new Function(...)',
        'fetch(...): no network access',
        'createRequire(...) used for more than resolving a fixed path',
      ]);
    } finally {
      rmSync(probe);
    }
  });
});
