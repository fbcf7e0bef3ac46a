/**
 * Shared browser plumbing for the e2e tests: Debian's Chromium driven by playwright-core, one fresh
 * profile per session (deleted on close), and a record of everything the page did that a test may
 * want to forbid (console errors, failed or off-origin requests, CSP violations).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, type BrowserContextOptions, chromium, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Browser tests never skip: a missing browser is a failure with the fix in the message. */
export function assertChromium(): void {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `tests/e2e: no Chromium at ${CHROMIUM_PATH}. Install Debian's build with: apt-get install -y chromium ` +
        '(never `npx playwright install`).',
    );
  }
}

export interface PageRecord {
  /** Console messages of type "error" and uncaught page errors. */
  errors: string[];
  /** Requests that failed at the network level or answered with a 4xx/5xx status. */
  failedRequests: string[];
  /** Every network request URL the page made (data: and blob: URLs are not network requests). */
  requests: string[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  record: PageRecord;
  close(): Promise<void>;
}

/**
 * Launch Chromium with a fresh profile and open one page on `url`, recording what it does from the
 * first request on. `contextOptions` covers viewport, reducedMotion and the like.
 */
export async function openSession(url: string, contextOptions: BrowserContextOptions = {}): Promise<Session> {
  assertChromium();
  const profile = await mkdtemp(join(tmpdir(), 'backchannel-e2e-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      args: CHROMIUM_ARGS,
      headless: true,
      viewport: { width: 1280, height: 800 },
      ...contextOptions,
    });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await rm(profile, { recursive: true, force: true });
  };

  try {
    await context.addInitScript(() => {
      // Runs before the page's own scripts and outside its CSP; makes violations visible to tests.
      const seen: string[] = [];
      Object.defineProperty(window, '__cspViolations', { value: seen });
      document.addEventListener('securitypolicyviolation', (event) => {
        seen.push(`${event.violatedDirective} blocked ${event.blockedURI || '(inline)'}`);
      });
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(120_000);
    const record: PageRecord = { errors: [], failedRequests: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') record.errors.push(`console: ${message.text()}`);
    });
    page.on('pageerror', (error) => record.errors.push(`page error: ${error.message}`));
    page.on('request', (request) => {
      if (!/^(data|blob):/.test(request.url())) record.requests.push(request.url());
    });
    page.on('requestfailed', (request) =>
      record.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? 'failed'}`),
    );
    page.on('response', (response) => {
      if (response.status() >= 400)
        record.failedRequests.push(`${response.url()}: HTTP ${response.status()}`);
    });
    await page.goto(url);
    return { context, page, record, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** CSP violations the page reported (see the init script in openSession). */
export function cspViolations(page: Page): Promise<string[]> {
  return page.evaluate(() => [
    ...((window as unknown as { __cspViolations: string[] }).__cspViolations ?? []),
  ]);
}

/** Wait until the backdrop (the title's, or the map) has drawn its first frame. */
export async function waitForBackdrop(page: Page): Promise<void> {
  await page.locator('#backdrop[data-backdrop="ready"] canvas').waitFor({ state: 'attached' });
}

/** Let the page render `count` more frames (tests count frames, never wall-clock time). */
export function waitFrames(page: Page, count: number): Promise<void> {
  return page.evaluate(
    (n) =>
      new Promise<void>((resolve) => {
        let left = n;
        const tick = () => {
          left -= 1;
          if (left <= 0) resolve();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      }),
    count,
  );
}

type KeyWatch = { __pressOnAppear?: Promise<void> };

/**
 * Press `key` the moment `selector` first matches, as the fastest presenter would: `act` makes the
 * element appear, and the keydown goes to the focused element in the same task as the element
 * shows, before the browser paints or a deferred effect runs. Returns once the key was pressed.
 */
export async function pressOnAppear(
  page: Page,
  selector: string,
  key: string,
  act: () => Promise<void>,
): Promise<void> {
  await page.evaluate(
    ([sel, name]) => {
      if (document.querySelector(sel) !== null) throw new Error(`pressOnAppear: ${sel} is already shown`);
      (window as KeyWatch).__pressOnAppear = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (document.querySelector(sel) === null) return;
          observer.disconnect();
          const target = document.activeElement ?? document.body;
          target.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));
          resolve();
        });
        observer.observe(document.body, { childList: true, subtree: true });
      });
    },
    [selector, key] as const,
  );
  await act();
  await page.evaluate(() => (window as KeyWatch).__pressOnAppear);
}
