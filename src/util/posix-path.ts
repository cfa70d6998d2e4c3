import path from 'node:path';

/** A platform path with `/` separators: how paths are reported, matched and keyed everywhere. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
