/** Escaping of text that came from the repository before it reaches a terminal, Markdown or GitHub. */

/** Strip terminal control sequences and C0/C1 controls (keeps tab and newline). */
export function sanitizeTerminal(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(\u0007|\u001b\\)?|\u001b[@-_]?/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
