// Toolbar controls for differences: the revision Diff toggle, and "Show changes since last
// review" for each document whose text changed since its comments were made.
import type { DiffState } from './use-diff-marks.js';

export function DiffControls({ diff }: { diff: DiffState }) {
  if (!diff.available && diff.changed.length === 0) return null;
  return (
    <span className="diff-controls">
      {diff.available && (
        <label title="Mark the words that differ between revisions in the same language: removed in red, added in green">
          <input type="checkbox" data-testid="diff-toggle" checked={diff.on} onChange={(e) => diff.setOn(e.target.checked)} /> Diff
        </label>
      )}
      {diff.changed.map((doc) => (
        <button
          key={doc.id}
          type="button"
          data-testid={`changes-since-review-${doc.id}`}
          aria-pressed={diff.showingSince.has(doc.id)}
          title={`Mark what changed in ${doc.fileName} since its comments were made`}
          onClick={() => diff.toggleSince(doc.id)}
        >
          {diff.showingSince.has(doc.id) ? 'Hide' : 'Show'} changes since last review: {doc.fileName}
        </button>
      ))}
    </span>
  );
}
