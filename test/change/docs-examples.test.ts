/**
 * The examples in the change rules' docs work: for each rule, the Incorrect base/head pair gives a
 * finding and the Correct pair gives none. Convention for change rules: two fences, the first right
 * after `<!-- base -->`, the second right after `<!-- head -->`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtinRulesById } from '../../src/rules/index.js';
import { comparePolicies } from '../../src/policy/weakened.js';
import { findingsOf } from '../helpers/rule-tester.js';

const DOCS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules');
const IDS = [
  'partition-increase-keyed',
  'partition-decrease',
  'replication-factor-decrease',
  'min-isr-change',
  'retention-decrease',
  'cleanup-policy-change',
  'schema-compatibility-change',
  'key-change',
  'topic-deletion',
  'unclean-leader-election-enabled',
  'dr-tier-downgrade',
  'ownership-change',
  'policy-weakened',
];

/** The base and head fences of one section (`Incorrect` or `Correct`). */
function changeExample(markdown: string, section: string): { base: string; head: string } {
  const start = markdown.indexOf(`\n## ${section}\n`);
  const end = markdown.indexOf('\n## ', start + 1);
  const body = markdown.slice(start, end < 0 ? undefined : end);
  const fence = (marker: string) => {
    const m = new RegExp(`<!-- ${marker} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(body);
    if (!m) throw new Error(`no ${marker} fence in ${section}`);
    return m[1]!;
  };
  return { base: fence('base'), head: fence('head') };
}

describe.each(IDS)('docs/rules/%s.md', (id) => {
  const md = readFileSync(path.join(DOCS, `${id}.md`), 'utf8');
  const rule = builtinRulesById.get(id)!;
  const run = async (ex: { base: string; head: string }) =>
    id === 'policy-weakened'
      ? comparePolicies(ex.base, ex.head, 'topiclint.config.yaml', { rules: builtinRulesById }).length
      : (await findingsOf(rule, { files: { 'topics.yaml': ex.head }, base: { 'topics.yaml': ex.base } })).length;

  it('has the sections in order', () => {
    const headings = [...md.matchAll(/^#{1,2} .*$/gm)].map((m) => m[0]);
    expect(headings).toEqual([`# ${id}`, '## Why', '## Incorrect', '## Correct', '## Options']);
  });
  it('Incorrect example is reported', async () => {
    expect(await run(changeExample(md, 'Incorrect'))).toBeGreaterThan(0);
  });
  it('Correct example is not', async () => {
    expect(await run(changeExample(md, 'Correct'))).toBe(0);
  });
});
