import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../../../../electron/service/export-notes.js';
import { makeService } from './service-fixture.js';
import { setFolder, tempFolder } from './temp-folders.js';

const english = '# Guide\n\nSave your work often.\n\nClose the window when done.\n';
const telugu = '# గైడ్\n\nమీ పనిని తరచుగా సేవ్ చేయండి.\n\nపూర్తయినప్పుడు విండోను మూసివేయండి.\n';

async function reviewedSet() {
  const root = await setFolder({ 'guide.en.md': english, 'guide.te.md': telugu });
  const service = await makeService();
  await service.openSet({ path: root });
  await service.setSource({ root, documentId: 'guide.en.md' });
  const quote = 'విండోను';
  const start = telugu.indexOf(quote);
  await service.addAnnotation({
    root,
    documentId: 'guide.te.md',
    draft: { start, end: start + quote.length, category: 'terminology', severity: 'minor', comment: '=Use "కిటికీ", not a loanword', suggestion: 'కిటికీని', links: [] },
  });
  return { root, service };
}

describe('ReviewService.exportNotes', () => {
  it('exports Markdown with the place, the aligned source and the target segment', async () => {
    const { root, service } = await reviewedSet();
    const result = await service.exportNotes({ root, format: 'md' });
    expect(result).toMatchObject({ format: 'md', savedTo: null, fileName: `${root.split(/[\\/]/).pop()}-review.md` });
    expect(result.content).toContain('| Minor | 1 | 0 | 0 | 1 |');
    expect(result.content).toContain('| 5:16 | Minor | terminology | Open | విండోను | Close the window when done. | పూర్తయినప్పుడు విండోను మూసివేయండి. |');
  });

  it('exports CSV with line and column, escaping and the formula guard, and saves it', async () => {
    const { root, service } = await reviewedSet();
    const outPath = join(await tempFolder(), 'out', 'notes.csv');
    const result = await service.exportNotesTo(root, 'csv', outPath);
    expect(result.savedTo).toBe(outPath);
    const saved = await readFile(outPath, 'utf8');
    expect(saved).toBe(result.content);
    expect(saved.startsWith('\uFEFF')).toBe(true);
    const row = saved.split('\r\n')[1];
    expect(row).toBe(
      `guide.te.md,5,16,minor,terminology,open,విండోను,Close the window when done.,పూర్తయినప్పుడు విండోను మూసివేయండి.,"'=Use ""కిటికీ"", not a loanword",కిటికీని,Reviewer,2025-03-04T05:06:07.000Z`,
    );
  });

  it('suggests a file name that file systems accept', () => {
    expect(exportFileName('Guide: v2/final', 'csv')).toBe('Guide- v2-final-review.csv');
    expect(exportFileName('...', 'md')).toBe('verso-review.md');
  });
});

describe('ReviewService.exportNotes with a damaged review file', () => {
  it('still exports, and the Markdown says which comments could not be read', async () => {
    const { root, service } = await reviewedSet();
    await writeFile(join(root, 'guide.te.md.review.json'), '{ broken');
    const result = await service.exportNotes({ root, format: 'md' });
    expect(result.content).toMatch(/> \*\*Warning:\*\* guide\.te\.md\.review\.json is not valid JSON/);
    expect(result.content).toContain('0 notes in 2 documents');
  });
});
