// Checks on what a pane looks like on screen: its screenshot carries text (ink), and the script's
// glyphs are real glyphs, not the empty boxes a browser draws when no installed font covers them.
import type { Locator, Page } from '@playwright/test';

/** Share of pixels in a PNG screenshot that are clearly darker than the background. */
export async function inkRatio(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const blob = await (await fetch(`data:image/png;base64,${base64}`)).blob();
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
 * True when `sample` (letters of one script) renders with real glyphs in the font of `locator`:
 * each missing glyph is drawn as the same .notdef box as an unassigned code point, so text whose
 * glyphs are all missing renders pixel-identical to a run of unassigned code points.
 */
export async function rendersRealGlyphs(locator: Locator, sample: string): Promise<boolean> {
  return locator.evaluate((el, sample) => {
    const font = getComputedStyle(el).font;
    const draw = (text: string) => {
      const canvas = new OffscreenCanvas(40 * text.length + 20, 60);
      const ctx = canvas.getContext('2d')!;
      ctx.font = font;
      ctx.fillStyle = '#000';
      ctx.fillText(text, 10, 40);
      return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    };
    const chars = [...sample].filter((c) => /\p{L}/u.test(c));
    const real = draw(chars.join(''));
    const boxes = draw('\u0378'.repeat(chars.length));
    let differing = 0;
    for (let i = 0; i < real.length; i++) if (real[i] !== boxes[i]) differing++;
    return differing > real.length * 0.001;
  }, sample);
}
