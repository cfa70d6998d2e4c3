import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { toPosix } from './posix-path.js';
import { RepoFiles } from './repo-file.js';

/** The largest `.gitignore` read when the run gives no limit (the default `--max-file-size`). */
const GITIGNORE_MAX_BYTES = 10 * 1024 * 1024;

/**
 * The `.gitignore` files of the working tree on the way from the root to a path, loaded once per folder:
 * discovery (discover.ts) prunes the folders they exclude and skips the files; the base-ref reader
 * (git/base.ts) applies them to the base's files the same way, so both runs see the same catalog.
 */
export class GitIgnores {
  private readonly own = new Map<string, Ignore | null>();
  /** Per folder, the .gitignore files that apply to what is in it: its own and those above it. */
  private readonly chains = new Map<string, readonly { readonly base: string; readonly ig: Ignore }[]>();
  /** `.gitignore` files that exist but were not read safely (not applied); the caller reports them. */
  readonly problems: { readonly file: string; readonly reason: string }[] = [];
  constructor(
    private readonly root: string,
    private readonly files: RepoFiles = new RepoFiles(root),
    private readonly maxSize: number = GITIGNORE_MAX_BYTES,
  ) {}

  private forDir(dir: string): Ignore | null {
    if (this.own.has(dir)) return this.own.get(dir)!;
    const file = path.join(dir, '.gitignore');
    let ig: Ignore | null = null;
    // Read like every repository file: a link out of the repository or into .git, a pipe or an
    // oversized file is not used, and is reported rather than ignored in silence.
    const read = this.files.readText(file, this.maxSize);
    if ('text' in read) ig = ignore().add(read.text);
    else if (!read.missing) this.problems.push({ file, reason: `${read.reason} (a .gitignore: its patterns were not applied)` });
    this.own.set(dir, ig);
    return ig;
  }

  private chain(dir: string): readonly { readonly base: string; readonly ig: Ignore }[] {
    let chain = this.chains.get(dir);
    if (chain) return chain;
    const inside = dir === this.root || dir.startsWith(this.root + path.sep);
    const up = path.dirname(dir);
    const above = inside && dir !== this.root && up !== dir ? this.chain(up) : [];
    const ig = inside ? this.forDir(dir) : null;
    chain = ig ? [...above, { base: dir, ig }] : above;
    this.chains.set(dir, chain);
    return chain;
  }

  /** Is this folder excluded by a .gitignore above it (then nothing in it is read, as in git)? */
  ignoredDir(absolute: string): boolean {
    return this.ignored(absolute, '/');
  }

  ignored(absolute: string, suffix = ''): boolean {
    for (const { base, ig } of this.chain(path.dirname(absolute))) {
      const rel = toPosix(path.relative(base, absolute));
      if (rel && !rel.startsWith('..') && ig.ignores(rel + suffix)) return true;
    }
    return false;
  }
}
