import type { LintResult } from '../core/finding.js';

export interface FormatterOptions {
  /** Use ANSI colours (stylish only; the CLI sets it on a TTY unless NO_COLOR). */
  readonly color?: boolean;
  /** Working-tree root as a file URI, for SARIF `originalUriBaseIds`. */
  readonly rootUri?: string;
  readonly verbose?: boolean;
  /** Include suppressed findings (SARIF writes them with `suppressions`). */
  readonly includeSuppressed?: boolean;
}

/** A formatter is a pure function from a result to a string. */
export type Formatter = (result: LintResult, options?: FormatterOptions) => string;
