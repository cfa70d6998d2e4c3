/**
 * Characters that change how text is read, shown as visible escapes: `\xNN` up to U+00FF, `\uNNNN`
 * above. One set and one notation for everything that shows repository text (the formatters'
 * `escapeControls`, parse-error excerpts):
 * - C0 and C1 controls and DEL (U+0000-U+001F, U+007F-U+009F): line feed, carriage return, tab, NEL
 *   (U+0085), ESC (so no escape sequence: hyperlinks, screen clearing, window titles);
 * - the Unicode line and paragraph separators U+2028 and U+2029;
 * - bidirectional formatting characters ("Trojan Source", CVE-2021-42574): the embeddings and
 *   overrides U+202A-U+202E, the isolates U+2066-U+2069, the marks U+200E, U+200F and U+061C;
 * - the zero-width no-break space U+FEFF (a byte order mark inside text).
 */

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;
/** The same set without the line feed (for formats that escape line feeds their own way). */
// eslint-disable-next-line no-control-regex
const UNSAFE_BUT_LF = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\ufeff]/g;

/** `\xNN` for a character up to U+00FF, `\uNNNN` above. */
export function visibleEscape(c: string): string {
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** Text as one inert line: every character of the set above shown as an escape. */
export function escapeControls(s: string): string {
  return s.replace(UNSAFE, visibleEscape);
}

/** As `escapeControls`, but line feeds are kept, for a format that escapes them itself. */
export function escapeControlsKeepingLineFeeds(s: string): string {
  return s.replace(UNSAFE_BUT_LF, visibleEscape);
}
