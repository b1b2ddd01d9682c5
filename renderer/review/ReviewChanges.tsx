// Keeps the comments in step with their sidecars on disk: every couple of seconds, while the window
// is visible, asks the service which sidecars differ from what is shown, takes their new state, and
// tells the reviewer when someone else changed them or a comment was kept in two versions.
import { useEffect, useRef } from 'react';
import type { ReviewApi, ReviewChange, ReviewState } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';

export const POLL_INTERVAL_MS = 2000;

interface Options {
  api: ReviewApi;
  root: string;
  documents: readonly DocumentInfo[];
  states: readonly (ReviewState | null)[];
  replace(documentIndex: number, state: ReviewState): void;
  onNotice(text: string): void;
}

/** What the reviewer is told about one change, or null when it was only this app's own save. */
export function changeNotice(change: ReviewChange, sidecarName: string): string | null {
  const conflicts = change.conflicts.length;
  const kept =
    conflicts === 0
      ? ''
      : ` Both versions were kept for ${conflicts} comment${conflicts === 1 ? '' : 's'} changed on both sides (the other version is marked "Merge conflict"): keep one and delete the other.`;
  if (change.byOthers) return `${sidecarName} was changed by someone else; their comments were merged.${kept}`;
  return kept ? `${sidecarName}:${kept}` : null;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function useReviewChanges({ api, root, documents, states, replace, onNotice }: Options): void {
  const latest = useRef({ states, replace, onNotice });
  latest.current = { states, replace, onNotice };

  useEffect(() => {
    let stopped = false;
    let busy = false;
    const poll = async () => {
      if (busy || stopped || document.visibilityState !== 'visible') return;
      const known: Record<string, string> = {};
      latest.current.states.forEach((state, i) => {
        const doc = documents[i];
        if (doc && state?.revision !== undefined) known[doc.id] = state.revision;
      });
      if (Object.keys(known).length === 0) return;
      busy = true;
      try {
        const { changes } = await api.reviewChanges({ root, known });
        if (stopped) return;
        for (const change of changes) {
          const index = documents.findIndex((d) => d.id === change.documentId);
          if (index < 0) continue;
          latest.current.replace(index, change.state);
          const notice = changeNotice(change, fileName(change.state.sidecarFile));
          if (notice) latest.current.onNotice(notice);
        }
      } catch {
        // A missed poll is harmless (the host restarting, a slow disk); the next one catches up.
      } finally {
        busy = false;
      }
    };
    const timer = setInterval(() => void poll(), POLL_INTERVAL_MS);
    const onVisible = () => void poll();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      stopped = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [api, root, documents]);
}
