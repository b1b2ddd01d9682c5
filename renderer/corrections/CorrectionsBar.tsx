// The alignment-corrections strip: one button per correction (same as the Ctrl+Alt keys), and the
// "Corrections (N)" list, where any correction can be removed and the ones that no longer apply
// are shown with the reason.
import { useState } from 'react';
import { describeCorrection } from '../../shared/corrections/index.js';
import type { AlignmentCorrectionsState } from './use-corrections.js';

interface Props {
  corrections: AlignmentCorrectionsState;
  /** The current row, or null; the row buttons need one. */
  row: number | null;
  rowConfirmed: boolean;
  rowMoved: boolean;
}

export function CorrectionsBar({ corrections: c, row, rowConfirmed, rowMoved }: Props) {
  const [open, setOpen] = useState(false);
  const items = c.summary?.items ?? [];
  const unresolved = new Map((c.summary?.unresolved ?? []).map((u) => [u.correction.id, u.reason]));
  const noRow = row === null || c.busy;
  return (
    <div className="corrections-bar" role="toolbar" aria-label="Alignment corrections" data-testid="corrections-bar">
      <span className="corrections-title">Alignment</span>
      <button type="button" data-testid="correction-merge" disabled={noRow} onClick={c.mergeNext} title="Merge the current row with the next row (Ctrl+Alt+J)">
        Merge ↓
      </button>
      <button type="button" data-testid="correction-split" disabled={noRow} onClick={c.split} title="Split the current row before the segment at the cursor (Ctrl+Alt+S)">
        Split
      </button>
      <button type="button" data-testid="correction-move-up" disabled={noRow} onClick={c.moveUp} title="Move the segment at the cursor to the row above (Ctrl+Alt+↑)">
        Move ↑
      </button>
      <button type="button" data-testid="correction-move-down" disabled={noRow} onClick={c.moveDown} title="Move the segment at the cursor to the row below (Ctrl+Alt+↓)">
        Move ↓
      </button>
      <button
        type="button"
        data-testid="correction-link"
        disabled={noRow}
        aria-pressed={c.linkFrom !== null}
        onClick={c.link}
        title={c.linkFrom === null ? 'Link the current row with another row as a moved pair: press here, go to the other row, press again (Ctrl+Alt+L)' : `Link row ${c.linkFrom + 1} with the current row (Ctrl+Alt+L; Esc cancels)`}
      >
        {c.linkFrom === null ? 'Link with…' : `Link ${c.linkFrom + 1} ↔ here`}
      </button>
      <button type="button" data-testid="correction-unlink" disabled={noRow || !rowMoved} onClick={c.unlink} title="This row is not a moved pair (Ctrl+Alt+U)">
        Unlink
      </button>
      <button type="button" data-testid="correction-confirm" disabled={noRow} aria-pressed={rowConfirmed} onClick={c.confirm} title="Mark the current row as checked by you (Ctrl+Alt+Enter; again to remove)">
        {rowConfirmed ? 'Confirmed ✓' : 'Confirm'}
      </button>
      <button type="button" data-testid="correction-undo" disabled={items.length === 0 || c.busy} onClick={c.undo} title="Remove the last alignment correction (Ctrl+Alt+Z)">
        Undo
      </button>
      <div className="menu">
        <button type="button" data-testid="corrections-list-toggle" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
          Corrections ({items.length}){unresolved.size > 0 ? ` · ${unresolved.size} no longer apply` : ''} ▾
        </button>
        {open && (
          <div className="menu-items corrections-list" data-testid="corrections-list">
            {c.summary?.problem && <p className="corrections-problem">{c.summary.problem}</p>}
            {items.length === 0 && <p className="corrections-empty">No corrections yet. Pick a row, then use the buttons or the Ctrl+Alt keys.</p>}
            {items.map((item) => (
              <div key={item.id} className={`correction-item${unresolved.has(item.id) ? ' unresolved' : ''}`} data-testid="correction-item">
                <span title={item.created}>{describeCorrection(item)}</span>
                {unresolved.has(item.id) && <span className="correction-reason">{unresolved.get(item.id)}</span>}
                <button type="button" disabled={c.busy} onClick={() => c.remove(item.id)} title="Remove this correction">
                  Remove
                </button>
              </div>
            ))}
          </div>
        )}
      </div>
    </div>
  );
}
