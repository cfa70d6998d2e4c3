/** Offset <-> line/column conversion, built lazily per file: most files never report a finding. */

export interface LineColumn {
  /** 1-based. */
  readonly line: number;
  /** 1-based, in UTF-16 code units (SARIF's default `columnKind`). */
  readonly column: number;
}

export class LineIndex {
  private starts: number[] | undefined;

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts) return this.starts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        // CRLF counts once; a lone CR is a line break too (YAML treats it so).
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
    return starts;
  }

  /** Line and column of an offset; offsets past the end clamp to the end. */
  position(offset: number): LineColumn {
    const starts = this.lineStarts();
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= clamped) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: clamped - starts[lo]! + 1 };
  }

  /** Offset of the start of a 1-based line (clamped). */
  lineStart(line: number): number {
    const starts = this.lineStarts();
    return starts[Math.max(0, Math.min(line - 1, starts.length - 1))]!;
  }

  /** Offset just past the last character of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const starts = this.lineStarts();
    const idx = Math.max(0, Math.min(line - 1, starts.length - 1));
    let end = idx + 1 < starts.length ? starts[idx + 1]! : this.text.length;
    while (end > starts[idx]! && (this.text.charCodeAt(end - 1) === 10 || this.text.charCodeAt(end - 1) === 13)) end--;
    return end;
  }

  get lineCount(): number {
    return this.lineStarts().length;
  }
}

/** A region as formatters and SARIF want it: 1-based lines, 1-based columns, end column exclusive. */
export interface Region {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
}

export function regionOf(index: LineIndex, start: number, end: number): Region {
  const s = index.position(start);
  const e = index.position(Math.max(start, end));
  return { startLine: s.line, startColumn: s.column, endLine: e.line, endColumn: e.column };
}

