import { describe, expect, it } from 'vitest';
import type { Severity } from '../../../../shared/model.js';
import { defaultScoring, formatScore, qualityScore, scorecard, wordCount, type ScoredAnnotation } from '../../../../shared/review/scorecard.js';

const doc = (id: string, role: 'source' | 'target' | 'revision', words: number) => ({ id, fileName: `${id}.md`, language: 'en', role, wordCount: words });
const note = (category: string, severity: Severity, status: ScoredAnnotation['status'] = 'open'): ScoredAnnotation => ({ category, severity, status });

describe('scorecard', () => {
  it('weighs errors by severity and scores each target and the set', () => {
    const card = scorecard({
      documents: [doc('en', 'source', 300), doc('de', 'target', 200), doc('ja', 'target', 100)],
      annotations: [
        [note('accuracy/omission', 'critical')],
        [note('accuracy/omission', 'major'), note('style', 'minor', 'resolved'), note('terminology', 'critical', 'wontfix'), note('style', 'neutral')],
        [note('locale-conventions/date-format', 'minor'), note('other', 'minor')],
      ],
      scoring: defaultScoring,
    });
    // The source is not evaluated; its critical error is not counted.
    expect(card.documents.map((d) => d.id)).toEqual(['de', 'ja']);
    const [de, ja] = card.documents;
    // de: major 5 + minor 1 (resolved still counts) + neutral 0; won't fix is not counted.
    expect(de?.penalty).toBe(6);
    expect(de?.errors).toBe(3);
    expect(de?.score).toBeCloseTo(97);
    expect(de?.pass).toBe(true);
    expect(de?.counts.accuracy).toEqual({ neutral: 0, minor: 0, major: 1, critical: 0 });
    expect(de?.counts.style).toEqual({ neutral: 1, minor: 1, major: 0, critical: 0 });
    expect(de?.counts.terminology).toEqual({ neutral: 0, minor: 0, major: 0, critical: 0 });
    // ja: 2 points in 100 words = 98.
    expect(ja?.score).toBeCloseTo(98);
    expect(card.set.wordCount).toBe(300);
    expect(card.set.penalty).toBe(8);
    expect(card.set.score).toBeCloseTo((1 - 8 / 300) * 100);
    expect(card.set.bySeverity).toEqual({ neutral: 1, minor: 3, major: 1, critical: 0 });
    expect(card.set.counts['locale-conventions']?.minor).toBe(1);
    expect(card.set.counts.other?.minor).toBe(1);
  });

  it('uses the set’s weights and threshold', () => {
    const card = scorecard({
      documents: [doc('fr', 'revision', 50)],
      annotations: [[note('accuracy/addition', 'major')]],
      scoring: { weights: { neutral: 0, minor: 1, major: 10, critical: 25 }, threshold: 90 },
    });
    expect(card.set.penalty).toBe(10);
    expect(card.set.score).toBeCloseTo(80);
    expect(card.set.pass).toBe(false);
  });

  it('gives no score to a set with no words, and lets a score go below zero', () => {
    expect(scorecard({ documents: [doc('x', 'target', 0)], annotations: [[]], scoring: defaultScoring }).set).toMatchObject({ score: null, pass: null });
    expect(qualityScore(50, 10)).toBe(-400);
    expect(formatScore(null)).toBe('–');
    expect(formatScore(97.1234)).toBe('97.12');
  });
});

describe('wordCount', () => {
  it('counts words, not punctuation or markup', () => {
    expect(wordCount('# Title\n\nOne, two — three: 4.5 %!', 'en')).toBe(5);
  });
  it('counts words in scripts written without spaces', () => {
    const n = wordCount('種子図書館へようこそ。毎週木曜日に開いています。', 'ja');
    expect(n).toBeGreaterThan(5);
    expect(wordCount('తెలుగు భాష చాలా అందమైనది', 'te')).toBe(4);
  });
});
