// The QA state of the review screen: the set's findings (run when the set opens or its source
// changes), the filter, the current finding, muting, the pane decorations, and the keys F8 /
// Shift+F8 (next/previous) and Ctrl+Alt+Q (comment on the current finding).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { QaFinding, ReviewApi } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { findingMarks } from './finding-marks.js';
import { defaultFilter, stepFinding, visibleFindings, type FindingFilter } from './finding-list.js';

interface Options {
  api: ReviewApi;
  root: string;
  sourceId: string | null;
  documents: readonly DocumentInfo[];
  panes: AlignedPanes | null;
  /** Keys are ignored while false (a form or dialog is open). */
  keysEnabled: boolean;
  onError(error: unknown): void;
  onComment(finding: QaFinding): void;
}

export interface QaState {
  findings: readonly QaFinding[];
  /** What of the set's QA configuration (glossary, custom checks) could not be used. */
  problems: readonly string[];
  visible: readonly QaFinding[];
  running: boolean;
  filter: FindingFilter;
  setFilter(filter: FindingFilter): void;
  currentId: string | null;
  select(finding: QaFinding): void;
  move(delta: 1 | -1): void;
  setMuted(finding: QaFinding, muted: boolean): void;
  comment(finding: QaFinding): void;
  /** Findings not muted. */
  openCount: number;
}

export function useQa({ api, root, sourceId, documents, panes, keysEnabled, onError, onComment }: Options): QaState {
  const [findings, setFindings] = useState<QaFinding[]>([]);
  const [problems, setProblems] = useState<string[]>([]);
  const [running, setRunning] = useState(true);
  const [filter, setFilter] = useState<FindingFilter>(defaultFilter);
  const [currentId, setCurrentId] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    setRunning(true);
    api.runQa({ root }).then(
      (result) => {
        if (cancelled) return;
        setFindings(result.findings);
        setProblems(result.problems ?? []);
        setRunning(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        setRunning(false);
        onError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, root, sourceId, onError]);

  const visible = useMemo(() => visibleFindings(findings, filter), [findings, filter]);

  useEffect(() => {
    if (!panes) return;
    findingMarks(visible, documents, currentId).forEach((marks, i) => panes.qa.set(i, marks));
  }, [panes, visible, documents, currentId]);

  const select = useCallback(
    (finding: QaFinding) => {
      setCurrentId(finding.id);
      const pane = documents.findIndex((d) => d.id === finding.documentId);
      if (pane >= 0) panes?.revealSpan(pane, finding.start, finding.end);
    },
    [documents, panes],
  );

  const move = useCallback(
    (delta: 1 | -1) => {
      const next = stepFinding(visible, currentId, delta);
      if (next) select(next);
    },
    [visible, currentId, select],
  );

  const setMuted = useCallback(
    (finding: QaFinding, muted: boolean) => {
      api.muteFinding({ root, findingId: finding.id, muted }).then(
        () => setFindings((list) => list.map((f) => (f.id === finding.id ? { ...f, muted } : f))),
        onError,
      );
    },
    [api, root, onError],
  );

  const onCommentRef = useRef(onComment);
  onCommentRef.current = onComment;
  const comment = useCallback((finding: QaFinding) => onCommentRef.current(finding), []);

  const keys = useRef({ move, toCurrent: () => {} });
  keys.current.move = move;
  keys.current.toCurrent = () => {
    const finding = visible.find((f) => f.id === currentId) ?? findings.find((f) => f.id === currentId);
    if (finding) onCommentRef.current(finding);
  };

  useEffect(() => {
    if (!panes) return;
    panes.findingKeys = keysEnabled ? { move: (d) => keys.current.move(d), toComment: () => keys.current.toCurrent() } : null;
    return () => {
      panes.findingKeys = null;
    };
  }, [panes, keysEnabled]);

  useEffect(() => {
    if (!keysEnabled) return;
    const onKey = (e: KeyboardEvent) => {
      // Inside an editor the same keys are Monaco actions (aligned-panes.ts).
      if (e.defaultPrevented || (e.target instanceof HTMLElement && e.target.closest('.monaco-editor'))) return;
      if (e.key === 'F8' && !e.altKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        keys.current.move(e.shiftKey ? -1 : 1);
      } else if ((e.ctrlKey || e.metaKey) && e.altKey && e.code === 'KeyQ') {
        e.preventDefault();
        keys.current.toCurrent();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [keysEnabled]);

  const openCount = findings.reduce((n, f) => n + (f.muted ? 0 : 1), 0);
  return { findings, problems, visible, running, filter, setFilter, currentId, select, move, setMuted, comment, openCount };
}
