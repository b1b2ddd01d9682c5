// The set's MQM scorecard: per target document and for the set, errors by severity, penalty,
// evaluation word count, quality score and pass/fail; the set's errors by dimension; and the
// set's severity weights and pass threshold, editable (saved in verso.review.json).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReviewApi, SetScorecard } from '../../shared/api.js';
import { formatScore, scoreSeverities, type ScoreLine, type Scoring } from '../../shared/review/scorecard.js';
import { dimensionName, severityLabel } from './categories.js';

interface Props {
  api: ReviewApi;
  root: string;
  /** Changes whenever comments change, so the figures follow the review. */
  version: unknown;
  onClose(): void;
  onError(error: unknown): void;
}

export function Scorecard({ api, root, version, onClose, onError }: Props) {
  const [data, setData] = useState<SetScorecard | null>(null);
  const [draft, setDraft] = useState<Scoring | null>(null);
  const [saving, setSaving] = useState(false);
  const dialogRef = useRef<HTMLElement>(null);

  const load = useCallback(async () => {
    try {
      const loaded = await api.getScorecard({ root });
      setData(loaded);
      setDraft(loaded.scorecard.scoring);
    } catch (error) {
      onError(error);
    }
  }, [api, root, onError]);
  useEffect(() => void load(), [load, version]);
  useEffect(() => dialogRef.current?.focus(), []);

  const save = async () => {
    if (!draft) return;
    setSaving(true);
    try {
      await api.updateScoring({ root, weights: draft.weights, threshold: draft.threshold });
      await load();
    } catch (error) {
      onError(error);
    } finally {
      setSaving(false);
    }
  };

  const card = data?.scorecard;
  const edited = !!card && !!draft && JSON.stringify(card.scoring) !== JSON.stringify(draft);
  return (
    <div className="dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <section
        ref={dialogRef}
        tabIndex={-1}
        className="dialog scorecard"
        role="dialog"
        aria-modal="true"
        aria-labelledby="scorecard-title"
        data-testid="scorecard"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            onClose();
          }
        }}
      >
        <h3 id="scorecard-title">Scorecard (MQM)</h3>
        {!card && <p>Counting…</p>}
        {data?.problem && (
          <p className="problem" role="alert" data-testid="scorecard-problem">
            {data.problem}
          </p>
        )}
        {card && (
          <>
            <p className="hint">
              Score = (1 − penalty ÷ words) × 100 for each target document; the source is not evaluated. Comments marked won't fix are not counted; resolved ones are (they were errors in the text as delivered).
            </p>
            <table className="score-table" data-testid="score-table">
              <thead>
                <tr>
                  <th scope="col">Document</th>
                  <th scope="col">Words</th>
                  {scoreSeverities.map((s) => (
                    <th scope="col" key={s}>
                      {severityLabel[s]}
                    </th>
                  ))}
                  <th scope="col">Penalty</th>
                  <th scope="col">Score</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {card.documents.map((d) => (
                  <ScoreRow key={d.id} id={d.id} name={`${d.fileName} (${d.language})`} line={d} />
                ))}
              </tbody>
              <tfoot>
                <ScoreRow id="" name="Set" line={card.set} />
              </tfoot>
            </table>
            <h4>Errors by dimension (set)</h4>
            <table className="score-table" data-testid="dimension-table">
              <thead>
                <tr>
                  <th scope="col">Dimension</th>
                  {scoreSeverities.map((s) => (
                    <th scope="col" key={s}>
                      {severityLabel[s]}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {card.dimensions.map((id) => (
                  <tr key={id} data-dimension={id}>
                    <th scope="row">{dimensionName(id)}</th>
                    {scoreSeverities.map((s) => (
                      <td key={s} data-field={s}>
                        {card.set.counts[id]?.[s] ?? 0}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {draft && (
          <form
            className="scoring-form"
            data-testid="scoring-form"
            onSubmit={(e) => {
              e.preventDefault();
              void save();
            }}
          >
            <fieldset>
              <legend>Severity weights and pass threshold for this set</legend>
              {scoreSeverities.map((s) => (
                <label key={s}>
                  {severityLabel[s]}
                  <input
                    type="number"
                    min={0}
                    max={1000}
                    step="any"
                    data-testid={`weight-${s}`}
                    value={draft.weights[s]}
                    onChange={(e) => e.target.value !== '' && setDraft({ ...draft, weights: { ...draft.weights, [s]: Number(e.target.value) } })}
                  />
                </label>
              ))}
              <label>
                Pass at score ≥
                <input
                  type="number"
                  min={0}
                  max={100}
                  step="any"
                  data-testid="threshold"
                  value={draft.threshold}
                  onChange={(e) => e.target.value !== '' && setDraft({ ...draft, threshold: Number(e.target.value) })}
                />
              </label>
            </fieldset>
            <div className="form-buttons">
              <button type="submit" className="primary" data-testid="scoring-save" disabled={!edited || saving}>
                Save weights
              </button>
              <button type="button" data-testid="scorecard-close" onClick={onClose}>
                Close <kbd>Esc</kbd>
              </button>
            </div>
          </form>
        )}
      </section>
    </div>
  );
}

function ScoreRow({ id, name, line }: { id: string; name: string; line: ScoreLine }) {
  const result = line.pass === null ? 'no words' : line.pass ? 'Pass' : 'Fail';
  return (
    <tr data-testid="score-row" data-document={id} className={line.pass === false ? 'fail' : line.pass ? 'pass' : ''}>
      <th scope="row" dir="auto">
        {name}
      </th>
      <td data-field="words">{line.wordCount}</td>
      {scoreSeverities.map((s) => (
        <td key={s} data-field={s}>
          {line.bySeverity[s]}
        </td>
      ))}
      <td data-field="penalty">{Math.round(line.penalty * 100) / 100}</td>
      <td data-field="score">{formatScore(line.score)}</td>
      <td data-field="result">
        <strong>{result}</strong>
      </td>
    </tr>
  );
}
