// Runs the checks over every row of a set and returns the findings in reading order.
import { compileCustomChecks } from './checks/custom.js';
import { qaChecks } from './registry.js';
import type { Finding, QaContext, QaInput } from './types.js';

export function runQa(input: QaInput): Finding[] {
  const { documents, rows, sourceIndex, glossary, customChecks, enabled } = input;
  if (sourceIndex !== null && (sourceIndex < 0 || sourceIndex >= documents.length)) {
    throw new Error(`QA: the source index ${sourceIndex} is not one of the set's ${documents.length} documents. Pick the source again.`);
  }
  // Fail before any work when a reviewer's pattern does not compile.
  if (customChecks && customChecks.length > 0) compileCustomChecks(customChecks);
  const wanted = enabled ? new Set(enabled) : null;
  const checks = qaChecks.filter((check) => !wanted || wanted.has(check.id));
  const order = new Map(qaChecks.map((check, index) => [check.id, index]));
  const context: QaContext = { documents, sourceIndex, rows, rowIndex: 0, glossary, customChecks };
  const findings: Finding[] = [];
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex++) {
    const row = rows[rowIndex];
    if (!row) continue;
    context.rowIndex = rowIndex;
    for (const check of checks) {
      const found = check.run(row, context);
      for (const f of found) findings.push(f);
    }
  }
  const rank = (f: Finding) => order.get(f.check.startsWith('custom/') ? 'custom' : f.check) ?? order.size;
  findings.sort((a, b) => a.documentIndex - b.documentIndex || a.start - b.start || a.end - b.end || rank(a) - rank(b));
  return withoutDuplicates(findings);
}

// Two checks flagging the same characters for the same kind of error (an omission seen by both the
// pair comparison and the N-way consensus) make one finding: the first in check order. One check may
// report several things about the same characters (two missing numbers), but never the same twice.
function withoutDuplicates(sorted: Finding[]): Finding[] {
  const firstCheck = new Map<string, string>();
  const seen = new Set<string>();
  const result: Finding[] = [];
  for (const f of sorted) {
    const place = `${f.documentIndex}:${f.start}:${f.end}:${f.category}`;
    const owner = firstCheck.get(place);
    if (owner !== undefined && owner !== f.check) continue;
    const exact = `${place}:${f.check}:${f.message}`;
    if (seen.has(exact)) continue;
    firstCheck.set(place, f.check);
    seen.add(exact);
    result.push(f);
  }
  return result;
}
