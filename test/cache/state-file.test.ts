/**
 * The saved state (what a run absorbed, unit by unit) survives its file encoding exactly, is read in
 * place, and is refused whole when it is damaged, cut short, another version's, or does not add up.
 * The units file's directory lets a run read one line by position, and falls back to reading the whole
 * file whenever the file is not what the directory says.
 */
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { Accumulated, type SavedState } from '../../src/engine/accumulated.js';
import { packTopics, type UnitResult } from '../../src/engine/stream.js';
import type { Topic } from '../../src/model/model.js';
import { decodeState, encodeState } from '../../src/cache/state-file.js';
import { UnitsFile } from '../../src/cache/units-file.js';
import { BackgroundWrites } from '../../src/cache/background-writes.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'topiclint-state-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function topic(file: string, name: string, start: number, extra: Partial<Topic> = {}): Topic {
  const loc = { file, start, end: start + name.length };
  return { kind: 'topic', name: { kind: 'known', value: name, loc }, loc, format: 'catalog', file, declaredIn: 'catalog', consumerGroups: [{ kind: 'known', value: 'billing', loc }], config: {}, labels: {}, ...extra };
}

function unitOf(file: string, topics: Topic[], findings = 0): UnitResult {
  return {
    files: [{ path: file, status: 'linted', formats: ['catalog'] }],
    findings: Array.from({ length: findings }, (_, i) => ({
      key: `k${i}`,
      finding: { ruleId: 'replication-factor', level: 'error', message: `Tópico ${file} ✓ ${i}`, location: { file, region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 2 } }, related: [] },
    })) as unknown as UnitResult['findings'],
    topics: packTopics(topics),
    consumerGroups: [],
    clients: [],
  };
}

/** A state of three units: plain topics, a topic kept whole (an unknown name), and none. */
function sampleState(): SavedState {
  const acc = new Accumulated(undefined, true);
  acc.add(unitOf('a.yaml', [topic('a.yaml', 'orders.v1', 0), topic('a.yaml', 'päyments.v1', 40, { drTier: { kind: 'known', value: 'tier-0', loc: { file: 'a.yaml', start: 60, end: 66 } } })], 2), 'key-a');
  const unknownName = { ...topic('b.yaml', 'x', 0), name: { kind: 'unknown' as const, reason: '${TOPIC}', loc: { file: 'b.yaml', start: 0, end: 8 } } };
  acc.add(unitOf('b.yaml', [unknownName as Topic, topic('b.yaml', 'refunds.v1', 20)]), 'key-b');
  acc.add(unitOf('c.properties', [], 1), null);
  acc.close();
  return acc.state();
}

const TAG = 'topiclint-test\nsalt';

describe('saved state file', () => {
  it('decodes to exactly what was encoded, with the integers read in place', () => {
    const state = sampleState();
    const bytes = Buffer.concat(encodeState(state, TAG));
    const back = decodeState(bytes, TAG)!;
    expect(back).toBeDefined();
    const plain = (s: SavedState) => JSON.parse(JSON.stringify(s, (_k, v: unknown) => (v instanceof Int32Array ? Array.from(v) : v))) as unknown;
    expect(plain(back)).toEqual(plain(state));
    expect(back.topicInts.buffer).toBe(bytes.buffer); // a view, not a copy
    expect(back.findings[0]).toContain('Tópico a.yaml ✓ 0');
  });

  it('is refused when damaged anywhere, cut short, longer, or written for another version or salt', () => {
    const bytes = Buffer.concat(encodeState(sampleState(), TAG));
    const header = bytes.indexOf(0x0a) + 1;
    // A byte flipped in each region: the integers, the JSON, the findings texts (the last bytes).
    for (const at of [header + 5, Math.floor((header + bytes.length) / 2), bytes.length - 3]) {
      const damaged = Buffer.from(bytes);
      damaged[at] = damaged[at]! ^ 0x20;
      expect(decodeState(damaged, TAG), `byte ${at}`).toBeUndefined();
    }
    expect(decodeState(bytes.subarray(0, bytes.length - 1), TAG)).toBeUndefined();
    expect(decodeState(Buffer.concat([bytes, Buffer.from('x')]), TAG)).toBeUndefined();
    expect(decodeState(bytes.subarray(0, 10), TAG)).toBeUndefined();
    expect(decodeState(bytes, 'topiclint-test\nother salt')).toBeUndefined();
    expect(decodeState(Buffer.from('not a state\n'), TAG)).toBeUndefined();
  });

  it('is refused when its counts do not add up, even with a matching checksum', () => {
    const state = sampleState();
    const wrong: SavedState = { ...state, units: state.units.map((u, i) => (i === 0 ? { ...u, files: u.files + 1 } : u)) };
    expect(decodeState(Buffer.concat(encodeState(wrong, TAG)), TAG)).toBeUndefined();
  });

  it('is copied by a later run unit by unit, in any order, with new units between', () => {
    const state = sampleState();
    const acc = new Accumulated(state, true);
    acc.addSaved(1);
    acc.add(unitOf('new.yaml', [topic('new.yaml', 'fresh.v1', 0)], 1), 'key-new');
    acc.addSaved(0);
    acc.addSaved(2);
    acc.close();
    const next = acc.state();
    expect(next.units.map((u) => u.key)).toEqual(['key-b', 'key-new', 'key-a', null]);
    expect(acc.files.map((f) => f.path)).toEqual(['b.yaml', 'new.yaml', 'a.yaml', 'c.properties']);
    const columns = acc.columns();
    expect(columns.names).toEqual([null, 'refunds.v1', 'fresh.v1', 'orders.v1', 'päyments.v1']);
    expect(columns.whole[0]?.name.kind).toBe('unknown');
    expect(columns.topicInt(4, 0)).toBe(columns.table.indexOf('a.yaml')); // the file slot of päyments.v1
    expect(acc.takeFindings().map((f) => f.finding.message)).toEqual(['Tópico new.yaml ✓ 0', 'Tópico a.yaml ✓ 0', 'Tópico a.yaml ✓ 1', 'Tópico c.properties ✓ 0']);
  });

  it('saves only the strings still in use', () => {
    const acc = new Accumulated(sampleState(), true);
    acc.addSaved(0); // b.yaml is gone
    acc.close();
    const next = acc.state();
    expect(next.table).toContain('a.yaml');
    expect(next.table).not.toContain('b.yaml');
    expect(decodeState(Buffer.concat(encodeState(next, TAG)), TAG)?.units.map((u) => u.key)).toEqual(['key-a']);
  });
});

describe('units file and its directory', () => {
  const header = JSON.stringify({ version: 'test', salt: 's' });
  const paths = (name: string) => [path.join(dir, `${name}.txt`), path.join(dir, `${name}.dir.json`)] as const;
  const write = async (units: UnitsFile, added: Record<string, string>, inUse: string[]) => {
    const writes = new BackgroundWrites();
    units.write(new Map(Object.entries(added)), inUse, writes);
    await writes.settled();
  };

  it('reads one unit by position when the file is as the directory says', async () => {
    const [file, directory] = paths('u1');
    await write(UnitsFile.open(file, directory, header), { a: '{"n":1}', b: '{"n":"ü"}' }, ['a', 'b']);
    const units = UnitsFile.open(file, directory, header);
    expect(units.text('b')).toBe('{"n":"ü"}');
    expect(units.text('a')).toBe('{"n":1}');
    expect(units.text('missing')).toBeUndefined();
    expect(units.readWhole).toBe(false);
    // Appended: the directory follows.
    await write(units, { c: '{"n":3}' }, ['a', 'b', 'c']);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(5); // header, three units, end
    const again = UnitsFile.open(file, directory, header);
    expect(again.text('c')).toBe('{"n":3}');
    expect(again.readWhole).toBe(false);
  });

  it('reads the whole file when it changed behind the directory, or a line is not what it says', async () => {
    const [file, directory] = paths('u2');
    await write(UnitsFile.open(file, directory, header), { a: '{"n":1}', b: '{"n":2}' }, ['a', 'b']);
    // Another writer appended (or an append was cut short): the sizes differ.
    appendFileSync(file, 'c {"n":3}\nd {"n"');
    const grown = UnitsFile.open(file, directory, header);
    expect(grown.readWhole).toBe(true);
    expect(grown.text('c')).toBe('{"n":3}');
    expect(grown.text('d')).toBeUndefined(); // the unfinished line
    // The unfinished line is not appended to: the file is rewritten with the units in use.
    await write(grown, { e: '{"n":5}' }, ['a', 'e']);
    expect(readFileSync(file, 'utf8')).toBe(`${header}\na {"n":1}\ne {"n":5}\n`);
    // Same size, other bytes where the directory points: caught, and the whole file is read instead.
    writeFileSync(file, readFileSync(file, 'utf8').replace('a {"n":1}', 'x {"n":1}'));
    const swapped = UnitsFile.open(file, directory, header);
    expect(swapped.readWhole).toBe(false);
    expect(swapped.text('a')).toBeUndefined();
    expect(swapped.readWhole).toBe(true);
    expect(swapped.text('e')).toBe('{"n":5}');
  });

  it('reads the whole file once many units are wanted, and ignores another version\'s file', async () => {
    const [file, directory] = paths('u3');
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`k${i}`, `{"i":${i}}`]));
    await write(UnitsFile.open(file, directory, header), many, Object.keys(many));
    const units = UnitsFile.open(file, directory, header);
    for (let i = 0; i < 50; i++) expect(units.text(`k${i}`)).toBe(`{"i":${i}}`);
    expect(units.readWhole).toBe(true);
    const other = UnitsFile.open(file, directory, JSON.stringify({ version: 'other', salt: 's' }));
    expect(other.text('k1')).toBeUndefined();
  });
});

describe('background writes', () => {
  it('write a long text in slices without splitting a character across two slices', async () => {
    const file = path.join(dir, 'long.json');
    const text = `${'a'.repeat(64 * 1024 - 1)}😀${'é'.repeat(70 * 1024)}😀`;
    const writes = new BackgroundWrites();
    writes.atomically(file, text);
    writes.append(path.join(dir, 'appended.txt'), [Buffer.from('x'), Buffer.from('ÿ')]);
    await writes.settled();
    expect(readFileSync(file, 'utf8')).toBe(text);
    expect(readFileSync(path.join(dir, 'appended.txt'), 'utf8')).toBe('xÿ');
  });

  it('report a file that cannot be written, and leave no temporary file behind', async () => {
    const writes = new BackgroundWrites();
    writes.atomically(path.join(dir, 'no-such-folder', 'x.json'), 'text');
    writes.atomically(path.join(dir, 'ok.json'), Buffer.from('ok'));
    await expect(writes.settled()).rejects.toThrow(/ENOENT/);
    expect(readFileSync(path.join(dir, 'ok.json'), 'utf8')).toBe('ok');
  });
});
