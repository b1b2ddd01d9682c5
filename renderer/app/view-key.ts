// Ctrl+Alt+V switches Paragraphs ↔ Sentences. Ctrl+Alt like the correction keys, on a letter none
// of them uses (M comment, Q finding, J/S/L/U/Z/arrows/Enter corrections). Inside a pane it is a
// Monaco action (Monaco keeps the keys it sees); elsewhere a window listener does the same.
import { monaco } from '../panes/monaco.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';

export const viewKeyLabel = 'Ctrl+Alt+V';

function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** Registers the key on every pane and the window; returns a disposer. */
export function bindViewKey(panes: AlignedPanes, toggle: () => void): () => void {
  const actions = panes.editors.map((editor) =>
    editor.addAction({
      id: 'verso.toggleSentenceView',
      label: 'Switch between the Paragraphs and Sentences views',
      keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | monaco.KeyCode.KeyV],
      run: () => toggle(),
    }),
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || (e.target instanceof HTMLElement && e.target.closest('.monaco-editor')) || inTextField(e.target)) return;
    if (!(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey || e.code !== 'KeyV') return;
    e.preventDefault();
    toggle();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('keydown', onKey);
    for (const action of actions) action.dispose();
  };
}
