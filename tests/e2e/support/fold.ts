import { expect, type Locator, type Page } from '@playwright/test';

/** The field laptop's (and the cheap touchscreen's) screen. */
export const LAPTOP = { width: 1366, height: 768 };

type Sized = { document: { documentElement: { scrollHeight: number; scrollWidth: number } } };

/** How big the page is: more than the window means the user has to scroll. */
export const pageSize = (page: Page) =>
  page.evaluate(() => {
    const root = (globalThis as unknown as Sized).document.documentElement;
    return { width: root.scrollWidth, height: root.scrollHeight };
  });

export const pageHeight = async (page: Page) => (await pageSize(page)).height;

/** Fails unless every target is wholly inside the window (above the fold, not scrolled off the top). */
export async function expectAboveFold(targets: Locator[], when: string, height = LAPTOP.height): Promise<void> {
  for (const target of targets) {
    const box = await target.boundingBox();
    const name = `${when}: ${(await target.getAttribute('aria-label')) ?? (await target.textContent())}`;
    expect(box, name).not.toBeNull();
    expect(box!.y, name).toBeGreaterThanOrEqual(0);
    expect(box!.y + box!.height, name).toBeLessThanOrEqual(height);
  }
}
