import path from 'node:path';

/** A platform path with `/` separators: how paths are reported, matched and keyed everywhere. */
export function toPosix(p: string): string {
  // Discovery calls this once per file: on POSIX there is nothing to replace.
  return path.sep === '/' ? p : p.split(path.sep).join('/');
}
