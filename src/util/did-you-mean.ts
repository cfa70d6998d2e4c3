/**
 * "Did you mean ...?" suggestions by edit distance.
 *
 * Names come from the repository, so the work is bounded: no suggestion is made for, or to, a name
 * longer than MAX_SUGGESTION_LENGTH characters (nobody mistypes a 10 KB name, and a full edit distance
 * between two such names is quadratic: 81 KB of names once took 75 s), and the distance is computed
 * only within the band the threshold allows, stopping as soon as it is exceeded.
 */

/** Longer words and candidates get no suggestion. */
export const MAX_SUGGESTION_LENGTH = 128;

/** Levenshtein distance between `a` and `b`. */
export function editDistance(a: string, b: string): number {
  return boundedEditDistance(a, b, Math.max(a.length, b.length));
}

/**
 * Levenshtein distance if it is at most `max`, else `max + 1`. Only the diagonal band of width
 * 2·max+1 is computed (a cell outside it is more than `max` away), and the computation stops at the
 * first row whose every cell is over `max`: O(min(|a|,|b|) · max) time at worst.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => (j <= max ? j : over));
  let row = new Array<number>(b.length + 1).fill(over);
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    // Cells left of the band are over `max`; so is the one right of it, which the next row reads.
    row[0] = i <= max ? i : over;
    row[from - 1] = from === 1 ? row[0] : over;
    if (to < b.length) row[to + 1] = over;
    let best = row[0];
    for (let j = from; j <= to; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost, over);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return over;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length]!, over);
}

/**
 * The closest candidate within a third of the word's length (case-insensitive), if any. Ties go to the
 * candidate that sorts first, so the suggestion does not depend on the order files were read in.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const threshold = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDist = Infinity;
  const w = word.toLowerCase();
  for (const c of candidates) {
    if (c.length > MAX_SUGGESTION_LENGTH) continue;
    // Only a candidate at least as close as the best so far matters (ties: the first in sort order).
    const d = boundedEditDistance(w, c.toLowerCase(), Math.min(threshold, bestDist));
    if (d > threshold) continue;
    if (d < bestDist || (d === bestDist && best !== undefined && c < best)) {
      bestDist = d;
      best = c;
    }
  }
  return best;
}
