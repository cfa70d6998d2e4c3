/**
 * Escaping of text that came from the repository (paths, topic names, messages that quote them,
 * custom rule ids) before it reaches a terminal, a CI log, Markdown or GitHub.
 *
 * One notation everywhere: a character that could change how the output is read is shown as a
 * visible JavaScript-style escape, `\xNN` up to U+00FF and `\uNNNN` above, never dropped, so what a
 * hostile name hides stays visible. The characters (controls, line breaks, bidirectional formatting)
 * and the notation are in `util/visible-escape.ts`, shared with parse-error excerpts.
 * So repository text can never start a line of its own: no `::error::`, `::add-mask::` or
 * `::stop-commands::` workflow command in a CI log, and no reordered text. A backslash is left as it
 * is (a file may be named `a\b.yaml`), so a name that spells `\x0a` literally reads the same as one
 * holding a line feed; both are inert.
 */

import { escapeControls, escapeControlsKeepingLineFeeds, visibleEscape } from '../util/visible-escape.js';

/**
 * `escapeControls`: repository text as one inert line (stylish, compact). `escapeControlsKeepingLineFeeds`:
 * for a format that escapes line feeds itself (GitHub workflow commands percent-encode them, so they
 * stay inside the annotation). Both live in `util/visible-escape.ts`, shared with parse-error excerpts.
 */
export { escapeControls, escapeControlsKeepingLineFeeds };

/**
 * A zero-width space, as an HTML entity: it breaks an autolink wherever it stands, in the Markdown
 * source and in the rendered text alike, and shows nothing.
 */
const ZWSP = '&#8203;';

/**
 * Breaks what GitHub Flavoured Markdown would turn into a link by itself (the extended autolinks:
 * https://github.github.com/gfm/#autolinks-extension-). A URL autolink needs `http://` or
 * `https://` (cmark-gfm, GitHub's renderer, also takes `ftp://`), a www autolink the text `www.`, an email autolink (and `mailto:`/`xmpp:`) an `@` with
 * an address character right before it. A zero-width space between the scheme and `:`, between
 * `www` and `.`, and before every `@` leaves none of the three. Backslash escapes or entities for `:`
 * `.` `@` are not enough: cmark-gfm matches email addresses on the text after escapes are decoded
 * (`x\@evil.example` is still a mailto link), while the zero-width space stays in that text.
 * Takes Markdown that is already escaped (the entity's `&` must not be escaped again).
 */
export function breakAutolinks(markdown: string): string {
  return markdown
    .replace(/(https?|ftp)(?=:)/gi, `$1${ZWSP}`)
    .replace(/(www)(?=\.)/gi, `$1${ZWSP}`)
    .replace(/@/g, `${ZWSP}@`);
}

/**
 * Text from the repository as inert Markdown (GitHub Flavoured Markdown, e.g. a job summary table
 * cell): controls and bidirectional characters shown as escapes (so a row stays one line), HTML
 * entity-escaped, Markdown punctuation backslash-escaped (so no emphasis, code, links, images or
 * table breaks can be formed), and bare URLs, `www.` names and email addresses broken so that GitHub
 * does not link them.
 */
export function escapeMarkdown(s: string): string {
  const escaped = escapeControls(s)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
  return breakAutolinks(escaped);
}

/** A line a GitHub runner would read as a workflow command: `::name ...::` or `##[name]`, after white space. */
const COMMAND_START = /^(\s*)(:(?=:)|#(?=#\[))/;

/**
 * A writer for a log (stderr) that no repository text can take over: messages such as
 * `Unknown rule \`...\`` quote config keys and paths, and a key holding a line feed followed by
 * `::error::` would otherwise print a workflow command of its own. Controls and bidirectional
 * characters are shown as escapes (line feeds are kept: messages span lines), and a line that would
 * start a command (`::`, `##[`) has its first character shown as an escape (`\x3a:error::...`).
 * Lines may arrive in any number of pieces. topiclint never prints a command to stderr itself.
 */
export function guardedLog(write: (s: string) => void): (s: string) => void {
  let atLineStart = true;
  return (s) => {
    const lines = escapeControlsKeepingLineFeeds(s).split('\n');
    const out = lines.map((line, i) => (i > 0 || atLineStart ? line.replace(COMMAND_START, (_, space: string, c: string) => `${space}${visibleEscape(c)}`) : line));
    if (s.length) atLineStart = s.endsWith('\n');
    write(out.join('\n'));
  };
}
