// The compact form for a new comment or an edit, usable by keyboard alone: the MQM category picker
// (type to filter, Enter picks), severity by the keys 1–4 or the buttons, the comment (Enter saves,
// Shift+Enter starts a new line), the suggested correction. Esc cancels anywhere in the form.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Severity } from '../../shared/model.js';
import { CategoryPicker } from './CategoryPicker.js';
import { severities, severityLabel } from './categories.js';

export interface CommentValues {
  severity: Severity;
  category: string;
  comment: string;
  suggestion: string;
}

interface Props {
  title: string;
  /** The text being commented on, shown for reference. */
  quote: string;
  quoteDirection: 'ltr' | 'rtl';
  initial: CommentValues;
  /** Where the cursor starts: the category for a new comment, the text for an edit. */
  focus?: 'category' | 'comment';
  onSave(values: CommentValues): void;
  onCancel(): void;
}

function inTextField(target: EventTarget): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || target.tagName === 'TEXTAREA' || (target.tagName === 'INPUT' && (target as HTMLInputElement).type === 'text'));
}

export function CommentForm({ title, quote, quoteDirection, initial, focus = 'category', onSave, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const categoryRef = useRef<HTMLInputElement>(null);
  const severityRefs = useRef<(HTMLButtonElement | null)[]>([]);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => (focus === 'comment' ? textRef.current : categoryRef.current)?.focus(), [focus]);

  const severityChoices = severities.includes(initial.severity) ? severities : [initial.severity, ...severities];
  const save = () => {
    if (saving) return;
    setSaving(true);
    onSave(values);
  };
  const pickSeverity = (severity: Severity, then: 'stay' | 'comment') => {
    setValues((v) => ({ ...v, severity }));
    if (then === 'comment') textRef.current?.focus();
    else severityRefs.current[severityChoices.indexOf(severity)]?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    // A key that finishes an IME composition (Japanese, Chinese input) is not a command.
    if (e.nativeEvent.isComposing) return;
    const plain = !e.altKey && !e.ctrlKey && !e.metaKey;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      save();
    } else if (e.key === 'Enter' && plain && !e.shiftKey && e.target instanceof HTMLElement && (e.target.tagName === 'TEXTAREA' || e.target.dataset.testid === 'comment-suggestion')) {
      e.preventDefault();
      save();
    } else if (plain && !e.shiftKey && /^[1-4]$/.test(e.key) && !inTextField(e.target)) {
      const severity = severities[Number(e.key) - 1];
      if (!severity) return;
      e.preventDefault();
      pickSeverity(severity, 'comment');
    }
  };

  return (
    <form
      className="comment-form"
      data-testid="comment-form"
      aria-label={title}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={onKeyDown}
    >
      <h3>{title}</h3>
      <blockquote dir={quoteDirection}>{quote.length > 400 ? `${quote.slice(0, 400)}…` : quote}</blockquote>
      <label className="form-field">
        <span>
          Category <span className="hint">type to filter, ↑↓, Enter</span>
        </span>
        <CategoryPicker
          ref={categoryRef}
          value={values.category}
          onPick={(category) => {
            setValues((v) => ({ ...v, category }));
            severityRefs.current[severityChoices.indexOf(values.severity)]?.focus();
          }}
        />
      </label>
      <div className="form-field">
        <span id="severity-label">
          Severity <span className="hint">keys 1–4</span>
        </span>
        <div className="severity-choice" role="radiogroup" aria-labelledby="severity-label" data-testid="comment-severity" data-value={values.severity}>
          {severityChoices.map((s, i) => (
            <button
              key={s}
              ref={(el) => {
                severityRefs.current[i] = el;
              }}
              type="button"
              role="radio"
              aria-checked={values.severity === s}
              tabIndex={values.severity === s ? 0 : -1}
              className={`severity sev-${s}${values.severity === s ? ' chosen' : ''}`}
              data-testid={`comment-severity-${s}`}
              onClick={() => pickSeverity(s, 'stay')}
              onKeyDown={(e) => {
                if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
                e.preventDefault();
                const step = e.key === 'ArrowRight' ? 1 : -1;
                const next = severityChoices[(i + step + severityChoices.length) % severityChoices.length];
                if (next) pickSeverity(next, 'stay');
              }}
            >
              {severities.includes(s) && <kbd>{severities.indexOf(s) + 1}</kbd>} {severityLabel[s] ?? s}
            </button>
          ))}
        </div>
      </div>
      <label className="form-field">
        <span>
          Comment <span className="hint">Enter saves, Shift+Enter new line</span>
        </span>
        <textarea ref={textRef} data-testid="comment-text" rows={3} value={values.comment} onChange={(e) => setValues({ ...values, comment: e.target.value })} />
      </label>
      <label className="form-field">
        <span>Suggestion (corrected text, optional)</span>
        <input data-testid="comment-suggestion" type="text" dir="auto" value={values.suggestion} onChange={(e) => setValues({ ...values, suggestion: e.target.value })} />
      </label>
      <div className="form-buttons">
        <button type="submit" className="primary" data-testid="comment-save" disabled={saving}>
          Save <kbd>Enter</kbd>
        </button>
        <button type="button" data-testid="comment-cancel" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
