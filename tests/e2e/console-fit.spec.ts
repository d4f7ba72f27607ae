import { expect, test, type Locator, type Page } from '@playwright/test';
import { debateTonight } from './support/debate-rows';
import { expectAboveFold, LAPTOP, pageSize } from './support/fold';
import { seedRows } from './support/seed-db';

/**
 * The console on the field laptop's 1366×768 screen, in French and in Wolof (whose
 * labels are longer): one header row, and the live debate's decisions — the next three
 * pending questions and their buttons — on screen without scrolling.
 */
const L = {
  fr: {
    nav: 'Sections',
    queue: 'File des questions',
    onStage: 'À l’écran',
    actions: ['Approuver', 'Projeter', 'Écarter'],
    answered: 'Répondue',
    sections: ['Projection', 'Débat', 'Engagements', 'Clôture', 'Synchronisation', 'Rapports', 'Paramètres'],
    close: 'Clôturer la projection',
    lastTally: 'Ajouter une personne : Adultes',
  },
  wo: {
    nav: 'Xaaj yi',
    queue: 'Laaj yi',
    onStage: 'Ci ekraan bi',
    actions: ['Nangu', 'Wone', 'Bàyyi'],
    answered: 'Tontu nañu ko',
    sections: ['Wone film bi', 'Waxtaan', 'Dige yi', 'Tëj', 'Jàppanteel', 'Rapoor yi', 'Jekk-jekkal'],
    close: 'Tëj wone bi',
    lastTally: 'Yokk benn nit : Mag ñi',
  },
};

/** Every control of the header sits on one line, and the header is one control tall. */
async function expectOneHeaderRow(page: Page, when: string): Promise<void> {
  const header = page.getByRole('banner');
  const controls = await header.getByRole('button').all();
  expect(controls.length, when).toBeGreaterThan(8);
  const boxes = await Promise.all(
    [header.getByRole('heading'), ...controls].map(async (c) => (await c.boundingBox())!),
  );
  const centres = boxes.map((b) => b.y + b.height / 2);
  expect(Math.max(...centres) - Math.min(...centres), `${when}: header controls on one line`).toBeLessThan(8);
  const tallest = Math.max(...boxes.map((b) => b.height));
  expect((await header.boundingBox())!.height, `${when}: header height`).toBeLessThan(tallest + 24);
  for (const b of boxes) expect(b.x + b.width, `${when}: header fits the width`).toBeLessThanOrEqual(LAPTOP.width);
  expect((await pageSize(page)).width, `${when}: nothing wider than the screen`).toBeLessThanOrEqual(LAPTOP.width);
}

/** The first three pending questions and each of their moderation buttons. */
async function nextThree(queue: Locator, actions: string[]): Promise<Locator[]> {
  const rows = queue.getByRole('listitem');
  await expect(rows).toHaveCount(5);
  const out: Locator[] = [];
  for (let i = 0; i < 3; i++) {
    out.push(rows.nth(i).locator('.q-body__text'));
    for (const a of actions) out.push(rows.nth(i).getByRole('button', { name: new RegExp(`^${a}`) }));
  }
  return out;
}

for (const lang of ['fr', 'wo'] as const)
  test(`the live debate fits a 1366×768 laptop (${lang})`, async ({ page }) => {
    const l = L[lang];
    await page.setViewportSize(LAPTOP);
    await page.goto('#/console');
    await seedRows(page, debateTonight(6));
    await page.goto('#/console/debate');
    await page
      .getByRole('banner')
      .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
      .click();
    const queue = page.getByRole('region', { name: l.queue });
    const onStage = page.getByRole('region', { name: l.onStage });
    await expect(queue.getByRole('listitem')).toHaveCount(6);
    await expectOneHeaderRow(page, 'debate');
    // Nothing on stage yet (the case): the empty card stays small.
    expect((await onStage.boundingBox())!.height, 'empty on-stage card').toBeLessThan(80);
    const first = queue.getByRole('listitem').first();
    await first.getByRole('button', { name: new RegExp(`^${l.actions[1]}`) }).click();
    // One question on stage: its "answered" button and the next three pending ones still fit.
    await expect(onStage.getByRole('button', { name: new RegExp(`^${l.answered}`) })).toBeVisible();
    await expectAboveFold(
      [onStage.getByRole('button', { name: new RegExp(`^${l.answered}`) }), ...(await nextThree(queue, l.actions))],
      'one question on stage',
    );
    // The counters are still there, out of the way in the narrow column.
    await expect(page.getByRole('region', { name: lang === 'fr' ? 'Compteurs' : 'Lim yi' })).toBeAttached();

    // Every section: the header stays one row.
    const nav = page.getByRole('navigation', { name: l.nav });
    for (const s of l.sections) {
      await nav.getByRole('button', { name: s, exact: true }).click();
      await expect(nav.getByRole('button', { name: s, exact: true })).toHaveAttribute('aria-current', 'page');
      await expectOneHeaderRow(page, s);
    }
    // Closing: the attendance counters and the button that ends the evening, without scrolling.
    await nav.getByRole('button', { name: l.sections[3], exact: true }).click();
    await expectAboveFold(
      [page.getByRole('button', { name: l.lastTally }), page.getByRole('button', { name: l.close, exact: true })],
      'closing',
    );
  });

test('with nothing on stage, the first three pending questions’ buttons are above the fold (fr, wo)', async ({
  page,
}) => {
  await page.setViewportSize(LAPTOP);
  await page.goto('#/console');
  await seedRows(page, debateTonight(6));
  for (const lang of ['fr', 'wo'] as const) {
    await page.goto('#/console/debate');
    await page
      .getByRole('banner')
      .getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' })
      .click();
    const queue = page.getByRole('region', { name: L[lang].queue });
    await expect(queue.getByRole('listitem')).toHaveCount(6);
    const rows = queue.getByRole('listitem');
    const targets: Locator[] = [];
    for (let i = 0; i < 3; i++)
      for (const a of L[lang].actions) targets.push(rows.nth(i).getByRole('button', { name: new RegExp(`^${a}`) }));
    await expectAboveFold(targets, `empty stage, ${lang}`);
  }
});
