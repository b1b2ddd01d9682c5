// QA finding decorations: the flagged characters underlined in their pane (wavy, in the severity's
// colour) with a hover naming the check, a lighter mark on the spans compared in the other panes,
// and ticks in the overview ruler so the reviewer sees at a glance where the findings are.
import { monaco, type MonacoEditor } from './monaco.js';
import type { TextLines } from '../text-lines.js';
import { SpanDecorations } from './span-decorations.js';

export type QaMarkSeverity = 'minor' | 'major' | 'critical';

export interface QaMark {
  id: string;
  start: number;
  end: number;
  severity: QaMarkSeverity;
  /** Check title, shown first in the hover. */
  title: string;
  message: string;
  /** A span compared against a finding of another pane, not the flagged text itself. */
  related: boolean;
  /** The finding the reviewer is on (F8): drawn stronger. */
  current: boolean;
}

const rulerColors: Record<QaMarkSeverity, string> = { minor: '#7b61c9', major: '#c26a00', critical: '#c81e1e' };

export class QaMarks extends SpanDecorations<QaMark> {
  constructor(editors: readonly MonacoEditor[], lines: readonly TextLines[]) {
    super(editors, lines, (mark) => {
      const kind = mark.related ? 'verso-qa-related' : 'verso-qa';
      const title = escapeMarkdown(mark.title);
      const message = escapeMarkdown(mark.message);
      const hover = mark.related ? `Compared with a finding: **${title}**\n\n${message}` : `**${title}** (${mark.severity})\n\n${message}`;
      return {
        inlineClassName: `${kind} sev-${mark.severity}${mark.current ? ' current' : ''}`,
        hoverMessage: { value: hover, isTrusted: false, supportHtml: false },
        overviewRuler: mark.related ? null : { color: rulerColors[mark.severity], position: monaco.editor.OverviewRulerLane.Center },
        stickiness: monaco.editor.TrackedRangeStickiness.NeverGrowsWhenTypingAtEdges,
      };
    });
  }
}

// Messages quote document text, which may hold characters Markdown would act on.
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>]/g, '\\$&');
}
