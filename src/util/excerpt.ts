/**
 * Quoting a file's own text in an error message, briefly and harmlessly. A parse error message reaches
 * every output (annotations, SARIF, the job summary), and the file may be one it should never have
 * quoted (a link into `.git/config` holds the CI checkout's `AUTHORIZATION` header) or a config
 * holding a secret: parsers quote the offending token, sometimes a whole line (the `yaml` package's
 * `Unexpected scalar token in YAML stream: "basic eC1h…"`). So no more than `EXCERPT_MAX` characters
 * of the file are quoted, on one line, with control, line-breaking and bidirectional characters
 * escaped. Hand-written: a few lines, and no library bounds only the quoted parts of a message.
 */

import { escapeControls } from './visible-escape.js';

/**
 * The most characters of a file quoted in one place: enough to recognise a token (`"replicas"`,
 * `!include`), fewer than a credential (a GitHub token is 40 characters, a basic auth header more).
 */
export const EXCERPT_MAX = 24;

/** The longest message built around excerpts (our own words included). */
const MESSAGE_MAX = 240;

/** At most `max` characters of `text` (code points; `…` marks a cut), on one line, unsafe characters escaped. */
export function excerpt(text: string, max = EXCERPT_MAX): string {
  const chars = Array.from(text.length > max * 2 + 2 ? text.slice(0, max * 2 + 2) : text);
  const cut = chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
  return escapeControls(cut);
}

/**
 * A parser's message made safe to show: its first line only, every quoted part (`"…"`, `'…'`,
 * `` `…` ``) cut to an excerpt, unsafe characters escaped, and the whole bounded. For messages that
 * quote the file between quotes (JSON, Java, TypeScript, HCL); the `yaml` package's unquoted forms are
 * handled by `yamlErrorMessage`.
 */
export function boundQuoted(message: string, max = EXCERPT_MAX): string {
  const line = message.split(/\r\n|[\n\r\u2028\u2029\u0085]/)[0] ?? '';
  const quoted = line.replace(/"((?:[^"\\]|\\.)*)"|'([^']*)'|`([^`]*)`/g, (whole, dq?: string, sq?: string, bq?: string) => {
    const q = whole[0]!;
    const inner = dq ?? sq ?? bq ?? '';
    return `${q}${excerpt(inner, max)}${q}`;
  });
  return excerpt(quoted, MESSAGE_MAX);
}

/**
 * The forms of the `yaml` package's messages that end with, or wrap, a piece of the file without
 * quotes: the piece is cut to an excerpt. (`JSON.stringify`-quoted tokens are cut by `boundQuoted`.)
 */
const YAML_UNQUOTED: readonly RegExp[] = [
  /^(Unresolved tag: |Could not resolve tag: |Not a valid tag: |Unknown directive |Invalid escape sequence |Plain value cannot start with |Block scalar header includes extra characters: |Unsupported YAML version |Ordered maps must not include duplicate keys: )(.*)()$/s,
  /^(Verbatim tags aren't resolved, so )(.*)( is invalid\.?)$/s,
  /^(The )(.*)( tag has no suffix)$/s,
  /^(Anchors and tags must be after the )(.*)( indicator)$/s,
  /^(Unexpected )(.*)( in [a-z -]+)$/s,
];

/** A `yaml` package message (first line, position already dropped) with the file's text in it bounded. */
export function yamlErrorMessage(message: string): string {
  const line = message.split(/\r\n|[\n\r]/)[0] ?? '';
  for (const re of YAML_UNQUOTED) {
    const m = re.exec(line);
    if (m) return boundQuoted(`${m[1]}${excerpt(m[2]!)}${m[3]}`);
  }
  return boundQuoted(line);
}
