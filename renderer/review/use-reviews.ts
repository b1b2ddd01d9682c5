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
  reattach(documentIndex: number, id: string, start: number, end: number, quote?: string): Promise<boolean>;
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

  // Every edit: call the API for document i, fold the answer into that document's comments, and
  // report a failure to the reviewer. Returns the API's answer, or null when the call failed.
  const edit = useCallback(
    async <T,>(i: number, call: (documentId: string) => Promise<T>, fold: (list: AnchoredAnnotation[], answer: T) => AnchoredAnnotation[]) => {
      const doc = documents[i];
      if (!doc) return null;
      try {
        const answer = await call(doc.id);
        change(i, (list) => fold(list, answer));
        return answer;
      } catch (error) {
        onError(error);
        return null;
      }
    },
    [documents, change, onError],
  );

  const replaceOne = (id: string) => (list: AnchoredAnnotation[], updated: AnchoredAnnotation) => list.map((a) => (a.annotation.id === id ? updated : a));

  const add = useCallback(
    (i: number, draft: AnnotationDraft) => edit(i, (documentId) => api.addAnnotation({ root, documentId, draft }), (list, added) => [...list, added]),
    [api, root, edit],
  );
  const update = useCallback(
    async (i: number, id: string, changes: AnnotationChanges) =>
      (await edit(i, (documentId) => api.updateAnnotation({ root, documentId, id, changes }), replaceOne(id))) !== null,
    [api, root, edit],
  );
  const remove = useCallback(
    async (i: number, id: string) =>
      (await edit(i, (documentId) => api.deleteAnnotation({ root, documentId, id }), (list) => list.filter((a) => a.annotation.id !== id))) !== null,
    [api, root, edit],
  );
  const reply = useCallback(
    async (i: number, id: string, text: string) => (await edit(i, (documentId) => api.addReply({ root, documentId, id, text }), replaceOne(id))) !== null,
    [api, root, edit],
  );
  const reattach = useCallback(
    async (i: number, id: string, start: number, end: number, quote?: string) =>
      (await edit(i, (documentId) => api.reattachAnnotation({ root, documentId, id, start, end, quote }), replaceOne(id))) !== null,
    [api, root, edit],
  );

  const replace = useCallback((i: number, state: ReviewState) => {
    setStates((list) => list.map((s, j) => (j === i ? state : s)));
  }, []);

  return { states, add, update, remove, reply, reattach, replace };
}
