/** The client half of unknown-topic (`checkClientTopics`), run through the engine with a wrapper rule. */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/model/config.js';
import { runRules, toFindings } from '../../src/engine/engine.js';
import { defineRule } from '../../src/model/rule.js';
import { checkClientTopics } from '../../src/rules/lib/client-topics.js';
import { readCatalog } from '../../src/sources/index.js';
import { clientSources } from '../fixtures/spring/registry.js';

const wrapper = defineRule({
  meta: { id: 'unknown-topic', level: 'error', kind: 'static', description: 'test', rationale: 'test', tags: [], crossFile: true, defaultOptions: {} },
  check(ctx) {
    const names = new Set(ctx.catalog.topics.flatMap((t) => (t.name.kind === 'known' ? [t.name.value] : [])));
    checkClientTopics(ctx, names);
  },
});

async function lint(files: Record<string, string>) {
  const list = Object.entries(files).map(([path, text]) => ({ path, text }));
  const catalog = await readCatalog(list, { registry: clientSources });
  const texts = new Map(list.map((f) => [f.path, f.text]));
  return toFindings(runRules(catalog, { rules: [wrapper], config: EMPTY_CONFIG, texts }), { texts }).map((f) => ({ file: f.location.file, ...f.location.region, message: f.message }));
}

const CATALOG = 'topics:\n  - topic: orders.created.v1\n  - topic: payments.v1\n';
const APP = (topic: string) => `spring:\n  kafka:\n    template:\n      default-topic: ${topic}\n`;
const SINK = 'name=s\nconnector.class=JdbcSinkConnector\ntopics=payments.v1,orders.create.v1\n';

describe('unknown-topic (clients)', () => {
  it('reports a produced topic the catalog does not define, with a suggestion', async () => {
    expect(await lint({ 'topics.yaml': CATALOG, 'application.yml': APP('orders.created.v2') })).toEqual([
      { file: 'application.yml', startLine: 4, startColumn: 22, endLine: 4, endColumn: 39, message: expect.stringContaining('writes to topic "orders.created.v2", which the catalog does not define') },
    ]);
  });

  it('reports consumed topics of a connector one by one', async () => {
    const found = await lint({ 'topics.yaml': CATALOG, 'sink.properties': SINK });
    expect(found).toEqual([{ file: 'sink.properties', startLine: 3, startColumn: 20, endLine: 3, endColumn: 36, message: expect.stringContaining('Did you mean "orders.created.v1"?') }]);
  });

  it('is silent for known names, unknown names, and when the catalog defines no topic', async () => {
    expect(await lint({ 'topics.yaml': CATALOG, 'application.yml': APP('payments.v1') })).toEqual([]);
    expect(await lint({ 'topics.yaml': CATALOG, 'application.yml': APP('${TOPIC}') })).toEqual([]);
    expect(await lint({ 'application.yml': APP('anything.v1') })).toEqual([]);
  });
});
