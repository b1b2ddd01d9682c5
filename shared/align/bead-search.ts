// The bead search: dynamic programming over a corridor around the expected path, never the full
// n×m matrix. Beads 1-0, 0-1 and every n-m up to 4 a side, each with a prior.
import type { PairFeatures } from './features.js';
import { lengthCost } from './length-cost.js';
import type { PathGuess } from './anchors.js';

export interface ScoredBead {
  a: number[];
  b: number[];
  score: number;
}

const PRIOR: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, 0.0045], [0, 1, 0.0045], [2, 1, 0.045], [1, 2, 0.045], [2, 2, 0.011],
  [3, 1, 0.004], [1, 3, 0.004], [3, 2, 0.0015], [2, 3, 0.0015], [4, 1, 0.0008], [1, 4, 0.0008],
  [3, 3, 0.0005], [4, 2, 0.0003], [2, 4, 0.0003], [4, 3, 0.0002], [3, 4, 0.0002], [4, 4, 0.0002],
];
const SKIP_PER_CHAR = 0.02;
const BEADS = PRIOR.map(([a, b, p]) => ({ a, b, cost: -Math.log(p) }));

export interface SearchInput {
  features: PairFeatures;
  /** Side-b length per side-a length unit over the whole pair. */
  ratio: number;
  path: PathGuess;
  /** Corridor half-width at each side-a boundary. */
  width: (a: number) => number;
  /** Structural kind per unit (headings align with headings); optional. */
  kindsA?: string[];
  kindsB?: string[];
  /** Weight of shared-feature evidence against the length cost. */
  bonus: number;
}

export function searchBeads(input: SearchInput): ScoredBead[] {
  const { features: f, ratio, bonus } = input;
  const n = f.a.keys.length;
  const m = f.b.keys.length;
  const { lo, hi, off, size } = corridor(n, m, input.path, input.width);
  const sim = pairSimilarities(f, lo, hi, n, m);
  const preLenA = prefix(f.a.lengths, ratio);
  const preLenB = prefix(f.b.lengths, 1);
  const preMassA = prefix(f.massA, 1);
  const preMassB = prefix(f.massB, 1);

  // Called millions of times on long texts: plain numbers out, no objects.
  let lastFit = 0;
  let lastDice = 0;
  const beadCost = (i: number, j: number, a: number, b: number): number => {
    const la = (preLenA[i] ?? 0) - (preLenA[i - a] ?? 0);
    const lb = (preLenB[j] ?? 0) - (preLenB[j - b] ?? 0);
    // A skipped unit costs its prior plus a little per character: omissions are rare but real.
    const lc = a === 0 || b === 0 ? SKIP_PER_CHAR * (la + lb) : lengthCost(la, lb);
    let dice = 0;
    if (a > 0 && b > 0) {
      let shared = 0;
      for (let u = i - a; u < i; u += 1) shared += sim.get(u, j - b, j);
      const mass = (preMassA[i] ?? 0) - (preMassA[i - a] ?? 0) + (preMassB[j] ?? 0) - (preMassB[j - b] ?? 0);
      dice = mass > 0 ? Math.min(1, (2 * shared) / mass) : 0;
    }
    let kind = 0;
    if (a > 0 && b > 0 && input.kindsA && input.kindsB) kind = kindPenalty(input.kindsA, input.kindsB, i - a, i, j - b, j);
    lastFit = lc;
    lastDice = dice;
    return lc - bonus * dice + kind;
  };

  const cost = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size).fill(255);
  cost[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    const rowLo = lo[i] ?? 0;
    const rowHi = hi[i] ?? 0;
    for (let j = rowLo; j <= rowHi; j += 1) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = 255;
      for (let t = 0; t < BEADS.length; t += 1) {
        const bead = BEADS[t] as { a: number; b: number; cost: number };
        const pi = i - bead.a;
        const pj = j - bead.b;
        if (pi < 0 || pj < 0 || pj < (lo[pi] ?? 0) || pj > (hi[pi] ?? -1)) continue;
        const before = cost[(off[pi] ?? 0) + pj - (lo[pi] ?? 0)] ?? Infinity;
        if (before === Infinity || before + bead.cost - bonus >= best) continue;
        const c = before + bead.cost + beadCost(i, j, bead.a, bead.b);
        if (c < best) {
          best = c;
          bestBead = t;
        }
      }
      const at = (off[i] ?? 0) + j - rowLo;
      cost[at] = best;
      back[at] = bestBead;
    }
  }

  const beads: ScoredBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const t = back[(off[i] ?? 0) + j - (lo[i] ?? 0)] ?? 255;
    const bead = BEADS[t];
    if (!bead) throw new Error(`alignment corridor broke at ${i}/${j}`);
    beadCost(i, j, bead.a, bead.b);
    beads.push({ a: range(i - bead.a, i), b: range(j - bead.b, j), score: beadScore(bead.a, bead.b, Math.exp(-lastFit), lastDice) });
    i -= bead.a;
    j -= bead.b;
  }
  return beads.reverse();
}

function beadScore(a: number, b: number, fit: number, dice: number): number {
  if (a === 0 || b === 0) return 0.5;
  const s = 0.2 + 0.35 * fit + 0.6 * Math.min(1, dice * 1.5) - 0.04 * (a + b - 2);
  return Math.round(Math.max(0.05, Math.min(1, s)) * 1000) / 1000;
}

function kindPenalty(kindsA: string[], kindsB: string[], a0: number, a1: number, b0: number, b1: number): number {
  const heading = (kinds: string[], s: number, e: number): number => {
    let h = 0;
    for (let k = s; k < e; k += 1) if (kinds[k] === 'heading') h += 1;
    return h;
  };
  const ha = heading(kindsA, a0, a1);
  const hb = heading(kindsB, b0, b1);
  if (ha === 0 && hb === 0) return kindsA[a0] === kindsB[b0] ? 0 : 0.5;
  return ha > 0 && hb > 0 ? 0 : 4;
}

interface Corridor {
  lo: Int32Array;
  hi: Int32Array;
  off: Int32Array;
  size: number;
}

/** Row ranges that overlap their neighbours, so every cell stays reachable, and hold both corners. */
function corridor(n: number, m: number, path: PathGuess, width: (a: number) => number): Corridor {
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i += 1) {
    const c = path(i);
    const w = width(i);
    lo[i] = Math.max(0, Math.min(m, Math.floor(c - w)));
    hi[i] = Math.max(0, Math.min(m, Math.ceil(c + w)));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i += 1) hi[i] = Math.max(hi[i] ?? 0, hi[i - 1] ?? 0);
  for (let i = n - 1; i >= 0; i -= 1) lo[i] = Math.min(lo[i] ?? 0, lo[i + 1] ?? 0);
  for (let i = 1; i <= n; i += 1) if ((lo[i] ?? 0) > (hi[i - 1] ?? 0)) lo[i] = hi[i - 1] ?? 0;
  const off = new Int32Array(n + 2);
  for (let i = 0; i <= n; i += 1) off[i + 1] = (off[i] ?? 0) + (hi[i] ?? 0) - (lo[i] ?? 0) + 1;
  return { lo, hi, off, size: off[n + 1] ?? 0 };
}

interface Similarities {
  /** Sum of shared key weight between unit u of side a and units [from, to) of side b. */
  get(u: number, from: number, to: number): number;
}

function pairSimilarities(f: PairFeatures, lo: Int32Array, hi: Int32Array, n: number, m: number): Similarities {
  const sLo = new Int32Array(n);
  const sHi = new Int32Array(n);
  const sOff = new Int32Array(n + 1);
  for (let u = 0; u < n; u += 1) {
    sLo[u] = Math.max(0, (lo[u + 1] ?? 0) - 4);
    sHi[u] = Math.min(m - 1, (hi[Math.min(n, u + 4)] ?? 0) - 1);
    sOff[u + 1] = (sOff[u] ?? 0) + Math.max(0, (sHi[u] ?? 0) - (sLo[u] ?? 0) + 1);
  }
  const values = new Float32Array(sOff[n] ?? 0);
  const mark = new Float64Array(f.keyCount);
  for (let u = 0; u < n; u += 1) {
    const ka = f.a.keys[u] as Int32Array;
    if (ka.length === 0) continue;
    for (const k of ka) mark[k] = f.weight[k] ?? 0;
    const base = (sOff[u] ?? 0) - (sLo[u] ?? 0);
    for (let v = sLo[u] ?? 0; v <= (sHi[u] ?? -1); v += 1) {
      let s = 0;
      for (const k of f.b.keys[v] as Int32Array) s += mark[k] ?? 0;
      values[base + v] = s;
    }
    for (const k of ka) mark[k] = 0;
  }
  return {
    get(u, from, to) {
      let s = 0;
      const l = sLo[u] ?? 0;
      const h = sHi[u] ?? -1;
      const base = (sOff[u] ?? 0) - l;
      for (let v = Math.max(from, l); v < to && v <= h; v += 1) s += values[base + v] ?? 0;
      return s;
    },
  };
}

function prefix(values: Float64Array, factor: number): Float64Array {
  const out = new Float64Array(values.length + 1);
  for (let k = 0; k < values.length; k += 1) out[k + 1] = (out[k] ?? 0) + (values[k] ?? 0) * factor;
  return out;
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let k = from; k < to; k += 1) out.push(k);
  return out;
}
