import { describe, expect, it } from 'vitest';
import type { Catalog } from '../../src/model/model.js';
import { catalogLookup } from '../../src/policy/compile.js';
import { evaluateWhere, type Where } from '../../src/policy/selector.js';
import { readCatalog } from '../../src/sources/index.js';

const TEXT = [
  'topics:',
  '  - topic: orders.created.v1',
  '    classification: restricted',
  '    partitions: 12',
  '    retention: P90D',
  '    drTier: tier-1',
  '    cleanupPolicy: [compact, delete]',
  '    x-dr-tier: tier-1',
  '    config: { retention.ms: 7776000000, max.message.bytes: "1048576" }',
  '  - topic: audit.events.v1',
  '    retention: infinite',
  '    partitions: ${PARTITIONS}',
  'consumerGroups:',
  '  - consumerGroup: billing',
  '    topics: [orders.created.v1]',
  '',
].join('\n');

async function catalog(): Promise<Catalog> {
  return readCatalog([{ path: 'c.yaml', text: TEXT }]);
}

describe('the selector language', () => {
  const cases: [string, Where, boolean | undefined][] = [
    ['equality', { classification: 'restricted' }, true],
    ['list = any of', { drTier: ['tier-0', 'tier-1'] }, true],
    ['in', { drTier: { in: ['tier-2'] } }, false],
    ['notIn', { drTier: { notIn: ['tier-2'] } }, true],
    ['ne on an absent field is true', { owner: { ne: 'x' } }, true],
    ['gt / lte on numbers', { partitions: { gt: 6, lte: 12 } }, true],
    ['durations compare in ms', { retention: { gt: 'P30D', lt: 'P1Y' } }, true],
    ['exists', { owner: { exists: false }, classification: { exists: true } }, true],
    ['matches', { name: { matches: '^orders\\.' } }, true],
    ['operator-level not', { retention: { not: { gt: 'P365D' } } }, true],
    ['not / anyOf / allOf', { not: { drTier: 'tier-3' }, anyOf: [{ partitions: 1 }, { partitions: 12 }], allOf: [{ kind: 'topic' }] }, true],
    ['config key with dots, numeric string coerced', { 'config.retention.ms': { gte: 'P90D' }, config: { 'max.message.bytes': { lt: 2000000 } } }, true],
    ['labels, dotted or bare', { 'labels.x-dr-tier': 'tier-1', 'x-dr-tier': 'tier-1' }, true],
    ['list field contains', { cleanupPolicy: 'compact' }, true],
  ];
  for (const [name, where, expected] of cases) {
    it(`${name}: ${JSON.stringify(where)}`, async () => {
      const c = await catalog();
      expect(evaluateWhere(c.topics[0]!, where)).toBe(expected);
    });
  }

  it('infinite retention is longer than any duration', async () => {
    const c = await catalog();
    expect(evaluateWhere(c.topics[1]!, { retention: { gt: 'P3650D' } })).toBe(true);
    expect(evaluateWhere(c.topics[1]!, { retention: 'infinite' })).toBe(true);
  });

  it('an unknown value gives "cannot tell", also under not', async () => {
    const c = await catalog();
    expect(evaluateWhere(c.topics[1]!, { partitions: { gt: 3 } })).toBeUndefined();
    expect(evaluateWhere(c.topics[1]!, { not: { partitions: { gt: 3 } } })).toBeUndefined();
    expect(evaluateWhere(c.topics[1]!, { partitions: { exists: true } })).toBe(true);
    expect(evaluateWhere(c.topics[1]!, { partitions: { gt: 3 }, classification: 'public' })).toBe(false);
  });

  it('navigation: any related entity matches (needs a catalog lookup)', async () => {
    const c = await catalog();
    const group = c.consumerGroups[0]!;
    const lookup = catalogLookup(c);
    expect(evaluateWhere(group, { topics: { drTier: 'tier-1' } }, { lookup })).toBe(true);
    expect(evaluateWhere(group, { topics: { drTier: 'tier-0' } }, { lookup })).toBe(false);
    expect(evaluateWhere(c.topics[0]!, { consumerGroups: { name: 'billing' } }, { lookup })).toBe(false);
    expect(evaluateWhere(group, { topics: { drTier: 'tier-1' } })).toBeUndefined();
  });
});
