import { describe, expect, it } from 'vitest';
import type { Field } from '../../src/model/model.js';
import { known } from '../../src/model/values.js';
import { codeownersOwner, codeownersRuleFor, compilePattern, parseCodeowners, resolveOwnership } from '../../src/sources/common/ownership.js';

const f = (value: string, start = 0): Field<string> => known(value, { file: 'k8s/t.yaml', start, end: start + value.length });
const value = (x: Field<string> | undefined) => (x?.kind === 'known' ? x.value : x?.kind);

describe('resolveOwnership', () => {
  it('fills typed fields from topiclint.io/* and plain keys, but leaves x-* keys as labels only', () => {
    const own = resolveOwnership({
      labels: { 'x-topic-owner': f('orders-team'), 'topiclint.io/classification': f('internal') },
      annotations: { contact: f('orders-oncall'), 'topiclint.io/dr-tier': f('tier-2') },
      filePath: 'k8s/t.yaml',
    });
    expect(own.owner).toBeUndefined();
    expect(own.sources.owner).toEqual({ source: 'labels', key: 'x-topic-owner' });
    expect(value(own.classification)).toBe('internal');
    expect(value(own.contact)).toBe('orders-oncall');
    expect(value(own.drTier)).toBe('tier-2');
    expect(Object.keys(own.labels).sort()).toEqual(['contact', 'topiclint.io/classification', 'topiclint.io/dr-tier', 'x-topic-owner']);
  });

  it('uses the team label only when no label or annotation names an owner (default order)', () => {
    expect(value(resolveOwnership({ labels: { team: f('payments') }, filePath: 'a' }).owner)).toBe('payments');
    const both = resolveOwnership({ labels: { team: f('payments') }, annotations: { 'topiclint.io/owner': f('ledger') }, filePath: 'a' });
    expect(value(both.owner)).toBe('ledger');
    expect(both.sources.owner?.source).toBe('annotations');
  });

  it('follows a configured order: team label before annotations', () => {
    const own = resolveOwnership(
      { labels: { team: f('payments') }, annotations: { owner: f('ledger') }, filePath: 'a' },
      { order: ['team-label', 'annotations'] },
    );
    expect(value(own.owner)).toBe('payments');
  });

  it('honours custom team label keys and ignores app.kubernetes.io/part-of', () => {
    expect(resolveOwnership({ labels: { 'app.kubernetes.io/part-of': f('shop') }, filePath: 'a' }).owner).toBeUndefined();
    const own = resolveOwnership({ labels: { squad: f('blue') }, filePath: 'a' }, { teamLabelKeys: ['squad'] });
    expect(value(own.owner)).toBe('blue');
  });

  it('lets the earlier of labels/annotations win a key collision in the merged labels', () => {
    const input = { labels: { owner: f('from-label') }, annotations: { owner: f('from-annotation') }, filePath: 'a' };
    expect(value(resolveOwnership(input).labels['owner'])).toBe('from-label');
    expect(value(resolveOwnership(input, { order: ['annotations', 'labels'] }).labels['owner'])).toBe('from-annotation');
  });

  it('drops kubectl last-applied-configuration from the labels', () => {
    const own = resolveOwnership({ annotations: { 'kubectl.kubernetes.io/last-applied-configuration': f('{}') }, filePath: 'a' });
    expect(own.labels).toEqual({});
  });

  it('falls back to CODEOWNERS, and CODEOWNERS first overrides labels', () => {
    const codeowners = parseCodeowners('CODEOWNERS', '/k8s/ @org/platform\n');
    const noLabels = resolveOwnership({ filePath: 'k8s/t.yaml' }, { codeowners });
    expect(noLabels.owner).toMatchObject({ value: '@org/platform', loc: { file: 'CODEOWNERS', start: 6, end: 19 } });
    const labelled = { labels: { owner: f('team-a') }, filePath: 'k8s/t.yaml' };
    expect(value(resolveOwnership(labelled, { codeowners }).owner)).toBe('team-a');
    expect(value(resolveOwnership(labelled, { codeowners, order: ['codeowners', 'labels'] }).owner)).toBe('@org/platform');
  });
});

describe('CODEOWNERS patterns (GitHub semantics)', () => {
  const m = (pattern: string, path: string) => compilePattern(pattern)!(path);

  it('`*` matches every file', () => {
    expect(m('*', 'a.yaml')).toBe(true);
    expect(m('*', 'deep/dir/a.yaml')).toBe(true);
  });

  it('`*.js` matches at any depth', () => {
    expect(m('*.js', 'a.js')).toBe(true);
    expect(m('*.js', 'src/x/a.js')).toBe(true);
    expect(m('*.js', 'src/a.ts')).toBe(false);
  });

  it('`/build/logs/` matches everything below that directory at the root only', () => {
    expect(m('/build/logs/', 'build/logs/a.log')).toBe(true);
    expect(m('/build/logs/', 'build/logs/deep/a.log')).toBe(true);
    expect(m('/build/logs/', 'x/build/logs/a.log')).toBe(false);
  });

  it('`docs/*` matches direct children only', () => {
    expect(m('docs/*', 'docs/getting-started.md')).toBe(true);
    expect(m('docs/*', 'docs/build-app/troubleshooting.md')).toBe(false);
  });

  it('`apps/` matches an apps directory anywhere', () => {
    expect(m('apps/', 'apps/a.yaml')).toBe(true);
    expect(m('apps/', 'x/apps/y/a.yaml')).toBe(true);
    expect(m('apps/', 'apps.yaml')).toBe(false);
  });

  it('`**/logs` matches a logs directory (and its contents) at any depth', () => {
    expect(m('**/logs', 'logs/a')).toBe(true);
    expect(m('**/logs', 'build/logs/a')).toBe(true);
    expect(m('**/logs', 'deeply/nested/logs/a/b')).toBe(true);
    expect(m('**/logs', 'build/logsx/a')).toBe(false);
  });

  it('`/docs/**/x.md` and `?` work as in gitignore', () => {
    expect(m('/docs/**/x.md', 'docs/x.md')).toBe(true);
    expect(m('/docs/**/x.md', 'docs/a/b/x.md')).toBe(true);
    expect(m('topic-?.yaml', 'k8s/topic-a.yaml')).toBe(true);
    expect(m('topic-?.yaml', 'k8s/topic-ab.yaml')).toBe(false);
  });

  it('a pattern with a slash inside is anchored at the root', () => {
    expect(m('kafka/topics', 'kafka/topics/a.yaml')).toBe(true);
    expect(m('kafka/topics', 'svc/kafka/topics/a.yaml')).toBe(false);
  });
});

describe('parseCodeowners', () => {
  const TEXT = [
    '# Platform owns everything by default',
    '*       @acme/platform',
    '',
    '/kafka/ @acme/streaming @jane   # inline comment',
    '/kafka/payments/ @acme/payments',
    '/kafka/payments/experimental/',
    '[Docs]',
    '\\#odd.yaml @acme/odd',
    '',
  ].join('\n');
  const co = parseCodeowners('.github/CODEOWNERS', TEXT);

  it('skips comments, blank lines and section headers; keeps lines and owners', () => {
    expect(co.rules.map((r) => [r.pattern, r.owners, r.line])).toEqual([
      ['*', ['@acme/platform'], 2],
      ['/kafka/', ['@acme/streaming', '@jane'], 4],
      ['/kafka/payments/', ['@acme/payments'], 5],
      ['/kafka/payments/experimental/', [], 6],
      ['#odd.yaml', ['@acme/odd'], 8],
    ]);
  });

  it('the last matching pattern wins', () => {
    expect(codeownersRuleFor(co, 'README.md')!.line).toBe(2);
    expect(codeownersRuleFor(co, 'kafka/orders.yaml')!.line).toBe(4);
    expect(codeownersRuleFor(co, 'kafka/payments/topics.yaml')!.line).toBe(5);
    expect(codeownersRuleFor(co, '#odd.yaml')!.line).toBe(8);
  });

  it('gives all owners as written, located in the CODEOWNERS file', () => {
    const owner = codeownersOwner(co, 'kafka/orders.yaml')!;
    expect(owner).toMatchObject({ kind: 'known', value: '@acme/streaming @jane', loc: { file: '.github/CODEOWNERS' } });
    expect(TEXT.slice(owner.loc.start, owner.loc.end)).toBe('@acme/streaming @jane');
  });

  it('a matching rule without owners means unowned: no owner', () => {
    expect(codeownersOwner(co, 'kafka/payments/experimental/a.yaml')).toBeUndefined();
  });

  it('handles CRLF line endings', () => {
    const crlf = parseCodeowners('CODEOWNERS', '* @a\r\n/x/ @b\r\n');
    const owner = codeownersOwner(crlf, 'x/y.yaml')!;
    expect(owner.loc).toMatchObject({ start: 10, end: 12 });
  });
});
