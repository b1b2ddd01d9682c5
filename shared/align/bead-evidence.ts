// Shared evidence of a bead: a Dice coefficient over the key sets of its two sides, each key
// counted once per bead (summing per sentence pair over-merges into 2-2 beads).
//
// The bead search asks for it in every corridor cell for every bead type, so it is worked out
// incrementally: the side-a keys of the units ending at row i are marked once per row with the
// depth (1..MAX) of the nearest unit holding them; per cell, side-b units are read once, nearest
// first, giving the evidence of every bead shape ending at that cell from one pass.
import type { PairFeatures } from './features.js';

const MAX_SIDE = 4;
const W = MAX_SIDE + 1;

export class BeadEvidence {
  private readonly keysA: Int32Array[];
  private readonly keysB: Int32Array[];
  private readonly weight: Float64Array;
  private readonly unmatched: Float64Array;
  private readonly rowMark: Int32Array;
  private readonly depth: Uint8Array;
  private readonly sideA: number;
  private readonly cellMark: Int32Array;
  private rowStamp = 0;
  private cellStamp = 0;
  private cell = 0;
  private levelB = 0;
  /** Mass (sum of `unmatched`) of the last 1..MAX side-a units before the row, cumulative. */
  private readonly massA = new Float64Array(W);
  private readonly massB = new Float64Array(W);
  /** Shared weight gained from side-a keys first found at depth d, while reading side b. */
  private readonly gained = new Float64Array(W);
  /** shared[tb * W + ta]: shared weight of a bead of ta side-a and tb side-b units. */
  private readonly shared = new Float64Array(W * W);

  /** `sideA`: the most side-a units a bead the search weighs holds (a first pass weighs 2 at most): rows mark no more. */
  constructor(f: PairFeatures, sideA = MAX_SIDE) {
    this.sideA = sideA;
    this.keysA = f.a.keys;
    this.keysB = f.b.keys;
    this.weight = f.weight;
    this.unmatched = f.unmatched;
    this.rowMark = new Int32Array(f.keyCount);
    this.depth = new Uint8Array(f.keyCount);
    this.cellMark = new Int32Array(f.keyCount);
  }

  /** Beads ending after side-a unit i-1. */
  startRow(i: number): void {
    this.rowStamp += 1;
    const stamp = this.rowStamp;
    let mass = 0;
    for (let ta = 1; ta <= this.sideA; ta += 1) {
      const u = i - ta;
      if (u >= 0) {
        const ks = this.keysA[u] as Int32Array;
        for (let x = 0; x < ks.length; x += 1) {
          const k = ks[x] as number;
          if (this.rowMark[k] !== stamp) {
            this.rowMark[k] = stamp;
            this.depth[k] = ta;
            mass += this.unmatched[k] as number;
          }
        }
      }
      this.massA[ta] = mass;
    }
  }

  /** Beads ending after side-b unit j-1 (in the current row). */
  startCell(j: number): void {
    this.cellStamp += 1;
    this.cell = j;
    this.levelB = 0;
    // A loop, not fill(): this runs for every corridor cell, and five stores beat a builtin call.
    for (let d = 0; d < W; d += 1) this.gained[d] = 0;
  }

  /** Dice of the bead of the last `ta` side-a and last `tb` side-b units (both >= 1). */
  dice(ta: number, tb: number): number {
    const mass = this.mass(ta, tb);
    return mass > 0 ? Math.min(1, (2 * (this.shared[tb * W + ta] as number)) / mass) : 0;
  }

  /** How much evidence that bead could hold: the sum of `unmatched` over its keys. */
  mass(ta: number, tb: number): number {
    while (this.levelB < tb) this.readNextB();
    return (this.massA[ta] as number) + (this.massB[tb] as number);
  }

  private readNextB(): void {
    const level = this.levelB + 1;
    const ks = this.keysB[this.cell - level] as Int32Array;
    const stamp = this.cellStamp;
    const row = this.rowStamp;
    let mass = level > 1 ? (this.massB[level - 1] as number) : 0;
    for (let x = 0; x < ks.length; x += 1) {
      const k = ks[x] as number;
      if (this.cellMark[k] === stamp) continue;
      this.cellMark[k] = stamp;
      mass += this.unmatched[k] as number;
      if (this.rowMark[k] === row) {
        const d = this.depth[k] as number;
        this.gained[d] = (this.gained[d] as number) + (this.weight[k] as number);
      }
    }
    this.massB[level] = mass;
    let s = 0;
    for (let d = 1; d <= MAX_SIDE; d += 1) {
      s += this.gained[d] as number;
      this.shared[level * W + d] = s;
    }
    this.levelB = level;
  }
}
