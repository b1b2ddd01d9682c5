import { describe, expect, it } from 'vitest';
import type { QaFinding } from '../../../../shared/api.js';
import { countsByCheck, defaultFilter, stepFinding, visibleFindings } from '../../../../renderer/qa/finding-list.js';

function finding(id: string, check: string, severity: QaFinding['severity'], muted = false): QaFinding {
  return { id, check, title: check.toUpperCase(), severity, category: 'accuracy', documentId: 'a.de.md', start: 0, end: 1, message: '', related: [], muted };
}

const list = [finding('1', 'numbers', 'major'), finding('2', 'numbers', 'minor', true), finding('3', 'links', 'critical'), finding('4', 'whitespace', 'minor')];

describe('visibleFindings', () => {
  it('hides muted findings unless asked, and filters by check and severity', () => {
    expect(visibleFindings(list, defaultFilter).map((f) => f.id)).toEqual(['1', '3', '4']);
    expect(visibleFindings(list, { ...defaultFilter, showMuted: true }).map((f) => f.id)).toEqual(['1', '2', '3', '4']);
    expect(visibleFindings(list, { ...defaultFilter, checks: ['numbers', 'links'] }).map((f) => f.id)).toEqual(['1', '3']);
    expect(visibleFindings(list, { ...defaultFilter, severities: ['minor'] }).map((f) => f.id)).toEqual(['4']);
  });
});

describe('countsByCheck', () => {
  it('counts open and muted findings per check, most first', () => {
    expect(countsByCheck(list)).toEqual([
      { check: 'links', title: 'LINKS', count: 1, muted: 0 },
      { check: 'numbers', title: 'NUMBERS', count: 1, muted: 1 },
      { check: 'whitespace', title: 'WHITESPACE', count: 1, muted: 0 },
    ]);
  });
});

describe('stepFinding', () => {
  it('starts at the first (F8) or last (Shift+F8) finding and wraps round', () => {
    expect(stepFinding(list, null, 1)?.id).toBe('1');
    expect(stepFinding(list, null, -1)?.id).toBe('4');
    expect(stepFinding(list, '4', 1)?.id).toBe('1');
    expect(stepFinding(list, '1', -1)?.id).toBe('4');
    expect(stepFinding(list, '2', 1)?.id).toBe('3');
    expect(stepFinding([], null, 1)).toBeNull();
  });
});
