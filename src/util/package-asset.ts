/**
 * Files shipped with the package (policies/, docs/), found from wherever this code runs: the compiled
 * tree (dist/<dir>/), the sources under a test runner (src/<dir>/) or the Action's bundle
 * (action/dist/ and action/dist/chunks/).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PREFIXES = ['../../', '../../../', '../'];

/** Absolute path of `rel` (e.g. `policies/`, `docs/rules/x.md`) in the package, or the first guess. */
export function packageAsset(rel: string, from: string = import.meta.url): string {
  for (const prefix of PREFIXES) {
    const candidate = fileURLToPath(new URL(prefix + rel, from));
    if (existsSync(candidate)) return candidate;
  }
  return fileURLToPath(new URL(PREFIXES[0] + rel, from));
}
