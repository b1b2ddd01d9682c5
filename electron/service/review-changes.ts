// Which documents' sidecars differ from what the UI last saw (reviewChanges), and whether the
// difference came from someone else or only from this service's own saves.
import type { ReviewState } from '../../shared/api.js';
import type { SidecarStore } from './sidecar-store.js';
import type { SidecarWatch } from './sidecar-watch.js';

export interface ReviewChange {
  documentId: string;
  state: ReviewState;
  conflicts: string[];
  byOthers: boolean;
}

export interface WatchedDocument {
  documentId: string;
  sidecar: string;
  load(): Promise<ReviewState>;
}

/** The documents whose sidecar revision is not `known[documentId]`, freshly loaded. */
export async function changedReviews(
  documents: readonly WatchedDocument[],
  known: Record<string, string>,
  watch: SidecarWatch,
  store: SidecarStore,
): Promise<ReviewChange[]> {
  const changes: ReviewChange[] = [];
  for (const document of documents) {
    const seen = known[document.documentId];
    if (seen === undefined) continue;
    const revision = await watch.revision(document.sidecar);
    if (revision === seen) continue;
    const state = await document.load();
    if (state.revision === seen) continue;
    changes.push({
      documentId: document.documentId,
      state,
      conflicts: store.takeConflicts(document.sidecar),
      byOthers: !store.wroteRevision(document.sidecar, state.revision ?? ''),
    });
  }
  return changes;
}
