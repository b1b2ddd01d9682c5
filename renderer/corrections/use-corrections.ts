// The reviewer's alignment corrections in the review screen: builds a correction from the row and
// the segment under the cursor, sends it, and shows the corrected rows the service answers with.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CorrectedAlignment, ReviewApi } from '../../shared/api.js';
import {
  confirmRow,
  CorrectionRefused,
  linkRows,
  mergeWithNext,
  moveSegment,
  splitAt,
  unlinkRow,
  type CorrectionDraft,
  type CorrectionSummary,
  type CorrectionView,
} from '../../shared/corrections/index.js';
import type { AlignLevel } from '../../shared/model.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { bindCorrectionKeys, type CorrectionActions } from './correction-keys.js';
import { ConfirmedMarks } from './confirmed-marks.js';

interface Options {
  api: ReviewApi;
  root: string;
  level: AlignLevel;
  alignment: CorrectedAlignment | null;
  onAlignment(alignment: CorrectedAlignment): void;
  panes: AlignedPanes | null;
  texts: readonly string[];
  enabled: boolean;
  onReport(text: string, kind?: 'error' | 'info'): void;
  onError(error: unknown): void;
}

export interface AlignmentCorrectionsState extends CorrectionActions {
  summary: CorrectionSummary | null;
  /** The row waiting for its moved counterpart ("Link with…"), or null. */
  linkFrom: number | null;
  busy: boolean;
  remove(id: string): void;
}

export function useAlignmentCorrections({ api, root, level, alignment, onAlignment, panes, texts, enabled, onReport, onError }: Options): AlignmentCorrectionsState {
  const [linkFrom, setLinkFrom] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const rowAfter = useRef<number | null>(null);
  const summary = alignment?.corrections ?? null;

  const answered = useCallback(
    (result: CorrectedAlignment, row: number | null) => {
      rowAfter.current = row;
      onAlignment(result);
    },
    [onAlignment],
  );

  const send = useCallback(
    async (make: (view: CorrectionView, row: number) => CorrectionDraft, rowAfterFor: (row: number) => number | null) => {
      const row = panes?.row ?? null;
      if (!alignment || !panes || busy) return;
      if (row === null) return onReport('Pick a row first: click in it, or move to it with Alt+↑/↓.', 'info');
      let correction: CorrectionDraft;
      try {
        correction = make({ alignment, texts }, row);
      } catch (error) {
        if (error instanceof CorrectionRefused) return onReport(error.message, 'info');
        return onError(error);
      }
      setBusy(true);
      try {
        answered(await api.addAlignmentCorrection({ root, level, correction }), rowAfterFor(row));
      } catch (error) {
        onError(error);
      } finally {
        setBusy(false);
      }
    },
    [alignment, panes, busy, texts, api, root, level, answered, onReport, onError],
  );

  const remove = useCallback(
    async (id: string) => {
      if (busy) return;
      setBusy(true);
      try {
        answered(await api.removeAlignmentCorrection({ root, level, id }), panes?.row ?? null);
      } catch (error) {
        onError(error);
      } finally {
        setBusy(false);
      }
    },
    [busy, api, root, level, panes, answered, onError],
  );

  const cursor = useCallback((): { pane: number; offset: number } => {
    const pane = panes?.activePane ?? 0;
    return { pane, offset: panes?.selection(pane)?.start ?? 0 };
  }, [panes]);

  const actions = useMemo((): CorrectionActions => {
    const confirmedItem = (row: number) => {
      const cells = alignment?.rows[row]?.cells ?? [];
      return [...(summary?.items ?? [])].reverse().find(
        (c) => c.kind === 'confirm' && c.segments.every((ref) => cells.some((cell, d) => alignment?.documents[d]?.path === ref.documentId && cell.some((s) => s.text === ref.quote))),
      );
    };
    return {
      mergeNext: () => void send(mergeWithNext, (row) => row),
      split: () => {
        const { pane, offset } = cursor();
        void send((view, row) => splitAt(view, row, pane, offset), (row) => row + 1);
      },
      moveUp: () => {
        const { pane, offset } = cursor();
        void send((view, row) => moveSegment(view, row, pane, offset, 'up'), (row) => Math.max(0, row - 1));
      },
      moveDown: () => {
        const { pane, offset } = cursor();
        void send((view, row) => moveSegment(view, row, pane, offset, 'down'), (row) => row);
      },
      link: () => {
        const row = panes?.row ?? null;
        if (row === null) return onReport('Pick the first row of the moved pair, then press Ctrl+Alt+L (Link with…).', 'info');
        if (linkFrom === null) {
          setLinkFrom(row);
          return onReport(`Row ${row + 1} is waiting for its counterpart: go to the other row and press Ctrl+Alt+L again (Esc cancels).`, 'info');
        }
        const from = linkFrom;
        setLinkFrom(null);
        void send((view, to) => linkRows(view, from, to), (to) => to);
      },
      unlink: () => void send(unlinkRow, (row) => row),
      confirm: () => {
        const row = panes?.row ?? null;
        const existing = row === null || !alignment?.rows[row]?.confirmed ? undefined : confirmedItem(row);
        if (existing) void remove(existing.id);
        else void send(confirmRow, (r) => r);
      },
      undo: () => {
        const last = summary?.items.at(-1);
        if (!last) return onReport('There is no alignment correction to undo.', 'info');
        void remove(last.id);
      },
      cancel: () => {
        if (linkFrom === null) return false;
        setLinkFrom(null);
        return true;
      },
    };
  }, [send, remove, cursor, panes, linkFrom, alignment, summary, onReport]);

  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => (panes && enabled ? bindCorrectionKeys(panes, () => latest.current) : undefined), [panes, enabled]);

  const marks = useMemo(() => (panes ? new ConfirmedMarks(panes.editors, panes.lines) : null), [panes]);
  useEffect(() => {
    if (!marks || !alignment) return;
    marks.set(alignment.rows);
    if (rowAfter.current !== null && panes) {
      const row = Math.min(rowAfter.current, alignment.rows.length - 1);
      rowAfter.current = null;
      if (row >= 0) panes.goToRow(row);
    }
  }, [marks, alignment, panes]);

  return { ...actions, summary, linkFrom, busy, remove: (id) => void remove(id) };
}
