// The difference marks of the panes: revision word diffs (the toolbar's Diff toggle, on by default
// when the set has revisions) and, per document the reviewer asks for, the changes since the text
// its comments were made against (fetched from the sidecar's snapshot).
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ReviewApi, ReviewState } from '../../shared/api.js';
import type { Alignment, DocumentInfo } from '../../shared/model.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { changesSinceReviewMarks, hasRevisions, revisionMarks } from './revision-diff.js';

interface Options {
  api: ReviewApi;
  root: string;
  documents: readonly DocumentInfo[];
  texts: readonly string[];
  alignment: Alignment | null;
  states: readonly (ReviewState | null)[];
  panes: AlignedPanes | null;
  onError(error: unknown): void;
  onReport(text: string, kind?: 'error' | 'info'): void;
}

export interface DiffState {
  /** The set has two documents in one language. */
  available: boolean;
  on: boolean;
  setOn(on: boolean): void;
  /** Documents whose text changed since their comments were made. */
  changed: readonly DocumentInfo[];
  /** Ids of the documents showing their changes since the last review. */
  showingSince: ReadonlySet<string>;
  toggleSince(documentId: string): void;
}

export function useDiffMarks({ api, root, documents, texts, alignment, states, panes, onError, onReport }: Options): DiffState {
  const available = useMemo(() => hasRevisions(documents), [documents]);
  const [on, setOn] = useState(available);
  const [snapshots, setSnapshots] = useState<ReadonlyMap<string, string>>(new Map());
  const [showingSince, setShowingSince] = useState<ReadonlySet<string>>(new Set());

  const changed = useMemo(() => documents.filter((_, i) => states[i]?.changedSinceReview), [documents, states]);

  const toggleSince = useCallback(
    (documentId: string) => {
      if (showingSince.has(documentId)) {
        setShowingSince(new Set([...showingSince].filter((id) => id !== documentId)));
        return;
      }
      const doc = documents.find((d) => d.id === documentId);
      api.reviewSnapshot({ root, documentId }).then((result) => {
        if (result.snapshot === null) {
          onReport(`${doc?.fileName ?? documentId}: its review file has no copy of the text the comments were made against (it was saved by an older Verso). The changes can be shown after the next comment is saved.`, 'info');
          return;
        }
        const snapshot = result.snapshot;
        setSnapshots((m) => new Map(m).set(documentId, snapshot));
        setShowingSince((s) => new Set(s).add(documentId));
      }, onError);
    },
    [api, root, documents, showingSince, onError, onReport],
  );

  const marks = useMemo(() => {
    const perPane = on && alignment && available ? revisionMarks(documents, texts, alignment.rows) : documents.map(() => []);
    documents.forEach((doc, i) => {
      const snapshot = snapshots.get(doc.id);
      if (showingSince.has(doc.id) && snapshot !== undefined) perPane[i]?.push(...changesSinceReviewMarks(snapshot, texts[i] ?? '', doc.language));
    });
    return perPane;
  }, [on, alignment, available, documents, texts, snapshots, showingSince]);

  useEffect(() => {
    if (panes) marks.forEach((list, i) => panes.diff.set(i, list));
  }, [panes, marks]);

  return { available, on, setOn, changed, showingSince, toggleSince };
}
