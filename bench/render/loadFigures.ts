/**
 * Load figures of the production build: how long a cold page takes to a usable title (the Start
 * button visible and enabled, timed inside the page from navigation start), and the gzip size of
 * everything it ships as JavaScript and CSS.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export function bundleKBgz(distDir: string): number {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : [path];
    });
  let bytes = 0;
  for (const file of files(distDir)) {
    if (/\.(js|css)$/.test(file)) bytes += gzipSync(readFileSync(file)).length;
  }
  return bytes / 1024;
}

/**
 * Milliseconds from navigation start until a button named `startLabel` is visible and enabled,
 * in a fresh context (empty cache) each time; the median of `runs`.
 */
export async function interactiveMs(
  browser: Browser,
  url: string,
  startLabel: string,
  runs: number,
): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    try {
      // Plain text, not a compiled function (tsx adds helpers that the page would not have).
      await context.addInitScript(watchForStart(startLabel));
      const page = await context.newPage();
      await page.goto(url);
      await page.waitForFunction(() => '__interactiveAt' in window, null, { timeout: 120_000 });
      times.push(
        await page.evaluate(() => (window as unknown as { __interactiveAt: number }).__interactiveAt),
      );
    } finally {
      await context.close();
    }
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

/** Watch every frame from the first script on; record the moment Start can be pressed. */
function watchForStart(label: string): string {
  return `(() => {
    const label = ${JSON.stringify(label)};
    const check = () => {
      const ready = [...document.querySelectorAll('button')].some((button) => {
        if (button.textContent.trim() !== label || button.disabled) return false;
        const box = button.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(button).visibility === 'visible';
      });
      if (ready) window.__interactiveAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
  })();`;
}
