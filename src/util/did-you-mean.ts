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

/** Scratch rows for the distance, reused: allocating two arrays per pair was most of the cost. */
let rowA = new Int32Array(MAX_SUGGESTION_LENGTH + 2);
let rowB = new Int32Array(MAX_SUGGESTION_LENGTH + 2);

/**
 * Levenshtein distance if it is at most `max`, else `max + 1`. Only the diagonal band of width
 * 2·max+1 is computed (a cell outside it is more than `max` away), and the computation stops at the
 * first row whose every cell is over `max`: O(min(|a|,|b|) · max) time at worst.
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = Math.min(max + 1, a.length + b.length + 1);
  if (rowA.length < b.length + 2) {
    rowA = new Int32Array(b.length + 2);
    rowB = new Int32Array(b.length + 2);
  }
  let prev = rowA;
  let row = rowB;
  for (let j = 0; j <= b.length; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    // Cells left of the band are over `max`; so is the one right of it, which the next row reads.
    row[0] = i <= max ? i : over;
    row[from - 1] = from === 1 ? row[0] : over;
    if (to < b.length) row[to + 1] = over;
    let best = row[0];
    const ai = a.charCodeAt(i - 1);
    for (let j = from; j <= to; j++) {
      const d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === b.charCodeAt(j - 1) ? 0 : 1), over);
      row[j] = d;
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    [prev, row] = [row, prev];
  }
  return Math.min(prev[b.length]!, max + 1);
}

/**
 * Candidates lower-cased and grouped by length, sorted, built once per candidate collection (the
 * catalog's topic names are asked about once per unknown name); a Set or array whose size changed is
 * indexed again.
 */
interface CandidateIndex {
  readonly size: number;
  readonly byLength: Map<number, { name: string; lower: string }[]>;
}
const indexes = new WeakMap<object, CandidateIndex>();

function candidateIndex(candidates: Iterable<string>): CandidateIndex {
  const known = indexes.get(candidates);
  const size = candidates instanceof Set || candidates instanceof Map ? candidates.size : Array.isArray(candidates) ? candidates.length : -1;
  if (known && known.size === size && size !== -1) return known;
  const byLength = new Map<number, { name: string; lower: string }[]>();
  for (const name of candidates) {
    if (name.length > MAX_SUGGESTION_LENGTH) continue;
    const list = byLength.get(name.length);
    if (list) list.push({ name, lower: name.toLowerCase() });
    else byLength.set(name.length, [{ name, lower: name.toLowerCase() }]);
  }
  for (const list of byLength.values()) list.sort((x, y) => (x.name < y.name ? -1 : x.name > y.name ? 1 : 0));
  const index = { size, byLength };
  indexes.set(candidates, index);
  return index;
}

/**
 * The closest candidate within a third of the word's length (case-insensitive), if any. Ties go to the
 * candidate that sorts first, so the suggestion does not depend on the order files were read in.
 * Only candidates whose length is within the threshold are compared (the index groups them by length).
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  return closest(word, candidateIndex(candidates), { left: Infinity });
}

/** Pairs of names one `suggester` compares at most: about 0.15 s (a 10,000-topic catalog: 15 or more suggestions). */
export const SUGGESTION_BUDGET = 150_000;

/**
 * `didYouMean` for many words against one candidate collection (a rule suggesting a topic for each
 * unknown name): answers are remembered per word, and once `budget` pairs have been compared no more
 * suggestions are made. Thousands of unknown names against thousands of topics are a product of the
 * two (5,000 by 5,000 took 30 s); the findings are all still reported, the later ones without a
 * suggestion. The order of the calls is the rule's, so which ones get a suggestion is deterministic.
 */
export function suggester(candidates: Iterable<string>, budget = SUGGESTION_BUDGET): (word: string) => string | undefined {
  const index = candidateIndex(candidates);
  const answers = new Map<string, string | undefined>();
  const counter = { left: budget };
  return (word) => {
    if (answers.has(word)) return answers.get(word);
    const answer = counter.left > 0 ? closest(word, index, counter) : undefined;
    answers.set(word, answer);
    return answer;
  };
}

function closest(word: string, index: CandidateIndex, counter: { left: number }): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const threshold = Math.max(2, Math.floor(word.length / 3));
  let best: string | undefined;
  let bestDist = Infinity;
  const w = word.toLowerCase();
  for (let delta = 0; delta <= threshold; delta++) {
    for (const length of delta === 0 ? [w.length] : [w.length - delta, w.length + delta]) {
      for (const c of index.byLength.get(length) ?? []) {
        if (delta > bestDist) break;
        if (--counter.left < 0) return undefined; // out of budget: no suggestion rather than a partial one
        // Only a candidate at least as close as the best so far matters (ties: the first in sort order).
        const d = boundedEditDistance(w, c.lower, Math.min(threshold, bestDist));
        if (d > threshold) continue;
        if (d < bestDist || (d === bestDist && best !== undefined && c.name < best)) {
          bestDist = d;
          best = c.name;
        }
      }
    }
  }
  return best;
}
