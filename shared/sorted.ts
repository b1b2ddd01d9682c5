// Binary searches over ascending numbers (line starts, row heights, anchor positions): one
// implementation for every "which line / slot / interval holds this value" lookup.

/** How many entries are at most `value` (the index of the first entry above it). */
export function countAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How many entries are below `value` (the index of the first entry at or above it). */
export function countBelow(sorted: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the last entry at most `value`; 0 when `value` precedes them all (or there are none). */
export function lastAtOrBelow(sorted: ArrayLike<number>, value: number): number {
  return Math.max(0, countAtOrBelow(sorted, value) - 1);
}
