// The set's glossary: where the source uses a term, the target uses its agreed translation and none
// of the translations the glossary forbids.
import { cellSpan, cellView, isEmptyCell, spanIn } from '../cells.js';
import { finding, quote } from '../findings.js';
import { comparedPairs, sameLanguage } from '../pairs.js';
import { findAllTerms, findTerm, termPattern } from '../text/term-pattern.js';
import type { Finding, Glossary, GlossaryTerm, QaCheck } from '../types.js';

interface CompiledTerm {
  term: GlossaryTerm;
  source: RegExp;
  target: RegExp;
  forbidden: { word: string; pattern: RegExp }[];
}

const compiled = new WeakMap<Glossary, CompiledTerm[]>();

function compile(glossary: Glossary): CompiledTerm[] {
  let terms = compiled.get(glossary);
  if (!terms) {
    terms = glossary.terms
      .filter((term) => term.source.trim() !== '')
      .map((term) => ({
        term,
        source: termPattern(term.source, term.caseSensitive === true),
        target: termPattern(term.target, term.caseSensitive === true),
        forbidden: (term.forbidden ?? []).filter((w) => w.trim() !== '').map((word) => ({ word, pattern: termPattern(word, term.caseSensitive === true) })),
      }));
    compiled.set(glossary, terms);
  }
  return terms;
}

export const glossaryCheck: QaCheck = {
  id: 'glossary',
  title: 'Glossary term not used',
  defaultSeverity: 'major',
  category: 'terminology',
  run(row, context) {
    if (!context.glossary || context.glossary.terms.length === 0) return [];
    const terms = compile(context.glossary);
    const findings: Finding[] = [];
    for (const { source, target } of comparedPairs(context)) {
      const sourceCell = row.cells[source];
      const targetCell = row.cells[target];
      if (isEmptyCell(sourceCell) || isEmptyCell(targetCell) || !sourceCell || !targetCell) continue;
      const targetLanguage = context.documents[target]?.language ?? '';
      const sourceView = cellView(sourceCell);
      const targetView = cellView(targetCell);
      for (const entry of terms) {
        if (entry.term.language && !sameLanguage(entry.term.language, targetLanguage)) continue;
        const inSource = findTerm(entry.source, sourceView.text);
        if (!inSource) continue;
        const sourceSpan = spanIn(sourceView, source, inSource.start, inSource.end);
        if (entry.term.target.trim() !== '' && !findTerm(entry.target, targetView.text)) {
          const whole = cellSpan(targetCell, target);
          if (whole) findings.push(finding(glossaryCheck, whole, `${quote(entry.term.source)} should be translated as ${quote(entry.term.target)}.`, [sourceSpan]));
        }
        for (const forbidden of entry.forbidden) {
          for (const hit of findAllTerms(forbidden.pattern, targetView.text)) {
            findings.push(
              finding(glossaryCheck, spanIn(targetView, target, hit.start, hit.end), `${quote(forbidden.word)} is a forbidden translation of ${quote(entry.term.source)}; use ${quote(entry.term.target)}.`, [
                sourceSpan,
              ]),
            );
          }
        }
      }
    }
    return findings;
  },
};
