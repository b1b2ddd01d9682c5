// The panes side by side: a header per document and the aligned Monaco editors under them.
import { useEffect, useRef } from 'react';
import type { ReviewState } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';
import { AlignedPanes, type PaneEvents } from './aligned-panes.js';
import type { SentenceView } from './sentence-lines.js';

interface Props {
  documents: readonly DocumentInfo[];
  texts: readonly string[];
  sourceId: string | null;
  states: readonly (ReviewState | null)[];
  languageOf(doc: DocumentInfo): string;
  events: PaneEvents;
  /** The Sentences view's text per document, or null/absent for the documents as they are. */
  views?: readonly SentenceView[] | null;
  /** Names what the panes show (handed back with them), so rows are only given to panes of their view. */
  viewKey?: string;
  onReady(panes: AlignedPanes | null, viewKey?: string): void;
  /** Offered on a read-only document whose sidecar has a usable backup. */
  onRestoreBackup?(documentIndex: number): void;
}

export function PaneGroup({ documents, texts, sourceId, states, languageOf, events, views, viewKey, onReady, onRestoreBackup }: Props) {
  const areaRef = useRef<HTMLDivElement>(null);
  const editorRefs = useRef<(HTMLDivElement | null)[]>([]);
  const eventsRef = useRef(events);
  eventsRef.current = events;
  const onReadyRef = useRef(onReady);
  onReadyRef.current = onReady;

  useEffect(() => {
    const containers = editorRefs.current.slice(0, documents.length).filter((c): c is HTMLDivElement => c !== null);
    const panes = new AlignedPanes(
      containers,
      documents.map((doc, i) => ({ text: texts[i] ?? '', label: `${languageOf(doc)}, ${doc.fileName}`, view: views?.[i] })),
      {
        onRowChange: (row) => eventsRef.current.onRowChange(row),
        onCursor: (pane, offset) => eventsRef.current.onCursor(pane, offset),
        onAddComment: (pane) => eventsRef.current.onAddComment(pane),
      },
      '— not in this document —',
    );
    // One re-layout for all editors together once the size settles (MONACO-NOTES.md step 6):
    // with thousands of rows a re-layout costs a good part of a second, too much for every
    // frame of a window being dragged.
    let timer: ReturnType<typeof setTimeout> | undefined;
    let frame = 0;
    const observer = new ResizeObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        frame = requestAnimationFrame(() => panes.relayout());
      }, 80);
    });
    if (areaRef.current) observer.observe(areaRef.current);
    onReadyRef.current(panes, viewKey);
    return () => {
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      observer.disconnect();
      onReadyRef.current(null);
      panes.dispose();
    };
    // The panes live as long as the opened texts and the view; headers re-render without rebuilding them.
  }, [documents, texts, views]);

  return (
    <div className="pane-area">
      {/* Above the panes, never inside one: a banner in one pane would push its text out of line. */}
      {documents.map((doc, i) => {
        const state = states[i];
        if (state?.problem) {
          const where = state.problem.message.includes(state.sidecarFile) ? '' : ` (${state.sidecarFile})`;
          return (
            <div key={doc.id} className="pane-banner warning" role="note" data-testid={`pane-readonly-${i}`}>
              <strong>
                {languageOf(doc)}, {doc.fileName}: comments are read-only.
              </strong>{' '}
              {state.problem.message}
              {where}
              {state.problem.backupAvailable ? ' A backup (.bak) is available next to it.' : ''}
              {state.problem.backupAvailable && onRestoreBackup && (
                <>
                  {' '}
                  <button type="button" data-testid={`pane-restore-${i}`} onClick={() => onRestoreBackup(i)} title="The unusable file is kept next to it as .broken-<time>">
                    Restore backup
                  </button>
                </>
              )}
            </div>
          );
        }
        if (state?.changedSinceReview) {
          return (
            <div key={doc.id} className="pane-banner info" role="note">
              {doc.fileName} changed since it was reviewed; comments were placed again on the same text where it was found.
            </div>
          );
        }
        return null;
      })}
      <div className="panes" ref={areaRef} style={{ gridTemplateColumns: `repeat(${documents.length}, minmax(0, 1fr))` }}>
      {documents.map((doc, i) => {
        return (
          <section key={doc.id} className={`pane ${doc.direction}`} data-testid={`pane-${i}`} aria-label={`${languageOf(doc)}, ${doc.fileName}`}>
            <header className="pane-header" data-testid={`pane-header-${i}`} dir={doc.direction}>
              <span className="language" lang={doc.language}>
                {languageOf(doc)}
              </span>
              <span className="file-name" dir="auto" title={doc.label ? `${doc.label} — ${doc.id}` : doc.id}>
                {doc.fileName}
              </span>
              <span className="badges">
                {doc.id === sourceId && <span className="badge source">Source</span>}
                {doc.role === 'revision' && <span className="badge">Revision</span>}
                {doc.languageDetected && (
                  <span className="badge guessed" title="The language was guessed from the text; name the file <name>.<lang>.<ext> or use a verso.json manifest to set it.">
                    guessed
                  </span>
                )}
                <span className="badge direction" title={doc.direction === 'rtl' ? 'Right-to-left text' : 'Left-to-right text'}>
                  {doc.direction.toUpperCase()}
                </span>
              </span>
            </header>
            <div
              className="editor"
              lang={doc.language}
              ref={(el) => {
                editorRefs.current[i] = el;
              }}
            />
          </section>
        );
      })}
      </div>
    </div>
  );
}
