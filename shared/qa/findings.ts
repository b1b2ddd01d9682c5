import type { Finding, FindingSpan, QaCheck, QaSeverity } from './types.js';

type CheckInfo = Pick<QaCheck, 'id' | 'defaultSeverity' | 'category'>;

export function finding(
  check: CheckInfo,
  span: FindingSpan,
  message: string,
  related: FindingSpan[] = [],
  overrides: { severity?: QaSeverity; category?: string; check?: string } = {},
): Finding {
  return {
    check: overrides.check ?? check.id,
    severity: overrides.severity ?? check.defaultSeverity,
    category: overrides.category ?? check.category,
    documentIndex: span.documentIndex,
    start: span.start,
    end: span.end,
    message,
    related,
  };
}

/** Shortens a quoted piece of text for a message. */
export function quote(text: string, max = 40): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}”`;
}
