// The set's toolbar: name, source picker, add comment, export, open another set, reload.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ExportFormat } from '../../shared/api.js';
import type { DocumentInfo, DocumentSet } from '../../shared/model.js';

interface Props {
  set: DocumentSet;
  documentTitle(doc: DocumentInfo): string;
  canAddComment: boolean;
  onSource(documentId: string | null): void;
  onAddComment(): void;
  onExport(format: ExportFormat): void;
  /** Opens the set's MQM scorecard. */
  onScorecard?(): void;
  onOpenAnother(): void;
  onReload(): void;
  /** Extra controls (the difference toggles), after the source picker. */
  children?: ReactNode;
}

export function Toolbar({ children, set, documentTitle, canAddComment, onSource, onAddComment, onExport, onScorecard, onOpenAnother, onReload }: Props) {
  const [exportOpen, setExportOpen] = useState(false);
  const menuRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!exportOpen) return;
    const close = (e: MouseEvent) => {
      if (!menuRef.current?.contains(e.target as Node)) setExportOpen(false);
    };
    window.addEventListener('mousedown', close);
    return () => window.removeEventListener('mousedown', close);
  }, [exportOpen]);

  return (
    <div className="toolbar" role="toolbar" aria-label="Document set">
      <span className="set-name" title={set.openedPath} data-testid="set-name">
        {set.name}
      </span>
      <label className="source-picker">
        Source
        <select
          data-testid="source-picker"
          value={set.sourceId ?? ''}
          disabled={set.sourceFrom === 'manifest'}
          title={set.sourceFrom === 'manifest' ? 'The manifest (verso.json) names the source document.' : 'The document the others translate; remembered for this set.'}
          onChange={(e) => onSource(e.target.value === '' ? null : e.target.value)}
        >
          <option value="">No source</option>
          {set.documents.map((doc) => (
            <option key={doc.id} value={doc.id}>
              {documentTitle(doc)}
            </option>
          ))}
        </select>
      </label>
      {children}
      <span className="spacer" />
      <button type="button" className="primary" data-testid="add-comment" disabled={!canAddComment} onClick={onAddComment} title="Comment on the selection, or on the sentence at the cursor (Ctrl+Alt+M)">
        Add comment
      </button>
      {onScorecard && (
        <button type="button" data-testid="open-scorecard" onClick={onScorecard} title="Errors by dimension and severity, penalty points and quality score per document and for the set">
          Scorecard
        </button>
      )}
      <div className="menu" ref={menuRef}>
        <button type="button" data-testid="export" aria-haspopup="menu" aria-expanded={exportOpen} onClick={() => setExportOpen((o) => !o)}>
          Export ▾
        </button>
        {exportOpen && (
          <div className="menu-items" role="menu">
            <button
              type="button"
              role="menuitem"
              data-testid="export-md"
              onClick={() => {
                setExportOpen(false);
                onExport('md');
              }}
            >
              Review notes (Markdown)
            </button>
            <button
              type="button"
              role="menuitem"
              data-testid="export-csv"
              onClick={() => {
                setExportOpen(false);
                onExport('csv');
              }}
            >
              Review notes (CSV)
            </button>
          </div>
        )}
      </div>
      <button type="button" data-testid="open-another" onClick={onOpenAnother}>
        Open another set
      </button>
      <button type="button" data-testid="reload" onClick={onReload} title="Read the documents and comments from disk again">
        Reload
      </button>
    </div>
  );
}
