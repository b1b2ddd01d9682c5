// Applies the reviewer's corrections, in order, to the engine's rows. Each correction finds its
// segments by their text; one that cannot (the text changed, the rows moved apart) or that would
// break the alignment's rules is reported with the reason and skipped, never silently dropped.
import type { Alignment, RowKind } from '../model.js';
import type { CorrectionDraft, SegmentRef } from './schema.js';
import { locateRef, shortQuote } from './segment-refs.js';
import { brokenRule, copyWorkRows, fromWorkRows, isEmptyRow, removeRow, segmentUnder, settleKind, toWorkRows, type FoundSegment, type WorkRow } from './working-rows.js';

export interface CorrectionResult<C extends CorrectionDraft> {
  alignment: Alignment;
  applied: number;
  unresolved: { correction: C; reason: string }[];
}

const kindNames: Record<CorrectionDraft['kind'], string> = {
  merge: 'Merging rows',
  split: 'Splitting a row',
  move: 'Moving a segment',
  link: 'Linking a moved pair',
  unlink: 'Unlinking a moved pair',
  confirm: 'Confirming a row',
};

/** Why a correction does not apply; the message says what the reviewer sees. */
class NotApplicable extends Error {}

/**
 * The engine's alignment with `corrections` applied in order. `texts` are the documents' current
 * texts in the alignment's document order (documents[i].path is the document id).
 */
export function applyCorrections<C extends CorrectionDraft>(alignment: Alignment, texts: readonly string[], corrections: readonly C[]): CorrectionResult<C> {
  const documentIds = alignment.documents.map((d) => d.path);
  let work = toWorkRows(alignment.rows);
  let applied = 0;
  const unresolved: { correction: C; reason: string }[] = [];
  for (const correction of corrections) {
    const next = copyWorkRows(work);
    try {
      applyOne(next, { documentIds, texts }, correction);
      const broken = brokenRule(work, next, documentIds);
      if (broken) throw new NotApplicable(`${kindNames[correction.kind]} was refused: ${broken}.`);
      work = next;
      applied++;
    } catch (error) {
      if (!(error instanceof NotApplicable)) throw error;
      unresolved.push({ correction, reason: error.message });
    }
  }
  return { alignment: { documents: alignment.documents, rows: fromWorkRows(work) }, applied, unresolved };
}

interface Texts {
  documentIds: readonly string[];
  texts: readonly string[];
}

function applyOne(work: WorkRow[], texts: Texts, correction: CorrectionDraft): void {
  const name = kindNames[correction.kind];
  const find = (ref: SegmentRef): FoundSegment & { doc: number } => findRef(work, texts, ref, name);
  switch (correction.kind) {
    case 'merge':
      return merge(work, correction.segments.map(find), name);
    case 'split':
      return split(work, correction.upper.map(find), correction.lower.map(find), name);
    case 'move':
      return move(work, find(correction.segment), find(correction.target), correction.direction, name);
    case 'link':
      return link(find(correction.rows[0]), find(correction.rows[1]), name);
    case 'unlink':
      return unlink(find(correction.row).row);
    case 'confirm':
      return confirm(correction.segments.map(find), name);
  }
}

function findRef(work: readonly WorkRow[], { documentIds, texts }: Texts, ref: SegmentRef, name: string): FoundSegment & { doc: number } {
  const doc = documentIds.indexOf(ref.documentId);
  if (doc < 0) throw new NotApplicable(`${name} no longer applies: ${ref.documentId} is not in the set any more.`);
  const span = locateRef(texts[doc] ?? '', ref);
  if (!span) throw new NotApplicable(`${name} no longer applies: ${shortQuote(ref.quote)} is no longer in ${ref.documentId} (near offset ${ref.start}).`);
  const found = segmentUnder(work, doc, span.start, span.end);
  if (!found) throw new NotApplicable(`${name} no longer applies: ${shortQuote(ref.quote)} in ${ref.documentId} is not in any aligned row.`);
  return { ...found, doc };
}

function naturalKind(row: WorkRow): RowKind {
  return row.cells.every((cell) => cell.length > 0) ? 'match' : 'partial';
}

function merge(work: WorkRow[], found: FoundSegment[], name: string): void {
  const indices = [...new Set(found.map((f) => f.rowIndex))].sort((a, b) => a - b);
  if (indices.length < 2) return;
  for (let i = 1; i < indices.length; i++) {
    if (indices[i] !== indices[i - 1]! + 1) throw new NotApplicable(`${name} no longer applies: rows ${indices[0]! + 1}–${indices.at(-1)! + 1} are no longer next to each other.`);
  }
  const rows = indices.map((i) => work[i]!);
  const [target, ...rest] = rows as [WorkRow, ...WorkRow[]];
  for (const row of rest) {
    row.cells.forEach((cell, d) => (target.cells[d] ??= []).push(...cell));
    target.score = Math.max(target.score, row.score);
    if (!target.partner && row.partner) target.partner = row.partner;
    for (const other of work) if (other.partner === row) other.partner = target;
  }
  if (target.partner && rows.includes(target.partner)) target.partner = null;
  delete target.confirmed;
  for (const row of rest) work.splice(work.indexOf(row), 1);
  if (!target.partner && target.kind === 'moved') target.kind = naturalKind(target);
  settleKind(target);
}

function split(work: WorkRow[], upper: (FoundSegment & { doc: number })[], lower: (FoundSegment & { doc: number })[], name: string): void {
  const rowsUp = upper.map((f) => f.rowIndex);
  const rowsDown = lower.map((f) => f.rowIndex);
  const all = new Set([...rowsUp, ...rowsDown]);
  if (all.size > 1) {
    if (Math.max(-1, ...rowsUp) < Math.min(...rowsDown)) return;
    throw new NotApplicable(`${name} no longer applies: its text is now spread over rows ${[...all].sort((a, b) => a - b).map((r) => r + 1).join(', ')}.`);
  }
  const row = lower[0]!.row;
  const cut = row.cells.map((cell) => cell.length);
  for (const f of lower) cut[f.doc] = Math.min(cut[f.doc] ?? Infinity, f.position);
  for (const f of upper) {
    if (f.position >= (cut[f.doc] ?? 0)) throw new NotApplicable(`${name} no longer applies: in ${shortQuote(f.segment.text)} the upper and lower parts have changed places.`);
  }
  const upperCells = row.cells.map((cell, d) => cell.slice(0, cut[d]));
  const lowerCells = row.cells.map((cell, d) => cell.slice(cut[d]));
  if (upperCells.every((c) => c.length === 0) || lowerCells.every((c) => c.length === 0)) {
    throw new NotApplicable(`${name} was refused: one of the two rows would be empty.`);
  }
  row.cells = upperCells;
  delete row.confirmed;
  const below: WorkRow = { cells: lowerCells, kind: 'match', score: row.score, partner: null, ...(row.block !== undefined ? { block: row.block } : {}) };
  if (!row.partner && row.kind === 'moved') row.kind = naturalKind(row);
  settleKind(row);
  below.kind = naturalKind(below);
  work.splice(work.indexOf(row) + 1, 0, below);
}

function move(work: WorkRow[], from: FoundSegment & { doc: number }, target: FoundSegment, direction: 'up' | 'down', name: string): void {
  if (from.rowIndex === target.rowIndex) return;
  const quote = shortQuote(from.segment.text);
  const cell = from.row.cells[from.doc]!;
  const to = target.row.cells[from.doc] ?? (target.row.cells[from.doc] = []);
  if (direction === 'up') {
    if (target.rowIndex !== from.rowIndex - 1) throw new NotApplicable(`${name} no longer applies: the row that was above ${quote} is no longer just above it.`);
    if (from.position !== 0) throw new NotApplicable(`${name} was refused: only the first segment of a cell can move to the row above, and ${quote} is not first.`);
    cell.shift();
    to.push(from.segment);
  } else {
    if (target.rowIndex !== from.rowIndex + 1) throw new NotApplicable(`${name} no longer applies: the row that was below ${quote} is no longer just below it.`);
    if (from.position !== cell.length - 1) throw new NotApplicable(`${name} was refused: only the last segment of a cell can move to the row below, and ${quote} is not last.`);
    cell.pop();
    to.unshift(from.segment);
  }
  for (const row of [from.row, target.row]) {
    delete row.confirmed;
    settleKind(row);
  }
  if (isEmptyRow(from.row)) removeRow(work, from.row);
}

function link(a: FoundSegment, b: FoundSegment, name: string): void {
  if (a.row === b.row) throw new NotApplicable(`${name} was refused: ${shortQuote(a.segment.text)} and ${shortQuote(b.segment.text)} are in the same row.`);
  for (const [row, other] of [[a.row, b.row], [b.row, a.row]] as const) {
    const old = row.partner;
    if (old && old !== other && old.partner === row) {
      old.partner = null;
      old.kind = naturalKind(old);
    }
    row.partner = other;
    row.kind = 'moved';
  }
}

function unlink(row: WorkRow): void {
  const partner = row.partner;
  row.partner = null;
  row.kind = naturalKind(row);
  if (partner && partner.partner === row) {
    partner.partner = null;
    partner.kind = naturalKind(partner);
  }
}

function confirm(found: FoundSegment[], name: string): void {
  const row = found[0]!.row;
  const changed = () => new NotApplicable(`${name} no longer applies: the row holding ${shortQuote(found[0]!.segment.text)} has changed since it was confirmed.`);
  if (found.some((f) => f.row !== row)) throw changed();
  const named = new Set(found.map((f) => f.segment));
  const held = row.cells.reduce((n, cell) => n + cell.length, 0);
  if (named.size !== held) throw changed();
  row.confirmed = true;
  row.score = 1;
}
