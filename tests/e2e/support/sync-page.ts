import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { readStore } from './db-rows';

/** The console's Sync section and header badge (French labels), named after what the facilitator does. */
export class SyncPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/console/sync');
    await this.page.getByRole('heading', { name: 'Synchronisation', exact: true }).waitFor();
  }

  get badge(): Locator {
    return this.page.getByRole('button', { name: /^Synchronisation :/ });
  }

  get pending(): Locator {
    return this.page.getByTestId('sync-pending');
  }

  get lastError(): Locator {
    return this.page.getByTestId('sync-last-error');
  }

  /** What the card says after the collector was found to have lost acknowledged changes. */
  get healed(): Locator {
    return this.page.getByTestId('sync-healed');
  }

  /** Types the collector's address and the one-time code, as staff dictated them. */
  async enroll(url: string, code: string): Promise<void> {
    await this.page.getByLabel('Adresse du serveur de collecte').fill(url);
    await this.page.getByLabel('Code d’inscription').fill(code);
    await this.page.getByRole('button', { name: 'Inscrire ce kiosque' }).click();
  }

  async syncNow(): Promise<void> {
    await this.page.getByRole('button', { name: 'Synchroniser maintenant' }).click();
  }

  async exportBundle(): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: 'Exporter pour clé USB' }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  /** What the kiosk holds, as (table, id, rev) triples, to compare with the collector exactly. */
  async kioskRecords(): Promise<string[]> {
    const out: string[] = [];
    for (const t of ['screenings', 'questions', 'pledges'] as const) {
      for (const r of await readStore(this.page, t)) out.push(`${t}/${r.id}@${r.rev}`);
    }
    for (const e of await readStore(this.page, 'events')) out.push(`events/${e.id}@1`);
    return out.sort();
  }
}
