// Which findings the panel lists and the panes mark: filtered by check and severity, muted ones
// only on request; counts per check for the filter; the next finding for F8.
import type { QaFinding } from '../../shared/api.js';

export type FindingSeverity = QaFinding['severity'];

export interface FindingFilter {
  /** Check ids to list; every check when empty. */
  checks: readonly string[];
  severities: readonly FindingSeverity[];
  showMuted: boolean;
}

export const allSeverities: readonly FindingSeverity[] = ['critical', 'major', 'minor'];

export const defaultFilter: FindingFilter = { checks: [], severities: allSeverities, showMuted: false };

export function visibleFindings(findings: readonly QaFinding[], filter: FindingFilter): QaFinding[] {
  const checks = filter.checks.length > 0 ? new Set(filter.checks) : null;
  return findings.filter((f) => (filter.showMuted || !f.muted) && filter.severities.includes(f.severity) && (!checks || checks.has(f.check)));
}

export interface CheckCount {
  check: string;
  title: string;
  /** Findings of this check that are not muted. */
  count: number;
  muted: number;
}

/** One entry per check that found something, most findings first. */
export function countsByCheck(findings: readonly QaFinding[]): CheckCount[] {
  const byCheck = new Map<string, CheckCount>();
  for (const f of findings) {
    const entry = byCheck.get(f.check) ?? { check: f.check, title: f.title, count: 0, muted: 0 };
    if (f.muted) entry.muted += 1;
    else entry.count += 1;
    byCheck.set(f.check, entry);
  }
  return [...byCheck.values()].sort((a, b) => b.count - a.count || a.title.localeCompare(b.title));
}

/** The finding after (delta 1) or before (-1) the current one, wrapping round; the first when none is current. */
export function stepFinding(list: readonly QaFinding[], currentId: string | null, delta: 1 | -1): QaFinding | null {
  if (list.length === 0) return null;
  const at = currentId === null ? -1 : list.findIndex((f) => f.id === currentId);
  if (at < 0) return (delta > 0 ? list[0] : list[list.length - 1]) ?? null;
  return list[(at + delta + list.length) % list.length] ?? null;
}
