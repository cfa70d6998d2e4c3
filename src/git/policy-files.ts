/**
 * `policy-weakened` in `--base` mode: topiclint's own files (configuration, policy files, waivers) at
 * the base and now, compared by the pure `comparePolicies`. Which files: the well-known names at the
 * repository root, every file that either side's configuration names under `policies`, `waivers` or
 * (as a path) `extends`, and any extra paths the caller gives (`--config FILE`).
 */
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { AnyRule } from '../model/rule.js';
import { comparePolicies } from '../policy/weakened.js';
import { parseYaml } from '../yaml/tree.js';
import { RepoFiles } from '../util/repo-file.js';
import { readPathsAtCommit } from './base.js';

export const WELL_KNOWN_POLICY_FILES = [
  'topiclint.config.yaml',
  'topiclint.config.yml',
  'topiclint.config.json',
  'topiclint.waivers.yaml',
  'topiclint.waivers.yml',
] as const;

/** Paths a config names (`policies`, `waivers`, path-like `extends`), relative to the root. */
function referenced(text: string | undefined, configPath: string): string[] {
  if (!text) return [];
  const root = parseYaml(text).documents[0]?.root;
  if (root?.type !== 'map') return [];
  const out: string[] = [];
  const dir = path.posix.dirname(configPath);
  for (const p of root.pairs) {
    if (p.key !== 'policies' && p.key !== 'waivers' && p.key !== 'extends') continue;
    const values = p.value?.type === 'seq' ? p.value.items : p.value ? [p.value] : [];
    for (const v of values) {
      if (v.type !== 'scalar' || typeof v.value !== 'string') continue;
      if (p.key === 'extends' && !/[/\\]|\.(ya?ml|json)$/i.test(v.value)) continue; // a preset name
      const rel = path.posix.normalize(path.posix.join(dir, v.value));
      if (!rel.startsWith('..')) out.push(rel);
    }
  }
  return out;
}

/**
 * A policy file as it is now, read like every repository file (src/util/repo-file.ts): one that is a
 * link out of the repository or into .git, not a regular file, or too large counts as absent (so its
 * base version shows as deleted, which is a weakening), and is never read.
 */
async function readHead(root: string, rel: string, maxFileSize: number): Promise<string | undefined> {
  const read = new RepoFiles(root).readText(path.join(root, rel), maxFileSize);
  return 'text' in read ? read.text : undefined;
}

export interface PolicyCompareOptions {
  readonly root: string;
  readonly commit: string;
  /** The base as shown to users. */
  readonly ref: string;
  readonly rules: readonly AnyRule[];
  readonly extraPaths?: readonly string[];
  readonly maxFileSize: number;
  /** Base texts already read for the well-known names and `extraPaths` (saves a git process). */
  readonly baseTexts?: ReadonlyMap<string, string>;
  /** The candidate files at the base (root-relative): an `include`/`exclude` change names those it hides. */
  readonly baseFiles?: readonly string[];
}

export async function comparePolicyFiles(opts: PolicyCompareOptions): Promise<Finding[]> {
  const candidates = new Set<string>([...WELL_KNOWN_POLICY_FILES, ...(opts.extraPaths ?? [])]);
  const headTexts = new Map<string, string | undefined>();
  const baseTexts = opts.baseTexts ? new Map(opts.baseTexts) : await readPathsAtCommit(opts.root, opts.commit, [...candidates], opts.maxFileSize);
  for (const p of candidates) headTexts.set(p, await readHead(opts.root, p, opts.maxFileSize));
  // Files the configurations name, on either side.
  const named = new Set<string>();
  for (const p of candidates) for (const r of [...referenced(baseTexts.get(p), p), ...referenced(headTexts.get(p), p)]) if (!candidates.has(r)) named.add(r);
  if (named.size) {
    const more = await readPathsAtCommit(opts.root, opts.commit, [...named], opts.maxFileSize);
    for (const [p, t] of more) baseTexts.set(p, t);
    for (const p of named) headTexts.set(p, await readHead(opts.root, p, opts.maxFileSize));
  }
  const rules = new Map(opts.rules.map((r) => [r.meta.id, r]));
  // The files an include/exclude change hides are catalog files, not topiclint's own.
  const files = opts.baseFiles?.filter((p) => !headTexts.has(p));
  const findings: Finding[] = [];
  for (const [p, head] of headTexts) {
    const base = baseTexts.get(p);
    if (base === undefined && head === undefined) continue;
    if (base === head) continue;
    findings.push(...comparePolicies(base, head, p, { ref: opts.ref, rules, ...(files ? { files } : {}) }));
  }
  return findings;
}
