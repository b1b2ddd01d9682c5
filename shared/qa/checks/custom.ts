// The reviewer's own regular-expression checks, run on every document's segments.
import { finding } from '../findings.js';
import { sameLanguage } from '../pairs.js';
import type { CustomCheck, Finding, QaCheck } from '../types.js';

interface CompiledCheck {
  check: CustomCheck;
  pattern: RegExp;
}

const compiled = new WeakMap<CustomCheck[], CompiledCheck[]>();

/** Compiles the custom checks; an invalid pattern throws an error that names the check. */
export function compileCustomChecks(checks: CustomCheck[]): CompiledCheck[] {
  let result = compiled.get(checks);
  if (!result) {
    result = checks.map((check) => {
      const flags = check.flags ?? '';
      try {
        return { check, pattern: new RegExp(check.pattern, flags.includes('g') ? flags : `${flags}g`) };
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        throw new Error(`Custom QA check "${check.id}": the pattern /${check.pattern}/${flags} is not a valid regular expression (${reason}). Fix the pattern or the flags of this check in the set's QA settings.`);
      }
    });
    compiled.set(checks, result);
  }
  return result;
}

export const customCheck: QaCheck = {
  id: 'custom',
  title: 'Reviewer-defined check',
  defaultSeverity: 'minor',
  category: 'other',
  run(row, context) {
    if (!context.customChecks || context.customChecks.length === 0) return [];
    const findings: Finding[] = [];
    const checks = compileCustomChecks(context.customChecks);
    context.documents.forEach((document, documentIndex) => {
      const segments = row.cells[documentIndex] ?? [];
      if (segments.length === 0) return;
      for (const { check, pattern } of checks) {
        if (check.languages && !check.languages.some((language) => sameLanguage(language, document.language))) continue;
        for (const segment of segments) {
          pattern.lastIndex = 0;
          for (let match = pattern.exec(segment.text); match; match = pattern.exec(segment.text)) {
            if (match[0].length === 0) {
              pattern.lastIndex++;
              continue;
            }
            const start = segment.start + match.index;
            findings.push(
              finding(customCheck, { documentIndex, start, end: start + match[0].length }, check.message, [], {
                check: `custom/${check.id}`,
                severity: check.severity,
                category: check.category ?? 'other',
              }),
            );
          }
        }
      }
    });
    return findings;
  },
};
