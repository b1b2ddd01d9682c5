// The comments of every document, grouped by document; comments whose text could not be found
// again are listed under "Could not be placed" and never hidden (unless a filter excludes them).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { AnchoredAnnotation, ReviewState } from '../../shared/api.js';
import type { AnnotationStatus, DocumentInfo } from '../../shared/model.js';
import { categoryLabel } from './categories.js';
import { authorsOf, matchesFilter, noFilter, type CommentFilter } from './comment-filter.js';
import { CommentFilters } from './CommentFilters.js';
import { Replies } from './Replies.js';

interface Props {
  documents: readonly DocumentInfo[];
  texts: readonly string[];
  states: readonly (ReviewState | null)[];
  documentTitle(index: number): string;
  selectedId: string | null;
  onJump(documentIndex: number, item: AnchoredAnnotation): void;
  onEdit(documentIndex: number, item: AnchoredAnnotation): void;
  onSetStatus(documentIndex: number, item: AnchoredAnnotation, status: AnnotationStatus): void;
  onReply(documentIndex: number, item: AnchoredAnnotation, text: string): Promise<boolean>;
  onDelete(documentIndex: number, item: AnchoredAnnotation): void;
  /** Puts a comment that could not be placed on the text now selected in its pane. */
  onReattach?(documentIndex: number, item: AnchoredAnnotation): void;
  reviewerName: string;
  onChangeReviewer(): void;
}

function quoteOf(item: AnchoredAnnotation, text: string): string {
  return item.anchor ? text.slice(item.anchor.start, item.anchor.end) : item.annotation.target.selector[0].exact;
}

export function CommentSidebar(props: Props) {
  const total = props.states.reduce((sum, s) => sum + (s?.annotations.length ?? 0), 0);
  const [filter, setFilter] = useState<CommentFilter>(noFilter);
  const everything = useMemo(() => props.states.flatMap((s) => s?.annotations ?? []), [props.states]);
  const categories = useMemo(() => [...new Set(everything.map((a) => a.annotation.category))].sort(), [everything]);
  const shownOf = (i: number) => (props.states[i]?.annotations ?? []).filter((item) => matchesFilter(item, quoteOf(item, props.texts[i] ?? ''), filter));
  const shown = props.documents.reduce((n, _, i) => n + shownOf(i).length, 0);
  return (
    <aside className="sidebar" data-testid="comment-sidebar" aria-label="Review comments">
      <h2>
        Comments <span className="count">{total}</span>
        <button type="button" className="reviewer-name link" data-testid="reviewer-change" onClick={props.onChangeReviewer} title="Your name as reviewer, saved with each comment and reply (kept in your user settings)">
          Reviewer: {props.reviewerName || 'not set'}
        </button>
      </h2>
      {total > 0 && <CommentFilters filter={filter} categories={categories} authors={authorsOf(everything)} shown={shown} total={total} onChange={setFilter} />}
      {total === 0 && <p className="empty">No comments yet. Select text in a pane (or put the cursor in a sentence) and press Add comment (Ctrl+Alt+M).</p>}
      {props.documents.map((doc, i) => {
        const state = props.states[i];
        if (!state || state.annotations.length === 0) return null;
        const visible = shownOf(i);
        if (visible.length === 0) return null;
        const placed = visible.filter((a) => a.anchor).sort((a, b) => (a.anchor?.start ?? 0) - (b.anchor?.start ?? 0));
        const orphaned = visible.filter((a) => !a.anchor);
        return (
          <section key={doc.id} className="comment-group" data-document={doc.id}>
            <h3 dir="auto">{props.documentTitle(i)}</h3>
            <ul>
              {placed.map((item) => (
                <CommentItem key={item.annotation.id} index={i} item={item} doc={doc} text={props.texts[i] ?? ''} {...props} />
              ))}
            </ul>
            {orphaned.length > 0 && (
              <>
                <h4 className="orphan-heading">Could not be placed</h4>
                <p className="orphan-note">The text these comments were made on is no longer in {doc.fileName}. They are kept in {state.sidecarFile}; select the text one belongs to and press Re-attach to selection.</p>
                <ul>
                  {orphaned.map((item) => (
                    <CommentItem key={item.annotation.id} index={i} item={item} doc={doc} text={props.texts[i] ?? ''} {...props} />
                  ))}
                </ul>
              </>
            )}
          </section>
        );
      })}
    </aside>
  );
}

function CommentItem({ index, item, doc, text, selectedId, states, onJump, onEdit, onSetStatus, onReply, onDelete, onReattach }: Props & { index: number; item: AnchoredAnnotation; doc: DocumentInfo; text: string }) {
  const [confirming, setConfirming] = useState(false);
  const ref = useRef<HTMLLIElement>(null);
  const a = item.annotation;
  const selected = selectedId === a.id;
  useEffect(() => {
    if (selected) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);
  const quote = quoteOf(item, text);
  const readOnly = states[index]?.readOnly ?? true;
  return (
    <li
      ref={ref}
      className={`comment-item sev-${a.severity} status-${a.status}${selected ? ' selected' : ''}${item.anchor ? '' : ' orphan'}`}
      data-testid="comment-item"
      data-comment-id={a.id}
    >
      <button type="button" className="comment-jump" disabled={!item.anchor} onClick={() => onJump(index, item)} title={item.anchor ? 'Show in the document' : 'This text is no longer in the document'}>
        <span className="comment-meta">
          <span className={`severity sev-${a.severity}`}>{a.severity}</span>
          <span className="category">{categoryLabel(a.category)}</span>
          {a.status !== 'open' && <span className="status">{a.status === 'wontfix' ? "won't fix" : a.status}</span>}
        </span>
        <q className="quote" dir={doc.direction}>
          {quote.length > 160 ? `${quote.slice(0, 160)}…` : quote}
        </q>
        {a.comment && <span className="comment-text">{a.comment}</span>}
        {a.suggestion && (
          <span className="suggestion" dir="auto">
            → {a.suggestion}
          </span>
        )}
        <span className="author">
          {a.author || 'Unknown reviewer'} · {new Date(a.modified).toLocaleString()}
        </span>
      </button>
      <Replies replies={a.replies} canReply={!readOnly} onReply={(reply) => onReply(index, item, reply)} />
      {!readOnly && (
        <div className="comment-actions">
          {confirming ? (
            <>
              <span>Delete this comment?</span>
              <button type="button" className="danger" data-testid="comment-delete-confirm" onClick={() => onDelete(index, item)}>
                Delete
              </button>
              <button type="button" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <>
              {!item.anchor && onReattach && (
                <button type="button" data-testid="comment-reattach" onClick={() => onReattach(index, item)} title={`Select the text this comment belongs to in ${doc.fileName}, then press this`}>
                  Re-attach to selection
                </button>
              )}
              <button type="button" data-testid="comment-edit" onClick={() => onEdit(index, item)}>
                Edit
              </button>
              {a.status === 'open' ? (
                <>
                  <button type="button" data-testid="comment-resolve" onClick={() => onSetStatus(index, item, 'resolved')}>
                    Resolve
                  </button>
                  <button type="button" data-testid="comment-wontfix" onClick={() => onSetStatus(index, item, 'wontfix')} title="Not an error, or not to be fixed: not counted in the scorecard">
                    Won't fix
                  </button>
                </>
              ) : (
                <button type="button" data-testid="comment-reopen" onClick={() => onSetStatus(index, item, 'open')}>
                  Reopen
                </button>
              )}
              <button type="button" data-testid="comment-delete" onClick={() => setConfirming(true)}>
                Delete
              </button>
            </>
          )}
        </div>
      )}
    </li>
  );
}
