// The review of one opened set: toolbar, aligned panes, comment sidebar, status bar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnchoredAnnotation, ExportFormat, OpenedSet, ReviewApi, Settings, Startup } from '../../shared/api.js';
import type { DocumentInfo, DocumentSet, SegmentLink } from '../../shared/model.js';
import { languageName } from '../languages.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { PaneGroup } from '../panes/PaneGroup.js';
import { lowConfidence } from '../panes/row-marks.js';
import { CommentMarks, type CommentMark } from '../panes/comment-marks.js';
import { CommentSidebar } from '../review/CommentSidebar.js';
import { CommentForm, type CommentValues } from '../review/CommentForm.js';
import { ReviewerNameDialog } from '../review/ReviewerNameDialog.js';
import { LinkHighlights, type HighlightSpan } from '../review/link-highlight.js';
import { Scorecard } from '../review/Scorecard.js';
import { linksForRow } from '../review/links.js';
import { sentenceAt } from '../review/sentence-at.js';
import { useReviews } from '../review/use-reviews.js';
import { usePersistenceActions } from '../review/persistence-actions.js';
import type { QaFinding } from '../../shared/api.js';
import { FindingsPanel } from '../qa/FindingsPanel.js';
import { useQa } from '../qa/use-qa.js';
import { DiffControls } from '../diff/DiffControls.js';
import { useDiffMarks } from '../diff/use-diff-marks.js';
import { Toolbar } from './Toolbar.js';
import { CorrectionsBar } from '../corrections/CorrectionsBar.js';
import { correctionKeyHelp } from '../corrections/correction-keys.js';
import { useAlignmentCorrections } from '../corrections/use-corrections.js';
import { downloadText } from './download.js';
import { useReviewKeys } from './review-keys.js';
import { exposeTestHook } from './test-hook.js';
import { useReviewView } from './use-review-view.js';
import { ViewToggle } from './ViewToggle.js';
import { viewKeyLabel } from './view-key.js';

interface Props {
  api: ReviewApi;
  opened: OpenedSet;
  host: Startup['host'];
  settings: Settings;
  onSettings(settings: Settings): void;
  onReport(text: string, kind?: 'error' | 'info'): void;
  onError(error: unknown): void;
  onOpenAnother(): void;
  onReload(): void;
}

type FormState =
  | { mode: 'add'; pane: number; start: number; end: number; links: SegmentLink[]; initial?: CommentValues }
  | { mode: 'edit'; pane: number; item: AnchoredAnnotation };

const uiLocale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';

export function ReviewScreen({ api, opened, host, settings, onSettings, onReport, onError, onOpenAnother, onReload }: Props) {
  const { texts } = opened;
  const [set, setSet] = useState<DocumentSet>(opened.set);
  const documents = opened.set.documents;
  const [panes, setPanes] = useState<AlignedPanes | null>(null);
  const [row, setRow] = useState<number | null>(null);
  const [activePane, setActivePane] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [pendingForm, setPendingForm] = useState<FormState | null>(null);
  const nameAsked = useRef(false);
  const [sideTab, setSideTab] = useState<'comments' | 'qa'>('comments');
  const [scorecardOpen, setScorecardOpen] = useState(false);
  const [changingName, setChangingName] = useState(false);
  const reviews = useReviews(api, set.root, documents, onError);
  // Paragraphs or Sentences: the rows of the chosen view, given out once the panes show that view.
  const view = useReviewView({ api, root: set.root, sourceId: set.sourceId, texts, settings, onSettings, panes, setPanes, keysEnabled: !form && !pendingForm && !scorecardOpen && !changingName, onError });
  const { alignment, aligning } = view;

  const languageOf = useCallback((doc: DocumentInfo) => languageName(doc.language, uiLocale), []);
  const documentTitle = useCallback((doc: DocumentInfo) => `${languageOf(doc)} — ${doc.label ?? doc.fileName}`, [languageOf]);

  useEffect(() => {
    if (opened.problems.length > 0) for (const p of opened.problems) onReport(`${p.file}: ${p.message}`);
  }, [opened, onReport]);

  useEffect(() => {
    if (!panes || !alignment) return;
    if (alignment.rows.some((r) => r.cells.length !== documents.length)) {
      onReport(`The alignment of ${set.name} has rows for ${alignment.rows[0]?.cells.length ?? 0} documents but the set has ${documents.length}. Reload the set.`);
      return;
    }
    panes.setAlignment(alignment.rows);
    setRow(null);
    view.restorePlace(panes);
  }, [panes, alignment, documents.length, set.name, onReport, view.restorePlace]);

  const marks = useMemo(
    () =>
      reviews.states.map((state): CommentMark[] =>
        (state?.annotations ?? []).flatMap(({ annotation: a, anchor }) =>
          anchor ? [{ id: a.id, start: anchor.start, end: anchor.end, severity: a.severity, status: a.status, comment: a.comment }] : [],
        ),
      ),
    [reviews.states],
  );
  useEffect(() => {
    if (panes) marks.forEach((list, i) => panes.comments.set(i, list));
  }, [panes, marks]);

  useEffect(() => (panes ? exposeTestHook(panes) : undefined), [panes]);

  // The span being commented on (or the selected comment's) and its aligned segments elsewhere.
  const highlights = useMemo(() => (panes ? new LinkHighlights(panes) : null), [panes]);
  useEffect(() => {
    if (!highlights) return;
    const paneOf = (documentId: string) => documents.findIndex((d) => d.id === documentId);
    const linked = (links: readonly SegmentLink[]): HighlightSpan[] =>
      links.flatMap((l) => (paneOf(l.documentId) >= 0 ? [{ pane: paneOf(l.documentId), start: l.start, end: l.end, kind: 'link' as const }] : []));
    if (form?.mode === 'add') return highlights.show([{ pane: form.pane, start: form.start, end: form.end, kind: 'span' }, ...linked(form.links)]);
    const chosenId = form?.mode === 'edit' ? form.item.annotation.id : selectedId;
    const pane = reviews.states.findIndex((s) => s?.annotations.some((a) => a.annotation.id === chosenId));
    const chosen = reviews.states[pane]?.annotations.find((a) => a.annotation.id === chosenId);
    if (!chosen) return highlights.clear();
    highlights.show([...(chosen.anchor ? [{ pane, ...chosen.anchor, kind: 'span' as const }] : []), ...linked(chosen.annotation.links)]);
  }, [highlights, form, selectedId, reviews.states, documents]);

  const startAddComment = useCallback(
    (paneIndex: number) => {
      const doc = documents[paneIndex];
      const state = reviews.states[paneIndex];
      if (!panes || !doc) return;
      if (!state) return onReport(`The comments of ${doc.fileName} are still loading; try again in a moment.`);
      if (state.readOnly) return onReport(`Comments on ${doc.fileName} are read-only: ${state.problem?.message ?? 'its sidecar cannot be written'} (${state.sidecarFile}).`);
      let span = panes.selection(paneIndex);
      if (span && span.start === span.end) span = sentenceAt(texts[paneIndex] ?? '', span.start, doc.language);
      if (!span) return onReport(`Select some text in ${doc.fileName}, or put the cursor in a sentence, then add the comment.`, 'info');
      const rowIndex = panes.rowAt(paneIndex, span.start);
      const next: FormState = { mode: 'add', pane: paneIndex, start: span.start, end: span.end, links: linksForRow(rowIndex === null ? undefined : alignment?.rows[rowIndex], documents, paneIndex) };
      if (!settings.reviewerName && !nameAsked.current) setPendingForm(next);
      else setForm(next);
    },
    [documents, reviews.states, panes, texts, alignment, settings.reviewerName, onReport],
  );

  const saveForm = async (values: CommentValues) => {
    if (!form) return;
    if (form.mode === 'add') {
      const added = await reviews.add(form.pane, { start: form.start, end: form.end, ...values, links: form.links, quote: (texts[form.pane] ?? '').slice(form.start, form.end) });
      if (added) setSelectedId(added.annotation.id);
    } else {
      await reviews.update(form.pane, form.item.annotation.id, values);
    }
    setForm(null);
    panes?.editors[form.pane]?.focus();
  };

  const exportNotes = async (format: ExportFormat) => {
    try {
      const result = await api.exportNotes({ root: set.root, format });
      if (host === 'browser' || !result.savedTo) downloadText(result.fileName, result.content, format === 'csv' ? 'text/csv' : 'text/markdown');
      if (result.savedTo) onReport(`Review notes saved to ${result.savedTo}`, 'info');
    } catch (error) {
      onError(error);
    }
  };

  const changeSource = async (documentId: string | null) => {
    try {
      setSet(await api.setSource({ root: set.root, documentId }));
    } catch (error) {
      onError(error);
    }
  };

  const jumpTo = (i: number, item: AnchoredAnnotation) => {
    setSelectedId(item.annotation.id);
    if (item.anchor) panes?.revealSpan(i, item.anchor.start, item.anchor.end);
  };

  useReviewKeys({ panes, onAddComment: () => startAddComment(panes?.activePane ?? 0), enabled: !form && !pendingForm && !scorecardOpen && !changingName });

  // A QA finding becomes a comment through the usual form, filled in from the finding.
  const commentOnFinding = (finding: QaFinding) => {
    const paneIndex = documents.findIndex((d) => d.id === finding.documentId);
    const doc = documents[paneIndex];
    const state = reviews.states[paneIndex];
    if (!doc) return;
    if (!state) return onReport(`The comments of ${doc.fileName} are still loading; try again in a moment.`);
    if (state.readOnly) return onReport(`Comments on ${doc.fileName} are read-only: ${state.problem?.message ?? 'its sidecar cannot be written'} (${state.sidecarFile}).`);
    const rowIndex = panes?.rowAt(paneIndex, finding.start) ?? null;
    const next: FormState = {
      mode: 'add',
      pane: paneIndex,
      start: finding.start,
      end: finding.end,
      links: linksForRow(rowIndex === null ? undefined : alignment?.rows[rowIndex], documents, paneIndex),
      initial: { severity: finding.severity, category: finding.category, comment: `${finding.title}: ${finding.message}`, suggestion: '' },
    };
    if (!settings.reviewerName && !nameAsked.current) setPendingForm(next);
    else setForm(next);
  };
  const qa = useQa({ api, root: set.root, sourceId: set.sourceId, documents, panes, keysEnabled: !form && !pendingForm, onError, onComment: commentOnFinding });
  const diff = useDiffMarks({ api, root: set.root, documents, texts, alignment, states: reviews.states, panes, onError, onReport });
  const corrections = useAlignmentCorrections({ api, root: set.root, level: view.alignmentLevel, alignment, onAlignment: view.setAlignment, panes, texts, enabled: !form && !pendingForm && !scorecardOpen && !changingName, onReport, onError });

  const persistence = usePersistenceActions({ api, root: set.root, documents, texts, panes, reviews, onReport, onError });

  const current = row === null ? undefined : alignment?.rows[row];
  const activeState = reviews.states[activePane];
  const totalComments = reviews.states.reduce((n, s) => n + (s?.annotations.length ?? 0), 0);
  const formDoc = form ? documents[form.pane] : undefined;

  return (
    <div className="review">
      <Toolbar
        set={set}
        documentTitle={documentTitle}
        canAddComment={!!panes && !!activeState && !activeState.readOnly}
        onSource={(id) => void changeSource(id)}
        onAddComment={() => startAddComment(panes?.activePane ?? activePane)}
        onExport={(f) => void exportNotes(f)}
        onScorecard={() => setScorecardOpen(true)}
        onOpenAnother={onOpenAnother}
        onReload={onReload}
      >
        <ViewToggle level={view.level} busy={aligning} onLevel={view.setLevel} />
        <DiffControls diff={diff} />
      </Toolbar>
      <CorrectionsBar corrections={corrections} row={row} rowConfirmed={!!current?.confirmed} rowMoved={current?.kind === 'moved'} />
      <div className="workspace">
        <PaneGroup
          documents={documents}
          texts={texts}
          sourceId={set.sourceId}
          states={reviews.states}
          languageOf={languageOf}
          onReady={view.onPanesReady}
          views={view.views}
          viewKey={view.viewKey}
          onRestoreBackup={(i) => void persistence.restoreBackup(i)}
          events={{
            onRowChange: setRow,
            onCursor: (pane, offset) => {
              setActivePane(pane);
              const hit = CommentMarks.at(marks[pane] ?? [], offset)[0];
              if (hit) setSelectedId(hit);
            },
            onAddComment: startAddComment,
          }}
        />
        <div className="side">
          {form && formDoc && (
            <CommentForm
              key={form.mode === 'edit' ? form.item.annotation.id : `${form.pane}:${form.start}`}
              title={form.mode === 'add' ? `New comment on ${formDoc.fileName}` : `Edit comment on ${formDoc.fileName}`}
              quote={form.mode === 'add' ? (texts[form.pane] ?? '').slice(form.start, form.end) : form.item.annotation.target.selector[0].exact}
              quoteDirection={formDoc.direction}
              initial={
                form.mode === 'add'
                  ? (form.initial ?? { severity: 'minor', category: 'accuracy/mistranslation', comment: '', suggestion: '' })
                  : { severity: form.item.annotation.severity, category: form.item.annotation.category, comment: form.item.annotation.comment, suggestion: form.item.annotation.suggestion }
              }
              focus={form.mode === 'add' && !form.initial ? 'category' : 'comment'}
              onSave={(values) => void saveForm(values)}
              onCancel={() => {
                setForm(null);
                panes?.editors[form.pane]?.focus();
              }}
            />
          )}
          <div className="side-tabs" role="tablist" aria-label="Side panel">
            <button type="button" role="tab" data-testid="tab-comments" aria-selected={sideTab === 'comments'} onClick={() => setSideTab('comments')}>
              Comments
            </button>
            <button type="button" role="tab" data-testid="tab-qa" aria-selected={sideTab === 'qa'} onClick={() => setSideTab('qa')}>
              QA ({qa.running ? '…' : qa.openCount})
            </button>
          </div>
          {sideTab === 'qa' && <FindingsPanel qa={qa} documents={documents} texts={texts} />}
          <div className="side-comments" hidden={sideTab !== 'comments'}>
          <CommentSidebar
            documents={documents}
            texts={texts}
            states={reviews.states}
            documentTitle={(i) => (documents[i] ? documentTitle(documents[i]) : '')}
            selectedId={selectedId}
            onJump={jumpTo}
            onEdit={(i, item) => setForm({ mode: 'edit', pane: i, item })}
            onSetStatus={(i, item, status) => void reviews.update(i, item.annotation.id, { status })}
            onReply={(i, item, text) => reviews.reply(i, item.annotation.id, text)}
            reviewerName={settings.reviewerName}
            onChangeReviewer={() => setChangingName(true)}
            onDelete={(i, item) => void reviews.remove(i, item.annotation.id)}
            onReattach={(i, item) => void persistence.reattach(i, item)}
          />
          </div>
        </div>
      </div>
      <footer className="status-bar">
        <span data-testid="status-row">
          {aligning ? 'Aligning…' : `Row ${row === null ? '–' : row + 1} / ${alignment?.rows.length ?? 0}`}
        </span>
        {current && (
          <span className={`row-kind kind-${current.kind}`}>
            {current.kind === 'moved' && current.movedFrom !== undefined ? `moved (see row ${current.movedFrom + 1})` : current.kind} · confidence {current.score.toFixed(2)}
            {current.score < lowConfidence && <strong className="low"> · low confidence: check this row</strong>}
            {current.confirmed && <strong className="confirmed" data-testid="status-confirmed"> · confirmed by you</strong>}
          </span>
        )}
        <span className="spacer" />
        <span>
          {totalComments} comment{totalComments === 1 ? '' : 's'}
        </span>
        <span className="keys" title={correctionKeyHelp}>Alt+↑/↓ or j/k: rows · Ctrl+Alt+M: comment · {viewKeyLabel}: paragraphs/sentences · Ctrl+Alt+J/S/↑/↓/Enter: correct alignment</span>
      </footer>
      {scorecardOpen && <Scorecard api={api} root={set.root} version={reviews.states} onClose={() => setScorecardOpen(false)} onError={onError} />}
      {changingName && (
        <ReviewerNameDialog
          initial={settings.reviewerName}
          onSave={(name) => {
            nameAsked.current = true;
            setChangingName(false);
            api.updateSettings({ reviewerName: name }).then(onSettings, onError);
          }}
          onSkip={() => setChangingName(false)}
        />
      )}
      {pendingForm && (
        <ReviewerNameDialog
          onSave={(name) => {
            nameAsked.current = true;
            // Saved before the form opens, so the first comment already carries the name.
            api
              .updateSettings({ reviewerName: name })
              .then(onSettings, onError)
              .finally(() => {
                setForm(pendingForm);
                setPendingForm(null);
              });
          }}
          onSkip={() => {
            nameAsked.current = true;
            setForm(pendingForm);
            setPendingForm(null);
          }}
        />
      )}
    </div>
  );
}
