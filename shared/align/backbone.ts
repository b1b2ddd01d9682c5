// Restructured documents: paragraphs that clearly translate each other (mutual best, strong shared
// evidence) and sit on one monotone chain are pinned as a backbone; only the stretches between
// them are searched. A moved paragraph then stays unmatched in its stretch and is linked as a move.
import { heaviestChain } from './anchors.js';
import type { ScoredBead } from './bead-search.js';
import { pairFeatures, type PairFeatures, type UnitInfo, type Vocabulary } from './features.js';
import { lengthCost } from './length-cost.js';
import { alignInfos } from './pair.js';

const STRONG = 0.45;
const COMMON = 24;

/** `features`: of the whole pair, when the caller has them (they are built here otherwise). */
export function alignWithBackbone(infosA: UnitInfo[], infosB: UnitInfo[], kindsA: string[], kindsB: string[], vocab: Vocabulary, features?: () => PairFeatures): ScoredBead[] {
  const pins = infosA.length < 3 || infosB.length < 3 ? [] : backbone(features ? features() : pairFeatures(infosA, infosB, vocab));
  // Paragraphs are too few for a learned lexicon to pay: one pass.
  if (pins.length === 0) return alignInfos(infosA, infosB, vocab, { kindsA, kindsB, relearn: false });
  const beads: ScoredBead[] = [];
  let a0 = 0;
  let b0 = 0;
  const gap = (a1: number, b1: number): void => {
    const inner = alignInfos(infosA.slice(a0, a1), infosB.slice(b0, b1), vocab, { kindsA: kindsA.slice(a0, a1), kindsB: kindsB.slice(b0, b1), relearn: false });
    for (const x of inner) beads.push({ a: x.a.map((k) => k + a0), b: x.b.map((k) => k + b0), score: x.score });
  };
  for (const pin of pins) {
    gap(pin.a, pin.b);
    beads.push({ a: [pin.a], b: [pin.b], score: Math.round(Math.min(1, 0.5 + pin.weight / 2) * 1000) / 1000 });
    a0 = pin.a + 1;
    b0 = pin.b + 1;
  }
  gap(infosA.length, infosB.length);
  return absorbSplits(beads, infosA, infosB);
}

function backbone(f: PairFeatures): { a: number; b: number; weight: number }[] {
  const holders = new Map<number, number[]>();
  f.b.keys.forEach((ks, v) => {
    for (const k of ks) {
      // Keys in many paragraphs weigh little and would make this quadratic.
      if ((f.weight[k] ?? 0) <= 0 || (f.countB[k] ?? 0) > COMMON) continue;
      const list = holders.get(k);
      if (list) list.push(v);
      else holders.set(k, [v]);
    }
  });
  const bestA = new Map<number, { v: number; dice: number }>();
  const bestB = new Map<number, { u: number; dice: number }>();
  // Shared weight per side-b paragraph for the current side-a one: a table, reset by its touched list.
  const shared = new Float64Array(f.b.keys.length);
  const touched: number[] = [];
  f.a.keys.forEach((ks, u) => {
    for (const k of ks) {
      const list = holders.get(k);
      if (!list) continue;
      const w = f.weight[k] as number;
      for (const v of list) {
        if (shared[v] === 0) touched.push(v);
        shared[v] = (shared[v] as number) + w;
      }
    }
    for (const v of touched) {
      const dice = (2 * (shared[v] as number)) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
      shared[v] = 0;
      if (dice > (bestA.get(u)?.dice ?? 0)) bestA.set(u, { v, dice });
      if (dice > (bestB.get(v)?.dice ?? 0)) bestB.set(v, { u, dice });
    }
    touched.length = 0;
  });
  const candidates: { a: number; b: number; weight: number }[] = [];
  for (const [u, { v, dice }] of bestA) if (dice >= STRONG && bestB.get(v)?.u === u) candidates.push({ a: u, b: v, weight: dice });
  return heaviestChain(candidates);
}

/** A lone paragraph next to a pinned pair whose length it completes was split, not added. */
function absorbSplits(beads: ScoredBead[], infosA: UnitInfo[], infosB: UnitInfo[]): ScoredBead[] {
  const len = (infos: UnitInfo[], units: number[]): number => units.reduce((s, u) => s + (infos[u]?.length ?? 0), 0);
  const totalA = infosA.reduce((s, x) => s + x.length, 0);
  const ratio = totalA > 0 ? infosB.reduce((s, x) => s + x.length, 0) / totalA : 1;
  const cost = (x: ScoredBead): number => lengthCost(len(infosA, x.a) * ratio, len(infosB, x.b));
  const out: ScoredBead[] = [];
  for (const bead of beads) {
    const last = out[out.length - 1];
    const lone = bead.a.length === 0 || bead.b.length === 0;
    if (last && lone && last.a.length > 0 && last.b.length > 0 && last.a.length + bead.a.length <= 4 && last.b.length + bead.b.length <= 4) {
      const merged = { a: [...last.a, ...bead.a], b: [...last.b, ...bead.b], score: last.score };
      if (cost(merged) < cost(last) - 2) {
        out[out.length - 1] = merged;
        continue;
      }
    }
    out.push({ ...bead });
  }
  return out;
}
