/** The rule tester refuses expectations that would let a wrong message or a missing related location pass. */
import { describe, expect, it } from 'vitest';
import type { RelatedFindingLocation } from '../../src/model/finding.js';
import { assertWellFormed, expectRelated, type ExpectedFinding } from '../helpers/rule-tester.js';

const at = { line: 2, column: 20, endLine: 2, endColumn: 21 };
const related: RelatedFindingLocation[] = [{ message: 'replication factor 3', location: { file: 'topics.yaml', region: { startLine: 2, startColumn: 20, endLine: 2, endColumn: 21 } } }];

describe('rule tester', () => {
  it('refuses an expected finding without a message', () => {
    expect(() => assertWellFormed({ ...at } as unknown as ExpectedFinding, 0)).toThrow(/Expected finding #1 \(line 2\) has no `message`/);
    expect(() => assertWellFormed({ ...at, message: '' }, 0)).toThrow(/has no `message`/);
    expect(() => assertWellFormed({ ...at, message: 'x' }, 0)).not.toThrow();
  });
  it('requires related locations in the expectation when the rule reports them', () => {
    expect(() => expectRelated(related, undefined, 0)).toThrow(/must list them in `related`/);
  });
  it('compares each related location: message, file, line and column', () => {
    expect(() => expectRelated(related, [{ message: 'replication factor 3', file: 'topics.yaml', line: 2, column: 20 }], 0)).not.toThrow();
    expect(() => expectRelated(related, [{ message: 'replication factor 4', file: 'topics.yaml', line: 2, column: 20 }], 0)).toThrow();
    expect(() => expectRelated(related, [{ message: 'replication factor 3', file: 'topics.yaml', line: 3, column: 20 }], 0)).toThrow();
    expect(() => expectRelated(related, [{ message: 'replication factor 3', file: 'other.yaml', line: 2, column: 20 }], 0)).toThrow();
    expect(() => expectRelated(related, [{ message: 'replication factor 3' }], 0), 'a location without line and column').toThrow();
    expect(() => expectRelated([], [{ message: 'replication factor 3' }], 0), 'an expected related location that is not reported').toThrow();
  });
  it('compares a related location at the base ref', () => {
    const external: RelatedFindingLocation[] = [{ message: 'at origin/main', external: { ref: 'origin/main', path: 'kafka/a.yaml', line: 3, column: 5 } }];
    expect(() => expectRelated(external, [{ message: 'at origin/main', external: { ref: 'origin/main', path: 'kafka/a.yaml', line: 3, column: 5 } }], 0)).not.toThrow();
    expect(() => expectRelated(external, [{ message: 'at origin/main', external: { ref: 'origin/main', path: 'kafka/a.yaml', line: 4, column: 5 } }], 0)).toThrow();
  });
});
