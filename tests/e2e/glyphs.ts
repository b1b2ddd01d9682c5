// Checks on what a pane looks like on screen: its screenshot carries text (ink), and the script's
// glyphs are real glyphs, not the empty boxes a browser draws when no installed font covers them.
import type { Locator, Page } from '@playwright/test';

/** Share of pixels in a PNG screenshot that are clearly darker than the background. */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    // The app's CSP forbids fetching data: URLs, so build the blob from the bytes.
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const blob = new Blob([bytes], { type: 'image/png' });
    const bitmap = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bitmap, 0, 0);
    const { data } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! + data[i + 1]! + data[i + 2]! < 3 * 140) dark++;
    return dark / (bitmap.width * bitmap.height);
  }, png.toString('base64'));
}

/**
 * True when the letters of `sample` render as real glyphs in the font of `locator`. A browser
 * draws every letter that no installed font covers as the same empty box, so when fonts are
 * missing all distinct letters of the sample render pixel-identical; real glyphs differ.
 */
export async function rendersRealGlyphs(locator: Locator, sample: string): Promise<boolean> {
  return locator.evaluate((el, sample) => {
    const font = getComputedStyle(el).font;
    const draw = (text: string) => {
      const canvas = new OffscreenCanvas(80, 60);
      const ctx = canvas.getContext('2d')!;
      ctx.font = font;
      ctx.fillStyle = '#000';
      ctx.fillText(text, 10, 40);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data.join(',');
    };
    const letters = [...new Set([...sample].filter((c) => /\p{L}/u.test(c)))];
    return new Set(letters.map(draw)).size > 1;
  }, sample);
}
