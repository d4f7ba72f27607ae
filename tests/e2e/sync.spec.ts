import { expect, test, type Page } from '@playwright/test';
import { createEnrollmentCode } from '../../server/src/auth/devices';
import { importBundle } from '../../server/src/bundle/import';
import { backupCollector, restoreCollector } from '../support/collector-backup';
import { sqliteUrl, startCollector, storedRecords, type Collector } from '../unit/server/harness';
import { ConsolePage } from './support/console-page';
import { SyncPage } from './support/sync-page';

const evening = {
  town: 'Kolda',
  venue: 'Salle des fêtes',
  region: 'Kolda',
  country: 'Sénégal',
  facilitators: ['Awa Ndiaye'],
};

let collector: Collector | null = null;
test.afterEach(async () => {
  await collector?.close();
  collector = null;
});

async function createScreening(page: Page) {
  const screening = new ConsolePage(page);
  await screening.goto();
  await screening.createScreening(evening);
}

async function enrolledKiosk(page: Page, c: Collector) {
  const sync = new SyncPage(page);
  await sync.goto();
  await expect(sync.badge).toHaveText('Pas de serveur de collecte');
  await sync.enroll(c.url, await createEnrollmentCode(c.conn.db, 'Kolda'));
  await expect(page.getByTestId('sync-last-success')).toContainText('Dernier envoi réussi');
  return sync;
}

test('the kiosk enrolls, syncs through the console, and the collector holds exactly its records', async ({ page }) => {
  collector = await startCollector(sqliteUrl());
  const sync = await enrolledKiosk(page, collector);
  await createScreening(page);
  await expect(sync.badge).toHaveText(/en attente/);
  await sync.goto();
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Tout a été envoyé au serveur de collecte.');
  await expect(sync.badge).toHaveText('Tout est envoyé');
  expect(await storedRecords(collector)).toEqual(await sync.kioskRecords());
  expect(await storedRecords(collector)).toHaveLength(2);
});

test('an unreachable collector is said plainly, everything waits, and the next sync sends it', async ({ page }) => {
  collector = await startCollector(sqliteUrl());
  const { dbUrl } = collector;
  const sync = await enrolledKiosk(page, collector);
  const port = Number(new URL(collector.url).port);
  await collector.close();
  await createScreening(page);
  await sync.goto();
  await sync.syncNow();
  await expect(sync.lastError).toContainText('Le serveur de collecte est injoignable');
  await expect(sync.lastError).toContainText('Rien n’est perdu');
  await expect(sync.pending).toHaveText('Modifications en attente d’envoi : 2');
  await expect(sync.badge).toHaveText('Échec d’envoi (2 en attente)');

  collector = await startCollector(dbUrl, 10_000, port);
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Tout a été envoyé au serveur de collecte.');
  await expect(sync.lastError).toHaveCount(0);
  expect(await storedRecords(collector)).toEqual(await sync.kioskRecords());
});

test('a collector restored from an older copy is healed by the kiosk, and the sync card says so', async ({ page }) => {
  collector = await startCollector(sqliteUrl());
  const sync = await enrolledKiosk(page, collector);
  const older = await backupCollector(collector);
  await createScreening(page);
  await sync.goto();
  await sync.syncNow();
  await expect(sync.pending).toHaveText('Tout a été envoyé au serveur de collecte.');
  collector = await restoreCollector(collector, older);
  expect(await storedRecords(collector)).toEqual([]);
  await sync.syncNow();
  await expect(sync.healed).toContainText('le serveur de collecte avait perdu des envois de ce kiosque');
  await expect(sync.healed).toContainText('Éléments remis en attente d’envoi : 2');
  await expect(sync.pending).toHaveText('Tout a été envoyé au serveur de collecte.');
  await expect(sync.lastError).toHaveCount(0);
  expect(await storedRecords(collector)).toEqual(await sync.kioskRecords());
});

test('a USB bundle imports once, a replay changes nothing, a tampered copy is refused', async ({ page }) => {
  collector = await startCollector(sqliteUrl());
  const sync = await enrolledKiosk(page, collector);
  await collector.app.close(); // No network from now on: only the USB stick.
  await createScreening(page);
  await sync.goto();
  const { name, bytes } = await sync.exportBundle();
  expect(name).toMatch(/^mam-sync-.+\.mambundle$/);
  await expect(page.getByRole('status')).toHaveText(/Modifications : 2 ; enregistrements audio : 0/);
  expect(bytes.includes(Buffer.from('Salle des fêtes'))).toBe(false); // sealed, not readable on the stick

  const first = await importBundle(collector.conn.db, bytes);
  expect(first).toMatchObject({ changes: 2, applied: 2 });
  const held = await storedRecords(collector);
  expect(held).toEqual(await sync.kioskRecords());
  expect(await importBundle(collector.conn.db, bytes)).toMatchObject({ applied: 0 });
  expect(await storedRecords(collector)).toEqual(held);

  const tampered = Buffer.from(bytes);
  tampered[tampered.length - 20]! ^= 0x20;
  await expect(importBundle(collector.conn.db, tampered)).rejects.toMatchObject({ code: 'tampered' });
  expect(await storedRecords(collector)).toEqual(held);
});
