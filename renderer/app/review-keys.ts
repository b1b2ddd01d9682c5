// Keys that work anywhere in the review screen. Inside Monaco the same keys are editor actions
// (aligned-panes.ts), so events coming from an editor are left to it.
import { useEffect, useRef } from 'react';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { inTextField } from '../panes/pane-keys.js';

export function useReviewKeys({ panes, onAddComment, enabled }: { panes: AlignedPanes | null; onAddComment: () => void; enabled: boolean }) {
  const onAddRef = useRef(onAddComment);
  onAddRef.current = onAddComment;
  useEffect(() => {
    if (!panes || !enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || (e.target instanceof HTMLElement && e.target.closest('.monaco-editor'))) return;
      const plain = !e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey;
      if ((e.altKey && e.key === 'ArrowDown') || (plain && e.key === 'j' && !inTextField(e.target))) {
        e.preventDefault();
        panes.moveRow(1);
      } else if ((e.altKey && e.key === 'ArrowUp') || (plain && e.key === 'k' && !inTextField(e.target))) {
        e.preventDefault();
        panes.moveRow(-1);
      } else if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === 'KeyM') {
        e.preventDefault();
        onAddRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [panes, enabled]);
}
