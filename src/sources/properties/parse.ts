/**
 * A Java `.properties` reader with source ranges, following `java.util.Properties.load` exactly:
 * `=`, `:` or whitespace between key and value (with whitespace around it), `#` / `!` comment lines,
 * backslash line continuations (leading whitespace of the continued line is dropped), escapes
 * (`\t \n \r \f \uXXXX`, and `\x` for any other x: `\=`, `\:`, `\ `, `\\`), LF, CR and CRLF line ends.
 *
 * Every entry keeps the range of its key and of its value as UTF-16 offsets into the original text,
 * so a value continued over several lines spans them all. Values keep Java's semantics (trailing
 * whitespace is part of the value); `value` is what Java reads, `raw` is the text as written.
 */

export interface PropertiesEntry {
  /** The key as Java reads it (escapes resolved). */
  readonly key: string;
  /** The value as Java reads it (escapes resolved, continuations joined). */
  readonly value: string;
  /** Offsets of the key as written. */
  readonly keyStart: number;
  readonly keyEnd: number;
  /**
   * Offsets of the value as written, trailing whitespace excluded (Kafka trims values); for an empty
   * value both are the offset just after the separator.
   */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** The value's text as written between `valueStart` and `valueEnd` (escapes and line breaks kept). */
  readonly raw: string;
  /** Offset of the start of the logical line (the first character of the key). */
  readonly start: number;
  /** Offset just past the last character of the logical line (before its line break). */
  readonly end: number;
}

export interface PropertiesComment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface PropertiesProblem {
  readonly message: string;
  readonly start: number;
  readonly end: number;
}

export interface PropertiesFile {
  /** Entries in file order; a repeated key appears twice (the last one wins, as in Java). */
  readonly entries: readonly PropertiesEntry[];
  readonly comments: readonly PropertiesComment[];
  readonly problems: readonly PropertiesProblem[];
}

const isWs = (c: string | undefined): boolean => c === ' ' || c === '\t' || c === '\f';
const isEol = (c: string | undefined): boolean => c === '\n' || c === '\r';

/** One character of a logical line, with the offset it was read from. */
interface Ch {
  readonly c: string;
  readonly at: number;
}

/** Parse a `.properties` text. Never throws; malformed `\u` escapes become problems. */
export function parseProperties(text: string): PropertiesFile {
  const entries: PropertiesEntry[] = [];
  const comments: PropertiesComment[] = [];
  const problems: PropertiesProblem[] = [];
  const n = text.length;
  let i = 0;
  // A byte-order mark is not part of the first key.
  if (text.charCodeAt(0) === 0xfeff) i = 1;

  const skipEol = (p: number): number => (text[p] === '\r' && text[p + 1] === '\n' ? p + 2 : p + 1);

  while (i < n) {
    // Leading whitespace of a natural line.
    while (i < n && isWs(text[i])) i++;
    if (i >= n) break;
    if (isEol(text[i])) {
      i = skipEol(i);
      continue;
    }
    if (text[i] === '#' || text[i] === '!') {
      const start = i;
      while (i < n && !isEol(text[i])) i++;
      comments.push({ text: text.slice(start, i), start, end: i });
      continue;
    }
    // Read the logical line into characters with their offsets (continuations resolved).
    const chars: Ch[] = [];
    const start = i;
    let end = i;
    while (i < n) {
      const c = text[i]!;
      if (isEol(c)) break;
      if (c === '\\') {
        // Count the run of backslashes: an odd run at the end of the line continues it.
        let j = i;
        while (j < n && text[j] === '\\') j++;
        const run = j - i;
        if (isEol(text[j]) || j >= n) {
          for (let k = 0; k < run - (run % 2); k++) chars.push({ c: '\\', at: i + k });
          if (run % 2 === 1) {
            if (j >= n) {
              // A lone backslash at the very end of the file: Java drops it.
              i = j;
              end = j;
              break;
            }
            i = skipEol(j);
            while (i < n && isWs(text[i])) i++;
            continue;
          }
          i = j;
          end = j;
          continue;
        }
        for (let k = 0; k < run; k++) chars.push({ c: '\\', at: i + k });
        i = j;
        end = j;
        continue;
      }
      chars.push({ c, at: i });
      i++;
      end = i;
    }
    parseLogicalLine(text, chars, start, end, entries, problems);
  }
  return { entries, comments, problems };
}

function parseLogicalLine(text: string, chars: readonly Ch[], start: number, end: number, entries: PropertiesEntry[], problems: PropertiesProblem[]): void {
  if (chars.length === 0) return;
  // Key: up to the first unescaped `=`, `:` or whitespace.
  let k = 0;
  let escaped = false;
  while (k < chars.length) {
    const c = chars[k]!.c;
    if (escaped) escaped = false;
    else if (c === '\\') escaped = true;
    else if (c === '=' || c === ':' || isWs(c)) break;
    k++;
  }
  const keyChars = chars.slice(0, k);
  let v = k;
  while (v < chars.length && isWs(chars[v]!.c)) v++;
  if (v < chars.length && (chars[v]!.c === '=' || chars[v]!.c === ':')) {
    v++;
    while (v < chars.length && isWs(chars[v]!.c)) v++;
  }
  const valueChars = chars.slice(v);
  const key = unescape(keyChars, problems);
  const value = unescape(valueChars, problems);
  const keyStart = keyChars[0]?.at ?? start;
  const keyEnd = keyChars.length ? keyChars[keyChars.length - 1]!.at + 1 : keyStart;
  // Kafka trims values; the range ends at the last non-whitespace character as written.
  let last = valueChars.length - 1;
  while (last >= 0 && isWs(valueChars[last]!.c) && !(last > 0 && valueChars[last - 1]!.c === '\\' && isEscapeAt(valueChars, last - 1))) last--;
  const afterSep = v > 0 && v <= chars.length ? (chars[v - 1]!.at + 1) : keyEnd;
  const valueStart = valueChars.length && last >= 0 ? valueChars[0]!.at : afterSep;
  const valueEnd = last >= 0 ? valueChars[last]!.at + 1 : valueStart;
  entries.push({ key, value, keyStart, keyEnd, valueStart, valueEnd, raw: text.slice(valueStart, valueEnd), start, end });
}

/** Whether the backslash at `idx` starts an escape (it is preceded by an even run of backslashes). */
function isEscapeAt(chars: readonly Ch[], idx: number): boolean {
  let run = 0;
  for (let j = idx; j >= 0 && chars[j]!.c === '\\'; j--) run++;
  return run % 2 === 1;
}

function unescape(chars: readonly Ch[], problems: PropertiesProblem[]): string {
  let out = '';
  for (let p = 0; p < chars.length; p++) {
    const c = chars[p]!.c;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = chars[p + 1];
    if (!next) break; // a trailing backslash is dropped
    p++;
    switch (next.c) {
      case 't':
        out += '\t';
        break;
      case 'n':
        out += '\n';
        break;
      case 'r':
        out += '\r';
        break;
      case 'f':
        out += '\f';
        break;
      case 'u': {
        const hex = chars.slice(p + 1, p + 5).map((h) => h.c).join('');
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          out += String.fromCharCode(parseInt(hex, 16));
          p += 4;
        } else {
          const at = chars[p - 1]!.at;
          problems.push({ message: `Malformed \\uXXXX escape \`\\u${hex}\` (Java refuses to load this file)`, start: at, end: (chars[Math.min(p + 4, chars.length - 1)]?.at ?? at) + 1 });
          out += 'u' + hex;
          p += hex.length;
        }
        break;
      }
      default:
        out += next.c;
    }
  }
  return out;
}
