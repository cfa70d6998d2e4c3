/** Escaping of text that came from the repository before it reaches a terminal, Markdown or GitHub. */

/** Strip terminal control sequences and C0/C1 controls (keeps tab and newline). */
export function sanitizeTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-_]?/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/**
 * Text from the repository as inert Markdown (GitHub Flavoured Markdown, e.g. a job summary table
 * cell): HTML is entity-escaped, Markdown punctuation is backslash-escaped (so no emphasis, code, links,
 * images or table breaks can be formed), and line breaks become spaces (a table row is one line).
 */
export function escapeMarkdown(s: string): string {
  return sanitizeTerminal(s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' '))
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~!#()]/g, (c) => `\\${c}`);
}
