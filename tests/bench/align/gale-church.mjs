// Length-only Gale–Church (1993) baseline for the alignment bench: character lengths, ratio 1,
// beads 1-1 1-0 0-1 2-1 1-2 2-2 with the paper's priors, full DP (test documents are small).
const PRIORS = [[1, 1, 0.89], [1, 0, 0.0099 / 2], [0, 1, 0.0099 / 2], [2, 1, 0.089 / 2], [1, 2, 0.089 / 2], [2, 2, 0.011]];

function minusLogTail(delta) {
  const z = Math.abs(delta) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * z);
  const poly = -1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  return -Math.log(t) + z * z - poly;
}

function lengthCost(l1, l2) {
  if (l1 === 0 && l2 === 0) return 0;
  const mean = (l1 + l2) / 2;
  return minusLogTail((l2 - l1) / Math.sqrt(6.8 * mean));
}

/** Beads `[[src...], [tgt...]]` covering both sides in order. */
export function galeChurch(src, tgt) {
  const a = src.map((s) => s.length);
  const b = tgt.map((s) => s.length);
  const n = a.length;
  const m = b.length;
  const cost = Array.from({ length: n + 1 }, () => new Float64Array(m + 1).fill(Infinity));
  const back = Array.from({ length: n + 1 }, () => new Int8Array(m + 1).fill(-1));
  cost[0][0] = 0;
  for (let i = 0; i <= n; i += 1) {
    for (let j = 0; j <= m; j += 1) {
      PRIORS.forEach(([da, db, p], t) => {
        if (i < da || j < db || cost[i - da][j - db] === Infinity) return;
        let la = 0;
        let lb = 0;
        for (let k = 1; k <= da; k += 1) la += a[i - k];
        for (let k = 1; k <= db; k += 1) lb += b[j - k];
        const c = cost[i - da][j - db] - Math.log(p) + lengthCost(la, lb);
        if (c < cost[i][j]) {
          cost[i][j] = c;
          back[i][j] = t;
        }
      });
    }
  }
  const beads = [];
  for (let i = n, j = m; i > 0 || j > 0; ) {
    const [da, db] = PRIORS[back[i][j]];
    beads.push([Array.from({ length: da }, (_, k) => i - da + k), Array.from({ length: db }, (_, k) => j - db + k)]);
    i -= da;
    j -= db;
  }
  return beads.reverse();
}
