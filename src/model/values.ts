/** Helpers for reading model values. Pure; shared by adapters and rules. */
import type { ConfigScalar, Field, Invalid, Known, SourceLocation, Unknown } from './model.js';

export function known<T>(value: T, loc: SourceLocation, raw?: string, origin?: SourceLocation): Known<T> {
  return raw === undefined && origin === undefined
    ? { kind: 'known', value, loc }
    : { kind: 'known', value, loc, ...(raw !== undefined ? { raw } : {}), ...(origin ? { origin } : {}) };
}

export function unknown(loc: SourceLocation, reason: string, raw?: string): Unknown {
  return raw === undefined ? { kind: 'unknown', loc, reason } : { kind: 'unknown', loc, reason, raw };
}

export function invalid(loc: SourceLocation, raw: string, expected: string): Invalid {
  return { kind: 'invalid', loc, raw, expected };
}

/** The value of a field when it is known, else undefined (absent, unknown and invalid alike). */
export function valueOf<T>(field: Field<T> | undefined): T | undefined {
  return field && field.kind === 'known' ? field.value : undefined;
}

/** How the user wrote a field, for messages: `"3"`, `P90D`, `1`. */
export function spelling(field: Field<unknown>): string {
  if (field.kind === 'known') return field.raw ?? formatValue(field.value);
  return field.raw ?? '?';
}

export function formatValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(formatValue).join(', ')}]`;
  return String(v);
}

/** `${VAR}`, `#{...}`, `{{ ... }}`, `$VAR`: values filled in later, so unknown statically. */
const PLACEHOLDER = /\$\{[^}]*\}|#\{[^}]*\}|\{\{.*?\}\}|^\$[A-Z_][A-Z0-9_]*$/;

export function isPlaceholder(s: string): boolean {
  return PLACEHOLDER.test(s);
}

/** Coerce a raw config scalar to a number: `3`, `"3"`, `" 3 "`. */
export function toNumber(v: ConfigScalar | undefined): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && /^\s*[-+]?\d+(\.\d+)?\s*$/.test(v)) return Number(v);
  return undefined;
}

/** Coerce a raw config scalar to a boolean: `true`, `"TRUE"`, `"false"`. */
export function toBoolean(v: ConfigScalar | undefined): boolean | undefined {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string') {
    const s = v.trim().toLowerCase();
    if (s === 'true') return true;
    if (s === 'false') return false;
  }
  return undefined;
}

/** A typed field derived from a raw config field (keeps location and spelling). */
export function mapField<A, B>(field: Field<A>, f: (a: A) => B | undefined, expected: string): Field<B> {
  if (field.kind !== 'known') return field;
  const b = f(field.value);
  if (b === undefined) return invalid(field.loc, field.raw ?? formatValue(field.value), expected);
  return { kind: 'known', value: b, loc: field.loc, ...(field.raw !== undefined ? { raw: field.raw } : { raw: formatValue(field.value) }), ...(field.origin ? { origin: field.origin } : {}) };
}

const MS = { S: 1000, M: 60_000, H: 3_600_000, D: 86_400_000, W: 604_800_000 } as const;

/**
 * Parse a retention spelling to milliseconds: ISO-8601 durations (`P90D`, `PT12H`, `P1Y` = 365 days,
 * `P1M` = 30 days), `-1` / `infinite` / `unlimited` for infinite (returns -1), or a plain number of ms.
 * Returns undefined when it cannot be read.
 */
export function parseRetention(v: ConfigScalar | undefined): number | undefined {
  if (v === null || v === undefined || typeof v === 'boolean') return undefined;
  if (typeof v === 'number') return Number.isInteger(v) && v >= -1 ? v : undefined;
  const s = v.trim();
  if (/^(-1|infinite|infinity|unlimited|forever)$/i.test(s)) return -1;
  if (/^\d+$/.test(s)) return Number(s);
  return parseIsoDuration(s);
}

export function parseIsoDuration(s: string): number | undefined {
  const m = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)W)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/i.exec(s.trim());
  if (!m || s.trim().length <= 1 || /T$/i.test(s.trim())) return undefined;
  const [, y, mo, w, d, h, mi, sec] = m;
  return (
    Number(y ?? 0) * 365 * MS.D +
    Number(mo ?? 0) * 30 * MS.D +
    Number(w ?? 0) * MS.W +
    Number(d ?? 0) * MS.D +
    Number(h ?? 0) * MS.H +
    Number(mi ?? 0) * MS.M +
    Math.round(Number(sec ?? 0) * MS.S)
  );
}

/** A human spelling of a duration in ms: `90 days`, `12 hours`, `infinite`. */
export function describeMs(ms: number): string {
  if (ms === -1) return 'infinite';
  const units: [number, string][] = [[MS.D, 'day'], [MS.H, 'hour'], [MS.M, 'minute'], [MS.S, 'second']];
  for (const [size, name] of units) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      return `${n} ${name}${n === 1 ? '' : 's'}`;
    }
  }
  return `${ms} ms`;
}

/** Normalise a cleanup policy spelling: `"compact,delete"`, `[compact, delete]`, `Compact` -> sorted list. */
export function parseCleanupPolicy(v: unknown): string[] | undefined {
  const parts = Array.isArray(v) ? v : typeof v === 'string' ? v.replace(/^\[|\]$/g, '').split(',') : undefined;
  if (!parts) return undefined;
  const out = parts.map((p) => String(p).trim().toLowerCase()).filter((p) => p.length > 0);
  if (out.length === 0 || out.some((p) => p !== 'compact' && p !== 'delete')) return undefined;
  return [...new Set(out)].sort();
}
