// The reviewer's side of keeping comments safe: re-attaching a comment that could not be placed
// to the text selected in its pane, restoring a sidecar's backup, and following changes on disk.
import { useCallback } from 'react';
import type { AnchoredAnnotation, ReviewApi } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { useReviewChanges } from './ReviewChanges.js';
import type { Reviews } from './use-reviews.js';

interface Options {
  api: ReviewApi;
  root: string;
  documents: readonly DocumentInfo[];
  /** The texts as opened, in set order: the marked text is sent along so a changed file is noticed. */
  texts: readonly string[];
  panes: AlignedPanes | null;
  reviews: Reviews;
  onReport(text: string, kind?: 'error' | 'info'): void;
  onError(error: unknown): void;
}

export function usePersistenceActions({ api, root, documents, texts, panes, reviews, onReport, onError }: Options) {
  useReviewChanges({ api, root, documents, states: reviews.states, replace: reviews.replace, onNotice: (text) => onReport(text, 'info') });

  const reattach = useCallback(
    async (index: number, item: AnchoredAnnotation) => {
      const doc = documents[index];
      if (!doc) return;
      const span = panes?.selection(index);
      if (!span || span.start === span.end) {
        onReport(`Select the text this comment belongs to in ${doc.fileName} first, then press Re-attach to selection.`, 'info');
        return;
      }
      if (await reviews.reattach(index, item.annotation.id, span.start, span.end, (texts[index] ?? '').slice(span.start, span.end))) {
        onReport(`The comment was re-attached to the selected text in ${doc.fileName}.`, 'info');
      }
    },
    [documents, texts, panes, reviews, onReport],
  );

  const restoreBackup = useCallback(
    async (index: number) => {
      const doc = documents[index];
      if (!doc) return;
      try {
        const state = await api.restoreBackup({ root, documentId: doc.id });
        reviews.replace(index, state);
        onReport(`The backup of ${doc.fileName}'s comments was restored; the unusable file was kept next to it as ….broken-<time>.`, 'info');
      } catch (error) {
        onError(error);
      }
    },
    [api, root, documents, reviews, onReport, onError],
  );

  return { reattach, restoreBackup };
}
