// N documents in one table: every other document's pairwise alignment with the pivot is merged
// along the pivot's units. Pivot units that any pair joins into one bead share a row.
import type { ScoredBead } from './bead-search.js';
import type { PairAlignment } from './document-pair.js';

export interface UnitRow {
  /** Unit indices per document (pivot included), in document order. */
  units: number[][];
  kind: 'match' | 'partial' | 'moved';
  score: number;
  movedFrom?: number;
}

/** `pairs[k]` aligns the pivot (side a) with document k (side b); `pairs[pivot]` is ignored. */
export function mergeOnPivot(docCount: number, pivot: number, pivotUnits: number, pairs: (PairAlignment | null)[]): UnitRow[] {
  const groupStart = new Uint8Array(pivotUnits + 1).fill(1);
  for (const pair of pairs) for (const bead of pair?.beads ?? []) for (let k = 1; k < bead.a.length; k += 1) groupStart[bead.a[k] as number] = 0;
  const groupOf = new Int32Array(pivotUnits);
  let groups = -1;
  for (let p = 0; p < pivotUnits; p += 1) {
    if (groupStart[p]) groups += 1;
    groupOf[p] = groups;
  }
  const groupCells: number[][][] = Array.from({ length: groups + 1 }, () => Array.from({ length: docCount }, () => []));
  const groupScores: number[][] = Array.from({ length: groups + 1 }, () => []);
  for (let p = 0; p < pivotUnits; p += 1) groupCells[groupOf[p] as number]?.[pivot]?.push(p);
  // Units of document k that sit before pivot unit p (p = pivotUnits: after the last one).
  const inserts: Map<number, number[][]> = new Map();

  pairs.forEach((pair, k) => {
    if (!pair || k === pivot) return;
    const beads = pair.beads;
    const next = nextPivotUnits(beads, pivotUnits);
    beads.forEach((bead, t) => {
      if (bead.a.length > 0) {
        const g = groupOf[bead.a[0] as number] as number;
        groupCells[g]?.[k]?.push(...bead.b);
        groupScores[g]?.push(bead.score);
        return;
      }
      const p = next[t] as number;
      if (p < pivotUnits && !groupStart[p]) {
        groupCells[groupOf[p] as number]?.[k]?.push(...bead.b);
        return;
      }
      let slot = inserts.get(p);
      if (!slot) {
        slot = Array.from({ length: docCount }, () => []);
        inserts.set(p, slot);
      }
      slot[k]?.push(...bead.b);
    });
  });

  const rows: UnitRow[] = [];
  for (let p = 0; p <= pivotUnits; p += 1) {
    const slot = inserts.get(p);
    if (slot) rows.push(...insertionRows(slot));
    if (p < pivotUnits && groupStart[p]) {
      const g = groupOf[p] as number;
      const units = groupCells[g] as number[][];
      const scores = groupScores[g] ?? [];
      const score = scores.length > 0 ? scores.reduce((s, x) => s + x, 0) / scores.length : 0.5;
      rows.push({ units, kind: units.every((u) => u.length > 0) ? 'match' : 'partial', score: round(score) });
    }
  }
  linkMoves(rows, pivot, pairs);
  return rows;
}

/** For each bead, the first pivot unit at or after it (pivotUnits when none follows). */
function nextPivotUnits(beads: ScoredBead[], pivotUnits: number): number[] {
  const out = new Array<number>(beads.length);
  let next = pivotUnits;
  for (let t = beads.length - 1; t >= 0; t -= 1) {
    const first = beads[t]?.a[0];
    if (first !== undefined) next = first;
    out[t] = next;
  }
  return out;
}

/** Additions at one place: one row per unit; several documents' additions share rows in order. */
function insertionRows(slot: number[][]): UnitRow[] {
  const height = Math.max(...slot.map((u) => u.length));
  const rows: UnitRow[] = [];
  for (let r = 0; r < height; r += 1) {
    const units = slot.map((u) => (r < u.length ? [u[r] as number] : []));
    rows.push({ units, kind: units.every((u) => u.length > 0) ? 'match' : 'partial', score: 0.5 });
  }
  return rows;
}

function linkMoves(rows: UnitRow[], pivot: number, pairs: (PairAlignment | null)[]): void {
  const rowOf = (doc: number, unit: number): number => rows.findIndex((r) => r.units[doc]?.includes(unit));
  pairs.forEach((pair, k) => {
    if (!pair || k === pivot) return;
    for (const move of pair.moves) {
      const ra = rowOf(pivot, move.a[0] as number);
      const rb = rowOf(k, move.b[0] as number);
      if (ra < 0 || rb < 0 || ra === rb) continue;
      // A row links to one other row: when another document's move already linked either row
      // elsewhere, this pair's rows stay as they are (the text is in them, unlinked).
      const linkedElsewhere = (row: number, other: number): boolean => (rows[row]?.movedFrom ?? other) !== other;
      if (linkedElsewhere(ra, rb) || linkedElsewhere(rb, ra)) continue;
      for (const [here, there] of [[ra, rb], [rb, ra]] as const) {
        const row = rows[here] as UnitRow;
        row.kind = 'moved';
        row.movedFrom = there;
        row.score = move.score;
      }
    }
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
