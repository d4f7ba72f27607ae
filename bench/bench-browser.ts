import type { Browser, BrowserContext, Page } from '@playwright/test';
import { CHROMIUM_ARGS } from '../playwright.config';

/** On the night each screen is its own visible window: no background-tab throttling here. */
export const SCREENS_ARGS = [
  ...CHROMIUM_ARGS,
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];

/** A fresh context on the kiosk served at `port`, as a laptop screen shows it. */
export async function benchContext(browser: Browser, port: number): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1280, height: 800 },
  });
  // tsx (esbuild, keepNames) wraps named inner functions in `__name(...)`; functions
  // handed to page.evaluate carry that call into the page, so the page gets a no-op one.
  await context.addInitScript({ content: 'globalThis.__name = (f) => f;' });
  return context;
}

/** CPU rates each bench row is measured at: this machine, and "a field laptop" (4× slower). */
export const CPU_RATES = [1, 4] as const;

/** Slows this page's CPU `rate` times (DevTools protocol); 1 is full speed. Call before its goto. */
export async function throttle(page: Page, rate: number): Promise<void> {
  if (rate === 1) return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
}
