import type { LintResult } from '../model/finding.js';

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

/**
 * The same report in pieces, in order (joined, they are the formatter's string). The CLI writes them
 * as they come, so a large report is never held whole.
 */
export type PieceFormatter = (result: LintResult, options?: FormatterOptions) => Iterable<string>;

/** The string formatter of a piece formatter. */
export function joined(pieces: PieceFormatter): Formatter {
  return (result, options) => {
    let out = '';
    for (const piece of pieces(result, options)) out += piece;
    return out;
  };
}
