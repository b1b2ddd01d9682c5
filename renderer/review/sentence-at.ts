// The sentence around the cursor, for "add a comment" with nothing selected. Only the paragraph
// around the offset is segmented, so a long document costs no more than a short one.

const paragraphBreak = /\r?\n[ \t]*\r?\n|\r[ \t]*\r/g;
const maxWindow = 20_000;

export interface Span {
  start: number;
  end: number;
}

function paragraphAround(text: string, offset: number): Span {
  const from = Math.max(0, offset - maxWindow);
  const to = Math.min(text.length, offset + maxWindow);
  let start = from;
  let end = to;
  paragraphBreak.lastIndex = from;
  for (let m = paragraphBreak.exec(text); m && m.index < to; m = paragraphBreak.exec(text)) {
    const breakEnd = m.index + m[0].length;
    if (breakEnd <= offset) start = breakEnd;
    else if (m.index >= offset) {
      end = m.index;
      break;
    }
  }
  return { start, end };
}

/**
 * The sentence holding the offset (an offset right after a sentence belongs to it), trimmed of
 * surrounding white space; null when there is only white space there.
 */
export function sentenceAt(text: string, offset: number, language: string): Span | null {
  const paragraph = paragraphAround(text, offset);
  const slice = text.slice(paragraph.start, paragraph.end);
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(language, { granularity: 'sentence' });
  } catch {
    segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  }
  const local = offset - paragraph.start;
  let chosen: Span | null = null;
  for (const part of segmenter.segment(slice)) {
    const span = trim(slice, part.index, part.index + part.segment.length);
    if (!span) continue;
    if (span.start <= local && local < span.end) {
      chosen = span;
      break;
    }
    if (span.start > local) {
      chosen ??= span;
      break;
    }
    // A sentence ending at or before the cursor: kept unless a later one holds the cursor.
    chosen = span;
  }
  return chosen ? { start: chosen.start + paragraph.start, end: chosen.end + paragraph.start } : null;
}

function trim(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  return start < end ? { start, end } : null;
}
