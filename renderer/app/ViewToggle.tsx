// The toolbar's "Paragraphs | Sentences" switch: which rows the panes are aligned by.
import type { AlignLevel } from '../../shared/model.js';
import { viewKeyLabel } from './view-key.js';

interface Props {
  level: AlignLevel;
  /** True while the chosen view's rows are being aligned. */
  busy: boolean;
  onLevel(level: AlignLevel): void;
}

const choices: { level: AlignLevel; label: string; help: string }[] = [
  { level: 'paragraph', label: 'Paragraphs', help: 'One row per paragraph, heading or list item' },
  { level: 'sentence', label: 'Sentences', help: 'One row per sentence; each sentence starts on its own line' },
];

export function ViewToggle({ level, busy, onLevel }: Props) {
  return (
    <div className="view-toggle" role="group" aria-label="Align by" aria-busy={busy} data-testid="view-toggle">
      {choices.map((c) => (
        <button
          key={c.level}
          type="button"
          data-testid={`view-${c.level}`}
          aria-pressed={level === c.level}
          title={`${c.help}. ${viewKeyLabel} switches the view; remembered for this set.`}
          onClick={() => onLevel(c.level)}
        >
          {c.label}
        </button>
      ))}
    </div>
  );
}
