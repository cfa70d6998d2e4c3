import { isAscii } from 'node:buffer';

/** Text of a byte range of a cache file: a plain copy when it is ASCII (the usual case), UTF-8 decoded otherwise. */
export function textOf(bytes: Buffer, start = 0, end = bytes.length): string {
  return isAscii(bytes.subarray(start, end)) ? bytes.toString('latin1', start, end) : bytes.toString('utf8', start, end);
}
