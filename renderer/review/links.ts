// The segments a comment's span is aligned with in the other documents: the same row's cells.
import type { AlignedRow, DocumentInfo, SegmentLink } from '../../shared/model.js';

export function linksForRow(row: AlignedRow | undefined, documents: readonly DocumentInfo[], fromIndex: number): SegmentLink[] {
  if (!row) return [];
  const links: SegmentLink[] = [];
  row.cells.forEach((cell, i) => {
    const doc = documents[i];
    if (i === fromIndex || !doc) return;
    for (const segment of cell) links.push({ documentId: doc.id, start: segment.start, end: segment.end, text: segment.text });
  });
  return links;
}
