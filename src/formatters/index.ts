/** Formatter registry: `--format <name>`. The job summary is not a format: see `summary.js`. */
import { compactReport } from './compact.js';
import { githubReport } from './github.js';
import { jsonReport } from './json.js';
import { sarifReport } from './sarif.js';
import { stylishReport } from './stylish.js';
import { joined, type Formatter, type PieceFormatter } from './types.js';

/** Each format as pieces (what the CLI writes as they come). */
export const pieceFormatters: Readonly<Record<string, PieceFormatter>> = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: sarifReport,
  compact: compactReport,
  github: githubReport,
};

/** Each format as one string. */
export const formatters: Readonly<Record<string, Formatter>> = Object.fromEntries(Object.entries(pieceFormatters).map(([name, f]) => [name, joined(f)]));

export { summary, type SummaryOptions } from './summary.js';
export { annotationPlan } from './github.js';
export { batched } from './json-text.js';
export type { Formatter, FormatterOptions, PieceFormatter } from './types.js';
