// Ctrl+Alt+V switches Paragraphs ↔ Sentences: a letter none of the other Ctrl+Alt keys uses
// (M comment, Q finding, J/S/L/U/Z/arrows/Enter corrections).
import { monaco } from '../panes/monaco.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { bindCtrlAltKeys } from '../panes/pane-keys.js';

export const viewKeyLabel = 'Ctrl+Alt+V';

/** Registers the key on every pane and the window; returns a disposer. */
export function bindViewKey(panes: AlignedPanes, toggle: () => void): () => void {
  return bindCtrlAltKeys(panes, [{ id: 'verso.toggleSentenceView', label: 'Switch between the Paragraphs and Sentences views', monacoKey: monaco.KeyCode.KeyV, code: 'KeyV', run: toggle }]);
}
