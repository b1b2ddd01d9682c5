import { describe, expect, it } from 'vitest';
import { boundsToRemember, rememberWindowBounds, type ClosableWindow } from '../../../electron/window-state.js';

class FakeWindow implements ClosableWindow {
  closeListener: ((event: { preventDefault(): void }) => void) | null = null;
  closedFor = 0;
  on(_event: 'close', listener: (event: { preventDefault(): void }) => void): void {
    this.closeListener = listener;
  }
  getNormalBounds() {
    return { x: 10.4, y: 20.6, width: 1000.2, height: 150 };
  }
  /** Like BrowserWindow.close(): emits 'close'; the window really closes unless prevented. */
  close(): void {
    let prevented = false;
    this.closeListener?.({ preventDefault: () => (prevented = true) });
    if (!prevented) this.closedFor++;
  }
}

describe('rememberWindowBounds', () => {
  it('saves whole-pixel bounds before the window closes, then closes it', async () => {
    const window = new FakeWindow();
    const saved: unknown[] = [];
    rememberWindowBounds(window, async (bounds) => saved.push(bounds));
    window.close();
    expect(window.closedFor).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(saved).toEqual([{ x: 10, y: 21, width: 1000, height: 200 }]);
    expect(window.closedFor).toBe(1);
  });

  it('still closes when saving fails or hangs', async () => {
    const failing = new FakeWindow();
    rememberWindowBounds(failing, async () => {
      throw new Error('disk full');
    });
    failing.close();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(failing.closedFor).toBe(1);
    const hanging = new FakeWindow();
    rememberWindowBounds(hanging, () => new Promise(() => {}), 5);
    hanging.close();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(hanging.closedFor).toBe(1);
  });

  it('keeps settings valid: at least 200×200', () => {
    expect(boundsToRemember({ x: 0, y: 0, width: 50, height: 50 })).toEqual({ x: 0, y: 0, width: 200, height: 200 });
  });
});
