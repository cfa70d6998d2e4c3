import { describe, expect, it } from 'vitest';
import { compareCatalogs, topicSignature } from '../../src/model/change.js';
import type { Catalog, Topic } from '../../src/model/model.js';
import { known } from '../../src/model/values.js';

const loc = (file: string, start = 0) => ({ file, start, end: start + 1 });

function topic(name: string, file: string, format: string, fields: Partial<Topic> = {}): Topic {
  return { kind: 'topic', name: known(name, loc(file)), loc: loc(file), format, file, declaredIn: 'catalog', consumerGroups: [], config: {}, labels: {}, ...fields };
}

function catalog(topics: Topic[]): Catalog {
  return { topics, consumerGroups: [], clients: [], files: [...new Set(topics.map((t) => t.file))].map((path) => ({ path, status: 'linted', formats: [] })), problems: [], suppressions: [] };
}

describe('compareCatalogs', () => {
  it('matches by name across formats: a Strimzi topic at the base is the same Terraform topic now', () => {
    const base = catalog([topic('orders.v1', 'k8s/topics.yaml', 'strimzi', { partitions: known(12, loc('k8s/topics.yaml', 40)) })]);
    const head = catalog([topic('orders.v1', 'tf/topics.tf', 'terraform', { partitions: known(6, loc('tf/topics.tf', 80)) })]);
    const c = compareCatalogs(base, head);
    expect(c.topics).toHaveLength(1);
    expect(c.topics[0]!.moved).toBe(true);
    expect(c.deletedTopics).toEqual([]);
    expect(c.addedTopics).toEqual([]);
  });

  it('sees a rename across formats when the normalised settings agree (a string "6" and a number 6, config spelled either way)', () => {
    const base = catalog([topic('old.v1', 'a.yaml', 'strimzi', { partitions: known(6, loc('a.yaml')), config: { 'retention.ms': known('86400000', loc('a.yaml')) }, retentionMs: known(86400000, loc('a.yaml')) })]);
    const head = catalog([topic('new.v1', 'b.tf', 'terraform', { partitions: known(6, loc('b.tf')), retentionMs: known(86400000, loc('b.tf'), 'P1D') })]);
    const c = compareCatalogs(base, head);
    expect(c.deletedTopics.map((d) => [d.base.file, d.renamedTo?.file])).toEqual([['a.yaml', 'b.tf']]);
  });

  it('does not call two topics that declare nothing a rename', () => {
    const c = compareCatalogs(catalog([topic('old.v1', 'a.yaml', 'catalog')]), catalog([topic('new.v1', 'a.yaml', 'catalog')]));
    expect(c.deletedTopics).toEqual([{ base: expect.objectContaining({ file: 'a.yaml' }) }]);
    expect(topicSignature(topic('x', 'a', 'catalog'))).toBeUndefined();
  });

  it('pairs duplicate definitions in the same file first, and ignores code-declared topics', () => {
    const a1 = topic('t.v1', 'a.yaml', 'catalog');
    const b1 = topic('t.v1', 'b.yaml', 'catalog');
    const a2 = topic('t.v1', 'a.yaml', 'catalog');
    const b2 = topic('t.v1', 'b.yaml', 'catalog');
    const code = topic('code.v1', 'App.java', 'java', { declaredIn: 'code' });
    const c = compareCatalogs(catalog([a1, b1, code]), catalog([b2, a2]));
    expect(c.topics.map((p) => [p.base.file, p.head.file, p.moved])).toEqual([
      ['a.yaml', 'a.yaml', false],
      ['b.yaml', 'b.yaml', false],
    ]);
    expect(c.deletedTopics).toEqual([]);
  });
});
