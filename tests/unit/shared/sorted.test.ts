import { describe, expect, it } from 'vitest';
import { countAtOrBelow, countBelow, lastAtOrBelow } from '../../../shared/sorted.js';

describe('binary searches over ascending numbers', () => {
  const starts = [0, 10, 10, 25];

  it('counts the entries at most, and below, a value (repeats included)', () => {
    expect([-1, 0, 9, 10, 24, 25, 99].map((v) => countAtOrBelow(starts, v))).toEqual([0, 1, 1, 3, 3, 4, 4]);
    expect([-1, 0, 9, 10, 24, 25, 99].map((v) => countBelow(starts, v))).toEqual([0, 0, 1, 1, 3, 3, 4]);
  });

  it('finds the last entry at most a value, 0 before the first and in an empty list', () => {
    expect([-5, 0, 9, 10, 30].map((v) => lastAtOrBelow(starts, v))).toEqual([0, 0, 0, 2, 3]);
    expect(lastAtOrBelow([], 3)).toBe(0);
    expect(lastAtOrBelow(Float64Array.of(0.5, 1.5), 1)).toBe(0);
  });
});
