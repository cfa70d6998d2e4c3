/**
 * Configuration for a run: find and load the config, policies and waivers, read the baseline, and turn
 * them into `lint()` options (config, rules, include/exclude, post-processing steps). Throws `UsageError`
 * (exit 2) with every problem at its file:line:col.
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from '../core/finding.js';
import type { LintOptions } from '../lint.js';
import { UsageError } from '../lint.js';
import { baselineStep, createBaseline, inlineSuppressionStep, parseBaseline, waiverStep, type PostprocessStep } from '../policy/exceptions.js';
import { findAndLoadConfig, formatConfigProblems, type LoadedConfig } from './load.js';
import { toPosix } from '../util/posix-path.js';

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
  /** Today's date (YYYY-MM-DD) for waiver expiry: the CLI passes the clock, tests a fixed day. */
  readonly today: string;
  /** The run lints the whole repository: waivers whose target has no finding are reported as unused. */
  readonly wholeRepository?: boolean;
  readonly presetsDir?: string;
}

export type PreparedOptions = Pick<LintOptions, 'config' | 'rules' | 'postprocess' | 'include' | 'exclude' | 'maxFileSize'>;

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
  const baselineFile = options.writingBaseline ? undefined : options.baselinePath ? path.resolve(options.cwd, options.baselinePath) : loaded.baseline;
  if (baselineFile) {
    if (!existsSync(baselineFile)) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: no such file. Write one with \`topiclint --write-baseline ${options.baselinePath ?? '.topiclint-baseline.json'}\`.`);
    const parsed = parseBaseline(readFileSync(baselineFile, 'utf8'));
    if ('error' in parsed) throw new UsageError(`--baseline ${options.baselinePath ?? baselineFile}: ${parsed.error}.`);
    const shown = toPosix(path.relative(options.root, baselineFile));
    steps.push(baselineStep({ entries: parsed.entries, config: loaded.config, baselineFile: shown }));
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
      ...(loaded.maxFileSize ? { maxFileSize: loaded.maxFileSize } : {}),
    },
  };
}

/** `--write-baseline FILE`: today's visible findings, stable JSON. Returns how many were recorded. */
export async function writeBaseline(file: string, findings: readonly Finding[]): Promise<number> {
  const text = createBaseline(findings);
  await writeFile(file, text);
  return (JSON.parse(text) as { findings: unknown[] }).findings.length;
}
