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

interface Layer {
  rules: Map<string, { setting: RuleSetting; levelOnly: boolean; source: SettingSource }>;
  overrides: Override[];
  unsuppressible: string[];
  include?: string[];
  exclude?: string[];
  maxFileSize?: number;
  waivers?: { path: string; at: Located } | { inline: YNode; file: ParsedFile };
  baseline?: string;
}

/**
 * Load a config from its text (no search, no CLI): presets, policies and waivers are read through
 * `readFile`. Returns the resolved config and every problem; `config` is usable (best effort) even with problems.
 */
export function loadConfigFromText(text: string, filePath: string, options: LoadOptions = {}): { config: ResolvedConfig; errors: ConfigProblem[]; loaded: LoadedConfig } {
  const abs = path.resolve(options.root ?? process.cwd(), filePath);
  const root = options.root ? path.resolve(options.root) : path.dirname(abs);
  const readFile = options.readFile ?? repositoryConfigReader(root, options.presetsDir);
  // A config inside the repository may only point at files inside it: a pull request must not make
  // topiclint read files elsewhere on the CI machine. A config the user names outside it is trusted.
  const inside = (p: string) => p === root || p.startsWith(root + path.sep);
  const escapes = (from: string, target: string) => inside(from) && !inside(target);
  const outsideMessage = (what: string, target: string) => `${what} ${display(target)}, outside the repository; topiclint reads only files inside it. Move the file into the repository.`;
  const presetsDir = options.presetsDir ?? DEFAULT_PRESETS_DIR;
  const problems = new Problems();
  const display = (p: string) => {
    const rel = path.relative(root, p);
    if (rel === '') return '.';
    return !rel.startsWith('..') && !path.isAbsolute(rel) ? toPosix(rel) : p;
  };
  const filesRead: string[] = [];
  const parse = (fileAbs: string, fileText: string, builtin: boolean): ParsedFile => {
    filesRead.push(fileAbs);
    const shown = builtin ? `${path.basename(fileAbs)} (built-in preset)` : display(fileAbs);
    const y = parseYaml(fileText);
    const f: ParsedFile = { abs: fileAbs, display: shown, text: fileText, root: y.documents[0]?.root, builtin };
    for (const e of y.errors) problems.add(f, e, `YAML: ${e.message}.`);
    if (y.documents.length > 1 && y.documents[1]?.root) problems.add(f, y.documents[1]!, 'A config file holds one YAML document; remove the `---` and what follows, or merge it.');
    return f;
  };

  // 1. The chain of files: presets first (depth first, in order), then the file itself. Each file is
  // read and placed once (a diamond of presets is not expanded into every path through it), and the
  // nesting is capped, so a hostile chain of `extends` costs linear time and a bounded stack.
  const chain: ParsedFile[] = [];
  const visiting = new Set<string>();
  const placed = new Set<string>();
  const visit = (f: ParsedFile, depth: number) => {
    visiting.add(f.abs);
    if (f.root && f.root.type !== 'map') problems.add(f, f.root, 'The configuration must be a mapping with keys such as `extends`, `rules`, `overrides`.');
    else if (f.root) {
      for (const e of validateNode(f.root, configSchema, false)) problems.add(f, e, e.message);
      const ext = get(f.root, 'extends');
      const items = ext?.type === 'seq' ? ext.items : ext ? [ext] : [];
      for (const item of items) {
        if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
        const name = item.value;
        const isPreset = (PRESETS as readonly string[]).includes(name);
        const target = isPreset ? path.join(presetsDir, `${name}.yaml`) : path.resolve(path.dirname(f.abs), name);
        if (!isPreset && !/[/\\.]/.test(name)) {
          const s = didYouMean(name, PRESETS);
          problems.add(f, item, `Unknown preset \`${name}\`.${s ? ` Did you mean \`${s}\`?` : ` Use ${PRESETS.join(' or ')}, or a path to a config file (\`./base.yaml\`).`}`);
          continue;
        }
        if (!isPreset && escapes(f.abs, target)) {
          problems.add(f, item, outsideMessage(`\`${name}\` resolves to`, target));
          continue;
        }
        if (visiting.has(target)) {
          problems.add(f, item, `\`${name}\` extends itself through a cycle of presets; remove one of the \`extends\` entries.`);
          continue;
        }
        if (placed.has(target)) continue; // already in the chain, through another path of the diamond
        if (depth >= MAX_EXTENDS_DEPTH) {
          problems.add(f, item, `\`extends\` is nested more than ${MAX_EXTENDS_DEPTH} files deep here; flatten the chain of presets.`);
          continue;
        }
        const t = readFile(target);
        if (t === undefined) {
          problems.add(f, item, `Cannot read the preset \`${name}\` (${display(target)}); check the path (relative to the folder of ${f.display}).`);
          continue;
        }
        if (typeof t !== 'string') {
          problems.add(f, item, `Cannot read the preset \`${name}\` (${display(target)}): ${t.reason}. Name a regular file inside the repository.`);
          continue;
        }
        visit(parse(target, t, isPreset || f.builtin), depth + 1);
      }
    }
    visiting.delete(f.abs);
    placed.add(f.abs);
    chain.push(f);
  };
  visit(parse(abs, text, false), 0);

  // 2. Policy files, from every file of the chain: their rules are known before rule ids are checked.
  const baseRules = options.rules ?? builtinRules;
  const policyRules: AnyRule[] = [];
  const policyIds = new Set<string>();
  for (const f of chain) {
    const node = f.root && get(f.root, 'policies');
    const items = node?.type === 'seq' ? node.items : node ? [node] : [];
    for (const item of items) {
      if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
      const target = path.resolve(path.dirname(f.abs), item.value);
      if (escapes(f.abs, target)) {
        problems.add(f, item, outsideMessage(`The policy file \`${item.value}\` resolves to`, target));
        continue;
      }
      const t = readFile(target);
      if (t === undefined) {
        problems.add(f, item, `Cannot read the policy file \`${item.value}\` (${display(target)}); paths are relative to the folder of ${f.display}.`);
        continue;
      }
      if (typeof t !== 'string') {
        problems.add(f, item, `Cannot read the policy file \`${item.value}\` (${display(target)}): ${t.reason}. Name a regular file inside the repository.`);
        continue;
      }
      filesRead.push(target);
      const pf = { display: display(target), text: t };
      const compiled = compilePolicies(t, pf.display);
      for (const p of compiled.problems) problems.add(pf, p, p.message);
      for (const r of compiled.rules) {
        if (policyIds.has(r.meta.id) || baseRules.some((b) => b.meta.id === r.meta.id)) {
          const key = getPair(get(parseYaml(t).documents[0]?.root, 'rules'), r.meta.id);
          problems.add(pf, key?.keyNode ?? { start: 0, end: 0 }, `The rule id \`${r.meta.id}\` is defined twice; give each policy rule its own id.`);
          continue;
        }
        policyIds.add(r.meta.id);
        policyRules.push(r);
      }
    }
  }
  const allRules = [...baseRules, ...policyRules];
  const byId = new Map(allRules.map((r) => [r.meta.id, r]));

  // 3. Each file's settings, checked against the complete rule set.
  const ruleSettings = (f: ParsedFile, node: YNode | undefined, where: string): Map<string, { setting: RuleSetting; levelOnly: boolean; source: SettingSource }> => {
    const out = new Map<string, { setting: RuleSetting; levelOnly: boolean; source: SettingSource }>();
    if (!node || node.type !== 'map') return out;
    const idx = new LineIndex(f.text);
    for (const pair of node.pairs) {
      const id = pair.key;
      const rule = byId.get(id);
      if (!rule) {
        // A shipped preset may name rules that this build does not have yet: they are skipped.
        if (f.builtin) continue;
        const s = didYouMean(id, byId.keys());
        problems.add(f, pair.keyNode, `Unknown rule \`${id}\` in ${where}.${s ? ` Did you mean \`${s}\`?` : ' Run `topiclint rules` for the ids, or define it in a policy file listed under `policies`.'}`);
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
      let options: Record<string, unknown> | undefined;
      if (optionsNode) {
        if (!rule.meta.optionsSchema) {
          problems.add(f, optionsNode, `Rule \`${id}\` takes no options; write \`${id}: ${level}\`.`);
        } else {
          const errs = validateNode(optionsNode, rule.meta.optionsSchema, false);
          for (const e of errs) problems.add(f, e, `Rule \`${id}\`: ${e.message.replace(/^the entry/, 'the options')}${e.message.startsWith('Unknown key') ? '' : ` See \`topiclint explain ${id}\` for its options.`}`);
          const badRegexes = errs.length === 0 ? regexOptionProblems(optionsNode, rule.meta.regexOptions ?? []) : [];
          for (const r of badRegexes) problems.add(f, r.node, `Rule \`${id}\`: the \`${r.key}\` pattern ${r.problem}`);
          if (errs.length === 0 && badRegexes.length === 0) options = toJS(optionsNode) as Record<string, unknown>;
        }
      }
      const p = idx.position(pair.keyNode.start);
      out.set(id, { setting: { level, ...(options ? { options } : {}) }, levelOnly: !optionsNode, source: { file: f.display, line: p.line, column: p.column } });
    }
    return out;
  };
  const globList = (f: ParsedFile, node: YNode | undefined): string[] | undefined => {
    if (!node) return undefined;
    const items = node.type === 'seq' ? node.items : [node];
    const out: string[] = [];
    for (const item of items) {
      if (item.type !== 'scalar' || typeof item.value !== 'string') continue;
      const bad = checkGlob(item.value);
      if (bad) problems.add(f, item, bad);
      else out.push(item.value);
    }
    return out;
  };
  const ruleIdList = (f: ParsedFile, node: YNode | undefined, what: string): string[] => {
    const out: string[] = [];
    if (node?.type !== 'seq') return out;
    for (const item of node.items) {
      if (item.type !== 'scalar') continue;
      const id = String(item.value);
      if (!byId.has(id)) {
        if (f.builtin) continue;
        const s = didYouMean(id, byId.keys());
        problems.add(f, item, `Unknown rule \`${id}\` in ${what}.${s ? ` Did you mean \`${s}\`?` : ''}`);
      } else out.push(id);
    }
    return out;
  };

  // The baseline is read later (src/config/index.ts); where it leads is checked here, at its value.
  const baselineFiles = new RepoFiles(root);
  const layers: Layer[] = [];
  for (const f of chain) {
    const r = f.root;
    if (!r || r.type !== 'map') continue;
    const layer: Layer = { rules: ruleSettings(f, get(r, 'rules'), '`rules`'), overrides: [], unsuppressible: ruleIdList(f, get(r, 'unsuppressible'), '`unsuppressible`') };
    const inc = globList(f, get(r, 'include'));
    const exc = globList(f, get(r, 'exclude'));
    if (inc) layer.include = inc;
    if (exc) layer.exclude = exc;
    const mfs = get(r, 'maxFileSize');
    if (mfs?.type === 'scalar' && typeof mfs.value === 'number' && Number.isInteger(mfs.value) && mfs.value > 0) layer.maxFileSize = mfs.value;
    const ov = get(r, 'overrides');
    if (ov?.type === 'seq') {
      ov.items.forEach((item, i) => {
        if (item.type !== 'map') return;
        const filesNode = get(item, 'files');
        const whenNode = get(item, 'when');
        if (!filesNode && !whenNode) problems.add(f, item, `Override ${i + 1} applies everywhere: give it \`files\` (globs) and/or \`when\` (a selector), or move its rules to the top-level \`rules\`.`);
        if (whenNode) for (const p of checkWhere(whenNode, undefined, false)) problems.add(f, p, p.message);
        const files = globList(f, filesNode);
        const excludedFiles = globList(f, get(item, 'excludedFiles'));
        const settings = ruleSettings(f, get(item, 'rules'), `override ${i + 1}`);
        layer.overrides.push({
          ...(files ? { files } : {}),
          ...(excludedFiles ? { excludedFiles } : {}),
          ...(whenNode ? { when: toJS(whenNode) as Record<string, unknown> } : {}),
          rules: Object.fromEntries([...settings].map(([id, s]) => [id, s.setting])),
        });
      });
    }
    const w = get(r, 'waivers');
    if (w?.type === 'scalar' && typeof w.value === 'string') {
      const target = path.resolve(path.dirname(f.abs), w.value);
      if (escapes(f.abs, target)) problems.add(f, w, outsideMessage(`The waivers file \`${w.value}\` resolves to`, target));
      else layer.waivers = { path: target, at: { node: w, file: f } };
    }
    else if (w?.type === 'seq') layer.waivers = { inline: w, file: f };
    const b = get(r, 'baseline');
    if (b?.type === 'scalar' && typeof b.value === 'string') {
      const target = path.resolve(path.dirname(f.abs), b.value);
      const where = options.readFile ? undefined : baselineFiles.resolve(target, !RepoFiles.within(baselineFiles.root, target));
      if (escapes(f.abs, target)) problems.add(f, b, outsideMessage(`The baseline \`${b.value}\` resolves to`, target));
      else if (where && 'reason' in where && !where.missing) problems.add(f, b, `Cannot read the baseline \`${b.value}\` (${display(target)}): ${where.reason}. Name a regular file inside the repository.`);
      else layer.baseline = target;
    }
    layers.push(layer);
  }

  // 4. Merge: later layers win; a level without options keeps the options set before it.
  const rules: Record<string, RuleSetting> = {};
  const ruleSources: Record<string, SettingSource> = {};
  const overrides: Override[] = [];
  const unsuppressible = new Set<string>();
  let include: string[] | undefined;
  let exclude: string[] | undefined;
  let waiverSource: Layer['waivers'];
  let baseline: string | undefined;
  let maxFileSize: number | undefined;
  for (const l of layers) {
    for (const [id, s] of l.rules) {
      const prev = rules[id];
      rules[id] = s.levelOnly && prev?.options ? { level: s.setting.level, options: prev.options } : s.setting;
      ruleSources[id] = s.source;
    }
    overrides.push(...l.overrides);
    l.unsuppressible.forEach((u) => unsuppressible.add(u));
    if (l.include) include = l.include;
    if (l.exclude) exclude = [...(exclude ?? []), ...l.exclude];
    if (l.waivers) waiverSource = l.waivers;
    if (l.baseline) baseline = l.baseline;
    if (l.maxFileSize) maxFileSize = l.maxFileSize;
  }
  let waivers: Waiver[] = [];
  if (waiverSource) {
    if ('path' in waiverSource) {
      const t = readFile(waiverSource.path);
      if (t === undefined) problems.add(waiverSource.at.file, waiverSource.at.node, `Cannot read the waivers file ${display(waiverSource.path)}.`);
      else if (typeof t !== 'string') problems.add(waiverSource.at.file, waiverSource.at.node, `Cannot read the waivers file ${display(waiverSource.path)}: ${t.reason}. Name a regular file inside the repository.`);
      else {
        filesRead.push(waiverSource.path);
        waivers = readWaivers(t, display(waiverSource.path), byId, problems);
      }
    } else waivers = waiversFromNode(waiverSource.inline, waiverSource.file, byId, problems, false);
  }
  const config: ResolvedConfig = { rules, overrides, ...(unsuppressible.size ? { unsuppressible: [...unsuppressible].sort() } : {}) };
  const loaded: LoadedConfig = {
    file: abs,
    config,
    rules: allRules,
    policyRules,
    ...(include ? { include } : {}),
    ...(exclude ? { exclude } : {}),
    ...(maxFileSize ? { maxFileSize } : {}),
    waivers,
    ...(baseline ? { baseline } : {}),
    ...(waiverSource ? { waiversConfigured: true } : {}),
    files: [...new Set(filesRead)],
    ruleSources,
  };
  return { config, errors: problems.list, loaded };
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
