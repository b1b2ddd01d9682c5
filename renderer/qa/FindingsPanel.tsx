// The QA findings of the set: filter by check and severity, counts per check, one entry per
// finding (severity, check, document, the flagged text, the message). Click an entry to see it in
// its pane; C turns the current finding into a comment; Mute hides a false positive for good.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import type { QaFinding } from '../../shared/api.js';
import type { DocumentInfo } from '../../shared/model.js';
import { allSeverities, countsByCheck, type FindingSeverity } from './finding-list.js';
import type { QaState } from './use-qa.js';

interface Props {
  qa: QaState;
  documents: readonly DocumentInfo[];
  texts: readonly string[];
}

const excerptLength = 80;

function excerpt(documentId: string, start: number, end: number, documents: readonly DocumentInfo[], texts: readonly string[]): string {
  const text = texts[documents.findIndex((d) => d.id === documentId)] ?? '';
  const flagged = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return flagged.length > excerptLength ? `${flagged.slice(0, excerptLength - 1)}…` : flagged;
}

/** The flagged text; for a finding on nothing (an omission), what it was compared with. */
function flaggedText(finding: QaFinding, documents: readonly DocumentInfo[], texts: readonly string[]): string {
  const own = excerpt(finding.documentId, finding.start, finding.end, documents, texts);
  if (own) return own;
  const other = finding.related[0];
  const compared = other ? excerpt(other.documentId, other.start, other.end, documents, texts) : '';
  return compared ? `(nothing here) ← ${compared}` : '(nothing here)';
}

export function FindingsPanel({ qa, documents, texts }: Props) {
  const { findings, problems, visible, running, filter, setFilter, currentId } = qa;
  const counts = countsByCheck(findings);
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!currentId) return;
    listRef.current?.querySelector(`[data-id="${CSS.escape(currentId)}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [currentId]);

  const toggleSeverity = (severity: FindingSeverity) => {
    const on = filter.severities.includes(severity);
    setFilter({ ...filter, severities: on ? filter.severities.filter((s) => s !== severity) : [...filter.severities, severity] });
  };
  const toggleCheck = (check: string) => {
    const on = filter.checks.includes(check);
    setFilter({ ...filter, checks: on ? filter.checks.filter((c) => c !== check) : [...filter.checks, check] });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.altKey || e.ctrlKey || e.metaKey || e.nativeEvent.isComposing) return;
    const current = visible.find((f) => f.id === currentId);
    if ((e.key === 'c' || e.key === 'C') && current) {
      e.preventDefault();
      qa.comment(current);
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      qa.move(e.key === 'ArrowDown' ? 1 : -1);
    }
  };

  return (
    <section className="findings-panel" data-testid="qa-panel" aria-label="QA findings" onKeyDown={onKeyDown}>
      <div className="findings-filter">
        <div className="severity-filter" role="group" aria-label="Severities">
          {allSeverities.map((s) => (
            <label key={s} className={`sev-${s}`}>
              <input type="checkbox" data-testid={`qa-severity-${s}`} checked={filter.severities.includes(s)} onChange={() => toggleSeverity(s)} /> {s}
            </label>
          ))}
          <label title="List the findings you muted as false positives too">
            <input type="checkbox" data-testid="qa-show-muted" checked={filter.showMuted} onChange={() => setFilter({ ...filter, showMuted: !filter.showMuted })} /> show muted
          </label>
        </div>
        <div className="check-filter" role="group" aria-label="Checks">
          {counts.map((c) => (
            <button
              key={c.check}
              type="button"
              className={`check-count${filter.checks.includes(c.check) ? ' on' : ''}`}
              data-testid={`qa-check-${c.check}`}
              aria-pressed={filter.checks.includes(c.check)}
              title={filter.checks.includes(c.check) ? 'Stop filtering by this check' : 'List only this check (click more checks to add them)'}
              onClick={() => toggleCheck(c.check)}
            >
              {c.title} <span className="count">{c.count}</span>
              {c.muted > 0 && <span className="muted-count"> +{c.muted} muted</span>}
            </button>
          ))}
        </div>
      </div>
      {problems.map((problem) => (
        <p key={problem} className="findings-problem" role="note" data-testid="qa-config-problem">
          {problem}
        </p>
      ))}
      {running && <p className="findings-empty">Running the QA checks…</p>}
      {!running && visible.length === 0 && (
        <p className="findings-empty">{findings.length === 0 ? 'No QA findings in this set.' : 'No finding matches the filter.'}</p>
      )}
      <ul className="findings" ref={listRef} tabIndex={-1}>
        {visible.map((f) => {
          const doc = documents.find((d) => d.id === f.documentId);
          const current = f.id === currentId;
          return (
            <li
              key={f.id}
              data-testid="qa-finding"
              data-id={f.id}
              data-check={f.check}
              data-document={f.documentId}
              className={`finding sev-${f.severity}${current ? ' current' : ''}${f.muted ? ' muted' : ''}`}
              aria-current={current ? 'true' : undefined}
            >
              <button type="button" className="finding-jump" data-testid="qa-finding-jump" onClick={() => qa.select(f)}>
                <span className={`severity sev-${f.severity}`}>{f.severity}</span> <strong>{f.title}</strong> <span className="finding-doc">{doc?.fileName ?? f.documentId}</span>
                <span className="finding-text" dir="auto" lang={doc?.language}>
                  {flaggedText(f, documents, texts)}
                </span>
                <span className="finding-message">{f.message}</span>
              </button>
              <span className="finding-actions">
                <button type="button" data-testid="qa-comment" title="Turn this finding into a review comment (C, or Ctrl+Alt+Q)" onClick={() => qa.comment(f)}>
                  Comment
                </button>
                <button type="button" data-testid="qa-mute" title={f.muted ? 'Show this finding again' : 'A false positive: hide it, remembered in verso.review.json'} onClick={() => qa.setMuted(f, !f.muted)}>
                  {f.muted ? 'Unmute' : 'Mute'}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      <p className="findings-keys">F8 / Shift+F8: next / previous · C: comment · Ctrl+Alt+Q in a pane</p>
    </section>
  );
}
