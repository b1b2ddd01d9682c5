// Layout math for aligned panes (MONACO-NOTES.md): which line each aligned row starts on in each
// document, and how tall the spacer view zones must be so that every row starts at the same
// height in every pane. Pure: the editor is reached only through the `measure` callback.
//
// Vocabulary: a "slot" is a row of the layout. Slot 0 is the prelude (lines before the first
// aligned row of a document); slot r + 1 is aligned row r. A "block" is a run of lines in one
// document that starts a slot; the lines up to the next block belong to it.
import { countAtOrBelow, lastAtOrBelow } from '../../shared/sorted.js';

export interface RowSegment {
  start: number;
  end: number;
}

export interface RowInput {
  cells: RowSegment[][];
}

/** What the layout needs from one document: its line count and the line of an offset. */
export interface DocumentLines {
  lineCount: number;
  lineAt(offset: number): number;
}

/** How a row sits in one document. */
export type CellPlace =
  | { kind: 'block'; line: number }
  /** The document has nothing in this row: a hatched gap stands opposite the others. */
  | { kind: 'missing' }
  /** The row's text shares a line with an earlier row (sentences of one line, moved text). */
  | { kind: 'merged'; intoSlot: number };

export interface DocumentPlan {
  /** places[slot]; slot 0 is the prelude. */
  places: CellPlace[];
  /** Slots that start a block, in order; their lines strictly increase. */
  blockSlots: number[];
  blockLines: number[];
  lineCount: number;
  /** Segments sorted by start, to find the row under an offset. */
  segments: { start: number; end: number; row: number }[];
}

export interface RowPlan {
  rowCount: number;
  documents: DocumentPlan[];
}

export function planRows(rows: readonly RowInput[], documents: readonly DocumentLines[]): RowPlan {
  const plans = documents.map((doc, d): DocumentPlan => {
    const places: CellPlace[] = new Array(rows.length + 1);
    const blockSlots: number[] = [];
    const blockLines: number[] = [];
    const segments: DocumentPlan['segments'] = [];
    rows.forEach((row, r) => {
      const slot = r + 1;
      const cell = row.cells[d] ?? [];
      for (const segment of cell) segments.push({ start: segment.start, end: segment.end, row: r });
      const first = cell.reduce<RowSegment | undefined>((min, s) => (min === undefined || s.start < min.start ? s : min), undefined);
      if (!first) {
        places[slot] = { kind: 'missing' };
        return;
      }
      const line = doc.lineAt(first.start);
      const lastLine = blockLines[blockLines.length - 1];
      if (lastLine !== undefined && line <= lastLine) {
        places[slot] = { kind: 'merged', intoSlot: blockSlots[blockIndexAtLine(blockLines, line)] ?? 0 };
        return;
      }
      places[slot] = { kind: 'block', line };
      blockSlots.push(slot);
      blockLines.push(line);
    });
    // The prelude is a block only when there are lines before the first row.
    if (blockLines.length === 0 || (blockLines[0] ?? 1) > 1) {
      places[0] = { kind: 'block', line: 1 };
      blockSlots.unshift(0);
      blockLines.unshift(1);
    } else {
      places[0] = { kind: 'missing' };
    }
    segments.sort((a, b) => a.start - b.start || a.end - b.end);
    return { places, blockSlots, blockLines, lineCount: doc.lineCount, segments };
  });
  return { rowCount: rows.length, documents: plans };
}

/** Index of the last block starting at or before the line (0 when the line precedes them all). */
function blockIndexAtLine(blockLines: readonly number[], line: number): number {
  return lastAtOrBelow(blockLines, line);
}

/** First block after a slot, as an index into blockSlots (blockSlots.length when none). */
function nextBlockIndex(plan: DocumentPlan, slot: number): number {
  return countAtOrBelow(plan.blockSlots, slot);
}

/** Line after which zones closing the slot go: the line before the next block, or the last line. */
function closingLine(plan: DocumentPlan, nextBlock: number): number {
  const line = plan.blockLines[nextBlock];
  return line === undefined ? plan.lineCount : line - 1;
}

export interface Spacer {
  /** Stable key within a document, to update zones in place on resize. */
  key: string;
  slot: number;
  afterLineNumber: number;
  heightInPx: number;
  /** Orders zones after the same line: by slot, padding before gaps of later rows. */
  ordinal: number;
  /** A hatched gap opposite a row the document does not have. */
  gap: boolean;
}

export interface RowLayout {
  /** Height of each slot (slot 0: prelude). */
  slotHeights: number[];
  /** Top of each slot, in px from the top of the content; slotTops[slotCount] is the total. */
  slotTops: number[];
  /** Spacers per document; zero-height ones are left out. */
  spacers: Spacer[][];
}

/**
 * Natural height in px of lines [fromLine, toLine) of a document, spacers excluded; toLine may be
 * lineCount + 1 (to the end). In Monaco: getTopForLineNumber(to, true) − getTopForLineNumber(from).
 */
export type MeasureLines = (documentIndex: number, fromLine: number, toLine: number) => number;

export function layoutRows(plan: RowPlan, measure: MeasureLines): RowLayout {
  const slotCount = plan.rowCount + 1;
  const heights = new Array<number>(slotCount).fill(0);
  interface Span { doc: number; blockIndex: number; end: number; natural: number; counted: number[] }
  const spans: Span[] = [];
  plan.documents.forEach((doc, d) => {
    doc.blockSlots.forEach((slot, b) => {
      const nextSlot = doc.blockSlots[b + 1] ?? slotCount;
      const fromLine = doc.blockLines[b] ?? 1;
      const toLine = doc.blockLines[b + 1] ?? doc.lineCount + 1;
      const counted: number[] = [];
      for (let s = slot; s < nextSlot; s++) if (doc.places[s]?.kind !== 'missing') counted.push(s);
      spans.push({ doc: d, blockIndex: b, end: nextSlot, natural: fromLine < toLine ? measure(d, fromLine, toLine) : 0, counted });
    });
  });
  // A block's lines must fit in the slots it spans (its own and those merged into it). Raising
  // the last of them only ever adds height, so settling spans in order of their end keeps every
  // span settled earlier satisfied.
  spans.sort((a, b) => a.end - b.end);
  for (const span of spans) {
    let sum = 0;
    for (const s of span.counted) sum += heights[s] ?? 0;
    const last = span.counted[span.counted.length - 1];
    if (last !== undefined && span.natural > sum) heights[last] = (heights[last] ?? 0) + span.natural - sum;
  }
  const tops = new Array<number>(slotCount + 1);
  tops[0] = 0;
  for (let s = 0; s < slotCount; s++) tops[s + 1] = (tops[s] ?? 0) + (heights[s] ?? 0);

  const spacers: Spacer[][] = plan.documents.map(() => []);
  for (const span of spans) {
    const doc = plan.documents[span.doc];
    const slot = doc?.blockSlots[span.blockIndex];
    if (!doc || slot === undefined) continue;
    let room = 0;
    for (const s of span.counted) room += heights[s] ?? 0;
    const height = room - span.natural;
    if (height > 0) {
      spacers[span.doc]?.push({ key: `pad:${slot}`, slot, afterLineNumber: closingLine(doc, span.blockIndex + 1), heightInPx: height, ordinal: slot, gap: false });
    }
  }
  plan.documents.forEach((doc, d) => {
    doc.places.forEach((place, slot) => {
      const height = heights[slot] ?? 0;
      if (place.kind !== 'missing' || height <= 0) return;
      spacers[d]?.push({ key: `gap:${slot}`, slot, afterLineNumber: closingLine(doc, nextBlockIndex(doc, slot)), heightInPx: height, ordinal: slot, gap: slot > 0 });
    });
    spacers[d]?.sort((a, b) => a.afterLineNumber - b.afterLineNumber || a.ordinal - b.ordinal);
  });
  return { slotHeights: heights, slotTops: tops, spacers };
}

/** The row under an offset of a document: the row of the segment holding it, else the block's. */
export function rowAtOffset(plan: RowPlan, documentIndex: number, offset: number, line: number): number | null {
  const doc = plan.documents[documentIndex];
  if (!doc) return null;
  const segments = doc.segments;
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((segments[mid]?.start ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  // Segments of moved rows may nest or overlap: look back a little for one that holds the offset.
  for (let i = lo - 1; i >= 0 && i >= lo - 8; i--) {
    const segment = segments[i];
    if (segment && segment.start <= offset && offset <= segment.end) return segment.row;
  }
  if (doc.blockLines.length === 0) return null;
  const slot = doc.blockSlots[blockIndexAtLine(doc.blockLines, line)] ?? 0;
  return slot === 0 ? null : slot - 1;
}

/** Lines a row covers in a document (from its segments), or null when the document lacks it. */
export function rowLines(cell: readonly RowSegment[] | undefined, lines: DocumentLines): { first: number; last: number } | null {
  if (!cell || cell.length === 0) return null;
  let start = Infinity;
  let end = -Infinity;
  for (const segment of cell) {
    start = Math.min(start, segment.start);
    end = Math.max(end, segment.end);
  }
  const first = lines.lineAt(start);
  return { first, last: Math.max(first, lines.lineAt(Math.max(start, end - 1))) };
}
