/**
 * One label vocabulary (src/model/labels.ts): "the typed field, else its x-label" is answered in one
 * place, so the rules that read ownership agree. Before, change matching also took an `x-owner` label
 * as the owner, which nothing else knew: ownership-change compared x-owner values while
 * ownership-metadata reported the same topic as having no owner.
 */
import { describe, expect, it } from 'vitest';
import { classificationOf, drTierOf, LABEL_FOR_FIELD, ownerOf, OWNERSHIP_FIELDS } from '../../src/model/labels.js';
import type { Field, Topic } from '../../src/model/model.js';
import ownershipChange from '../../src/rules/ownership-change.js';
import ownershipMetadata from '../../src/rules/ownership-metadata.js';
import { ruleTester } from '../helpers/rule-tester.js';

const t = (...lines: string[]) => `${lines.join('\n')}\n`;
const field = (value: string): Field<string> => ({ kind: 'known', value, raw: value }) as unknown as Field<string>;
const topic = (extra: Partial<Topic>): Topic => ({ kind: 'topic', labels: {}, ...extra }) as unknown as Topic;

describe('model/labels: the typed field, else its x-label', () => {
  it('prefers the typed field, falls back to the x-label, and knows no other alias', () => {
    expect((ownerOf(topic({ owner: field('typed'), labels: { 'x-topic-owner': field('label') } })) as { value: string }).value).toBe('typed');
    expect((ownerOf(topic({ labels: { 'x-topic-owner': field('label') } })) as { value: string }).value).toBe('label');
    expect(ownerOf(topic({ labels: { 'x-owner': field('alias') } }))).toBeUndefined();
    expect((drTierOf(topic({ labels: { 'x-dr-tier': field('tier-1') } })) as { value: string }).value).toBe('tier-1');
    expect((classificationOf(topic({ labels: { 'x-data-classification': field('internal') } })) as { value: string }).value).toBe('internal');
  });

  it('names each ownership field once, with its x-label', () => {
    expect(OWNERSHIP_FIELDS).toEqual(['owner', 'classification', 'retention', 'drTier', 'schemaOwner', 'contact']);
    expect(new Set(Object.values(LABEL_FOR_FIELD)).size).toBe(OWNERSHIP_FIELDS.length);
    for (const label of Object.values(LABEL_FOR_FIELD)) expect(label).toMatch(/^x-/);
  });
});

// The two rules that read the owner agree on what an owner is.
ruleTester(ownershipChange).run({
  valid: [{ name: 'an x-owner label is not an owner, so changing it is not an owner change', base: { 'a.yaml': t('topic: a.b.v1', 'x-owner: team-a') }, files: { 'a.yaml': t('topic: a.b.v1', 'x-owner: team-b') } }],
  invalid: [
    {
      name: 'the x-topic-owner label is the owner',
      base: { 'a.yaml': t('topic: a.b.v1', 'x-topic-owner: team-a') },
      files: { 'a.yaml': t('topic: a.b.v1', 'x-topic-owner: team-b') },
      errors: [{ line: 2, column: 16, endLine: 2, endColumn: 22, message: 'changes owner from team-a', related: [{ message: 'owner at base', external: { ref: 'base', path: 'a.yaml', line: 2, column: 16 } }] }],
    },
  ],
});

ruleTester(ownershipMetadata).run({
  valid: [{ name: 'x-topic-owner stands for owner', files: { 'a.yaml': t('topic: a.b.v1', 'x-topic-owner: team-a') }, options: { required: ['owner'] } }],
  invalid: [{ name: 'x-owner does not', files: { 'a.yaml': t('topic: a.b.v1', 'x-owner: team-a') }, options: { required: ['owner'] }, errors: [{ line: 1, column: 8, endLine: 1, endColumn: 14, message: 'does not declare owner (or x-topic-owner)' }] }],
});
