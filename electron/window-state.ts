// Remembers the window's size and position when it closes, so the next start looks the same.
import type { Rectangle } from 'electron';
import type { Settings } from '../shared/api.js';

type Bounds = NonNullable<Settings['windowBounds']>;

export interface ClosableWindow {
  on(event: 'close', listener: (event: { preventDefault(): void }) => void): unknown;
  getNormalBounds(): Rectangle;
  close(): void;
}

/** Settings require whole pixels and at least 200×200. */
export function boundsToRemember(rect: Rectangle): Bounds {
  return {
    x: Math.round(rect.x),
    y: Math.round(rect.y),
    width: Math.max(200, Math.round(rect.width)),
    height: Math.max(200, Math.round(rect.height)),
  };
}

/** Saving is asynchronous, so the first close waits for it (at most `timeoutMs`) and then closes for real. */
export function rememberWindowBounds(window: ClosableWindow, save: (bounds: Bounds) => Promise<unknown>, timeoutMs = 2000): void {
  let saved = false;
  window.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const bounds = boundsToRemember(window.getNormalBounds());
    const timeout = new Promise((resolve) => setTimeout(resolve, timeoutMs));
    void Promise.race([save(bounds).catch(() => undefined), timeout]).then(() => {
      saved = true;
      window.close();
    });
  });
}
