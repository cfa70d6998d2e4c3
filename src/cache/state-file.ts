/**
 * A run's saved state (`SavedState`, src/core/accumulated.ts) as one file of the `--cache` folder, so
 * that after a few files change the next run copies every other unit from it in bulk.
 *
 * Layout: a header line of JSON (tag, byte order, SHA-1 and section sizes), then the topics' integers
 * and the listed groups' integers as raw 32-bit integers, then the rest as JSON, then each unit's
 * findings text. Integers and findings are never turned into JavaScript values they do not need to be:
 * the integers are one copy into typed arrays, each findings text one string. The SHA-1 covers
 * everything after the header; a file that does not match it, or whose counts do not add up, is not
 * used (the units are then taken from the units file, or linted again).
 */
import { createHash } from 'node:crypto';
import os from 'node:os';
import { consistentState, type SavedState, type UnitShape } from '../engine/accumulated.js';
import type { Topic } from '../model/model.js';
import { textOf } from './bytes.js';

export const STATE_FILE = 'state-v1.bin';

interface Header {
  readonly tag: string;
  readonly endian: string;
  readonly sha1: string;
  /** Byte sizes of the sections after the header, in order. */
  readonly sizes: readonly [topicInts: number, groupInts: number, json: number, findings: number];
}

type ShapeRow = [key: string | null, topics: number, groups: number, files: number, consumerGroups: number, clients: number, unknowns: number, suppressionFiles: number];

interface Body {
  readonly units: readonly ShapeRow[];
  readonly table: readonly string[];
  readonly nameChunks: readonly string[];
  readonly whole: readonly [number, Topic][];
  readonly files: SavedState['files'];
  readonly consumerGroups: SavedState['consumerGroups'];
  readonly clients: SavedState['clients'];
  readonly unknowns: SavedState['unknowns'];
  readonly suppressionFiles: SavedState['suppressionFiles'];
  /** Length (in UTF-16 units, as JavaScript counts) of each unit's findings text. */
  readonly findingLengths: readonly number[];
}

const bytesOf = (ints: Int32Array) => Buffer.from(ints.buffer, ints.byteOffset, ints.byteLength);

/** The file's bytes, as pieces to write one after the other. `tag` names the tool version and salt. */
export function encodeState(state: SavedState, tag: string): Buffer[] {
  const body: Body = {
    units: state.units.map((u) => [u.key, u.topics, u.groups, u.files, u.consumerGroups, u.clients, u.unknowns, u.suppressionFiles]),
    table: state.table,
    nameChunks: state.nameChunks,
    whole: state.wholeIds.map((id) => [id, state.whole[id]!]),
    files: state.files,
    consumerGroups: state.consumerGroups,
    clients: state.clients,
    unknowns: state.unknowns,
    suppressionFiles: state.suppressionFiles,
    findingLengths: state.findings.map((text) => text.length),
  };
  const sections = [bytesOf(state.topicInts), bytesOf(state.groupInts), Buffer.from(JSON.stringify(body)), Buffer.from(state.findings.join(''))];
  const hash = createHash('sha1');
  for (const s of sections) hash.update(s);
  const header: Header = { tag, endian: os.endianness(), sha1: hash.digest('hex'), sizes: [sections[0]!.length, sections[1]!.length, sections[2]!.length, sections[3]!.length] };
  // The header is padded so that the integers start at a multiple of 4 bytes: read in place, not copied.
  const line = JSON.stringify(header);
  return [Buffer.from(`${line.padEnd(line.length + ((4 - ((line.length + 1) % 4)) % 4))}\n`), ...sections];
}

/** The state in `bytes`, or undefined when it is another tool version's or salt's, damaged, or cut short. */
export function decodeState(bytes: Buffer, tag: string): SavedState | undefined {
  try {
    const newline = bytes.indexOf(0x0a);
    if (newline < 0) return undefined;
    const header = JSON.parse(textOf(bytes, 0, newline)) as Header;
    if (header.tag !== tag || header.endian !== os.endianness() || !Array.isArray(header.sizes) || header.sizes.length !== 4) return undefined;
    const [topicBytes, groupBytes, jsonBytes, findingBytes] = header.sizes;
    const start = newline + 1;
    if (![topicBytes, groupBytes, jsonBytes, findingBytes].every((n) => Number.isInteger(n) && n >= 0) || topicBytes % 4 || groupBytes % 4) return undefined;
    if (start + topicBytes + groupBytes + jsonBytes + findingBytes !== bytes.length) return undefined;
    if (createHash('sha1').update(bytes.subarray(start)).digest('hex') !== header.sha1) return undefined;
    const ints = (from: number, size: number) => {
      if ((bytes.byteOffset + from) % 4 === 0) return new Int32Array(bytes.buffer, bytes.byteOffset + from, size / 4);
      const out = new Int32Array(size / 4);
      new Uint8Array(out.buffer).set(bytes.subarray(from, from + size));
      return out;
    };
    const jsonAt = start + topicBytes + groupBytes;
    const body = JSON.parse(textOf(bytes, jsonAt, jsonAt + jsonBytes)) as Body;
    const findingsAt = jsonAt + jsonBytes;
    const allFindings = textOf(bytes, findingsAt, findingsAt + findingBytes);
    let at = 0;
    const findings = body.findingLengths.map((n) => allFindings.slice(at, (at += n)));
    const whole: Record<number, Topic> = {};
    for (const [id, topic] of body.whole) whole[id] = topic;
    const state: SavedState = {
      units: body.units.map(([key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles]): UnitShape => ({ key, topics, groups, files, consumerGroups, clients, unknowns, suppressionFiles })),
      topicInts: ints(start, topicBytes),
      groupInts: ints(start + topicBytes, groupBytes),
      table: body.table,
      nameChunks: body.nameChunks,
      whole,
      wholeIds: body.whole.map(([id]) => id),
      files: body.files,
      consumerGroups: body.consumerGroups,
      clients: body.clients,
      unknowns: body.unknowns,
      suppressionFiles: body.suppressionFiles,
      findings,
    };
    return at === allFindings.length && consistentState(state) ? state : undefined;
  } catch {
    return undefined;
  }
}
