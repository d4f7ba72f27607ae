import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { readStore } from './support/db-rows';
import { evening } from './support/report-rows';
import { seedRows } from './support/seed-db';

// The real built renderer in Chromium, through the browser platform of the bridge: the
// error boundary and the diagnostics file as a facilitator meets them.

/** An evening with contact details and question texts in it, plus one screening whose record is damaged. */
function damagedEvening() {
  const rows = evening('2026-03-14', 'Kaolack');
  const good = rows.screenings[0]!;
  // What a bad sector or a half-written upgrade could leave: the place is gone.
  // Typed as the record it pretends to be: the app reads it as one.
  const damaged = { ...good, id: '01JDAMAGED0000000000000000', date: '2026-03-15', place: null as never };
  return { rows, good, damaged };
}

async function saveDiagnostics(page: Page): Promise<Record<string, unknown> & { log: string[] }> {
  await page.getByRole('button', { name: 'Paramètres' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Enregistrer le diagnostic' }).click(),
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Diagnostic téléchargé.' })).toBeVisible();
  expect(download.suggestedFilename()).toMatch(/^mam-diagnostics-\d{8}-\d{4}\.json$/);
  return JSON.parse(readFileSync(await download.path(), 'utf8')) as Record<string, unknown> & { log: string[] };
}

test('a damaged record shows a calm screen, not a white page; the rest of the console works and "start again" renders afresh', async ({
  page,
}) => {
  const uncaught: string[] = [];
  page.on('pageerror', (e) => uncaught.push(e.message));
  await page.goto('#/console');
  const { rows, good, damaged } = damagedEvening();
  await seedRows(page, { ...rows, screenings: [good, damaged] });

  await page.goto('#/console/screening');
  const calm = page.getByRole('alert').filter({ hasText: 'Un petit souci d’affichage' });
  await expect(calm).toBeVisible();
  await expect(calm).toContainText('Rien de ce qui a été enregistré n’est perdu.');
  // The navigation is still there and the other sections work.
  await page.getByRole('button', { name: 'Synchronisation', exact: true }).click();
  await expect(calm).toBeHidden();
  await page.getByRole('button', { name: 'Projection', exact: true }).click();
  await expect(calm).toBeVisible();

  // The same screen in Wolof.
  await page.getByRole('button', { name: 'Wolof' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Jafe-jafe ndaw ci wone gi' })).toBeVisible();
  await page.getByRole('button', { name: 'Français' }).click();

  // The record is put right behind the calm screen (a sync, a repair): "start again" shows the section.
  await seedRows(page, { screenings: [{ ...damaged, place: good.place }] }, { reload: false });
  await expect(calm).toBeVisible();
  await page.getByRole('button', { name: 'Recommencer' }).click();
  await expect(calm).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Projections enregistrées' })).toBeVisible();
  expect(uncaught).toEqual([]);
});

test('Settings → Save diagnostics writes one file with versions, storage, outbox, sync state and the log, and no contact or question text', async ({
  page,
}) => {
  await page.goto('#/console');
  const { rows, good, damaged } = damagedEvening();
  await seedRows(page, { ...rows, screenings: [good, damaged] });
  await page.goto('#/console/screening');
  await expect(page.getByRole('alert').filter({ hasText: 'Un petit souci d’affichage' })).toBeVisible();

  const file = await saveDiagnostics(page);
  expect(file).toMatchObject({
    kind: 'mam-kiosk-diagnostics',
    app: { platform: 'browser' },
    displays: [{ primary: true }],
    outbox: (await readStore(page, 'outbox')).length,
    lastSyncError: null,
    route: 'console/settings',
  });
  const storage = file.storage as { usage: number; quota: number };
  expect(storage.quota).toBeGreaterThan(storage.usage);
  expect(storage.usage).toBeGreaterThan(0);
  // The console opens on its Screening section (#/console is that section too).
  expect(file.log.join('\n')).toMatch(
    /\[error\] render error on #\/console(\/screening)?: TypeError: Cannot read properties of null/,
  );

  const text = JSON.stringify(file);
  for (const secret of ['+221 77 123 45 67', 'Aïssatou', 'Dinaa wax', 'Pourquoi partir', 'Ñaata xaalis'])
    expect(text, secret).not.toContain(secret);
});
