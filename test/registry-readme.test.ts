/** The README's rule tables name every rule, and only rules that exist. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { builtinRules } from '../src/rules/index.js';

it('README lists every built-in rule with its level and links its page', () => {
  const readme = readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../README.md'), 'utf8');
  const listed = [...readme.matchAll(/^\| \[`([a-z0-9/-]+)`\]\(docs\/rules\/([a-z0-9-]+)\.md\) \| (error|warning|note) \|/gm)].map((m) => ({ id: m[1], page: m[2], level: m[3] }));
  const expected = builtinRules.map((r) => ({ id: r.meta.id, page: r.meta.id, level: r.meta.level }));
  const byId = (a: { id?: string }, b: { id?: string }) => (a.id! < b.id! ? -1 : 1);
  expect([...listed].sort(byId)).toEqual([...expected].sort(byId));
});
