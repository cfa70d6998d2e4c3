/**
 * Streams apps name their output topics in code (the Java and TypeScript readers); properties and
 * Spring files do not. These tests read the config with the properties reader and add the produced
 * topics the code reader would find, then run the rule through the engine.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/model/config.js';
import { runRules, toFindings } from '../../src/engine/engine.js';
import type { Catalog, Client } from '../../src/model/model.js';
import { known } from '../../src/model/values.js';
import rule from '../../src/rules/streams-processing-guarantee.js';
import { readCatalog } from '../../src/sources/index.js';
import { clientSources } from '../fixtures/spring/registry.js';

const CATALOG = 'topics:\n  - topic: payments.v1\n    drTier: tier-1\n  - topic: clicks.v1\n    drTier: tier-3\n';

async function lint(props: string, produces: string[], options?: Record<string, unknown>) {
  const files = [{ path: 'topics.yaml', text: CATALOG }, { path: 'streams.properties', text: props }];
  const read = await readCatalog(files, { registry: clientSources });
  const clients = read.clients.map((c): Client => ({ ...c, produces: produces.map((t) => known(t, { file: c.file, start: 0, end: 0 })) }));
  const catalog: Catalog = { ...read, clients };
  const config = options ? { ...EMPTY_CONFIG, rules: { [rule.meta.id]: { level: rule.meta.level, options } } } : EMPTY_CONFIG;
  const texts = new Map(files.map((f) => [f.path, f.text]));
  return toFindings(runRules(catalog, { rules: [rule], config, texts }), { texts }).map((f) => ({ ...f.location.region, message: f.message, related: f.related.length }));
}

describe('streams-processing-guarantee', () => {
  it('accepts exactly_once_v2 for a tier-1 output', async () => {
    expect(await lint('application.id=pay\nprocessing.guarantee=exactly_once_v2\n', ['payments.v1'])).toEqual([]);
  });

  it('does not judge outputs outside the configured tiers, nor unknown values', async () => {
    expect(await lint('application.id=clicks\n', ['clicks.v1'])).toEqual([]);
    expect(await lint('application.id=pay\nprocessing.guarantee=${GUARANTEE}\n', ['payments.v1'])).toEqual([]);
    expect(await lint('application.id=pay\n', [])).toEqual([]);
  });

  it('reports at_least_once written in the file', async () => {
    expect(await lint('application.id=pay\nprocessing.guarantee = at_least_once\n', ['payments.v1'])).toEqual([
      { startLine: 2, startColumn: 24, endLine: 2, endColumn: 37, message: expect.stringContaining('writes to "payments.v1" (tier-1)'), related: 1 },
    ]);
  });

  it('reports the default at the application id, saying it is a default', async () => {
    expect(await lint('application.id=pay\n', ['payments.v1'])).toEqual([
      { startLine: 1, startColumn: 16, endLine: 1, endColumn: 19, message: expect.stringContaining('`processing.guarantee` at_least_once (default for the Java client when unset)'), related: 1 },
    ]);
  });

  it('reports the deprecated exactly_once', async () => {
    const found = await lint('application.id=pay\nprocessing.guarantee=exactly_once\n', ['payments.v1']);
    expect(found).toHaveLength(1);
    expect(found[0]!.message).toContain('deprecated');
  });

  it('follows the tiers option', async () => {
    expect(await lint('application.id=c\n', ['clicks.v1'], { tiers: ['tier-3'] })).toHaveLength(1);
  });
});
