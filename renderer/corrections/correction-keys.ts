// Keys for alignment corrections (bound as pane-keys.ts binds every Ctrl+Alt key). Ctrl+Alt keeps
// them clear of the row keys (Alt+↑/↓, j/k), the comment key (Ctrl+Alt+M) and plain typing.
import { monaco } from '../panes/monaco.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { bindCtrlAltKeys } from '../panes/pane-keys.js';

export interface CorrectionActions {
  mergeNext(): void;
  split(): void;
  moveUp(): void;
  moveDown(): void;
  link(): void;
  unlink(): void;
  confirm(): void;
  undo(): void;
  /** Leaves "link with…" mode; false when it was not on. */
  cancel(): boolean;
}

interface CorrectionKey {
  id: keyof Omit<CorrectionActions, 'cancel'>;
  label: string;
  monacoKey: number;
  code: string;
}

const keys: CorrectionKey[] = [
  { id: 'mergeNext', label: 'Merge row with the next row', monacoKey: monaco.KeyCode.KeyJ, code: 'KeyJ' },
  { id: 'split', label: 'Split row before the segment at the cursor', monacoKey: monaco.KeyCode.KeyS, code: 'KeyS' },
  { id: 'moveUp', label: 'Move segment to the row above', monacoKey: monaco.KeyCode.UpArrow, code: 'ArrowUp' },
  { id: 'moveDown', label: 'Move segment to the row below', monacoKey: monaco.KeyCode.DownArrow, code: 'ArrowDown' },
  { id: 'link', label: 'Link row with another row as a moved pair', monacoKey: monaco.KeyCode.KeyL, code: 'KeyL' },
  { id: 'unlink', label: 'Unlink moved pair', monacoKey: monaco.KeyCode.KeyU, code: 'KeyU' },
  { id: 'confirm', label: 'Confirm row (or remove the confirmation)', monacoKey: monaco.KeyCode.Enter, code: 'Enter' },
  { id: 'undo', label: 'Undo the last alignment correction', monacoKey: monaco.KeyCode.KeyZ, code: 'KeyZ' },
];

export const correctionKeyHelp = 'Ctrl+Alt+J merge · Ctrl+Alt+S split · Ctrl+Alt+↑/↓ move · Ctrl+Alt+L link · Ctrl+Alt+U unlink · Ctrl+Alt+Enter confirm · Ctrl+Alt+Z undo';

/** Registers the keys; `actions()` is read on each key so the latest handlers run. Returns a disposer. */
export function bindCorrectionKeys(panes: AlignedPanes, actions: () => CorrectionActions): () => void {
  const bound = keys.map((key) => ({ id: `verso.correction.${key.id}`, label: key.label, monacoKey: key.monacoKey, code: key.code, run: () => actions()[key.id]() }));
  return bindCtrlAltKeys(panes, bound, (e) => e.key === 'Escape' && actions().cancel());
}
