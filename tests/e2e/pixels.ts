/**
 * Reads a PNG screenshot's pixels inside the browser (a blank page with no CSP: decode with <img>,
 * read back with a 2D canvas), so the tests need no image library.
 */
import type { BrowserContext } from 'playwright-core';

export interface PixelStats {
  width: number;
  height: number;
  /** Distinct colours after rounding each channel to 5 bits. */
  distinctColours: number;
  /** Pixels clearly brighter than the dark backdrop (dots, ties, pulses). */
  litPixels: number;
  /** Pixels in the message colour family (Okabe–Ito sky blue). */
  bluePixels: number;
  /** Pixels in the copy / listening-post colour family (Okabe–Ito orange). */
  orangePixels: number;
}

export async function pixelStats(context: BrowserContext, png: Buffer): Promise<PixelStats> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const ctx = canvas.getContext('2d');
        if (ctx === null) throw new Error('pixelStats: no 2D context');
        ctx.drawImage(image, 0, 0);
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const colours = new Set<number>();
        let litPixels = 0;
        let bluePixels = 0;
        let orangePixels = 0;
        for (let i = 0; i < data.length; i += 4) {
          const r = data[i];
          const g = data[i + 1];
          const b = data[i + 2];
          colours.add(((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3));
          if (Math.max(r, g, b) > 70) litPixels++;
          if (b > 140 && b > r + 50 && g > r) bluePixels++;
          if (r > 140 && g > 70 && r > b + 90 && r > g + 20) orangePixels++;
        }
        return {
          width: canvas.width,
          height: canvas.height,
          distinctColours: colours.size,
          litPixels,
          bluePixels,
          orangePixels,
        };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  } finally {
    await page.close();
  }
}
