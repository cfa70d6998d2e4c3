/**
 * Topics created from code come from the Java and TypeScript readers; these tests build them directly
 * (as those readers do) and run the rule through the engine.
 */
import { describe, expect, it } from 'vitest';
import { EMPTY_CONFIG } from '../../src/model/config.js';
import { runRules, toFindings } from '../../src/engine/engine.js';
import type { Catalog, Topic } from '../../src/model/model.js';
import { known, unknown } from '../../src/model/values.js';
import rule from '../../src/rules/code-topic-definition.js';

const TEXT = 'TopicBuilder.name("orders.v1").partitions(6).replicas(1).config("min.insync.replicas", "1").build();\n';
const at = (s: string, from = 0) => ({ file: 'Config.java', start: TEXT.indexOf(s, from), end: TEXT.indexOf(s, from) + s.length });

/** The `1` of `replicas(1)`. */
const RF = { file: 'Config.java', start: TEXT.indexOf('replicas(1') + 9, end: TEXT.indexOf('replicas(1') + 10 };

function topic(over: Partial<Topic>): Topic {
  return { kind: 'topic', name: known('orders.v1', at('"orders.v1"'), '"orders.v1"'), loc: at(TEXT.trim()), format: 'java', file: 'Config.java', consumerGroups: [], config: {}, labels: {}, declaredIn: 'code', ...over };
}

function lint(topics: Topic[], options?: Record<string, unknown>) {
  const catalog: Catalog = { topics, consumerGroups: [], clients: [], files: [], problems: [], suppressions: [] };
  const config = options ? { ...EMPTY_CONFIG, rules: { [rule.meta.id]: { level: rule.meta.level, options } } } : EMPTY_CONFIG;
  const texts = new Map([['Config.java', TEXT]]);
  return toFindings(runRules(catalog, { rules: [rule], config, texts }), { texts }).map((f) => ({ ...f.location.region, message: f.message }));
}

describe('code-topic-definition', () => {
  it('accepts 3 replicas and min ISR 2', () => {
    expect(lint([topic({ replicationFactor: known(3, RF), config: { 'min.insync.replicas': known('2', at('"1"', 70)) } })])).toEqual([]);
  });

  it('reports a replication factor below 3 at the value and a low min ISR at its value', () => {
    const found = lint([topic({ replicationFactor: known(1, RF, '1'), minInsyncReplicas: known(1, at('"1"', 70), '"1"') })]);
    expect(found).toEqual([
      { startLine: 1, startColumn: 55, endLine: 1, endColumn: 56, message: expect.stringContaining('created from code with replication factor 1, below 3') },
      { startLine: 1, startColumn: 88, endLine: 1, endColumn: 91, message: expect.stringContaining('`min.insync.replicas` "1", below 2') },
    ]);
  });

  it('reports a missing min ISR at the topic name', () => {
    expect(lint([topic({ replicationFactor: known(3, RF) })])).toEqual([
      { startLine: 1, startColumn: 19, endLine: 1, endColumn: 30, message: expect.stringContaining('without `min.insync.replicas`') },
    ]);
  });

  it('does not judge unknown values, the broker default (-1), or catalog topics', () => {
    expect(lint([topic({ replicationFactor: unknown(RF, 'constant from another module'), minInsyncReplicas: unknown(at('"1"', 70), 'method call') })])).toEqual([]);
    expect(lint([topic({ replicationFactor: known(-1, RF), minInsyncReplicas: known(2, at('"1"', 70)) })])).toEqual([]);
    expect(lint([topic({ declaredIn: 'catalog', replicationFactor: known(1, RF) })])).toEqual([]);
  });

  it('follows its options', () => {
    expect(lint([topic({ replicationFactor: known(2, RF), minInsyncReplicas: known(1, at('"1"', 70)) })], { minimumReplicationFactor: 2, minimumInsyncReplicas: 1 })).toEqual([]);
  });
});
