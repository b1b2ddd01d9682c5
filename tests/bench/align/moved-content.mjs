// Moved content on real text, for `npm run bench:align`: the test sets' gold beads grouped into
// parallel paragraphs (4 beads each), then one paragraph of the target moved far away, or two
// neighbours swapped. Aligned at paragraph level, each paragraph should either share its row with
// its counterpart alone, or be a move linked to it.

const PER_PARAGRAPH = 4;

/** [source, target] paragraph texts from the gold's paired beads, in source order. */
export function goldParagraphs(src, tgt, gold) {
  const paired = gold.filter(([a, b]) => a.length > 0 && b.length > 0).sort((x, y) => x[0][0] - y[0][0]);
  const out = [];
  for (let k = 0; k + PER_PARAGRAPH <= paired.length; k += PER_PARAGRAPH) {
    const group = paired.slice(k, k + PER_PARAGRAPH);
    out.push([group.flatMap((x) => x[0]).map((i) => src[i]).join(' '), group.flatMap((x) => x[1]).map((j) => tgt[j]).join(' ')]);
  }
  return out;
}

/** Target orders to test for `count` paragraphs: one far move and one swap of neighbours per draw. */
export function reorderings(count, random, draws = 1) {
  const out = [];
  for (let d = 0; d < draws; d += 1) {
    const from = 1 + Math.floor(random() * (count - 2));
    let to = Math.floor(random() * count);
    if (Math.abs(to - from) < 2) to = (from + Math.floor(count / 2)) % count;
    const far = [...Array(count).keys()];
    far.splice(from, 1);
    far.splice(to > from ? to - 1 : to, 0, from);
    out.push({ kind: 'far', order: far, changed: [from] });
    const at = Math.min(from, count - 2);
    const swap = [...Array(count).keys()];
    [swap[at], swap[at + 1]] = [swap[at + 1], swap[at]];
    out.push({ kind: 'swap', order: swap, changed: [at, at + 1] });
  }
  return out;
}

/** The two documents' texts: paragraphs one per block, the target in `order`. */
export function documentsOf(paragraphs, order) {
  return [paragraphs.map((p) => p[0]).join('\n\n') + '\n', order.map((k) => paragraphs[k][1]).join('\n\n') + '\n'];
}

/** For each source paragraph: in its counterpart's row and alone with it, or linked to it as a move. */
export function paragraphsPlaced(rows, paragraphs, order) {
  const starts = (texts) => texts.reduce((out, t, k) => [...out, k === 0 ? 0 : out[k - 1] + texts[k - 1].length + 2], []);
  const startsA = starts(paragraphs.map((p) => p[0]));
  const startsB = starts(order.map((k) => paragraphs[k][1]));
  const paragraphAt = (xs, offset) => {
    let k = 0;
    while (k + 1 < xs.length && xs[k + 1] <= offset) k += 1;
    return k;
  };
  const rowOfA = new Map();
  const rowOfB = new Map();
  rows.forEach((row, r) => {
    for (const s of row.cells[0] ?? []) rowOfA.set(paragraphAt(startsA, s.start), r);
    for (const s of row.cells[1] ?? []) rowOfB.set(order[paragraphAt(startsB, s.start)], r);
  });
  return paragraphs.map((_, k) => {
    const ra = rowOfA.get(k);
    const rb = rowOfB.get(k);
    if (ra === undefined || rb === undefined) return false;
    if (ra === rb) return rows[ra].cells[0].length === 1 && rows[ra].cells[1].length === 1;
    return rows[ra].movedFrom === rb && rows[rb].movedFrom === ra;
  });
}
