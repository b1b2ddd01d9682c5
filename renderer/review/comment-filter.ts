// Which comments the sidebar lists: by status, MQM dimension or category, severity and author, and
// a text search over the comment, the suggestion, the marked text and the replies.
import type { AnchoredAnnotation } from '../../shared/api.js';
import type { AnnotationStatus, Severity } from '../../shared/model.js';
import { dimensionOf } from '../../shared/review/mqm.js';

export interface CommentFilter {
  status: AnnotationStatus | 'all';
  /** A dimension id (`accuracy`), a full category path (`accuracy/omission`), or all. */
  category: string;
  severity: Severity | 'all';
  author: string;
  text: string;
}

export const noFilter: CommentFilter = { status: 'all', category: 'all', severity: 'all', author: 'all', text: '' };

export function isFiltering(filter: CommentFilter): boolean {
  return filter.status !== 'all' || filter.category !== 'all' || filter.severity !== 'all' || filter.author !== 'all' || filter.text.trim() !== '';
}

/** `quote` is the marked text as it reads now (the selector's text for an orphan). */
export function matchesFilter({ annotation: a }: AnchoredAnnotation, quote: string, filter: CommentFilter): boolean {
  if (filter.status !== 'all' && a.status !== filter.status) return false;
  if (filter.severity !== 'all' && a.severity !== filter.severity) return false;
  if (filter.author !== 'all' && a.author !== filter.author) return false;
  if (filter.category !== 'all' && a.category !== filter.category && (filter.category.includes('/') || dimensionOf(a.category) !== filter.category)) return false;
  const words = filter.text.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = [a.comment, a.suggestion, quote, a.category, ...a.replies.map((r) => `${r.author} ${r.text}`)].join('\n').toLocaleLowerCase();
  return words.every((w) => haystack.includes(w));
}

/** Authors of the comments and replies, for the author filter. */
export function authorsOf(items: readonly AnchoredAnnotation[]): string[] {
  const names = new Set<string>();
  for (const { annotation } of items) names.add(annotation.author);
  return [...names].sort((x, y) => x.localeCompare(y));
}
