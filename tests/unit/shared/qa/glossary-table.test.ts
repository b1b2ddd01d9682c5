import { describe, expect, it } from 'vitest';
import { GlossaryTableError, parseGlossaryTable } from '../../../../shared/qa/glossary-table.js';

describe('parseGlossaryTable', () => {
  it('reads a TSV glossary with languages, forbidden translations and case', () => {
    const tsv = 'source\ttarget\tlanguage\tforbidden\tcase\nseed library\tSaatgutbücherei\tde\tSamenbibliothek | Saatgutbibliothek\t\nHarbourside\tHarbourside\t\t\tyes\n\n';
    expect(parseGlossaryTable(tsv, 'glossary.tsv')).toEqual({
      terms: [
        { source: 'seed library', target: 'Saatgutbücherei', language: 'de', forbidden: ['Samenbibliothek', 'Saatgutbibliothek'] },
        { source: 'Harbourside', target: 'Harbourside', caseSensitive: true },
      ],
    });
  });

  it('reads CSV with quoted cells holding commas, quotes and a BOM', () => {
    const csv = '\uFEFFSource,Target\r\n"packet, small","sobre ""pequeño"""\r\nvolunteer,voluntario\r\n';
    expect(parseGlossaryTable(csv, 'terms.csv').terms).toEqual([
      { source: 'packet, small', target: 'sobre "pequeño"' },
      { source: 'volunteer', target: 'voluntario' },
    ]);
  });

  it('names the file, the line and what to do when a row or the header is wrong', () => {
    expect(() => parseGlossaryTable('term,translation\na,b\n', 'g.csv')).toThrow(/g\.csv, line 1: .*"source" and "target"/);
    expect(() => parseGlossaryTable('source,target\na,b\nc,\n', 'g.csv')).toThrow(/g\.csv, line 3: a term needs both/);
    expect(() => parseGlossaryTable('source,target\n"a,b\n', 'g.csv')).toThrow(GlossaryTableError);
    expect(() => parseGlossaryTable('', 'g.tsv')).toThrow(/g\.tsv is empty/);
  });
});
