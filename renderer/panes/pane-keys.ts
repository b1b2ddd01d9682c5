// Ctrl+Alt keys of the review screen (corrections, the view switch). Inside a pane each is a
// Monaco action, since Monaco keeps the keys it sees; elsewhere one window listener does the same,
// except in text fields, where Ctrl+Alt is AltGr typing on many keyboards (Polish ś is AltGr+S).
import { monaco } from './monaco.js';
import type { AlignedPanes } from './aligned-panes.js';

export interface PaneKey {
  /** Monaco action id. */
  id: string;
  label: string;
  /** monaco.KeyCode of the key pressed with Ctrl+Alt. */
  monacoKey: number;
  /** KeyboardEvent.code of the same key. */
  code: string;
  run(): void;
}

export function inTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * Registers the keys on every pane and the window. `onOtherKey` sees the window's other keys
 * first (outside the panes) and returns true when it handled one. Returns a disposer.
 */
export function bindCtrlAltKeys(panes: AlignedPanes, keys: readonly PaneKey[], onOtherKey?: (e: KeyboardEvent) => boolean): () => void {
  const actions = panes.editors.flatMap((editor) =>
    keys.map((key) =>
      editor.addAction({
        id: key.id,
        label: key.label,
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyMod.Alt | key.monacoKey],
        run: () => key.run(),
      }),
    ),
  );
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || (e.target instanceof HTMLElement && e.target.closest('.monaco-editor'))) return;
    if (onOtherKey?.(e)) {
      e.preventDefault();
      return;
    }
    if (!(e.ctrlKey || e.metaKey) || !e.altKey || e.shiftKey || inTextField(e.target)) return;
    const key = keys.find((k) => k.code === e.code);
    if (!key) return;
    e.preventDefault();
    key.run();
  };
  window.addEventListener('keydown', onKey);
  return () => {
    window.removeEventListener('keydown', onKey);
    for (const action of actions) action.dispose();
  };
}
