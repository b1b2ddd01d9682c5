import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoringFrom } from '../../../../electron/service/scorecard.js';
import { defaultScoring } from '../../../../shared/review/scorecard.js';
import { makeService } from './service-fixture.js';
import { setFolder } from './temp-folders.js';

// 5 English words; the German target has 8 words, the Spanish one 4.
const files = {
  'guide.en.md': '# Guide\n\nSave your work often.\n',
  'guide.de.md': '# Anleitung\n\nSpeichern Sie Ihre Arbeit oft und regelmäßig.\n',
  'guide.es.md': '# Guía\n\nGuarde trabajo frecuentemente.\n',
  'verso.review.json': JSON.stringify({ schema: 1, sourceDocument: 'guide.en.md', mutedFindings: ['keep-me'] }),
};

async function reviewedSet() {
  const root = await setFolder(files);
  const service = await makeService();
  await service.openSet({ path: root });
  const de = files['guide.de.md'];
  const add = (quote: string, severity: 'minor' | 'major' | 'critical', category: string) =>
    service.addAnnotation({ root, documentId: 'guide.de.md', draft: { start: de.indexOf(quote), end: de.indexOf(quote) + quote.length, category, severity, comment: '', suggestion: '', links: [] } });
  await add('Anleitung', 'minor', 'terminology');
  const major = await add('oft', 'major', 'accuracy/mistranslation');
  const dropped = await add('regelmäßig', 'critical', 'accuracy/addition');
  await service.updateAnnotation({ root, documentId: 'guide.de.md', id: dropped.annotation.id, changes: { status: 'wontfix' } });
  return { root, service, major };
}

describe('ReviewService scorecard', () => {
  it('scores the targets with the default weights and threshold', async () => {
    const { root, service } = await reviewedSet();
    const { scorecard, problem } = await service.getScorecard({ root });
    expect(problem).toBeNull();
    expect(scorecard.scoring).toEqual(defaultScoring);
    expect(scorecard.documents.map((d) => [d.id, d.wordCount])).toEqual([['guide.de.md', 8], ['guide.es.md', 4]]);
    const de = scorecard.documents[0]!;
    // minor 1 + major 5; the won't-fix critical is not counted: (1 − 6/8) × 100 = 25.
    expect(de.penalty).toBe(6);
    expect(de.score).toBeCloseTo(25);
    expect(de.pass).toBe(false);
    expect(scorecard.documents[1]).toMatchObject({ penalty: 0, score: 100, pass: true });
    expect(scorecard.set).toMatchObject({ wordCount: 12, penalty: 6, errors: 2 });
    expect(scorecard.set.score).toBeCloseTo(50);
  });

  it('saves weights and threshold in verso.review.json, keeping its other keys', async () => {
    const { root, service } = await reviewedSet();
    const scoring = await service.updateScoring({ root, weights: { major: 2 }, threshold: 40 });
    expect(scoring).toEqual({ weights: { neutral: 0, minor: 1, major: 2, critical: 25 }, threshold: 40 });
    const saved = JSON.parse(await readFile(join(root, 'verso.review.json'), 'utf8'));
    expect(saved).toMatchObject({ schema: 1, sourceDocument: 'guide.en.md', mutedFindings: ['keep-me'], scoring });
    const { scorecard } = await service.getScorecard({ root });
    // minor 1 + major 2 = 3 in 8 words: 62.5, passes 40.
    expect(scorecard.documents[0]).toMatchObject({ penalty: 3, score: 62.5, pass: true });
  });

  it('never overwrites a verso.review.json that does not parse, and scores with defaults', async () => {
    const { root, service } = await reviewedSet();
    const broken = '{ "schema": 1, "scoring": ';
    await writeFile(join(root, 'verso.review.json'), broken);
    await expect(service.updateScoring({ root, threshold: 80 })).rejects.toThrow(/verso\.review\.json does not parse.*line 1/);
    expect(await readFile(join(root, 'verso.review.json'), 'utf8')).toBe(broken);
    const { scorecard, problem } = await service.getScorecard({ root });
    expect(problem).toMatch(/does not parse.*default weights/);
    expect(scorecard.scoring).toEqual(defaultScoring);
  });

  it('reads saved settings leniently, naming each bad value', () => {
    const { scoring, problem } = scoringFrom({ weights: { minor: 2, major: 'five' }, threshold: 120 }, '/set/verso.review.json');
    expect(scoring).toEqual({ weights: { neutral: 0, minor: 2, major: 5, critical: 25 }, threshold: 95 });
    expect(problem).toContain('scoring.weights.major is "five"');
    expect(problem).toContain('scoring.threshold is 120');
    expect(problem).toContain('/set/verso.review.json');
  });

  it('exports the scorecard with the notes', async () => {
    const { root, service } = await reviewedSet();
    const md = (await service.exportNotes({ root, format: 'md' })).content;
    expect(md).toContain('## Scorecard (MQM)');
    expect(md).toMatch(/\| guide\.de\.md \| de \| 8 \| 0 \| 1 \| 1 \| 0 \| 6 \| 25\.00 \| 95 \| Fail \|/);
    expect(md).toMatch(/\| \*\*Set\*\* \| {2}\| 12 \| 0 \| 1 \| 1 \| 0 \| 6 \| 50\.00 \| 95 \| Fail \|/);
    const csv = (await service.exportNotes({ root, format: 'csv' })).content;
    const sections = csv.replace(/^\uFEFF/, '').split('\r\n\r\n');
    expect(sections[0]!.split('\r\n')).toHaveLength(4); // header + 3 notes, unchanged by the scorecard
    expect(sections[1]!.split('\r\n')[0]).toBe('Document,Language,Words,Neutral,Minor,Major,Critical,Penalty,Score,Threshold,Result');
    expect(sections[1]).toContain('guide.de.md,de,8,0,1,1,0,6,25.00,95,Fail');
    expect(sections[2]).toContain('Accuracy,0,0,1,0,1');
  });
});

describe('ReviewService.addReply', () => {
  it('adds a reply by the reviewer to the comment’s thread on disk', async () => {
    const { root, service, major } = await reviewedSet();
    await service.updateSettings({ reviewerName: 'Ana' });
    const replied = await service.addReply({ root, documentId: 'guide.de.md', id: major.annotation.id, text: 'Agreed, fixed upstream.' });
    expect(replied.annotation.replies).toEqual([{ id: expect.any(String), author: 'Ana', created: '2025-03-04T05:06:07.000Z', text: 'Agreed, fixed upstream.' }]);
    const sidecar = JSON.parse(await readFile(join(root, 'guide.de.md.review.json'), 'utf8'));
    expect(sidecar.annotations.find((a: { id: string }) => a.id === major.annotation.id).replies[0].text).toBe('Agreed, fixed upstream.');
    await expect(service.addReply({ root, documentId: 'guide.de.md', id: 'nope', text: 'x' })).rejects.toThrow(/no comment with id nope/);
  });
});
