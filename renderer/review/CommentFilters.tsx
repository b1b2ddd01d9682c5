// The sidebar's filter bar: status, MQM dimension or category, severity, author, and text search.
import type { AnnotationStatus, Severity } from '../../shared/model.js';
import { categoryLabel, mqmDimensions, severities, severityLabel } from './categories.js';
import { isFiltering, noFilter, type CommentFilter } from './comment-filter.js';

const statusLabel: Record<AnnotationStatus, string> = { open: 'Open', resolved: 'Resolved', wontfix: "Won't fix" };

interface Props {
  filter: CommentFilter;
  /** Category paths in use, for the category choices under their dimension. */
  categories: readonly string[];
  authors: readonly string[];
  shown: number;
  total: number;
  onChange(filter: CommentFilter): void;
}

export function CommentFilters({ filter, categories, authors, shown, total, onChange }: Props) {
  const set = (changes: Partial<CommentFilter>) => onChange({ ...filter, ...changes });
  return (
    <div className="comment-filters" data-testid="comment-filters" role="search" aria-label="Filter comments">
      <input
        type="search"
        data-testid="comment-search"
        placeholder="Search comments, suggestions, text, replies"
        aria-label="Search comments"
        value={filter.text}
        onChange={(e) => set({ text: e.target.value })}
      />
      <div className="filter-row">
        <select aria-label="Status" data-testid="filter-status" value={filter.status} onChange={(e) => set({ status: e.target.value as CommentFilter['status'] })}>
          <option value="all">Any status</option>
          {(Object.keys(statusLabel) as AnnotationStatus[]).map((s) => (
            <option key={s} value={s}>
              {statusLabel[s]}
            </option>
          ))}
        </select>
        <select aria-label="Severity" data-testid="filter-severity" value={filter.severity} onChange={(e) => set({ severity: e.target.value as Severity | 'all' })}>
          <option value="all">Any severity</option>
          {severities.map((s) => (
            <option key={s} value={s}>
              {severityLabel[s]}
            </option>
          ))}
        </select>
        <select aria-label="Category" data-testid="filter-category" value={filter.category} onChange={(e) => set({ category: e.target.value })}>
          <option value="all">Any category</option>
          {mqmDimensions.map((d) => (
            <optgroup key={d.id} label={d.name}>
              <option value={d.id}>{d.name} (all)</option>
              {categories
                .filter((c) => c.includes('/') && (c.split('/')[0] === d.id || (d.id === 'other' && !mqmDimensions.some((x) => x.id === c.split('/')[0]))))
                .map((c) => (
                  <option key={c} value={c}>
                    {categoryLabel(c)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
        <select aria-label="Author" data-testid="filter-author" value={filter.author} onChange={(e) => set({ author: e.target.value })}>
          <option value="all">Any author</option>
          {authors.map((a) => (
            <option key={a} value={a}>
              {a || 'Unknown reviewer'}
            </option>
          ))}
        </select>
      </div>
      {isFiltering(filter) && (
        <p className="filter-count" data-testid="filter-count">
          {shown} of {total} shown{' '}
          <button type="button" className="link" onClick={() => onChange(noFilter)}>
            Clear filters
          </button>
        </p>
      )}
    </div>
  );
}
