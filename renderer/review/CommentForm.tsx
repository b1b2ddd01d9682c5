// The form for a new comment or an edit: severity, MQM category, comment, suggestion.
import { useEffect, useRef, useState } from 'react';
import type { Severity } from '../../shared/model.js';
import { mqmCategories, severities } from './categories.js';

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
  onSave(values: CommentValues): void;
  onCancel(): void;
}

export function CommentForm({ title, quote, quoteDirection, initial, onSave, onCancel }: Props) {
  const [values, setValues] = useState(initial);
  const [saving, setSaving] = useState(false);
  const textRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => textRef.current?.focus(), []);

  const severityChoices = severities.includes(initial.severity) ? severities : [initial.severity, ...severities];
  const categoryChoices = mqmCategories.some((c) => c.id === initial.category) ? mqmCategories : [{ id: initial.category, label: initial.category }, ...mqmCategories];
  const save = () => {
    if (saving) return;
    setSaving(true);
    onSave(values);
  };

  return (
    <form
      className="comment-form"
      data-testid="comment-form"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        } else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        }
      }}
    >
      <h3>{title}</h3>
      <blockquote dir={quoteDirection}>{quote.length > 400 ? `${quote.slice(0, 400)}…` : quote}</blockquote>
      <div className="form-row">
        <label>
          Severity
          <select data-testid="comment-severity" value={values.severity} onChange={(e) => setValues({ ...values, severity: e.target.value as Severity })}>
            {severityChoices.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select data-testid="comment-category" value={values.category} onChange={(e) => setValues({ ...values, category: e.target.value })}>
            {categoryChoices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label>
        Comment
        <textarea ref={textRef} data-testid="comment-text" rows={4} value={values.comment} onChange={(e) => setValues({ ...values, comment: e.target.value })} />
      </label>
      <label>
        Suggestion (corrected text, optional)
        <input data-testid="comment-suggestion" type="text" dir="auto" value={values.suggestion} onChange={(e) => setValues({ ...values, suggestion: e.target.value })} />
      </label>
      <div className="form-buttons">
        <button type="submit" className="primary" data-testid="comment-save" disabled={saving}>
          Save <kbd>Ctrl+Enter</kbd>
        </button>
        <button type="button" data-testid="comment-cancel" onClick={onCancel}>
          Cancel <kbd>Esc</kbd>
        </button>
      </div>
    </form>
  );
}
