/**
 * `--cache`, second level: the whole result of a run, keyed by a hash of everything that went into it
 * (tool version, every input file's path and content, the files that could not be read, CODEOWNERS,
 * the base ref's commit, the rules and the resolved config, and a salt from the CLI covering its
 * arguments, the date (waivers expire) and the content of every config, policy, waiver and baseline
 * file). An unchanged run then only reads and hashes its inputs; when anything differs the run lints
 * afresh. (A per-file model cache was dropped: after the line scanner, loading cached models cost
 * more than parsing the files again.)
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { LintResult } from '../model/finding.js';
import type { FileRecord } from '../model/model.js';
import { TOOL } from '../model/tool.js';
import type { InputFile } from '../sources/types.js';
import { digestOf } from '../util/digest.js';

export const DEFAULT_CACHE_LOCATION = '.topiclint-cache';
const RESULT_FILE = 'result-v1.json';

export interface ResultKeyParts {
  readonly salt: string;
  readonly root: string;
  readonly files: readonly InputFile[];
  readonly records: readonly FileRecord[];
  readonly codeowners?: InputFile;
  readonly baseCommit?: string;
  readonly baseFiles?: readonly InputFile[];
  readonly ruleIds: readonly string[];
  readonly config: unknown;
  readonly options: unknown;
}

export function resultKey(parts: ResultKeyParts): string {
  const h = createHash('sha256');
  const put = (s: string) => h.update(`${s.length}:${s}`);
  put(`${TOOL.name}@${TOOL.version}`);
  put(parts.salt);
  put(parts.root);
  for (const f of parts.files) {
    put(f.path);
    put(digestOf('sha1', f.text, 'base64'));
  }
  put(JSON.stringify(parts.records));
  put(parts.codeowners ? `${parts.codeowners.path}\n${parts.codeowners.text}` : '-');
  put(parts.baseCommit ?? '-');
  for (const f of parts.baseFiles ?? []) put(`${f.path}\n${digestOf('sha1', f.text, 'base64')}`);
  put(parts.ruleIds.join(','));
  put(JSON.stringify(parts.config ?? null));
  put(JSON.stringify(parts.options ?? null));
  return h.digest('hex');
}

export async function readCachedResult(dir: string, key: string): Promise<LintResult | undefined> {
  try {
    const data = JSON.parse(await readFile(path.join(dir, RESULT_FILE), 'utf8')) as { key?: string; result?: LintResult };
    return data.key === key && data.result ? data.result : undefined;
  } catch {
    return undefined; // none yet, or unreadable: run normally
  }
}

export async function writeCachedResult(dir: string, key: string, result: LintResult): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, RESULT_FILE);
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ key, result }));
  await rename(tmp, file);
}
