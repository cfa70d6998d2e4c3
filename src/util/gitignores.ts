import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { toPosix } from './posix-path.js';

/**
 * The `.gitignore` files of the working tree on the way from the root to a path, loaded once per folder:
 * discovery (discover.ts) prunes the folders they exclude and skips the files; the base-ref reader
 * (git/base.ts) applies them to the base's files the same way, so both runs see the same catalog.
 */
export class GitIgnores {
  private readonly own = new Map<string, Ignore | null>();
  /** Per folder, the .gitignore files that apply to what is in it: its own and those above it. */
  private readonly chains = new Map<string, readonly { readonly base: string; readonly ig: Ignore }[]>();
  constructor(private readonly root: string) {}

  private forDir(dir: string): Ignore | null {
    if (this.own.has(dir)) return this.own.get(dir)!;
    const file = path.join(dir, '.gitignore');
    let ig: Ignore | null = null;
    if (existsSync(file)) {
      try {
        ig = ignore().add(readFileSync(file, 'utf8'));
      } catch {
        ig = null;
      }
    }
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
