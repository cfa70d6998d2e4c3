/**
 * What the engine is given for one run (`lintFiles`, the streaming pipeline): rules, configuration,
 * sources, and the optional base, CODEOWNERS, unread files and post-processing. Its own module so that
 * both pipelines import it without importing each other (no file cycle: docs/architecture.md).
 */
import type { ResolvedConfig } from '../model/config.js';
import type { FileRecord } from '../model/model.js';
import type { AnyRule } from '../model/rule.js';
import type { SourceRegistry, YamlReader } from '../sources/index.js';
import type { InputFile } from '../sources/types.js';
import type { PostprocessStep } from './assemble.js';

export interface CoreOptions {
  readonly rules: readonly AnyRule[];
  readonly config?: ResolvedConfig;
  readonly registry?: SourceRegistry;
  /** The base catalog and the text of its files, for change rules. */
  readonly base?: { readonly ref: string; readonly files: readonly InputFile[] };
  /** Collect values that could not be known statically (for `--verbose`). */
  readonly collectUnknowns?: boolean;
  /**
   * The repository's CODEOWNERS: topics that declare no owner anywhere get the owners of their file
   * (the last source in the ownership order), so `ownership-metadata` means something on every format.
   */
  readonly codeowners?: InputFile;
  /** Reads YAML files in the whole-catalog pipeline (the lint API passes a worker pool here for `--base`). */
  readonly yamlReader?: YamlReader;
  /**
   * Files found but not read (too large, binary, not UTF-8, unreadable, symlinks out of the repository):
   * listed with the other files and each reported as a `parse-error` finding at 1:1, so they reach
   * every output (SARIF, annotations, exit code) and can be waived like any other finding.
   */
  readonly notLintable?: readonly FileRecord[];
  /** Post-processing of findings (suppressions, waivers, baseline): pure functions, applied in order. */
  readonly postprocess?: readonly PostprocessStep[];
}
