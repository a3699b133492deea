/**
 * "Does some interval of this set contain [start, end)?" in O(log n) per question: the intervals
 * sorted by start, with the running maximum of their ends. Used where a text with one enormous
 * sentence would make a linear scan per question quadratic.
 *
 * @param intervals - `[start, end)` pairs in any order (not modified)
 * @returns a test that is true when some interval has `start' <= start` and `end' >= end`
 * @example
 * ```ts
 * const inside = containment([[0, 10], [20, 30]]);
 * inside(2, 8);   // true
 * inside(8, 22);  // false
 * ```
 */
export function containment(intervals: ReadonlyArray<readonly [number, number]>): (start: number, end: number) => boolean {
  const sorted = [...intervals].sort((x, y) => x[0] - y[0]);
  const starts = sorted.map((x) => x[0]);
  const reach: number[] = [];
  let m = -Infinity;
  for (const x of sorted) reach.push((m = Math.max(m, x[1])));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] ?? Infinity) <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (reach[lo - 1] ?? -Infinity) >= end;
  };
}
