// Every planted defect of samples/README.md that a QA check can see is found on its listed line,
// with the sample sets aligned sentence by sentence as the app and `verso qa` align them.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../../../shared/align/index.js';
import { parseDocument } from '../../../../shared/formats/index.js';
import type { Alignment } from '../../../../shared/model.js';
import { qaInputFromAlignment } from '../../../../shared/qa/from-alignment.js';
import { runQa, type Finding } from '../../../../shared/qa/index.js';
import { readDefectTable, samplesDir, type PlantedDefect } from '../../samples/defect-table.js';

const samples = samplesDir;

function plantedDefects(): PlantedDefect[] {
  return readDefectTable().defects;
}

interface CheckedSet {
  files: string[];
  texts: string[];
  alignment: Alignment;
  findings: Finding[];
}

/** A sample set as its manifest (or, without one, its `<name>.<lang>.<ext>` names) describes it. */
function checkSet(set: string): CheckedSet {
  const folder = path.join(samples, set);
  let documents: { path: string; lang: string; role?: string }[];
  try {
    documents = (JSON.parse(readFileSync(path.join(folder, 'verso.json'), 'utf8')) as { documents: typeof documents }).documents;
  } catch {
    documents = readdirSync(folder)
      .filter((name) => /\.(md|txt)$/.test(name))
      .sort()
      .map((name) => ({ path: name, lang: name.split('.').slice(-2)[0] ?? 'und' }));
  }
  const texts = documents.map((d) => readFileSync(path.join(folder, d.path), 'utf8'));
  const source = documents.findIndex((d) => d.role === 'source');
  const sourceIndex = source < 0 ? null : source;
  const alignment = alignDocuments(
    documents.map((d, k) => ({ path: d.path, language: d.lang, text: texts[k] ?? '', blocks: parseDocument(texts[k] ?? '', d.path.endsWith('.md') ? 'md' : 'txt') })),
    { level: 'sentence', sourceIndex },
  );
  const findings = runQa(qaInputFromAlignment(alignment, texts, { sourceIndex }));
  return { files: documents.map((d) => d.path), texts, alignment, findings };
}

const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

/** Which checks may report each defect type. */
const checksFor: Record<string, string[]> = {
  'omitted-sentence': ['omission', 'consensus', 'length-ratio'],
  'added-sentence': ['addition', 'consensus', 'length-ratio'],
  'changed-number': ['numbers', 'consensus'],
  'wrong-language': ['wrong-language', 'untranslated'],
  'repeated-phrase': ['repeated-words'],
  'wrong-quotes': ['quotation-marks'],
  'reordered-paragraph': ['omission', 'addition', 'consensus'],
  'split-heading': ['consensus', 'length-ratio'],
};

/** Findings of the given checks in the defect's file whose span covers the defect's line. */
function findingsOnLine(checked: CheckedSet, defect: PlantedDefect): Finding[] {
  const doc = checked.files.indexOf(defect.file);
  const text = checked.texts[doc] ?? '';
  const checks = checksFor[defect.defect] ?? [];
  return checked.findings.filter(
    (f) => f.documentIndex === doc && checks.includes(f.check) && lineOf(text, f.start) <= defect.line && defect.line <= lineOf(text, f.end),
  );
}

/** The alignment itself shows a reordering: a `moved` row holding the defect file's text on that line. */
function movedRowOnLine(checked: CheckedSet, defect: PlantedDefect): boolean {
  const doc = checked.files.indexOf(defect.file);
  const text = checked.texts[doc] ?? '';
  return checked.alignment.rows.some((row) => row.kind === 'moved' && (row.cells[doc] ?? []).some((s) => lineOf(text, s.start) === defect.line));
}

/** A heading row where the defect file holds two headings, the first on that line, against one elsewhere. */
function splitHeadingRowOnLine(checked: CheckedSet, defect: PlantedDefect): boolean {
  const doc = checked.files.indexOf(defect.file);
  const text = checked.texts[doc] ?? '';
  return checked.alignment.rows.some((row) => {
    const cell = row.cells[doc] ?? [];
    const others = row.cells.filter((_, k) => k !== doc);
    return row.block === 'heading' && cell.length === 2 && lineOf(text, cell[0]?.start ?? 0) === defect.line && others.every((c) => c.length === 1);
  });
}

function isFound(checked: CheckedSet, defect: PlantedDefect): boolean {
  if (findingsOnLine(checked, defect).length > 0) return true;
  if (defect.defect === 'reordered-paragraph') return movedRowOnLine(checked, defect);
  if (defect.defect === 'split-heading') return splitHeadingRowOnLine(checked, defect);
  return false;
}

// Defects the current checks miss, and why. These run as expected failures: when a check learns to
// see one, its test fails and the entry must go.
const notFoundYet: Record<string, string> = {};

/** Findings off the defect table's lines that are right, or that QA cannot avoid, and why. */
const allowed: { set: string; file: string; line: number; check: string; reason: string }[] = [
  { set: 'article', file: 'field-guide.es.md', line: 29, check: 'numbers', reason: 'D3: the paragraph swapped with line 27, compared against the other one’s numbers' },
  { set: 'article', file: 'field-guide.ja.md', line: 57, check: 'addition', reason: 'a source sentence translated as two, which the aligner may leave as a partial row; by length alone it reads as an addition' },
  { set: 'revisions', file: 'notice.fr.v1.md', line: 3, check: 'addition', reason: 'R1: the sentence revision 1 invented (the table lists revision 2’s line)' },
  { set: 'revisions', file: 'notice.fr.v1.md', line: 9, check: 'omission', reason: 'R4: the sentence revision 1 left out' },
  { set: 'revisions', file: 'notice.fr.v1.md', line: 17, check: 'numbers', reason: 'R6: revision 1’s 15 metres for 150' },
];

const defects = plantedDefects().filter((d) => d.defect in checksFor);
const checkedSets = new Map<string, CheckedSet>();
const checked = (set: string): CheckedSet => {
  let result = checkedSets.get(set);
  if (!result) checkedSets.set(set, (result = checkSet(set)));
  return result;
};

describe('planted defects of samples/README.md', () => {
  it('reads the defect table: every QA-detectable type is covered and every row names a file of its set', () => {
    expect(defects.length).toBeGreaterThanOrEqual(12);
    for (const defect of defects) {
      const set = checked(defect.set);
      expect(set.files, defect.id).toContain(defect.file);
      const line = set.texts[set.files.indexOf(defect.file)]?.split('\n')[defect.line - 1] ?? '';
      expect(line, defect.id).toContain(defect.evidence.replace(/^## /, ''));
    }
  });

  for (const defect of defects) {
    const why = notFoundYet[defect.id];
    const title = `${defect.id} ${defect.defect} in ${defect.set}/${defect.file} line ${defect.line}${why ? ` (not found yet: ${why})` : ''}`;
    (why ? it.fails : it)(title, () => {
      expect(isFound(checked(defect.set), defect)).toBe(true);
    });
  }

  it('names the exact characters: the untranslated sentence, the transposed and the changed numbers', () => {
    const article = checked('article');
    const text = (file: string, f: Finding | undefined) => (f ? article.texts[article.files.indexOf(file)]?.slice(f.start, f.end) : undefined);
    const at = (id: string) => {
      const defect = defects.find((d) => d.id === id);
      if (!defect) throw new Error(`${id} is not in the defect table`);
      return findingsOnLine(checked(defect.set), defect);
    };
    expect(text('field-guide.de.md', at('D1')[0])).toBe('Please replace any green sachet as soon as you notice it.');
    expect(at('D6').map((f) => text('field-guide.te.md', f))).toContain('1,520');
    expect(at('D11').map((f) => text('field-guide.ja.md', f))).toContain('18:00');
    expect(at('D4').map((f) => text('field-guide.es.md', f))).toContain('en el catálogo');
    const dutch = checked('translations-only');
    const d12 = at('D12')[0];
    expect(d12 && dutch.texts[dutch.files.indexOf('clockmaker.nl.txt')]?.slice(d12.start, d12.end)).toBe('300');
  });

  it('reports nothing on the clean parts of the samples: every finding is on a planted defect’s line or allowed below', () => {
    for (const set of ['article', 'translations-only', 'revisions']) {
      const result = checked(set);
      const unexplained = result.findings
        .map((f) => ({ file: result.files[f.documentIndex] ?? '', line: lineOf(result.texts[f.documentIndex] ?? '', f.start), check: f.check }))
        .filter((f) => !plantedDefects().some((d) => d.set === set && d.file === f.file && d.line === f.line))
        .filter((f) => !allowed.some((a) => a.set === set && a.file === f.file && a.line === f.line && a.check === f.check));
      expect(unexplained, set).toEqual([]);
    }
  });

  it('sees the revision-1 number that revision 2 corrects (R6: 15 → 150 metres) and none in revision 2', () => {
    const revisions = checked('revisions');
    const numbersOnLine17 = (file: string) => {
      const doc = revisions.files.indexOf(file);
      return revisions.findings.filter((f) => f.documentIndex === doc && f.check === 'numbers' && lineOf(revisions.texts[doc] ?? '', f.start) === 17);
    };
    const v1 = numbersOnLine17('notice.fr.v1.md');
    expect(v1.map((f) => revisions.texts[1]?.slice(f.start, f.end))).toContain('15');
    expect(numbersOnLine17('notice.fr.v2.md')).toEqual([]);
  });
});
