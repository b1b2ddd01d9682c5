// The bead search: dynamic programming over a corridor around the expected path, never the full
// n×m matrix. Bead cost = prior + Gale–Church length cost − bonus × (shared evidence (Dice) − the
// evidence a translation pair is expected to share);
// cheap bounds come first so the evidence is only read for beads that could still win.
import type { PairFeatures } from './features.js';
import { BeadEvidence } from './bead-evidence.js';
import { lengthCost } from './length-cost.js';
import type { PathGuess } from './anchors.js';

export interface ScoredBead {
  a: number[];
  b: number[];
  score: number;
}

// Bead types and priors, tuned on bleualign-dev (then checked on textberg and ParIce). Omissions
// and additions are far commoner in real translations (5% of gold beads) than Gale & Church's
// 1%, while 1-4 beads mostly swallowed such additions. 3-3 and larger are left out: rarer than 1
// in 1000 gold beads and as costly to search as all the others.
const PRIOR: [number, number, number][] = [
  [1, 1, 0.89], [1, 0, 0.04], [0, 1, 0.04], [2, 1, 0.045], [1, 2, 0.045], [2, 2, 0.011],
  [3, 1, 0.004], [1, 3, 0.004], [3, 2, 0.0015], [2, 3, 0.0015], [4, 1, 0.0002], [1, 4, 0.0002],
];
const SKIP_PER_CHAR = 0.02;
/**
 * Share of a skip's cost paid at either end of the pair: text on one side only before the first
 * pair or after the last (a title, a translator's note, an original cut short) is far commoner
 * than the same amount in the middle. Tuned on bleualign-dev (flat from 0 to 0.6; ParIce loses
 * below 0.5): strict F1 there +0.003, textberg +0.002 (on top of the shared cuts of boundaries.ts).
 */
const END_SKIP = 0.5;
/**
 * Beads with almost nothing to compare (their keys' weights summing to less than this) are not
 * expected to share much: the expected Dice (SearchInput.expectedDice) is scaled down for them.
 */
const MASS_FULL = 5;
const BEAD_A = Int32Array.from(PRIOR, (x) => x[0]);
const BEAD_B = Int32Array.from(PRIOR, (x) => x[1]);
const BEAD_COST = Float64Array.from(PRIOR, (x) => -Math.log(x[2]));
/** A first pass only needs the common beads to find confident 1-1 pairs: 1-1, 1-0, 0-1, 2-1, 1-2. */
const QUICK_TYPES = 5;

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
  /** Search only the common bead types (a first pass). */
  quick?: boolean;
  /**
   * Shared evidence (Dice) any translation pair of this document pair is expected to reach: a
   * paired bead scoring less pays for the shortfall (sentences with words to compare that share
   * none are unlikely translations), so a skip plus a well-evidenced pair can beat a chain of
   * shifted pairs that share little. Unknown before a first pass: 0.
   */
  expectedDice?: number;
  /** Unit pairs that must end up in one bead (which may hold more units); the corridor must hold them. */
  pinned?: readonly { a: number; b: number }[];
}

export function searchBeads(input: SearchInput): ScoredBead[] {
  const { features: f, ratio, bonus } = input;
  const n = f.a.keys.length;
  const m = f.b.keys.length;
  const { lo, hi, off, size } = corridor(n, m, input.path, input.width);
  const preLenA = prefix(f.a.lengths, ratio);
  const preLenB = prefix(f.b.lengths, 1);
  const cutA = f.a.cuts;
  const cutB = f.b.cuts;
  const kinds = input.kindsA && input.kindsB ? new KindTable(input.kindsA, input.kindsB) : null;
  const fitCost = (i: number, j: number, a: number, b: number): number => {
    const la = (preLenA[i] as number) - (preLenA[i - a] as number);
    const lb = (preLenB[j] as number) - (preLenB[j - b] as number);
    // A skipped unit costs its prior plus a little per character: omissions are rare but real.
    return a === 0 || b === 0 ? SKIP_PER_CHAR * (la + lb) : lengthCost(la, lb);
  };

  const types = input.quick ? QUICK_TYPES : BEAD_COST.length;
  const evidence = new BeadEvidence(f, Math.max(...BEAD_A.subarray(0, types)));
  const expected = input.expectedDice ?? 0;
  const pins = input.pinned && input.pinned.length > 0 ? new Pins(n, m, input.pinned) : null;
  const cost = new Float64Array(size).fill(Infinity);
  const back = new Uint8Array(size).fill(255);
  cost[0] = 0;
  for (let i = 0; i <= n; i += 1) {
    const rowLo = lo[i] as number;
    const rowHi = hi[i] as number;
    evidence.startRow(i);
    for (let j = rowLo; j <= rowHi; j += 1) {
      if (i === 0 && j === 0) continue;
      evidence.startCell(j);
      let best = Infinity;
      let bestBead = 255;
      for (let t = 0; t < types; t += 1) {
        const ba = BEAD_A[t] as number;
        const bb = BEAD_B[t] as number;
        const pi = i - ba;
        const pj = j - bb;
        if (pi < 0 || pj < 0 || pj < (lo[pi] as number) || pj > (hi[pi] as number)) continue;
        const before = cost[(off[pi] as number) + pj - (lo[pi] as number)] as number;
        if (pins && pins.separates(pi, i, pj, j)) continue;
        const paired = ba > 0 && bb > 0;
        // A skip in the first or last row or column leaves text before the first pair or after the last.
        const share = (paired || (ba > 0 ? j !== 0 && j !== m : i !== 0 && i !== n)) ? 1 : END_SKIP;
        // Cheap bounds first: evidence can lower a bead's cost by `bonus` at most.
        if (before + share * (BEAD_COST[t] as number) - (paired ? bonus : 0) >= best) continue;
        let c = before + share * ((BEAD_COST[t] as number) + fitCost(i, j, ba, bb));
        // Each boundary is paid for by the bead that ends there on that side, unless both sides
        // cut inside a sentence there: the translation kept that cut (boundaries.ts).
        const cut = (ba > 0 ? (cutA[i] as number) : 0) + (bb > 0 ? (cutB[j] as number) : 0);
        if (!paired || (cutA[i] as number) === 0 || (cutB[j] as number) === 0) c += cut;
        if (paired) {
          if (c - bonus >= best) continue;
          const d = evidence.dice(ba, bb);
          // Without an expected Dice (a first pass) the shortfall term is 0: skipped, which also
          // keeps the JIT from taking `expected` (0) for an integer and deoptimizing later.
          c -= bonus * (expected > 0 ? d - expected * Math.min(1, evidence.mass(ba, bb) / MASS_FULL) : d);
          if (kinds) c += kinds.penalty(pi, i, pj, j);
        }
        if (c < best) {
          best = c;
          bestBead = t;
        }
      }
      const at = (off[i] as number) + j - rowLo;
      cost[at] = best;
      back[at] = bestBead;
    }
  }

  // Pins the corridor cannot honour all at once (a pinned cell outside it) leave no path: search
  // again without them rather than fail; the pins still shaped the corridor.
  if (pins && !Number.isFinite(cost[size - 1] as number)) return searchBeads({ ...input, pinned: undefined });
  const beads: ScoredBead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const t = back[(off[i] ?? 0) + j - (lo[i] ?? 0)] ?? 255;
    if (t >= types) throw new Error(`alignment corridor broke at ${i}/${j}`);
    const ba = BEAD_A[t] as number;
    const bb = BEAD_B[t] as number;
    const fit = Math.exp(-fitCost(i, j, ba, bb));
    evidence.startRow(i);
    evidence.startCell(j);
    const d = ba > 0 && bb > 0 ? evidence.dice(ba, bb) : 0;
    beads.push({ a: range(i - ba, i), b: range(j - bb, j), score: beadScore(ba, bb, fit, d) });
    i -= ba;
    j -= bb;
  }
  return beads.reverse();
}

function beadScore(a: number, b: number, fit: number, dice: number): number {
  if (a === 0 || b === 0) return 0.5;
  const s = 0.2 + 0.35 * fit + 0.6 * Math.min(1, dice * 1.5) - 0.04 * (a + b - 2);
  return Math.round(Math.max(0.05, Math.min(1, s)) * 1000) / 1000;
}

/** Pinned pairs by unit, to refuse a bead that holds one unit of a pair without the other. */
class Pins {
  private readonly partnerOfA: Int32Array;
  private readonly partnerOfB: Int32Array;

  constructor(n: number, m: number, pinned: readonly { a: number; b: number }[]) {
    this.partnerOfA = new Int32Array(n).fill(-1);
    this.partnerOfB = new Int32Array(m).fill(-1);
    for (const { a, b } of pinned) {
      this.partnerOfA[a] = b;
      this.partnerOfB[b] = a;
    }
  }

  /**
   * Whether a bead breaks a pinned pair: holds one unit of it without the other, or holds it with
   * more than one unit on both sides (two swapped paragraphs would otherwise hide in a 2-2 bead
   * instead of showing as a move; a pinned pair split 1-2 or 2-1 is common and allowed).
   */
  separates(a0: number, a1: number, b0: number, b1: number): boolean {
    const wide = a1 - a0 > 1 && b1 - b0 > 1;
    for (let u = a0; u < a1; u += 1) {
      const v = this.partnerOfA[u] as number;
      if (v >= 0 && (wide || v < b0 || v >= b1)) return true;
    }
    for (let v = b0; v < b1; v += 1) {
      const u = this.partnerOfB[v] as number;
      if (u >= 0 && (u < a0 || u >= a1)) return true;
    }
    return false;
  }
}

/** Kinds as numbers with running heading counts: the search asks for every bead it weighs. */
class KindTable {
  private readonly idsA: Int32Array;
  private readonly idsB: Int32Array;
  private readonly headingsA: Int32Array;
  private readonly headingsB: Int32Array;

  constructor(kindsA: string[], kindsB: string[]) {
    const ids = new Map<string, number>();
    const id = (k: string): number => {
      let x = ids.get(k);
      if (x === undefined) {
        x = ids.size;
        ids.set(k, x);
      }
      return x;
    };
    this.idsA = Int32Array.from(kindsA, id);
    this.idsB = Int32Array.from(kindsB, id);
    const running = (kinds: string[]): Int32Array => {
      const out = new Int32Array(kinds.length + 1);
      kinds.forEach((k, u) => (out[u + 1] = (out[u] as number) + (k === 'heading' ? 1 : 0)));
      return out;
    };
    this.headingsA = running(kindsA);
    this.headingsB = running(kindsB);
  }

  /** Headings pair with headings only; other kinds may mix at a small cost (a list item as prose). */
  penalty(a0: number, a1: number, b0: number, b1: number): number {
    const ha = (this.headingsA[a1] as number) - (this.headingsA[a0] as number);
    const hb = (this.headingsB[b1] as number) - (this.headingsB[b0] as number);
    if (ha === 0 && hb === 0) return this.idsA[a0] === this.idsB[b0] ? 0 : 0.5;
    return ha > 0 && hb > 0 ? 0 : 4;
  }
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
