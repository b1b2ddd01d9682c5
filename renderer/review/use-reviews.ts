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

  return { states, add, update, remove };
}
