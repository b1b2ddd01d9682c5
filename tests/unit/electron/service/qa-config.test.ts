// A set's glossary and custom checks, configured in verso.review.json, take part in QA; a broken
// entry is reported (file, place, what to do) and the rest of QA still runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ReviewService } from '../../../../electron/service/review-service.js';

let work: string;
let setDir: string;
beforeEach(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'verso-qa-config-'));
  setDir = path.join(work, 'article');
  fs.cpSync(path.resolve('samples/article'), setDir, { recursive: true });
});
afterEach(() => fs.rmSync(work, { recursive: true, force: true }));

const writeSetReview = (value: unknown) => fs.writeFileSync(path.join(setDir, 'verso.review.json'), JSON.stringify(value, null, 2));

async function runQa() {
  const service = new ReviewService({ userDataDir: path.join(work, 'user'), host: 'browser' });
  const { set } = await service.openSet({ path: setDir });
  return service.runQa({ root: set.root });
}

describe('QA configuration per set', () => {
  it('runs the glossary from a TSV file and the custom checks of verso.review.json', async () => {
    fs.writeFileSync(path.join(setDir, 'glossary.tsv'), 'source\ttarget\tlanguage\tforbidden\nseed library\tSaatgutbücherei\tde\tSaatgutbibliothek\n');
    writeSetReview({ schema: 1, qa: { glossary: 'glossary.tsv', customChecks: [{ id: 'year', pattern: '\\b20\\d\\d\\b', message: 'A year: check it against the source.', severity: 'minor', languages: ['de'] }] } });
    const { findings, problems } = await runQa();
    expect(problems).toEqual([]);
    const glossary = findings.filter((f) => f.check === 'glossary' && f.documentId === 'field-guide.de.md');
    expect(glossary.length).toBeGreaterThan(0);
    const custom = findings.filter((f) => f.check === 'custom/year');
    expect(custom.length).toBeGreaterThan(0);
    expect(custom.every((f) => f.documentId === 'field-guide.de.md' && f.severity === 'minor')).toBe(true);
  });

  it('takes inline glossary terms too', async () => {
    writeSetReview({ schema: 1, qa: { glossary: { terms: [{ source: 'seed library', target: 'Saatgutbücherei', language: 'de' }] } } });
    const { findings } = await runQa();
    expect(findings.some((f) => f.check === 'glossary')).toBe(true);
  });

  it('reports a bad pattern, a bad entry and a missing glossary file, and runs the rest', async () => {
    writeSetReview({
      schema: 1,
      qa: {
        glossary: 'missing.tsv',
        customChecks: [
          { id: 'broken', pattern: '(unclosed', message: 'x', severity: 'minor' },
          { id: 'no-severity', pattern: 'x', message: 'x' },
          { id: 'year', pattern: '\\b20\\d\\d\\b', message: 'A year.', severity: 'minor', languages: ['de'] },
        ],
      },
    });
    const { findings, problems } = await runQa();
    expect(problems).toEqual([
      expect.stringMatching(/verso\.review\.json: qa\.glossary names missing\.tsv, which cannot be read .*QA ran without the glossary\./),
      expect.stringMatching(/qa\.customChecks\[0\] "broken": Invalid regular expression.*fix the pattern/),
      expect.stringMatching(/qa\.customChecks\[1\]\.severity: .*fix or remove this check/),
    ]);
    expect(findings.some((f) => f.check === 'custom/year')).toBe(true);
    expect(findings.some((f) => f.check === 'numbers')).toBe(true);
  });
});

describe('the glossary file a set names', () => {
  it('must be inside the set folder and a regular file', async () => {
    fs.writeFileSync(path.join(work, 'outside.tsv'), 'source\ttarget\nseed library\tSaatgutbücherei\n');
    for (const [name, why] of [['../outside.tsv', /outside the set folder/], ['/etc/hostname', /outside the set folder/], ['.', /not a regular file/]] as const) {
      writeSetReview({ schema: 1, qa: { glossary: name } });
      const { problems, findings } = await runQa();
      expect(problems, name).toEqual([expect.stringMatching(why)]);
      expect(findings.some((f) => f.check === 'glossary')).toBe(false);
    }
  });

  it('may be JSON saved with a byte-order mark; bad JSON names the line and column', async () => {
    fs.writeFileSync(path.join(setDir, 'terms.json'), '\uFEFF{"terms": [{"source": "seed library", "target": "Saatgutbücherei", "language": "de"}]}');
    writeSetReview({ schema: 1, qa: { glossary: 'terms.json' } });
    expect((await runQa()).findings.some((f) => f.check === 'glossary')).toBe(true);
    fs.writeFileSync(path.join(setDir, 'terms.json'), '{"terms": [\n  {"source": "a" "target": "b"}]}');
    expect((await runQa()).problems).toEqual([expect.stringMatching(/terms\.json: not valid JSON: .* at line 2, column \d+/)]);
  });
});
