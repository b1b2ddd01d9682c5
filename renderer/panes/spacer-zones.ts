// The spacer view zones of one editor, kept by key so a resize updates heights in place with one
// changeViewZones call (MONACO-NOTES.md: one call per zone is much slower, resize goes quadratic).
import type { monaco, MonacoEditor } from './monaco.js';
import type { Spacer } from './row-layout.js';

interface PlacedZone {
  id: string;
  zone: monaco.editor.IViewZone;
  spacer: Spacer;
}

/** What a hatched gap says: that the document lacks the row, or where its moved text went. */
export interface GapLabel {
  text: string;
  /** The row holding this document's text for the gap's row (a moved pair): the label goes there. */
  goTo?: number;
}

export class SpacerZones {
  private readonly placed = new Map<string, PlacedZone>();
  private highlightedSlot: number | null = null;

  constructor(
    private readonly editor: MonacoEditor,
    private readonly gapLabel: (slot: number) => GapLabel,
  ) {}

  /** The row a click on this zone goes to (a moved row's gap), if any. */
  goToOf(zoneId: string): number | undefined {
    for (const placed of this.placed.values()) if (placed.id === zoneId) return placed.spacer.gap ? this.gapLabel(placed.spacer.slot).goTo : undefined;
    return undefined;
  }

  get count(): number {
    return this.placed.size;
  }

  /** Makes the editor's zones exactly `spacers`, touching only those that changed. */
  sync(spacers: readonly Spacer[]): void {
    const wanted = new Map(spacers.map((s) => [s.key, s]));
    this.editor.changeViewZones((accessor) => {
      for (const [key, placed] of this.placed) {
        const spacer = wanted.get(key);
        if (!spacer || spacer.afterLineNumber !== placed.spacer.afterLineNumber || spacer.ordinal !== placed.spacer.ordinal || spacer.gap !== placed.spacer.gap) {
          accessor.removeZone(placed.id);
          this.placed.delete(key);
        }
      }
      for (const spacer of spacers) {
        const placed = this.placed.get(spacer.key);
        if (placed) {
          if (placed.zone.heightInPx !== spacer.heightInPx) {
            placed.zone.heightInPx = spacer.heightInPx;
            placed.spacer = spacer;
            accessor.layoutZone(placed.id);
          }
          continue;
        }
        this.place(accessor, spacer);
      }
    });
    if (this.highlightedSlot !== null) this.highlightGap(this.highlightedSlot);
  }

  /**
   * Adds spacers not placed yet and leaves every placed one as it is: the screen-first chunks of
   * one layout. A full sync per chunk would walk every placed zone each time, which on a large
   * set (60,000 zones in the Sentences view) adds up to a quadratic cost.
   */
  add(spacers: readonly Spacer[]): void {
    if (spacers.length === 0) return;
    this.editor.changeViewZones((accessor) => {
      for (const spacer of spacers) if (!this.placed.has(spacer.key)) this.place(accessor, spacer);
    });
    if (this.highlightedSlot !== null) this.highlightGap(this.highlightedSlot);
  }

  private place(accessor: monaco.editor.IViewZoneChangeAccessor, spacer: Spacer): void {
    const zone: monaco.editor.IViewZone = {
      afterLineNumber: spacer.afterLineNumber,
      ordinal: spacer.ordinal,
      heightInPx: spacer.heightInPx,
      domNode: this.zoneNode(spacer),
      suppressMouseDown: true,
    };
    this.placed.set(spacer.key, { id: accessor.addZone(zone), zone, spacer });
  }

  clear(): void {
    this.editor.changeViewZones((accessor) => {
      for (const placed of this.placed.values()) accessor.removeZone(placed.id);
    });
    this.placed.clear();
  }

  /** Marks the gap standing for a slot as part of the current row (or none). */
  highlightGap(slot: number | null): void {
    if (this.highlightedSlot !== null) this.placed.get(`gap:${this.highlightedSlot}`)?.zone.domNode.classList.remove('current');
    this.highlightedSlot = slot;
    if (slot !== null) this.placed.get(`gap:${slot}`)?.zone.domNode.classList.add('current');
  }

  private zoneNode(spacer: Spacer): HTMLElement {
    const node = document.createElement('div');
    node.className = spacer.gap ? 'verso-gap' : 'verso-pad';
    if (spacer.gap) {
      const { text, goTo } = this.gapLabel(spacer.slot);
      const label = document.createElement('span');
      label.textContent = text;
      // The editor's text layer lies over zones: a click on the gap reaches it as a mouse event on
      // the zone (AlignedPanes goes to the row then).
      if (goTo !== undefined) label.className = 'verso-gap-moved';
      node.append(label);
      node.dataset['row'] = String(spacer.slot - 1);
    }
    return node;
  }
}
