/**
 * Recognises YAML files that are templates (Helm charts, Jinja/Ansible, Mustache). Their text is
 * not what gets applied, so the pipeline reports them once as not lintable, with the reason, instead
 * of a parse error or wrong findings. Pure and cheap: a scan for `{{` / `{%` / `{#`.
 *
 * `${VAR}` placeholders are NOT templates: they are single values, read as `unknown`.
 */

export interface TemplateMatch {
  /** "Helm template syntax `{{ .Values.topic.name }}` (line 4)". */
  readonly reason: string;
  readonly kind: 'helm' | 'jinja' | 'mustache';
  /** UTF-16 offsets of the first template expression. */
  readonly start: number;
  readonly end: number;
}

/** Go-template actions as Helm writes them: `{{ .Values.x }}`, `{{- if ... }}`, `{{ include ... }}`, `{{ $x }}`. */
const GO_TEMPLATE = /^-?\s*(?:\.|\$|\(|"|(?:if|else|end|range|with|define|template|include|block|toYaml|tpl|required|default|quote|printf|lookup|nindent|indent|not|and|or|eq|ne)\b)/;
const MAX_QUOTE = 40;

/** The reason a YAML text is a template, or undefined when it is plain YAML. */
export function detectTemplate(text: string): string | undefined {
  return detectTemplateAt(text)?.reason;
}

export function detectTemplateAt(text: string): TemplateMatch | undefined {
  if (!text.includes('{{') && !text.includes('{%') && !text.includes('{#')) return undefined;
  const re = /\{\{([\s\S]*?)\}\}|\{%([\s\S]*?)%\}|\{#([\s\S]*?)#\}/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    if (inComment(text, m.index)) continue;
    const expr = m[0];
    const line = lineOf(text, m.index);
    const quoted = expr.length > MAX_QUOTE ? `${expr.slice(0, MAX_QUOTE - 3)}...` : expr;
    const at = { start: m.index, end: m.index + expr.length };
    if (m[1] !== undefined) {
      const inner = m[1];
      if (GO_TEMPLATE.test(inner)) {
        return { kind: 'helm', reason: `Helm template syntax \`${oneLine(quoted)}\` (line ${line})`, ...at };
      }
      if (/^\s*[A-Za-z_][\w.]*(?:\s*\|[\s\S]*)?\s*$/.test(inner) || /^-?\s*[\w.]+\s*\|/.test(inner)) {
        // `{{ topic_name }}`, `{{ item.name | lower }}`: Jinja (Ansible) or Mustache expressions.
        return { kind: 'jinja', reason: `Jinja/Mustache template expression \`${oneLine(quoted)}\` (line ${line})`, ...at };
      }
      continue; // `{{` in prose (a description), not an expression we recognise
    }
    return { kind: 'jinja', reason: `Jinja template syntax \`${oneLine(quoted)}\` (line ${line})`, ...at };
  }
  return undefined;
}

/** Is the offset inside a `#` comment (a `#` at line start or after whitespace, before it on the line)? */
function inComment(text: string, offset: number): boolean {
  let lineStart = offset;
  while (lineStart > 0 && text[lineStart - 1] !== '\n' && text[lineStart - 1] !== '\r') lineStart--;
  const before = text.slice(lineStart, offset);
  return /(^|\s)#/.test(before) && !/^\s*\{/.test(before);
}

function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13 && text.charCodeAt(i + 1) !== 10) line++;
  }
  return line;
}

function oneLine(s: string): string {
  return s.replace(/\s*[\r\n]+\s*/g, ' ');
}
