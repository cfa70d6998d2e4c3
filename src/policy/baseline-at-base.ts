/**
 * The baseline in `--base` mode. The baseline file is in the repository, so a pull request could add
 * its own new findings to it and pass. With a base ref, only the entries the baseline already had at
 * the base are honoured; each entry the pull request adds is a `policy-weakened` finding instead
 * (`compareBaselines`). The base's text comes from the git process that reads the base catalog (the
 * lint API reads `path` at the base commit with it), so the decision waits until then: the step
 * returned here honours nothing until `resolve` has been called.
 */
import type { Finding } from '../model/finding.js';
import type { ResolvedConfig } from '../model/config.js';
import { baselineStep, type BaselineEntry, type PostprocessStep } from './exceptions.js';
import { compareBaselines } from './weakened.js';

/** What the lint API does with a baseline in `--base` mode (`LintOptions.baselineAtBase`). */
export interface BaselineAtBase {
  /** The baseline file, relative to the repository root: read at the base commit too. */
  readonly path: string;
  /**
   * Called once the base is read and before findings are post-processed, with the baseline's text at
   * the base (undefined when it had none). Returns the `policy-weakened` findings for added entries.
   */
  resolve(baseText: string | undefined, ref: string): Finding[];
}

export interface DeferredBaselineSettings {
  /** Root-relative path, as shown in findings. */
  readonly path: string;
  /** The baseline's text now (its entries are parsed from it). */
  readonly headText: string;
  readonly config: ResolvedConfig;
}

/** The baseline step of a `--base` run, and the hook that decides which entries it honours. */
export function deferredBaseline(settings: DeferredBaselineSettings): { step: PostprocessStep; atBase: BaselineAtBase } {
  let honoured: readonly BaselineEntry[] = [];
  return {
    step: (findings, ctx) => baselineStep({ entries: honoured, config: settings.config, baselineFile: settings.path })(findings, ctx),
    atBase: {
      path: settings.path,
      resolve(baseText, ref) {
        const compared = compareBaselines(baseText, settings.headText, settings.path, { ref });
        honoured = compared.honoured;
        return compared.findings;
      },
    },
  };
}
