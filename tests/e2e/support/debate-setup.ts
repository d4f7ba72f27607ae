import { expect, type BrowserContext, type Page } from '@playwright/test';
import { ConsolePage, type ScreeningInput } from './console-page';
import { DebatePage } from './debate-page';
import { KioskPage } from './kiosk-page';

export const PANELISTS = ['Moussa Sow', 'Aminata Diop'];

/** The evening the debate suites (and the screenshots) run: Thiès, two panelists. */
export const THIES_SCREENING: ScreeningInput = {
  town: 'Thiès',
  venue: 'Salle des fêtes',
  region: 'Thiès',
  country: 'Sénégal',
  facilitators: ['Awa Diallo'],
  panelists: PANELISTS,
};

/**
 * A screening created by the facilitator in the console, its film started and skipped
 * to the debate, as on the night; returns the console on its Debate section.
 */
export async function screeningInDebate(page: Page): Promise<DebatePage> {
  const console = new ConsolePage(page);
  await console.goto();
  await console.createScreening(THIES_SCREENING);
  await console.startFilm();
  await console.skipToDebate();
  const debate = new DebatePage(page);
  await debate.goto();
  await expect(page.getByTestId('debate-phase')).toHaveText('Débat en cours');
  return debate;
}

/** Kiosk, console and stage open at once in one browser (one origin, one IndexedDB). */
export async function threeScreens(context: BrowserContext) {
  const debate = await screeningInDebate(await context.newPage());
  const kiosk = new KioskPage(await context.newPage());
  await kiosk.goto();
  const stage = await context.newPage();
  await stage.goto('#/stage');
  return { debate, kiosk, stage };
}

/** Settings → campaign platform link, saved through the console's form. */
export async function setCampaignUrl(page: Page, url: string): Promise<void> {
  await page.goto('#/console/settings');
  const form = page.getByRole('form', { name: 'Lien de la plateforme de la campagne' });
  await form.getByLabel('Adresse (https://…)').fill(url);
  await form.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(form.getByRole('status')).toHaveText('Lien enregistré.');
}

/** Settings → facilitator PIN, chosen for the first time (`base`: for a page without a baseURL). */
export async function choosePin(page: Page, pin: string, base = ''): Promise<void> {
  await page.goto(`${base}#/console/settings`);
  const form = page.getByRole('form', { name: 'Code de l’animateur' });
  await form.getByLabel('Nouveau code', { exact: true }).fill(pin);
  await form.getByLabel('Nouveau code, encore une fois').fill(pin);
  await form.getByRole('button', { name: 'Enregistrer le code' }).click();
  await expect(form.getByRole('status')).toHaveText('Code enregistré.');
}
