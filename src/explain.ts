/** `topiclint explain <id>`: the rule's docs page, from docs/rules/ shipped with the package. */
import { readFile } from 'node:fs/promises';
import type { RuleMeta } from './model/rule.js';
import { docsUrl } from './model/rule.js';
import { packageAsset } from './util/package-asset.js';

export async function explainRule(meta: RuleMeta<unknown>): Promise<string> {
  try {
    return await readFile(packageAsset(`docs/rules/${meta.id}.md`), 'utf8');
  } catch {
    /* not shipped here: fall back to the metadata */
  }
  return `# ${meta.id}\n\n${meta.description}\n\nLevel: ${meta.level}\n\n## Why\n\n${meta.rationale}\n\nDocs: ${docsUrl(meta)}\n`;
}
