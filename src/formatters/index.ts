/** Formatter registry: `--format <name>`. The job summary is not a format: see `summary.js`. */
import { compact } from './compact.js';
import { github } from './github.js';
import { json } from './json.js';
import { sarif } from './sarif.js';
import { stylish } from './stylish.js';
import type { Formatter } from './types.js';

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish,
  json,
  sarif,
  compact,
  github,
};

export { summary, type SummaryOptions } from './summary.js';
export { annotationPlan } from './github.js';
export type { Formatter, FormatterOptions } from './types.js';
