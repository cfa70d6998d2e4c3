/**
 * JSON with comments (JSONC), for the files whose tools allow it: `tsconfig.json`, `jsconfig.json`,
 * `.vscode/*.json`, `devcontainer.json`, `.eslintrc.json`, `.babelrc`, ... (issue #17, class H). They
 * are read after a pre-pass that blanks comments and trailing commas with spaces, so every offset and
 * line is unchanged; a file that is still invalid after it gets its errors as before.
 */

/** Files whose tools read JSON with comments and trailing commas. */
const JSONC_FILES =
  /(^|\/)((tsconfig|jsconfig)([.-][^/]*)?\.json|\.vscode\/[^/]*\.(json|code-workspace)|[^/]*\.code-workspace|\.?devcontainer\.json|\.devcontainer\/[^/]*\.json|\.eslintrc(\.json)?|\.babelrc(\.json)?|\.swcrc|tslint\.json|\.jshintrc|api-extractor\.json|typedoc\.json|turbo\.json|deno\.jsonc?|[^/]*\.jsonc)$/i;

export function isJsoncPath(path: string): boolean {
  return JSONC_FILES.test(path);
}

/** Blank `//` and `/* *\/` comments and trailing commas outside strings; newlines are kept. */
export function blankJsonComments(text: string): string {
  const out = text.split('');
  const n = text.length;
  let i = 0;
  let lastComma = -1; // a comma not yet followed by anything but whitespace and comments
  while (i < n) {
    const c = text[i]!;
    if (c === '"') {
      lastComma = -1;
      i++;
      while (i < n && text[i] !== '"' && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < n && text[i] !== '\n') out[i++] = ' ';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? n : end + 2;
      for (; i < stop; i++) if (text[i] !== '\n' && text[i] !== '\r') out[i] = ' ';
    } else if (c === ',') {
      lastComma = i++;
    } else if (c === '}' || c === ']') {
      if (lastComma >= 0) out[lastComma] = ' ';
      lastComma = -1;
      i++;
    } else {
      if (!/\s/.test(c)) lastComma = -1;
      i++;
    }
  }
  return out.join('');
}
