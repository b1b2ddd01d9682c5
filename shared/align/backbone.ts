// Restructured documents: paragraphs that clearly translate each other (mutual best, strong shared
// evidence) and sit on one monotone chain are pinned as a backbone; only the stretches between
// them are searched. A moved paragraph then stays unmatched in its stretch and is linked as a move.
import { heaviestChain } from './anchors.js';
import type { ScoredBead } from './bead-search.js';
import { buildPairFeatures } from './features.js';
import { lengthCost } from './length-cost.js';
import { alignUnits } from './pair.js';

const STRONG = 0.45;

export function alignWithBackbone(textsA: string[], textsB: string[], kindsA: string[], kindsB: string[]): ScoredBead[] {
  const pins = backbone(textsA, textsB);
  if (pins.length === 0) return alignUnits(textsA, textsB, { kindsA, kindsB });
  const beads: ScoredBead[] = [];
  let a0 = 0;
  let b0 = 0;
  const gap = (a1: number, b1: number): void => {
    const inner = alignUnits(textsA.slice(a0, a1), textsB.slice(b0, b1), { kindsA: kindsA.slice(a0, a1), kindsB: kindsB.slice(b0, b1), relearn: false });
    for (const x of inner) beads.push({ a: x.a.map((k) => k + a0), b: x.b.map((k) => k + b0), score: x.score });
  };
  for (const pin of pins) {
    gap(pin.a, pin.b);
    beads.push({ a: [pin.a], b: [pin.b], score: Math.round(Math.min(1, 0.5 + pin.weight / 2) * 1000) / 1000 });
    a0 = pin.a + 1;
    b0 = pin.b + 1;
  }
  gap(textsA.length, textsB.length);
  return absorbSplits(beads, textsA, textsB);
}

function backbone(textsA: string[], textsB: string[]): { a: number; b: number; weight: number }[] {
  if (textsA.length < 3 || textsB.length < 3) return [];
  const f = buildPairFeatures(textsA, textsB);
  const holders = new Map<number, number[]>();
  f.b.keys.forEach((ks, v) => {
    for (const k of ks) if ((f.weight[k] ?? 0) > 0) holders.set(k, [...(holders.get(k) ?? []), v]);
  });
  const bestA = new Map<number, { v: number; dice: number }>();
  const bestB = new Map<number, { u: number; dice: number }>();
  f.a.keys.forEach((ks, u) => {
    const shared = new Map<number, number>();
    for (const k of ks) for (const v of holders.get(k) ?? []) shared.set(v, (shared.get(v) ?? 0) + (f.weight[k] ?? 0));
    for (const [v, s] of shared) {
      const dice = (2 * s) / ((f.massA[u] ?? 0) + (f.massB[v] ?? 0) || 1);
      if (dice > (bestA.get(u)?.dice ?? 0)) bestA.set(u, { v, dice });
      if (dice > (bestB.get(v)?.dice ?? 0)) bestB.set(v, { u, dice });
    }
  });
  const candidates: { a: number; b: number; weight: number }[] = [];
  for (const [u, { v, dice }] of bestA) if (dice >= STRONG && bestB.get(v)?.u === u) candidates.push({ a: u, b: v, weight: dice });
  return heaviestChain(candidates);
}

/** A lone paragraph next to a pinned pair whose length it completes was split, not added. */
function absorbSplits(beads: ScoredBead[], textsA: string[], textsB: string[]): ScoredBead[] {
  const len = (texts: string[], units: number[]): number => units.reduce((s, u) => s + (texts[u]?.length ?? 0), 0);
  const totalA = len(textsA, textsA.map((_, k) => k));
  const ratio = totalA > 0 ? len(textsB, textsB.map((_, k) => k)) / totalA : 1;
  const cost = (x: ScoredBead): number => lengthCost(len(textsA, x.a) * ratio, len(textsB, x.b));
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
