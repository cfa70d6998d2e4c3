/** `topiclint explain <id>`: the rule's docs page, from docs/rules/ shipped with the package. */
import { readFile } from 'node:fs/promises';
import type { RuleMeta } from './core/rule.js';
import { docsUrl } from './core/rule.js';

export async function explainRule(meta: RuleMeta<unknown>): Promise<string> {
  const candidates = [new URL(`../docs/rules/${meta.id}.md`, import.meta.url), new URL(`../../docs/rules/${meta.id}.md`, import.meta.url)];
  for (const url of candidates) {
    try {
      return await readFile(url, 'utf8');
    } catch {
      /* try the next */
    }
  }
  return `# ${meta.id}\n\n${meta.description}\n\nLevel: ${meta.level}\n\n## Why\n\n${meta.rationale}\n\nDocs: ${docsUrl(meta)}\n`;
}
