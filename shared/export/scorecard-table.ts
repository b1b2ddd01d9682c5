// The MQM scorecard as rows every exporter writes: one row per evaluated document and one for the
// set (words, errors by severity, penalty, score, result), and the set's errors by dimension.
import type { Severity } from '../model.js';
import { dimensionName } from '../review/mqm.js';
import { formatScore, scoreSeverities, type Scorecard, type ScoreLine } from '../review/scorecard.js';

const severityLabel: Record<Severity, string> = { neutral: 'Neutral', minor: 'Minor', major: 'Major', critical: 'Critical' };

export const scoreHeader = ['Document', 'Language', 'Words', ...scoreSeverities.map((s) => severityLabel[s]), 'Penalty', 'Score', 'Threshold', 'Result'];
export const dimensionHeader = ['Dimension', ...scoreSeverities.map((s) => severityLabel[s]), 'Total'];

export function resultWord(line: ScoreLine): string {
  return line.pass === null ? 'no words' : line.pass ? 'Pass' : 'Fail';
}

export function scoreRows(card: Scorecard): (string | number)[][] {
  const row = (name: string, language: string, line: ScoreLine) => [
    name, language, line.wordCount, ...scoreSeverities.map((s) => line.bySeverity[s]), formatNumber(line.penalty),
    formatScore(line.score), formatNumber(card.scoring.threshold), resultWord(line),
  ];
  return [...card.documents.map((d) => row(d.fileName, d.language, d)), row('Set', '', card.set)];
}

export function dimensionRows(card: Scorecard): (string | number)[][] {
  return card.dimensions.map((id) => {
    const counts = card.set.counts[id] ?? { neutral: 0, minor: 0, major: 0, critical: 0 };
    const total = scoreSeverities.reduce((n, s) => n + counts[s], 0);
    return [dimensionName(id), ...scoreSeverities.map((s) => counts[s]), total];
  });
}

/** One line naming the weights and threshold the figures were computed with. */
export function scoringNote(card: Scorecard): string {
  const weights = scoreSeverities.map((s) => `${severityLabel[s].toLowerCase()} ${formatNumber(card.scoring.weights[s])}`).join(', ');
  return `Severity weights: ${weights}. Pass threshold: ${formatNumber(card.scoring.threshold)}. Score = (1 − penalty ÷ words) × 100 over the target documents; comments marked won't fix are not counted.`;
}

function formatNumber(n: number): string {
  return Number.isInteger(n) ? String(n) : String(Math.round(n * 100) / 100);
}
