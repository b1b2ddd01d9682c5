// Gale–Church length cost: how unlikely it is that texts of these (ratio-normalised) lengths
// translate each other. Returned as −ln of the two-sided tail probability.

const VARIANCE = 6.8;

/** −ln erfc(z) without underflow (Numerical Recipes' Chebyshev fit, accurate to 1.2e-7). */
function minusLogErfc(z: number): number {
  const t = 1 / (1 + 0.5 * z);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -Math.log(t) + z * z - poly;
}

// The bead search asks this millions of times: a table over z with linear interpolation, in
// steps of 1/64 (error far below the costs' other uncertainties).
const STEPS = 64;
const Z_MAX = 12;
const TABLE = Float64Array.from({ length: Z_MAX * STEPS + 2 }, (_, k) => minusLogErfc(k / STEPS / Math.SQRT2));

/** `lengthA` already multiplied by the pair's length ratio, so both are in side-b units. */
export function lengthCost(lengthA: number, lengthB: number): number {
  if (lengthA === 0 && lengthB === 0) return 0;
  const mean = Math.max(1, (lengthA + lengthB) / 2);
  const z = Math.abs(lengthB - lengthA) / Math.sqrt(VARIANCE * mean);
  if (z >= Z_MAX) return minusLogErfc(z / Math.SQRT2);
  const at = z * STEPS;
  const k = Math.floor(at);
  const low = TABLE[k] as number;
  return low + (at - k) * ((TABLE[k + 1] as number) - low);
}
