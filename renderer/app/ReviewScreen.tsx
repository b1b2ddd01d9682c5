// The review of one opened set: toolbar, aligned panes, comment sidebar, status bar.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnchoredAnnotation, ExportFormat, OpenedSet, ReviewApi, Settings, Startup } from '../../shared/api.js';
import type { Alignment, DocumentInfo, DocumentSet, SegmentLink } from '../../shared/model.js';
import { languageName } from '../languages.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { PaneGroup } from '../panes/PaneGroup.js';
import { lowConfidence } from '../panes/row-marks.js';
import { CommentMarks, type CommentMark } from '../panes/comment-marks.js';
import { CommentSidebar } from '../review/CommentSidebar.js';
import { CommentForm, type CommentValues } from '../review/CommentForm.js';
import { ReviewerNameDialog } from '../review/ReviewerNameDialog.js';
import { linksForRow } from '../review/links.js';
import { sentenceAt } from '../review/sentence-at.js';
import { useReviews } from '../review/use-reviews.js';
import { Toolbar } from './Toolbar.js';
import { downloadText } from './download.js';
import { useReviewKeys } from './review-keys.js';
import { exposeTestHook } from './test-hook.js';

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
  | { mode: 'add'; pane: number; start: number; end: number; links: SegmentLink[] }
  | { mode: 'edit'; pane: number; item: AnchoredAnnotation };

const uiLocale = typeof navigator === 'undefined' ? 'en' : navigator.language || 'en';

export function ReviewScreen({ api, opened, host, settings, onSettings, onReport, onError, onOpenAnother, onReload }: Props) {
  const { texts } = opened;
  const [set, setSet] = useState<DocumentSet>(opened.set);
  const documents = opened.set.documents;
  const [alignment, setAlignment] = useState<Alignment | null>(null);
  const [aligning, setAligning] = useState(true);
  const [panes, setPanes] = useState<AlignedPanes | null>(null);
  const [row, setRow] = useState<number | null>(null);
  const [activePane, setActivePane] = useState(0);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormState | null>(null);
  const [pendingForm, setPendingForm] = useState<FormState | null>(null);
  const nameAsked = useRef(false);
  const reviews = useReviews(api, set.root, documents, onError);

  const languageOf = useCallback((doc: DocumentInfo) => languageName(doc.language, uiLocale), []);
  const documentTitle = useCallback((doc: DocumentInfo) => `${languageOf(doc)} — ${doc.label ?? doc.fileName}`, [languageOf]);

  useEffect(() => {
    if (opened.problems.length > 0) for (const p of opened.problems) onReport(`${p.file}: ${p.message}`);
  }, [opened, onReport]);

  useEffect(() => {
    let cancelled = false;
    setAligning(true);
    api.alignSet({ root: set.root, level: 'paragraph' }).then(
      (result) => {
        if (cancelled) return;
        setAlignment(result);
        setAligning(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        setAligning(false);
        onError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, set.root, set.sourceId, onError]);

  useEffect(() => {
    if (!panes || !alignment) return;
    if (alignment.rows.some((r) => r.cells.length !== documents.length)) {
      onReport(`The alignment of ${set.name} has rows for ${alignment.rows[0]?.cells.length ?? 0} documents but the set has ${documents.length}. Reload the set.`);
      return;
    }
    panes.setAlignment(alignment.rows);
    setRow(null);
  }, [panes, alignment, documents.length, set.name, onReport]);

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
      const added = await reviews.add(form.pane, { start: form.start, end: form.end, ...values, links: form.links });
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

  useReviewKeys({ panes, onAddComment: () => startAddComment(panes?.activePane ?? 0), enabled: !form && !pendingForm });

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
        onOpenAnother={onOpenAnother}
        onReload={onReload}
      />
      <div className="workspace">
        <PaneGroup
          documents={documents}
          texts={texts}
          sourceId={set.sourceId}
          states={reviews.states}
          languageOf={languageOf}
          onReady={setPanes}
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
                  ? { severity: 'minor', category: 'accuracy/mistranslation', comment: '', suggestion: '' }
                  : { severity: form.item.annotation.severity, category: form.item.annotation.category, comment: form.item.annotation.comment, suggestion: form.item.annotation.suggestion }
              }
              onSave={(values) => void saveForm(values)}
              onCancel={() => {
                setForm(null);
                panes?.editors[form.pane]?.focus();
              }}
            />
          )}
          <CommentSidebar
            documents={documents}
            texts={texts}
            states={reviews.states}
            documentTitle={(i) => (documents[i] ? documentTitle(documents[i]) : '')}
            selectedId={selectedId}
            onJump={jumpTo}
            onEdit={(i, item) => setForm({ mode: 'edit', pane: i, item })}
            onToggleStatus={(i, item) => void reviews.update(i, item.annotation.id, { status: item.annotation.status === 'open' ? 'resolved' : 'open' })}
            onDelete={(i, item) => void reviews.remove(i, item.annotation.id)}
          />
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
          </span>
        )}
        <span className="spacer" />
        <span>
          {totalComments} comment{totalComments === 1 ? '' : 's'}
        </span>
        <span className="keys">Alt+↑/↓ or j/k: rows · Ctrl+Alt+M: comment</span>
      </footer>
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
