import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { annotation, annotationPlan, escapeData, escapeProperty, github } from '../../src/formatters/github.js';
import { finding, result } from './helpers.js';

describe('GitHub workflow command escaping', () => {
  it('escapes %, CR and LF in messages', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
  });
  it('also escapes : and , in properties', () => {
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });
  it('keeps a message containing a newline and a command on the annotation line', () => {
    const out = github(result([finding({ message: 'Topic "x"\n::error::pwned' })]));
    expect(out.split('\n').filter(Boolean)).toEqual([
      '::error file=kafka/orders.yaml,line=1,endLine=1,col=20,endColumn=21,title=topiclint%3A replication-factor::Topic "x"%0A::error::pwned',
    ]);
    expect(out.split('\n').some((l) => l.startsWith('::error::pwned'))).toBe(false);
  });
  it('cannot be steered by a file name: properties stay properties', () => {
    const line = annotation(finding({ file: 'kafka/a,line=99,title=x::injected\n::warning::y.yaml' }));
    expect(line).toBe(
      '::error file=kafka/a%2Cline=99%2Ctitle=x%3A%3Ainjected%0A%3A%3Awarning%3A%3Ay.yaml,line=1,endLine=1,col=20,endColumn=21,title=topiclint%3A replication-factor::Replication factor 1 is below 3.',
    );
    expect(line.split('\n')).toHaveLength(1);
  });
  it('blocks stop-commands and terminal escapes smuggled in a message', () => {
    const line = annotation(finding({ message: 'x\r::stop-commands::tok\u001b[2J' }));
    for (const c of ['\r', '\n', '\u001b']) expect(line).not.toContain(c);
    expect(line.endsWith('::x%0A::stop-commands::tok\\x1b[2J')).toBe(true); // the escape sequence shown, not run
  });
  it('round-trips: unescaping as the runner does gives the text back', () => {
    const unescapeData = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
    const message = 'retention 50%\nof P7D';
    expect(unescapeData(escapeData(message))).toBe(message);
  });
});

describe('GitHub annotations', () => {
  it('uses ::warning for warnings and ::notice for notes, with the finding range', () => {
    const out = github(
      result([
        finding({ level: 'warning', ruleId: 'topic-naming', location: { file: 'k/a.yaml', region: { startLine: 4, startColumn: 8, endLine: 4, endColumn: 30 } } }),
        finding({ level: 'note', ruleId: 'x', location: { file: 'k/a.yaml', region: { startLine: 5, startColumn: 1, endLine: 5, endColumn: 2 } } }),
      ]),
    );
    expect(out).toBe(
      [
        '::warning file=k/a.yaml,line=4,endLine=4,col=8,endColumn=30,title=topiclint%3A topic-naming::Replication factor 1 is below 3.',
        '::notice file=k/a.yaml,line=5,endLine=5,col=1,endColumn=2,title=topiclint%3A x::Replication factor 1 is below 3.',
        '',
      ].join('\n'),
    );
  });
  it('leaves columns out of a range that spans lines (the runner would drop the annotation)', () => {
    const line = annotation(finding({ location: { file: 'k/a.yaml', region: { startLine: 4, startColumn: 8, endLine: 6, endColumn: 3 } } }));
    expect(line.startsWith('::error file=k/a.yaml,line=4,endLine=6,title=')).toBe(true);
  });
  it('names related locations in the message, including ones at a base ref', () => {
    const line = annotation(
      finding({
        related: [
          { message: 'first definition', location: { file: 'k/b.yaml', region: { startLine: 2, startColumn: 8, endLine: 2, endColumn: 9 } } },
          { message: 'partitions at origin/main', external: { ref: 'origin/main', path: 'k/a.yaml', line: 7 } },
        ],
      }),
    );
    expect(line.endsWith('::Replication factor 1 is below 3.%0A↳ first definition: k/b.yaml:2:8%0A↳ partitions at origin/main: origin/main:k/a.yaml:7')).toBe(true);
  });
  it('prints nothing without findings, and leaves suppressed findings out', () => {
    expect(github(result([]))).toBe('');
    expect(github(result([finding({ suppression: { kind: 'inSource', justification: 'x', source: 'inline' } })]))).toBe('');
  });
});

describe('GitHub annotation limits', () => {
  const many = (level: Finding['level'], n: number, from = 1) => Array.from({ length: n }, (_, i) => finding({ level, line: from + i, ruleId: `${level}-rule` }));

  it('prints errors first, then warnings, then notes, in result order within a level', () => {
    const r = result([...many('note', 1, 1), ...many('warning', 1, 2), ...many('error', 2, 3)]);
    const kinds = github(r).trimEnd().split('\n').map((l) => /^::(\w+) .*line=(\d+),/.exec(l)!.slice(1, 3).join(':'));
    expect(kinds).toEqual(['error:3', 'error:4', 'warning:2', 'notice:1']);
  });
  it('shows at most 10 per level and ends with a plain line saying how many were left out', () => {
    const r = result([...many('error', 14, 1), ...many('warning', 12, 100), ...many('note', 3, 200)]);
    const lines = github(r).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::warning ')).length).toBe(10);
    expect(lines.filter((l) => l.startsWith('::notice ')).length).toBe(3);
    expect(lines.at(-1)).toBe('topiclint: 6 more findings not shown as annotations; see the job summary or SARIF');
    expect(lines).toHaveLength(24);
    // The ones kept are the first of each level.
    expect(lines.filter((l) => l.startsWith('::error ')).map((l) => /line=(\d+),/.exec(l)![1])).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(annotationPlan(r).omitted).toBe(6);
  });
  it('says "1 more finding" for one', () => {
    const out = github(result(many('error', 11)));
    expect(out.trimEnd().split('\n').at(-1)).toBe('topiclint: 1 more finding not shown as annotations; see the job summary or SARIF');
  });
  it('has no trailing line when nothing was left out', () => {
    const out = github(result(many('error', 10)));
    expect(out).not.toContain('not shown');
  });
});
