// Paragraphs or Sentences: which rows the review screen shows. Owns the alignment of the chosen
// level (kept per level, so switching back is instant), the Sentences view's pane texts, the
// reviewer's choice per set (in the settings), the toggle key, and the reviewer's place across
// a switch. Rows are handed out only once the panes show the view they belong to: rows of one
// view laid over the text of the other would put every mark on the wrong line.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CorrectedAlignment, ReviewApi, Settings } from '../../shared/api.js';
import type { AlignLevel } from '../../shared/model.js';
import type { AlignedPanes } from '../panes/aligned-panes.js';
import { sentenceViews, type SentenceView } from '../panes/sentence-lines.js';
import { bindViewKey } from './view-key.js';

interface Options {
  api: ReviewApi;
  root: string;
  sourceId: string | null;
  texts: readonly string[];
  settings: Settings;
  onSettings(settings: Settings): void;
  panes: AlignedPanes | null;
  setPanes(panes: AlignedPanes | null): void;
  /** False while a dialog or form has the keyboard. */
  keysEnabled: boolean;
  onError(error: unknown): void;
}

export interface ReviewView {
  /** The view the reviewer chose. */
  level: AlignLevel;
  setLevel(level: AlignLevel): void;
  toggle(): void;
  aligning: boolean;
  /** Rows for the panes on screen, or null while they are being aligned or rebuilt. */
  alignment: CorrectedAlignment | null;
  /** The level of `alignment` (corrections are saved at this level). */
  alignmentLevel: AlignLevel;
  /** A corrected alignment of the shown level (the corrections' answer). */
  setAlignment(alignment: CorrectedAlignment): void;
  /** What the panes must show, and the key they are handed back with. */
  views: readonly SentenceView[] | null;
  viewKey: string;
  onPanesReady(panes: AlignedPanes | null, viewKey?: string): void;
  /** After the panes got their rows: back to the row holding the reviewer's place before a switch. */
  restorePlace(panes: AlignedPanes): void;
}

const paragraphKey = 'paragraph';

export function useReviewView({ api, root, sourceId, texts, settings, onSettings, panes, setPanes, keysEnabled, onError }: Options): ReviewView {
  const [level, setLevelState] = useState<AlignLevel>(settings.viewBySet?.[root] ?? 'paragraph');
  // Rows of both levels for the current source; a new source changes every row.
  const tag = `${root}\n${sourceId ?? ''}`;
  const [loaded, setLoaded] = useState<{ tag: string; byLevel: Partial<Record<AlignLevel, CorrectedAlignment>> }>({ tag, byLevel: {} });
  const byLevel = loaded.tag === tag ? loaded.byLevel : {};
  const [shownLevel, setShownLevel] = useState<AlignLevel>(level);
  const [aligning, setAligning] = useState(true);
  const [panesKey, setPanesKey] = useState<string | null>(null);
  const place = useRef<{ pane: number; offset: number } | null>(null);

  const have = byLevel[level] !== undefined;
  useEffect(() => {
    if (have) {
      setShownLevel(level);
      setAligning(false);
      return;
    }
    let cancelled = false;
    setAligning(true);
    api.alignSet({ root, level }).then(
      (result) => {
        if (cancelled) return;
        setLoaded((m) => ({ tag, byLevel: { ...(m.tag === tag ? m.byLevel : {}), [level]: result } }));
        setShownLevel(level);
        setAligning(false);
      },
      (error: unknown) => {
        if (cancelled) return;
        setAligning(false);
        onError(error);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [api, root, tag, level, have, onError]);

  const shown = byLevel[shownLevel] ?? null;
  const sentences = useMemo(() => (shownLevel === 'sentence' && shown ? sentenceViews(texts, shown.rows) : null), [shownLevel, shown, texts]);
  // Corrections regroup sentences into rows without moving their starts: same key, same panes.
  const viewKey = sentences?.key ?? paragraphKey;
  const viewsByKey = useRef<{ key: string; views: readonly SentenceView[] | null }>({ key: paragraphKey, views: null });
  if (viewsByKey.current.key !== viewKey) viewsByKey.current = { key: viewKey, views: sentences?.views ?? null };
  const views = viewsByKey.current.views;

  const onPanesReady = useCallback(
    (next: AlignedPanes | null, key?: string) => {
      setPanes(next);
      setPanesKey(next ? (key ?? paragraphKey) : null);
    },
    [setPanes],
  );

  const settingsRef = useRef(settings);
  settingsRef.current = settings;
  const setLevel = useCallback(
    (next: AlignLevel) => {
      if (next === level) return;
      const row = panes?.row ?? null;
      if (panes && row !== null) {
        const pane = panes.activePane;
        const cells = panes.rowInfo(row)?.cells[pane] ?? [];
        const cursor = panes.selection(pane)?.start;
        // The sentence at the cursor when it sits in the current row, else the row's first one.
        const inRow = cursor !== undefined && cells.some((s) => s.start <= cursor && cursor <= s.end);
        const offset = inRow ? cursor : cells[0]?.start;
        place.current = offset === undefined ? null : { pane, offset };
      }
      setLevelState(next);
      const viewBySet = { ...settingsRef.current.viewBySet, [root]: next };
      api.updateSettings({ viewBySet }).then(onSettings, onError);
    },
    [level, panes, root, api, onSettings, onError],
  );
  const toggle = useCallback(() => setLevel(level === 'paragraph' ? 'sentence' : 'paragraph'), [level, setLevel]);

  const toggleRef = useRef(toggle);
  toggleRef.current = toggle;
  useEffect(() => (panes && keysEnabled ? bindViewKey(panes, () => toggleRef.current()) : undefined), [panes, keysEnabled]);

  const setAlignment = useCallback(
    (alignment: CorrectedAlignment) => setLoaded((m) => ({ tag, byLevel: { ...(m.tag === tag ? m.byLevel : {}), [shownLevel]: alignment } })),
    [tag, shownLevel],
  );

  const restorePlace = useCallback((target: AlignedPanes) => {
    const at = place.current;
    if (!at) return;
    place.current = null;
    const row = target.rowAt(at.pane, at.offset);
    if (row === null) return;
    target.activePane = at.pane;
    target.goToRow(row);
  }, []);

  return {
    level,
    setLevel,
    toggle,
    aligning,
    alignment: panesKey === viewKey ? shown : null,
    alignmentLevel: shownLevel,
    setAlignment,
    views,
    viewKey,
    onPanesReady,
    restorePlace,
  };
}
