/**
 * Configuration for a run: find and load the config, policies and waivers, read the baseline, and turn
 * them into `lint()` options (config, rules, include/exclude, post-processing steps). Throws `UsageError`
 * (exit 2) with every problem at its file:line:col.
 */
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { LintOptions } from '../lint.js';
import { UsageError } from '../lint.js';
import { baselineStep, createBaseline, inlineSuppressionStep, parseBaseline, waiverStep, type PostprocessStep } from '../policy/exceptions.js';
import { findAndLoadConfig, formatConfigProblems, type LoadedConfig } from './load.js';
import { deferredBaseline } from '../policy/baseline-at-base.js';
import { toPosix } from '../util/posix-path.js';
import { RepoFiles } from '../util/repo-file.js';
import { writeFileReplacingLinks } from '../util/safe-write.js';

export { checkGlob, findAndLoadConfig, findConfigFile, formatConfigProblems, loadConfigFromText, CONFIG_FILE_NAMES, PRESETS } from './load.js';
export type { ConfigProblem, LoadedConfig, LoadOptions, SettingSource } from './load.js';
export { STARTER_CONFIG, writeStarterConfig } from './init.js';

export interface PrepareOptions {
  readonly cwd: string;
  readonly root: string;
  /** `--config FILE`. */
  readonly configPath?: string;
  /** `--baseline FILE` (relative to cwd); the config's `baseline:` is used when absent. */
  readonly baselinePath?: string;
  /** `--write-baseline`: the baseline is being written, so none is applied. */
  readonly writingBaseline?: boolean;
  /**
   * `--base`: the baseline is in the pull request's hands, so only the entries it had at the base are
   * honoured; those it adds are `policy-weakened` (src/config/baseline-at-base.ts).
   */
  readonly baselineAtBase?: boolean;
  /** Today's date (YYYY-MM-DD) for waiver expiry: the CLI passes the clock, tests a fixed day. */
  readonly today: string;
  /** The run lints the whole repository: waivers whose target has no finding are reported as unused. */
  readonly wholeRepository?: boolean;
  readonly presetsDir?: string;
  /** `--max-file-size`: the largest baseline read (else the config's `maxFileSize`, else 10 MiB). */
  readonly maxFileSize?: number;
}

/** The baseline's size limit when neither the command line nor the config sets one (the default `--max-file-size`). */
const DEFAULT_BASELINE_MAX_BYTES = 10 * 1024 * 1024;

export type PreparedOptions = Pick<LintOptions, 'config' | 'rules' | 'postprocess' | 'include' | 'exclude' | 'testFiles' | 'maxFileSize' | 'baselineAtBase'>;

/** Everything `lint()` needs from the configuration. */
export function prepareLint(options: PrepareOptions): { lintOptions: PreparedOptions; loaded: LoadedConfig; baselineFile?: string } {
  const { loaded, errors } = findAndLoadConfig({
    cwd: options.cwd,
    root: options.root,
    ...(options.configPath ? { configPath: options.configPath } : {}),
    ...(options.presetsDir ? { presetsDir: options.presetsDir } : {}),
  });
  if (errors.length) {
    throw new UsageError(`invalid configuration (${errors.length} problem${errors.length === 1 ? '' : 's'}):\n${formatConfigProblems(errors)}`);
  }
  const settings = { config: loaded.config, rules: loaded.rules };
  const steps: PostprocessStep[] = [inlineSuppressionStep(settings)];
  if (loaded.waivers.length) steps.push(waiverStep({ ...settings, waivers: loaded.waivers, today: options.today, ...(options.wholeRepository ? { wholeRepository: true } : {}) }));
  let baselineAtBase: ReturnType<typeof deferredBaseline> | undefined;
  const baselineFile = options.writingBaseline ? undefined : options.baselinePath ? path.resolve(options.cwd, options.baselinePath) : loaded.baseline;
  if (baselineFile) {
    // Read like every repository file (src/util/repo-file.ts): inside the repository, outside .git, a
    // regular file, bounded; a --baseline the user names outside the repository is read (bounded) too.
    const files = new RepoFiles(options.root);
    const read = files.readText(baselineFile, options.maxFileSize ?? loaded.maxFileSize ?? DEFAULT_BASELINE_MAX_BYTES, !RepoFiles.within(files.root, baselineFile));
    if ('missing' in read) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: no such file. Write one with \`topiclint --write-baseline ${options.baselinePath ?? '.topiclint-baseline.json'}\`.`);
    if (!('text' in read)) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: cannot be read: ${read.reason}. Give a regular file inside the repository.`);
    const parsed = parseBaseline(read.text);
    if ('error' in parsed) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: ${parsed.error}.`);
    const shown = toPosix(path.relative(options.root, baselineFile));
    if (options.baselineAtBase && !shown.startsWith('..') && !path.isAbsolute(shown)) {
      baselineAtBase = deferredBaseline({ path: shown, headText: read.text, config: loaded.config });
      steps.push(baselineAtBase.step);
    } else steps.push(baselineStep({ entries: parsed.entries, config: loaded.config, baselineFile: shown }));
  }
  return {
    loaded,
    ...(baselineFile ? { baselineFile } : {}),
    lintOptions: {
      config: loaded.config,
      rules: loaded.rules,
      postprocess: steps.map((s) => (findings: Finding[], ctx: { texts: ReadonlyMap<string, string> }) => s(findings, ctx)),
      ...(loaded.include ? { include: loaded.include } : {}),
      ...(loaded.exclude ? { exclude: loaded.exclude } : {}),
      ...(loaded.testFiles ? { testFiles: loaded.testFiles } : {}),
      ...(loaded.maxFileSize ? { maxFileSize: loaded.maxFileSize } : {}),
      ...(baselineAtBase ? { baselineAtBase: baselineAtBase.atBase } : {}),
    },
  };
}

/**
 * `--write-baseline FILE`: today's visible findings, stable JSON. Returns how many were recorded.
 * A link at FILE is replaced, never written through; `root`'s folders must not lead out of it (src/util/safe-write.ts).
 */
export async function writeBaseline(file: string, findings: readonly Finding[], root?: string): Promise<number> {
  const text = createBaseline(findings);
  await writeFileReplacingLinks(file, [text], root);
  return (JSON.parse(text) as { findings: unknown[] }).findings.length;
}
