/**
 * Loading `topiclint.config.yaml|yml|json`: presets (`extends`), file selection, rule levels and options,
 * overrides, policy files, waivers. Everything is validated before anything runs; every mistake is a
 * `ConfigProblem` at its line in the file that holds it (the CLI prints them and exits 2).
 *
 * File access goes through `readFile`, so the same code reads the working tree or a base ref (issue 4's
 * `policy-weakened` loads the base branch's config with `loadConfigFromText`).
 */
import { existsSync, lstatSync } from 'node:fs';
import path from 'node:path';
import { packageAsset } from '../util/package-asset.js';
import type { Override, ResolvedConfig, RuleSetting } from '../model/config.js';
import type { AnyRule, Severity } from '../model/rule.js';
import { LineIndex } from '../model/text.js';
import { compilePolicies } from '../policy/compile.js';
import type { Waiver } from '../policy/exceptions.js';
import { checkWhere } from '../policy/selector.js';
import { builtinRules } from '../rules/index.js';
import { configSchema, waiversFileSchema, waiverSchema } from '../schemas/config.js';
import { get, getPair, parseYaml, toJS, type YNode } from '../yaml/tree.js';
import { validateNode } from '../yaml/validate.js';
import { didYouMean } from '../util/did-you-mean.js';
import { globProblem } from '../util/glob.js';
import { regexProblem } from '../util/safe-regex.js';
import { toPosix } from '../util/posix-path.js';
import { RepoFiles, type NotRead } from '../util/repo-file.js';

export const CONFIG_FILE_NAMES = ['topiclint.config.yaml', 'topiclint.config.yml', 'topiclint.config.json'] as const;
export const WAIVERS_FILE_NAMES = ['topiclint.waivers.yaml', 'topiclint.waivers.yml'] as const;
export const PRESETS = ['recommended', 'strict'] as const;

/** The `policies/` folder shipped with the package (found from dist/, src/ or the Action's bundle). */
export const DEFAULT_PRESETS_DIR = packageAsset('policies/');

export interface ConfigProblem {
  /** Path as shown to the user (relative to the repository root when inside it). */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly message: string;
}

/** Where a setting was written, for `policy-weakened` findings. */
export interface SettingSource {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface LoadedConfig {
  /** Absolute path of the config file, when there is one. */
  readonly file?: string;
  readonly config: ResolvedConfig;
  /** Built-in rules and the custom rules of the policy files: what the run uses. */
  readonly rules: readonly AnyRule[];
  readonly policyRules: readonly AnyRule[];
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** `testFiles`: globs of test sources whose code and client findings are left out (replaces the default list). */
  readonly testFiles?: readonly string[];
  /** `maxFileSize`: largest file read, in bytes. */
  readonly maxFileSize?: number;
  readonly waivers: readonly Waiver[];
  /** Absolute path of the baseline file named in the config. */
  readonly baseline?: string;
  /** The config names its waivers (a file or inline): no `topiclint.waivers.yaml` is looked for. */
  readonly waiversConfigured?: boolean;
  /** Every file read: config, presets, policies, waivers (absolute). */
  readonly files: readonly string[];
  /** Rule id -> where its top-level setting was last written. */
  readonly ruleSources: Readonly<Record<string, SettingSource>>;
}

export interface LoadOptions {
  /** Repository root: globs and displayed paths are relative to it (default: the config file's folder). */
  readonly root?: string;
  /** Where `recommended`/`strict` live (default: the package's `policies/`). */
  readonly presetsDir?: string;
  /** Built-in rules (default: the registry). */
  readonly rules?: readonly AnyRule[];
  /**
   * Reads a file by absolute path; `undefined` when it does not exist, a `NotRead` reason when it
   * exists but may not or cannot be read (default: the repository's files, `repositoryConfigReader`).
   */
  readonly readFile?: (absolutePath: string) => string | undefined | NotRead;
}

/**
 * The largest config, preset, policy or waivers file read: far above any real one (the largest
 * shipped preset is a few kilobytes), and small enough that a hostile one costs nothing.
 */
export const CONFIG_MAX_BYTES = 4 * 1024 * 1024;

/** `extends` nesting deeper than this is a config problem (a chain of thousands is an attack, not a config). */
export const MAX_EXTENDS_DEPTH = 64;

/**
 * Config files as the repository holds them (src/util/repo-file.ts): a path inside the repository
 * must resolve inside it, outside `.git`, to a regular file under `CONFIG_MAX_BYTES`; a path outside
 * it (reachable only from a config the user named outside the repository) is read, bounded.
 */
export function repositoryConfigReader(root: string, presetsDir: string = DEFAULT_PRESETS_DIR): (absolutePath: string) => string | undefined | NotRead {
  const files = new RepoFiles(root);
  // topiclint's own presets are trusted wherever the package is installed (a linked node_modules/topiclint
  // may really live outside the repository); still read bounded, as regular files.
  const builtin = new RepoFiles(presetsDir);
  return (p) => {
    const read = RepoFiles.within(builtin.root, p) ? builtin.readText(p, CONFIG_MAX_BYTES, true) : files.readText(p, CONFIG_MAX_BYTES, !RepoFiles.within(files.root, p));
    if ('text' in read) return read.text;
    return read.missing ? undefined : read;
  };
}

interface ParsedFile {
  readonly abs: string;
  readonly display: string;
  readonly text: string;
  readonly root: YNode | undefined;
  readonly builtin: boolean;
}

interface Located {
  readonly node: { start: number; end: number };
  readonly file: ParsedFile;
}

class Problems {
  readonly list: ConfigProblem[] = [];
  private readonly indexes = new Map<string, LineIndex>();
  add(file: { display: string; text: string }, at: { start: number; end: number }, message: string): void {
    let idx = this.indexes.get(file.display);
    if (!idx) this.indexes.set(file.display, (idx = new LineIndex(file.text)));
    const s = idx.position(at.start);
    const e = idx.position(Math.max(at.start, at.end));
    this.list.push({ file: file.display, line: s.line, column: s.column, endLine: e.line, endColumn: e.column, message });
  }
}

/** A glob that can never work: unbalanced brackets, braces or parentheses, or one the linear-time matcher (src/util/glob.ts) refuses. */
export function checkGlob(glob: string): string | undefined {
  if (glob.trim() === '') return 'An empty glob matches nothing.';
  const shown = glob.length > 200 ? `${glob.slice(0, 200)}… (${glob.length} characters)` : glob; // quoted briefly
  if (path.isAbsolute(glob) || /^[A-Za-z]:[\\/]/.test(glob)) return `\`${shown}\` is absolute; globs are relative to the repository root (e.g. \`kafka/**\`).`;
  if (glob.includes('\\') && !/\\[[\]{}()*?!]/.test(glob)) return `\`${shown}\` uses backslashes; write paths with \`/\`.`;
  const pairs: [string, string, string][] = [['[', ']', 'bracket'], ['{', '}', 'brace'], ['(', ')', 'parenthesis']];
  for (const [open, close, name] of pairs) {
    let depth = 0;
    for (let i = 0; i < glob.length; i++) {
      const c = glob[i];
      if (c === '\\') {
        i++;
        continue;
      }
      if (c === open) depth++;
      else if (c === close) depth--;
      if (depth < 0) return `\`${shown}\` has an unbalanced \`${close}\` ${name}. Escape it as \`\\${close}\` or add the missing \`${open}\`.`;
    }
    if (depth !== 0) return `\`${shown}\` has an unbalanced \`${open}\` ${name}. Close it with \`${close}\`, or escape it as \`\\${open}\`.`;
  }
  const problem = globProblem(glob);
  return problem ? `The glob \`${shown}\` ${problem}` : undefined;
}

/**
 * A rule's regular-expression options (`regexOptions`, e.g. topic-naming's `pattern`) that the
 * linear-time engine refuses (lookaround, backreferences, syntax errors): each at its own node.
 */
function regexOptionProblems(optionsNode: YNode, keys: readonly string[]): { key: string; node: YNode; problem: string }[] {
  const out: { key: string; node: YNode; problem: string }[] = [];
  for (const key of keys) {
    const node = get(optionsNode, key);
    if (node?.type !== 'scalar' || typeof node.value !== 'string') continue;
    const problem = regexProblem(node.value);
    if (problem) out.push({ key, node, problem });
  }
  return out;
}

const LEVELS: readonly Severity[] = ['off', 'note', 'warning', 'error'];

/** One rule's setting in one file; `levelOnly` when it names a level alone (the options set before it then stay). */
interface SettingAt {
  readonly setting: RuleSetting;
  readonly levelOnly: boolean;
  readonly source: SettingSource;
}

/** Where the waivers come from: a file named in the config (checked at its entry) or a list written inline. */
type WaiverSource = { path: string; at: Located } | { inline: YNode; file: ParsedFile };

/** What one file of the chain sets, checked; the files are then merged in order (`mergeLayers`). */
interface Layer {
  rules: Map<string, SettingAt>;
  overrides: Override[];
  unsuppressible: string[];
  include?: string[];
  exclude?: string[];
  testFiles?: string[];
  clusters?: Record<string, string[]>;
  maxFileSize?: number;
  waivers?: WaiverSource;
  baseline?: string;
}

/**
 * What the steps of one `loadConfigFromText` share: where the repository is, how files are read, every
 * file read so far and every problem found so far (in the order the user reads them).
 */
interface LoadContext {
  readonly root: string;
  readonly presetsDir: string;
  readonly readFile: (absolutePath: string) => string | undefined | NotRead;
  /**
   * The repository's files, to check where the baseline leads (it is read later, by src/config/index.ts);
   * absent when the caller reads the files itself (e.g. at a base ref), which then says nothing of the disk.
   */
  readonly baselineFiles: RepoFiles | undefined;
  readonly problems: Problems;
  readonly filesRead: string[];
}

/** Every rule the config may name: the built-in rules and the policy files' rules, by id. */
type RulesById = ReadonlyMap<string, AnyRule>;

/**
 * Load a config from its text (no search, no CLI): presets, policies and waivers are read through
 * `readFile`. Returns the resolved config and every problem; `config` is usable (best effort) even with problems.
 * The steps: the chain of files (`extends`), the policy files' rules, each file's settings checked
 * against the complete rule set, the merge (later files win), then the waivers.
 */
export function loadConfigFromText(text: string, filePath: string, options: LoadOptions = {}): { config: ResolvedConfig; errors: ConfigProblem[]; loaded: LoadedConfig } {
  const abs = path.resolve(options.root ?? process.cwd(), filePath);
  const root = options.root ? path.resolve(options.root) : path.dirname(abs);
  const ctx: LoadContext = {
    root,
    presetsDir: options.presetsDir ?? DEFAULT_PRESETS_DIR,
    readFile: options.readFile ?? repositoryConfigReader(root, options.presetsDir),
    baselineFiles: options.readFile ? undefined : new RepoFiles(root),
    problems: new Problems(),
    filesRead: [],
  };
  const chain = readChain(ctx, abs, text);
  const baseRules = options.rules ?? builtinRules;
  const policyRules = loadPolicyRules(ctx, chain, baseRules);
  const allRules = [...baseRules, ...policyRules];
  const byId: RulesById = new Map(allRules.map((r) => [r.meta.id, r]));
  const layers = chain.flatMap((f) => (f.root?.type === 'map' ? [layerOf(ctx, byId, f, f.root)] : []));
  const merged = mergeLayers(layers);
  const waivers = merged.waiverSource ? loadWaivers(ctx, byId, merged.waiverSource) : [];
  const { rules, ruleSources, overrides, unsuppressible, include, exclude, testFiles, maxFileSize, baseline, waiverSource, clusters } = merged;
  const config: ResolvedConfig = { rules, overrides, ...(unsuppressible.size ? { unsuppressible: [...unsuppressible].sort() } : {}), ...(clusters ? { clusters } : {}) };
  const loaded: LoadedConfig = {
    file: abs,
    config,
    rules: allRules,
    policyRules,
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(testFiles ? { testFiles } : {}),
    ...(maxFileSize ? { maxFileSize } : {}),
    waivers,
    ...(baseline ? { baseline } : {}),
    ...(waiverSource ? { waiversConfigured: true } : {}),
    files: [...new Set(ctx.filesRead)],
    ruleSources,
  };
  return { config, errors: ctx.problems.list, loaded };
}

/** A path as the user sees it: relative to the repository root when inside it, absolute otherwise. */
function displayPath(ctx: LoadContext, p: string): string {
  const rel = path.relative(ctx.root, p);
  if (rel === '') return '.';
  return !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : p;
}

/**
 * A config inside the repository may only point at files inside it: a pull request must not make
 * topiclint read files elsewhere on the CI machine. A config the user names outside it is trusted.
 */
function escapesRepository(ctx: LoadContext, from: string, target: string): boolean {
  return RepoFiles.within(ctx.root, from) && !RepoFiles.within(ctx.root, target);
}

function outsideMessage(ctx: LoadContext, what: string, target: string): string {
  return `${what} ${displayPath(ctx, target)}, outside the repository; topiclint reads only files inside it. Move the file into the repository.`;
}

/** Parse one config or preset file, noting it as read; its YAML errors and any second document are problems. */
function parseConfigFile(ctx: LoadContext, fileAbs: string, fileText: string, builtin: boolean): ParsedFile {
  ctx.filesRead.push(fileAbs);
  const shown = builtin ? `${path.basename(fileAbs)} (built-in preset)` : displayPath(ctx, fileAbs);
  const y = parseYaml(fileText);
  const f: ParsedFile = { abs: fileAbs, display: shown, text: fileText, root: y.documents[0]?.root, builtin };
  for (const e of y.errors) ctx.problems.add(f, e, `YAML: ${e.message}.`);
  if (y.documents.length > 1 && y.documents[1]?.root) ctx.problems.add(f, y.documents[1]!, 'A config file holds one YAML document; remove the `---` and what follows, or merge it.');
  return f;
}

/** `key: one` or `key: [one, two]` as a list of nodes. */
function oneOrMany(node: YNode | undefined): readonly YNode[] {
  return node?.type === 'seq' ? node.items : node ? [node] : [];
}

/**
 * Read a file a config entry names (a preset, a policy file). `what` names it in the problem, which is
 * placed at the entry; `missingHint` says what to check when there is no such file.
 */
function readNamedFile(ctx: LoadContext, at: Located, what: string, target: string, missingHint: string): string | undefined {
  const t = ctx.readFile(target);
  if (typeof t === 'string') return t;
  const head = `Cannot read ${what} (${displayPath(ctx, target)})`;
  ctx.problems.add(at.file, at.node, t === undefined ? `${head}; ${missingHint}` : `${head}: ${t.reason}. Name a regular file inside the repository.`);
  return undefined;
}

/** The walk of `extends`: files on the current path (a cycle) and files already placed (a diamond). */
interface ChainWalk {
  readonly chain: ParsedFile[];
  readonly visiting: Set<string>;
  readonly placed: Set<string>;
}

/**
 * 1. The chain of files: presets first (depth first, in order), then the file itself. Each file is
 * read and placed once (a diamond of presets is not expanded into every path through it), and the
 * nesting is capped, so a hostile chain of `extends` costs linear time and a bounded stack.
 */
function readChain(ctx: LoadContext, abs: string, text: string): ParsedFile[] {
  const walk: ChainWalk = { chain: [], visiting: new Set(), placed: new Set() };
  visitChainFile(ctx, walk, parseConfigFile(ctx, abs, text, false), 0);
  return walk.chain;
}

/** Check one file of the chain against the config schema, place its presets, then the file itself. */
function visitChainFile(ctx: LoadContext, walk: ChainWalk, f: ParsedFile, depth: number): void {
  walk.visiting.add(f.abs);
  if (f.root && f.root.type !== 'map') ctx.problems.add(f, f.root, 'The configuration must be a mapping with keys such as `extends`, `rules`, `overrides`.');
  else if (f.root) {
    for (const e of validateNode(f.root, configSchema, false)) ctx.problems.add(f, e, e.message);
    for (const item of oneOrMany(get(f.root, 'extends'))) {
      const next = extendedFile(ctx, walk, f, item, depth);
      if (next) visitChainFile(ctx, walk, next, depth + 1);
    }
  }
  walk.visiting.delete(f.abs);
  walk.placed.add(f.abs);
  walk.chain.push(f);
}

/**
 * The file one `extends` entry names, parsed; `undefined` when it is already in the chain or cannot be
 * used (an unknown preset, a path out of the repository, a cycle, too deep, unreadable: each a problem at the entry).
 */
function extendedFile(ctx: LoadContext, walk: ChainWalk, f: ParsedFile, item: YNode, depth: number): ParsedFile | undefined {
  if (item.type !== 'scalar' || typeof item.value !== 'string') return undefined;
  const name = item.value;
  const isPreset = (PRESETS as readonly string[]).includes(name);
  const target = isPreset ? path.join(ctx.presetsDir, `${name}.yaml`) : path.resolve(path.dirname(f.abs), name);
  const problem = (message: string) => void ctx.problems.add(f, item, message);
  if (!isPreset && !/[/\\.]/.test(name)) {
    const s = didYouMean(name, PRESETS);
    return problem(`Unknown preset \`${name}\`.${s ? ` Did you mean \`${s}\`?` : ` Use ${PRESETS.join(' or ')}, or a path to a config file (\`./base.yaml\`).`}`);
  }
  if (!isPreset && escapesRepository(ctx, f.abs, target)) return problem(outsideMessage(ctx, `\`${name}\` resolves to`, target));
  if (walk.visiting.has(target)) return problem(`\`${name}\` extends itself through a cycle of presets; remove one of the \`extends\` entries.`);
  if (walk.placed.has(target)) return undefined; // already in the chain, through another path of the diamond
  if (depth >= MAX_EXTENDS_DEPTH) return problem(`\`extends\` is nested more than ${MAX_EXTENDS_DEPTH} files deep here; flatten the chain of presets.`);
  const t = readNamedFile(ctx, { node: item, file: f }, `the preset \`${name}\``, target, `check the path (relative to the folder of ${f.display}).`);
  return t === undefined ? undefined : parseConfigFile(ctx, target, t, isPreset || f.builtin);
}

/** 2. Policy files, from every file of the chain: their rules are known before rule ids are checked. */
function loadPolicyRules(ctx: LoadContext, chain: readonly ParsedFile[], baseRules: readonly AnyRule[]): AnyRule[] {
  const policyRules: AnyRule[] = [];
  const policyIds = new Set<string>();
  for (const f of chain) {
    for (const item of oneOrMany(f.root && get(f.root, 'policies'))) {
      if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
      const target = path.resolve(path.dirname(f.abs), item.value);
      if (escapesRepository(ctx, f.abs, target)) {
        ctx.problems.add(f, item, outsideMessage(ctx, `The policy file \`${item.value}\` resolves to`, target));
        continue;
      }
      const t = readNamedFile(ctx, { node: item, file: f }, `the policy file \`${item.value}\``, target, `paths are relative to the folder of ${f.display}.`);
      if (t === undefined) continue;
      ctx.filesRead.push(target);
      const pf = { display: displayPath(ctx, target), text: t };
      const compiled = compilePolicies(t, pf.display);
      for (const p of compiled.problems) ctx.problems.add(pf, p, p.message);
      for (const r of compiled.rules) {
        if (policyIds.has(r.meta.id) || baseRules.some((b) => b.meta.id === r.meta.id)) {
          const key = getPair(get(parseYaml(t).documents[0]?.root, 'rules'), r.meta.id);
          ctx.problems.add(pf, key?.keyNode ?? { start: 0, end: 0 }, `The rule id \`${r.meta.id}\` is defined twice; give each policy rule its own id.`);
          continue;
        }
        policyIds.add(r.meta.id);
        policyRules.push(r);
      }
    }
  }
  return policyRules;
}

/** 3. One file's settings, checked against the complete rule set. */
function layerOf(ctx: LoadContext, byId: RulesById, f: ParsedFile, r: YNode): Layer {
  const layer: Layer = { rules: ruleSettings(ctx, byId, f, get(r, 'rules'), '`rules`'), overrides: [], unsuppressible: ruleIdList(ctx, byId, f, get(r, 'unsuppressible'), '`unsuppressible`') };
  const inc = globList(ctx, f, get(r, 'include'));
  const exc = globList(ctx, f, get(r, 'exclude'));
  if (inc) layer.include = inc;
  if (exc) layer.exclude = exc;
  const tf = globList(ctx, f, get(r, 'testFiles'));
  if (tf) layer.testFiles = tf;
  const cl = get(r, 'clusters');
  if (cl?.type === 'map') {
    layer.clusters = {};
    for (const p of cl.pairs) {
      const globs = p.value ? globList(ctx, f, p.value) : undefined;
      if (globs) layer.clusters[p.key] = globs;
    }
  }
  const mfs = get(r, 'maxFileSize');
  if (mfs?.type === 'scalar' && typeof mfs.value === 'number' && Number.isInteger(mfs.value) && mfs.value > 0) layer.maxFileSize = mfs.value;
  const ov = get(r, 'overrides');
  if (ov?.type === 'seq') ov.items.forEach((item, i) => {
    const o = overrideOf(ctx, byId, f, item, i + 1);
    if (o) layer.overrides.push(o);
  });
  const waivers = waiverSourceOf(ctx, f, get(r, 'waivers'));
  if (waivers) layer.waivers = waivers;
  const baseline = baselineOf(ctx, f, get(r, 'baseline'));
  if (baseline) layer.baseline = baseline;
  return layer;
}

/** A `rules:` map: each known rule's level, options (validated against its schema) and where it was written. */
function ruleSettings(ctx: LoadContext, byId: RulesById, f: ParsedFile, node: YNode | undefined, where: string): Map<string, SettingAt> {
  const out = new Map<string, SettingAt>();
  if (!node || node.type !== 'map') return out;
  const idx = new LineIndex(f.text);
  for (const pair of node.pairs) {
    const id = pair.key;
    const rule = byId.get(id);
    if (!rule) {
      // A shipped preset may name rules that this build does not have yet: they are skipped.
      if (f.builtin) continue;
      const s = didYouMean(id, byId.keys());
      ctx.problems.add(f, pair.keyNode, `Unknown rule \`${id}\` in ${where}.${s ? ` Did you mean \`${s}\`?` : ' Run `topiclint rules` for the ids, or define it in a policy file listed under `policies`.'}`);
      continue;
    }
    const v = pair.value;
    if (!v) continue;
    let level: Severity | undefined;
    let optionsNode: YNode | undefined;
    if (v.type === 'scalar' && LEVELS.includes(v.value as Severity)) level = v.value as Severity;
    else if (v.type === 'seq' && v.items[0]?.type === 'scalar' && LEVELS.includes((v.items[0] as { value: Severity }).value)) {
      level = (v.items[0] as { value: Severity }).value;
      optionsNode = v.items[1];
    }
    if (level === undefined) continue; // the schema already said why
    const options = optionsNode ? ruleOptions(ctx, f, rule, level, optionsNode) : undefined;
    const p = idx.position(pair.keyNode.start);
    out.set(id, { setting: { level, ...(options ? { options } : {}) }, levelOnly: !optionsNode, source: { file: f.display, line: p.line, column: p.column } });
  }
  return out;
}

/** A rule's options, when the rule takes options, they fit its schema and its patterns are ones the linear-time engine runs. */
function ruleOptions(ctx: LoadContext, f: ParsedFile, rule: AnyRule, level: Severity, optionsNode: YNode): Record<string, unknown> | undefined {
  const id = rule.meta.id;
  if (!rule.meta.optionsSchema) {
    ctx.problems.add(f, optionsNode, `Rule \`${id}\` takes no options; write \`${id}: ${level}\`.`);
    return undefined;
  }
  const errs = validateNode(optionsNode, rule.meta.optionsSchema, false);
  for (const e of errs) ctx.problems.add(f, e, `Rule \`${id}\`: ${e.message.replace(/^the entry/, 'the options')}${e.message.startsWith('Unknown key') ? '' : ` See \`topiclint explain ${id}\` for its options.`}`);
  const badRegexes = errs.length === 0 ? regexOptionProblems(optionsNode, rule.meta.regexOptions ?? []) : [];
  for (const r of badRegexes) ctx.problems.add(f, r.node, `Rule \`${id}\`: the \`${r.key}\` pattern ${r.problem}`);
  return errs.length === 0 && badRegexes.length === 0 ? (toJS(optionsNode) as Record<string, unknown>) : undefined;
}

/** `include`, `exclude`, `files`, `excludedFiles`: the globs that can work (the others are problems); `undefined` when the key is absent. */
function globList(ctx: LoadContext, f: ParsedFile, node: YNode | undefined): string[] | undefined {
  if (!node) return undefined;
  const out: string[] = [];
  for (const item of oneOrMany(node)) {
    if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
    const bad = checkGlob(item.value);
    if (bad) ctx.problems.add(f, item, bad);
    else out.push(item.value);
  }
  return out;
}

/** A list of rule ids (`unsuppressible`); unknown ones are problems (skipped silently in a shipped preset). */
function ruleIdList(ctx: LoadContext, byId: RulesById, f: ParsedFile, node: YNode | undefined, what: string): string[] {
  const out: string[] = [];
  if (node?.type !== 'seq') return out;
  for (const item of node.items) {
    if (item.type !== 'scalar') continue;
    const id = String(item.value);
    if (!byId.has(id)) {
      if (f.builtin) continue;
      const s = didYouMean(id, byId.keys());
      ctx.problems.add(f, item, `Unknown rule \`${id}\` in ${what}.${s ? ` Did you mean \`${s}\`?` : ''}`);
    } else out.push(id);
  }
  return out;
}

/** Override `n` (1-based, as users count): its globs, its `when:` selector and its rules, each checked. */
function overrideOf(ctx: LoadContext, byId: RulesById, f: ParsedFile, item: YNode, n: number): Override | undefined {
  if (item.type !== 'map') return undefined;
  const filesNode = get(item, 'files');
  const whenNode = get(item, 'when');
  if (!filesNode && !whenNode) ctx.problems.add(f, item, `Override ${n} applies everywhere: give it \`files\` (globs) and/or \`when\` (a selector), or move its rules to the top-level \`rules\`.`);
  if (whenNode) for (const p of checkWhere(whenNode, undefined, false)) ctx.problems.add(f, p, p.message);
  const files = globList(ctx, f, filesNode);
  const excludedFiles = globList(ctx, f, get(item, 'excludedFiles'));
  const settings = ruleSettings(ctx, byId, f, get(item, 'rules'), `override ${n}`);
  return {
    ...(files ? { files } : {}),
    ...(excludedFiles ? { excludedFiles } : {}),
    ...(whenNode ? { when: toJS(whenNode) as Record<string, unknown> } : {}),
    rules: Object.fromEntries([...settings].map(([id, s]) => [id, s.setting])),
  };
}

/** `waivers:` as a path (which must stay in the repository) or an inline list. */
function waiverSourceOf(ctx: LoadContext, f: ParsedFile, w: YNode | undefined): WaiverSource | undefined {
  if (w?.type === 'seq') return { inline: w, file: f };
  if (w?.type !== 'scalar' || typeof w.value !== 'string') return undefined;
  const target = path.resolve(path.dirname(f.abs), w.value);
  if (!escapesRepository(ctx, f.abs, target)) return { path: target, at: { node: w, file: f } };
  ctx.problems.add(f, w, outsideMessage(ctx, `The waivers file \`${w.value}\` resolves to`, target));
  return undefined;
}

/** `baseline:` as an absolute path, when it stays in the repository and, on disk, is not something unreadable. */
function baselineOf(ctx: LoadContext, f: ParsedFile, b: YNode | undefined): string | undefined {
  if (b?.type !== 'scalar' || typeof b.value !== 'string') return undefined;
  const target = path.resolve(path.dirname(f.abs), b.value);
  const files = ctx.baselineFiles;
  const where = files ? files.resolve(target, !RepoFiles.within(files.root, target)) : undefined;
  if (escapesRepository(ctx, f.abs, target)) ctx.problems.add(f, b, outsideMessage(ctx, `The baseline \`${b.value}\` resolves to`, target));
  else if (where && 'reason' in where && !where.missing) ctx.problems.add(f, b, `Cannot read the baseline \`${b.value}\` (${displayPath(ctx, target)}): ${where.reason}. Name a regular file inside the repository.`);
  else return target;
  return undefined;
}

/** The chain's files merged, in order. */
interface MergedLayers {
  readonly rules: Record<string, RuleSetting>;
  readonly ruleSources: Record<string, SettingSource>;
  readonly overrides: Override[];
  readonly unsuppressible: Set<string>;
  include?: string[];
  exclude?: string[];
  testFiles?: string[];
  clusters?: Record<string, string[]>;
  waiverSource?: WaiverSource;
  baseline?: string;
  maxFileSize?: number;
}

/** 4. Merge: later layers win; a level without options keeps the options set before it; `exclude` and overrides add up. */
function mergeLayers(layers: readonly Layer[]): MergedLayers {
  const m: MergedLayers = { rules: {}, ruleSources: {}, overrides: [], unsuppressible: new Set() };
  for (const l of layers) {
    for (const [id, s] of l.rules) {
      const prev = m.rules[id];
      m.rules[id] = s.levelOnly && prev?.options ? { level: s.setting.level, options: prev.options } : s.setting;
      m.ruleSources[id] = s.source;
    }
    m.overrides.push(...l.overrides);
    l.unsuppressible.forEach((u) => m.unsuppressible.add(u));
    if (l.include) m.include = l.include;
    if (l.exclude) m.exclude = [...(m.exclude ?? []), ...l.exclude];
    if (l.testFiles) m.testFiles = l.testFiles;
    if (l.clusters) m.clusters = { ...m.clusters, ...l.clusters };
    if (l.waivers) m.waiverSource = l.waivers;
    if (l.baseline) m.baseline = l.baseline;
    if (l.maxFileSize) m.maxFileSize = l.maxFileSize;
  }
  return m;
}

/** 5. The waivers the merged config names: its waivers file, read and checked, or its inline list. */
function loadWaivers(ctx: LoadContext, byId: RulesById, source: WaiverSource): Waiver[] {
  if (!('path' in source)) return waiversFromNode(source.inline, source.file, byId, ctx.problems, false);
  const t = ctx.readFile(source.path);
  const shown = displayPath(ctx, source.path);
  if (t === undefined) ctx.problems.add(source.at.file, source.at.node, `Cannot read the waivers file ${shown}.`);
  else if (typeof t !== 'string') ctx.problems.add(source.at.file, source.at.node, `Cannot read the waivers file ${shown}: ${t.reason}. Name a regular file inside the repository.`);
  else {
    ctx.filesRead.push(source.path);
    return readWaivers(t, shown, byId, ctx.problems);
  }
  return [];
}

/** Read a waivers file (`waivers: [...]`); problems located in it. */
function readWaivers(text: string, display: string, rulesById: ReadonlyMap<string, AnyRule>, problems: Problems): Waiver[] {
  const f = { display, text };
  const y = parseYaml(text);
  for (const e of y.errors) problems.add(f, e, `YAML: ${e.message}.`);
  const root = y.documents[0]?.root;
  if (!root) return [];
  const errs = validateNode(root, waiversFileSchema, false);
  for (const e of errs) problems.add(f, e, e.message);
  const list = get(root, 'waivers');
  return list ? waiversFromNode(list, f, rulesById, problems, true) : [];
}

function waiversFromNode(list: YNode, f: { display: string; text: string }, rulesById: ReadonlyMap<string, AnyRule>, problems: Problems, validated: boolean): Waiver[] {
  const out: Waiver[] = [];
  if (list.type !== 'seq') return out;
  for (const item of list.items) {
    if (!validated) {
      const errs = validateNode(item, waiverSchema, false);
      for (const e of errs) problems.add(f, e, e.message);
      if (errs.length) continue;
    }
    if (item.type !== 'map') continue;
    const w = toJS(item) as Record<string, unknown>;
    if (typeof w['rule'] !== 'string' || typeof w['target'] !== 'string' || typeof w['reason'] !== 'string' || typeof w['approvedBy'] !== 'string' || typeof w['expires'] !== 'string') continue;
    let ok = true;
    if (!rulesById.has(w['rule'])) {
      const s = didYouMean(w['rule'], rulesById.keys());
      problems.add(f, get(item, 'rule')!, `The waiver names rule \`${w['rule']}\`, which does not exist.${s ? ` Did you mean \`${s}\`?` : ''}`);
      ok = false;
    }
    const expires = w['expires'];
    const ms = Date.parse(`${expires}T00:00:00Z`);
    if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== expires) {
      problems.add(f, get(item, 'expires')!, `\`expires: ${expires}\` is not a calendar date; write YYYY-MM-DD.`);
      ok = false;
    }
    const bad = checkGlob(w['target']);
    if (bad) {
      problems.add(f, get(item, 'target')!, bad);
      ok = false;
    }
    if (!ok) continue;
    const expiresNode = get(item, 'expires')!;
    out.push({
      rule: w['rule'],
      target: w['target'],
      reason: w['reason'],
      approvedBy: w['approvedBy'],
      expires,
      ...(typeof w['ticket'] === 'string' ? { ticket: w['ticket'] } : {}),
      file: f.display,
      text: f.text,
      loc: { start: item.start, end: item.type === 'map' && item.pairs[0] ? item.pairs[0].end : item.end },
      expiresLoc: { start: expiresNode.start, end: expiresNode.end },
    });
  }
  return out;
}

/** The nearest file with one of `names`, from `cwd` up to `root` (inclusive). */
export function findUpwards(names: readonly string[], cwd: string, root: string): string | undefined {
  let dir = path.resolve(cwd);
  const stop = path.resolve(root);
  for (;;) {
    for (const n of names) {
      const p = path.join(dir, n);
      // A dangling link counts as found: reading it then reports it (exit 2), instead of a run with
      // no config at all because a pull request broke the link.
      if (lstatSync(p, { throwIfNoEntry: false })) return p;
    }
    if (dir === stop) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    // Outside the repository root: stop there too.
    if (!dir.startsWith(stop)) return undefined;
    dir = up;
  }
}

export function findConfigFile(cwd: string, root: string): string | undefined {
  return findUpwards(CONFIG_FILE_NAMES, cwd, root);
}

export function findWaiversFile(cwd: string, root: string): string | undefined {
  return findUpwards(WAIVERS_FILE_NAMES, cwd, root);
}

/** One problem per line: `file:line:col: message`. */
export function formatConfigProblems(problems: readonly ConfigProblem[]): string {
  return problems.map((p) => `${p.file}:${p.line}:${p.column}: ${p.message}`).join('\n');
}

export interface FindAndLoadOptions extends Omit<LoadOptions, 'readFile'> {
  readonly cwd: string;
  readonly root: string;
  /** `--config FILE` (relative to cwd). */
  readonly configPath?: string;
}

/**
 * Find and load the configuration for a run. No config file: the `recommended` defaults (every rule at
 * its own level), plus a `topiclint.waivers.yaml` if one is found.
 */
export function findAndLoadConfig(options: FindAndLoadOptions): { loaded: LoadedConfig; errors: ConfigProblem[] } {
  const root = path.resolve(options.root);
  const base = { root, ...(options.presetsDir ? { presetsDir: options.presetsDir } : {}), ...(options.rules ? { rules: options.rules } : {}) };
  let file: string | undefined;
  if (options.configPath) {
    file = path.resolve(options.cwd, options.configPath);
    if (!existsSync(file)) {
      const rel = path.relative(options.cwd, file) || file;
      return { loaded: emptyLoaded(options.rules), errors: [{ file: rel, line: 1, column: 1, endLine: 1, endColumn: 1, message: `--config ${options.configPath}: no such file. Create one with \`topiclint init\`.` }] };
    }
  } else file = findConfigFile(options.cwd, root);
  let result: { loaded: LoadedConfig; errors: ConfigProblem[] };
  // Read like every repository file (src/util/repo-file.ts); one named with --config outside the
  // repository is the user's own and is read too (bounded). What cannot be read is an error (exit 2).
  const readFile = repositoryConfigReader(root);
  const unreadable = (at: string, shown: string, reason: string) => ({ file: toPosix(path.relative(options.cwd, at)) || at, line: 1, column: 1, endLine: 1, endColumn: 1, message: `${shown}: cannot be read: ${reason}. Give a regular config file inside the repository.` });
  if (file) {
    const text = readFile(file);
    if (typeof text !== 'string') {
      const shown = options.configPath ? `--config ${options.configPath}` : toPosix(path.relative(root, file));
      return { loaded: emptyLoaded(options.rules), errors: [unreadable(file, shown, text?.reason ?? 'no such file')] };
    }
    const r = loadConfigFromText(text, file, base);
    result = { loaded: r.loaded, errors: r.errors };
  } else {
    result = { loaded: emptyLoaded(options.rules), errors: [] };
  }
  if (!result.loaded.waiversConfigured) {
    const wf = findWaiversFile(options.cwd, root);
    if (wf) {
      const problems = new Problems();
      const display = toPosix(path.relative(root, wf)) || wf;
      const text = readFile(wf);
      if (typeof text !== 'string') return { loaded: result.loaded, errors: [...result.errors, unreadable(wf, display, text?.reason ?? 'no such file')] };
      const waivers = readWaivers(text, display, new Map(result.loaded.rules.map((r) => [r.meta.id, r])), problems);
      result = { loaded: { ...result.loaded, waivers, files: [...result.loaded.files, wf] }, errors: [...result.errors, ...problems.list] };
    }
  }
  return result;
}

function emptyLoaded(rules?: readonly AnyRule[]): LoadedConfig {
  return { config: { rules: {}, overrides: [] }, rules: rules ?? builtinRules, policyRules: [], waivers: [], files: [], ruleSources: {} };
}
