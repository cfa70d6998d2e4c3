/** Formatter registry: `--format <name>`. The job summary is not a format: see `summary.js`. */
import { compact, compactReport } from './compact.js';
import { github, githubReport } from './github.js';
import { json, jsonReport } from './json.js';
import { sarif, sarifReport } from './sarif.js';
import { stylish, stylishReport } from './stylish.js';
import type { Formatter, PieceFormatter } from './types.js';

/** Each format as pieces (what the CLI writes as they come). */
export const pieceFormatters: Readonly<Record<string, PieceFormatter>> = {
  stylish: stylishReport,
  json: jsonReport,
  sarif: sarifReport,
  compact: compactReport,
  github: githubReport,
};

/** Each format as one string (the pieces joined). */
export const formatters: Readonly<Record<string, Formatter>> = { stylish, json, sarif, compact, github };

export { summary, type SummaryOptions } from './summary.js';
export { annotationPlan } from './github.js';
export { batched } from './json-text.js';
export type { Formatter, FormatterOptions, PieceFormatter } from './types.js';
