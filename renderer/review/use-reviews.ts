// The review state (comments) of every document of the open set, loaded from and saved through
// the ReviewApi, one sidecar per document.
import { useCallback, useEffect, useState } from 'react';
import type { AnchoredAnnotation, AnnotationChanges, AnnotationDraft, ReviewApi, ReviewState } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';

export interface Reviews {
  /** states[i] for set.documents[i]; null while loading or when loading failed. */
  states: (ReviewState | null)[];
  add(documentIndex: number, draft: AnnotationDraft): Promise<AnchoredAnnotation | null>;
  update(documentIndex: number, id: string, changes: AnnotationChanges): Promise<boolean>;
  remove(documentIndex: number, id: string): Promise<boolean>;
  /** Adds a reply by the reviewer to a comment's thread. */
  reply(documentIndex: number, id: string, text: string): Promise<boolean>;
  /** Puts a comment (typically one that could not be placed) on the span [start, end). */
  reattach(documentIndex: number, id: string, start: number, end: number): Promise<boolean>;
  /** Replaces a document's whole review state (after a change on disk or a restored backup). */
  replace(documentIndex: number, state: ReviewState): void;
}

export function useReviews(api: ReviewApi, root: string, documents: readonly DocumentInfo[], onError: (error: unknown) => void): Reviews {
  const [states, setStates] = useState<(ReviewState | null)[]>(() => documents.map(() => null));

  useEffect(() => {
    let cancelled = false;
    documents.forEach((doc, i) => {
      api.loadReview({ root, documentId: doc.id }).then(
        (state) => {
          if (!cancelled) setStates((list) => list.map((s, j) => (j === i ? state : s)));
        },
        (error: unknown) => {
          if (!cancelled) onError(error);
        },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [api, root, documents, onError]);

  const change = useCallback((i: number, edit: (annotations: AnchoredAnnotation[]) => AnchoredAnnotation[]) => {
    setStates((list) => list.map((s, j) => (j === i && s ? { ...s, annotations: edit(s.annotations) } : s)));
  }, []);

  const add = useCallback(
    async (i: number, draft: AnnotationDraft) => {
      const doc = documents[i];
      if (!doc) return null;
      try {
        const added = await api.addAnnotation({ root, documentId: doc.id, draft });
        change(i, (list) => [...list, added]);
        return added;
      } catch (error) {
        onError(error);
        return null;
      }
    },
    [api, root, documents, change, onError],
  );

  const update = useCallback(
    async (i: number, id: string, changes: AnnotationChanges) => {
      const doc = documents[i];
      if (!doc) return false;
      try {
        const updated = await api.updateAnnotation({ root, documentId: doc.id, id, changes });
        change(i, (list) => list.map((a) => (a.annotation.id === id ? updated : a)));
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
    [api, root, documents, change, onError],
  );

  const remove = useCallback(
    async (i: number, id: string) => {
      const doc = documents[i];
      if (!doc) return false;
      try {
        await api.deleteAnnotation({ root, documentId: doc.id, id });
        change(i, (list) => list.filter((a) => a.annotation.id !== id));
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
    [api, root, documents, change, onError],
  );

  const reply = useCallback(
    async (i: number, id: string, text: string) => {
      const doc = documents[i];
      if (!doc) return false;
      try {
        const updated = await api.addReply({ root, documentId: doc.id, id, text });
        change(i, (list) => list.map((a) => (a.annotation.id === id ? updated : a)));
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
    [api, root, documents, change, onError],
  );

  const reattach = useCallback(
    async (i: number, id: string, start: number, end: number) => {
      const doc = documents[i];
      if (!doc) return false;
      try {
        const moved = await api.reattachAnnotation({ root, documentId: doc.id, id, start, end });
        change(i, (list) => list.map((a) => (a.annotation.id === id ? moved : a)));
        return true;
      } catch (error) {
        onError(error);
        return false;
      }
    },
    [api, root, documents, change, onError],
  );

  const replace = useCallback((i: number, state: ReviewState) => {
    setStates((list) => list.map((s, j) => (j === i ? state : s)));
  }, []);

  return { states, add, update, remove, reply, reattach, replace };
}
