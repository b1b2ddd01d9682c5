// Builds small aligned sets by hand for the QA tests: one sentence list per document, row i holding
// sentence i of each document (null = nothing there, making the row partial).
import type { Segment } from '../../../../shared/model.js';
import { runQa } from '../../../../shared/qa/index.js';
import type { CustomCheck, Finding, Glossary, QaDocument, QaRow } from '../../../../shared/qa/index.js';

export interface DocumentSpec {
  language: string;
  sentences: (string | null | string[])[];
}

export interface BuiltSet {
  documents: QaDocument[];
  rows: QaRow[];
}

export function buildSet(specs: DocumentSpec[]): BuiltSet {
  const documents: QaDocument[] = specs.map((spec, i) => {
    const texts = spec.sentences.flatMap((s) => (s === null ? [] : Array.isArray(s) ? s : [s]));
    return { id: `doc${i}.${spec.language}.txt`, language: spec.language, text: texts.join(' ') };
  });
  const cursors = specs.map(() => 0);
  const rowCount = Math.max(...specs.map((s) => s.sentences.length));
  const rows: QaRow[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cells: Segment[][] = specs.map((spec, d) => {
      const entry = spec.sentences[r] ?? null;
      const sentences = entry === null ? [] : Array.isArray(entry) ? entry : [entry];
      return sentences.map((sentence) => {
        const text = documents[d]?.text ?? '';
        const start = text.indexOf(sentence, cursors[d]);
        if (start < 0) throw new Error(`test set: "${sentence}" not found`);
        cursors[d] = start + sentence.length;
        return { start, end: start + sentence.length, text: sentence };
      });
    });
    const kind = cells.some((c) => c.length === 0) ? 'partial' : 'match';
    rows.push({ cells, kind });
  }
  return { documents, rows };
}

export interface RunOptions {
  source?: number | null;
  glossary?: Glossary;
  customChecks?: CustomCheck[];
}

/** Findings of one check over a hand-built set. */
export function check(id: string, specs: DocumentSpec[], options: RunOptions = {}): { findings: Finding[]; set: BuiltSet; texts: string[] } {
  const set = buildSet(specs);
  const findings = runQa({
    documents: set.documents,
    rows: set.rows,
    sourceIndex: options.source === undefined ? 0 : options.source,
    glossary: options.glossary,
    customChecks: options.customChecks,
    enabled: [id],
  });
  const texts = findings.map((f) => set.documents[f.documentIndex]?.text.slice(f.start, f.end) ?? '');
  return { findings, set, texts };
}

/** The text a span covers. */
export function spanText(set: BuiltSet, span: { documentIndex: number; start: number; end: number }): string {
  return set.documents[span.documentIndex]?.text.slice(span.start, span.end) ?? '';
}

/** A pair: source in `from`, target in `to`, one row per sentence. */
export function pair(from: string, source: (string | null)[], to: string, target: (string | null)[]): DocumentSpec[] {
  return [
    { language: from, sentences: source },
    { language: to, sentences: target },
  ];
}
