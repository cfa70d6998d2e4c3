/**
 * Line breaks the `yaml` package does not read as line breaks. It breaks lines at LF and CRLF only: a
 * lone CR (which YAML 1.2 calls a line break, but the package deliberately does not: eemeli/yaml#595),
 * and NEL (U+0085), LS (U+2028) and PS (U+2029) (which YAML 1.2 reads as ordinary characters) are text
 * to it. An editor may still show a new line there, so the text after one silently joins the line
 * before it: a comment swallows the next key, a value takes in the next line, and values are lost
 * without a word. So each kind is reported (at its first place in the file, outside a quoted or block
 * scalar, where it is the value's own content), and the document around it is not read.
 */
import { CST } from 'yaml';

/** A parse error as tree.ts reports it (`YParseError`), declared here so this leaf imports nothing of ours. */
export interface LineBreakError {
  readonly message: string;
  readonly start: number;
  readonly end: number;
  readonly code: string;
}

/** Any of the four; tested before anything else is done, so files without them cost one scan. */
export const UNUSUAL_LINE_BREAK = /\r(?!\n)|[\u0085\u2028\u2029]/;

const NAMES: Record<string, string> = {
  '\r': 'A lone carriage return (CR, without a line feed after it) is not a line break for the YAML parser, though YAML 1.2 and most editors treat it as one',
  '\u0085': 'A next-line character (NEL, U+0085) is not a line break in YAML 1.2, though an editor may show a new line there',
  '\u2028': 'A line separator (LS, U+2028) is not a line break in YAML 1.2, though an editor may show a new line there',
  '\u2029': 'A paragraph separator (PS, U+2029) is not a line break in YAML 1.2, though an editor may show a new line there',
};

/**
 * Adds the ranges of the quoted and block scalars of a CST document to `out` (their content may hold
 * any character). Walks with its own stack: the document may be nested thousands deep.
 */
export function collectScalarRanges(doc: CST.Document, out: [number, number][]): void {
  const stack: CST.Token[] = doc.value ? [doc.value] : [];
  while (stack.length > 0) {
    const token = stack.pop()!;
    if (token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar') out.push([token.offset, token.offset + token.source.length]);
    else if (token.type === 'block-scalar') {
      const body = token.props.reduce((end, p) => Math.max(end, p.offset + ('source' in p ? p.source.length : 0)), token.offset);
      out.push([token.offset, body + token.source.length]);
    } else if (CST.isCollection(token)) {
      for (const item of token.items as CST.CollectionItem[]) {
        if (item.key) stack.push(item.key);
        if (item.value) stack.push(item.value);
      }
    }
  }
}

/**
 * One error per kind of unusual line break, at its first place outside the given scalar ranges (sorted
 * or not), saying how many more the file has and what to do.
 */
export function unusualLineBreakErrors(text: string, scalars: readonly [number, number][]): LineBreakError[] {
  const sorted = [...scalars].sort((a, b) => a[0] - b[0]);
  const found = new Map<string, { at: number; count: number }>();
  const all = new RegExp(UNUSUAL_LINE_BREAK.source, 'g');
  let k = 0;
  for (let m = all.exec(text); m; m = all.exec(text)) {
    const at = m.index;
    while (k < sorted.length && sorted[k]![1] <= at) k++;
    if (k < sorted.length && sorted[k]![0] <= at) continue; // inside a quoted or block scalar
    const seen = found.get(m[0]);
    if (seen) seen.count++;
    else found.set(m[0], { at, count: 1 });
  }
  return [...found].map(([ch, { at, count }]) => {
    const more = count > 1 ? ` (${count - 1} more in this file)` : '';
    return {
      message: `${NAMES[ch]}: the text after it joins the line before it (a comment there hides it, a value there takes it in)${more}. Save the file with LF or CRLF line endings (or, inside a value, quote the value)`,
      start: at,
      end: at + 1,
      code: 'UNUSUAL_LINE_BREAK',
    };
  });
}
