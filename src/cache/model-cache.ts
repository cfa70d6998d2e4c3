/**
 * `--cache`: per-file models keyed by a hash of the file's content, the tool version and the adapter
 * set. A file whose content is unchanged is not parsed again. Rules always run on the whole model, so
 * the rules that look across files stay correct. The cache is one JSON file; a corrupt or foreign
 * cache is ignored and rewritten, never an error.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { TOOL } from '../core/tool.js';
import type { YamlReader } from '../sources/index.js';
import type { AdapterOutput, InputFile } from '../sources/types.js';

export const DEFAULT_CACHE_LOCATION = '.topiclint-cache';
const CACHE_FILE = 'models-v1.json';

interface CacheFileShape {
  readonly key: string;
  readonly entries: Record<string, { readonly hash: string; readonly output: AdapterOutput }>;
}

export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('base64url');
}

export class ModelCache {
  private entries = new Map<string, { hash: string; output: AdapterOutput }>();
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    private readonly file: string,
    private readonly key: string,
  ) {}

  /** Open the cache in `dir`; `salt` distinguishes settings that change what adapters produce. */
  static async open(dir: string, salt: string): Promise<ModelCache> {
    const key = `${TOOL.name}@${TOOL.version}:${salt}`;
    const cache = new ModelCache(path.join(dir, CACHE_FILE), key);
    try {
      const data = JSON.parse(await readFile(cache.file, 'utf8')) as CacheFileShape;
      if (data && data.key === key && data.entries && typeof data.entries === 'object') {
        cache.entries = new Map(Object.entries(data.entries));
      }
    } catch {
      /* no cache yet, or unreadable: start empty */
    }
    return cache;
  }

  /** Wrap a YAML reader: unchanged files come from the cache, the rest from `inner`. */
  reader(inner: YamlReader): YamlReader {
    return async (files) => {
      const out: (AdapterOutput | undefined)[] = new Array(files.length);
      const missing: InputFile[] = [];
      const missingAt: number[] = [];
      const hashes = files.map((f) => contentHash(f.text));
      const live = new Set<string>();
      files.forEach((f, i) => {
        live.add(f.path);
        const hit = this.entries.get(f.path);
        if (hit && hit.hash === hashes[i]) {
          out[i] = hit.output;
          this.hits++;
        } else {
          missing.push(f);
          missingAt.push(i);
          this.misses++;
        }
      });
      if (missing.length) {
        const read = await inner(missing);
        read.forEach((o, k) => {
          const i = missingAt[k]!;
          out[i] = o;
          this.entries.set(files[i]!.path, { hash: hashes[i]!, output: o });
        });
        this.dirty = true;
      }
      return out as AdapterOutput[];
    };
  }

  /** Write the cache if anything changed (atomically: a temp file renamed into place). */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const data: CacheFileShape = { key: this.key, entries: Object.fromEntries([...this.entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) };
    await mkdir(path.dirname(this.file), { recursive: true });
    const tmp = `${this.file}.${process.pid}.tmp`;
    await writeFile(tmp, JSON.stringify(data));
    await rename(tmp, this.file);
    this.dirty = false;
  }
}
