import { expect, type Locator, type Page } from '@playwright/test';

export interface ScreeningInput {
  town: string;
  venue: string;
  region: string;
  country: string;
  facilitators: string[];
  panelists?: string[];
  /** yyyy-mm-dd; the form's prefilled date (the device clock) when absent. */
  date?: string;
}

/** A screening as a facilitator would enter it, for suites that only need one to exist. */
export const KOLDA_SCREENING: ScreeningInput = {
  town: 'Kolda',
  venue: 'Maison des jeunes',
  region: 'Kolda',
  country: 'Sénégal',
  date: '2026-11-16',
  facilitators: ['Awa Diallo'],
  panelists: ['Fatou Sow'],
};

/**
 * The facilitator's console, Screening section (French labels), named after what the
 * facilitator does there. Other suites create their screening through `createScreening`.
 */
export class ConsolePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/console/screening');
    await this.page.getByRole('heading', { name: 'Projection', exact: true }).waitFor();
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  get form(): Locator {
    return this.page.locator('form').filter({ has: this.page.getByRole('heading', { name: 'Nouvelle projection' }) });
  }

  /** Fills the new-screening form and submits it; resolves once the screening is running. */
  async fillScreening(s: ScreeningInput): Promise<void> {
    const another = this.page.getByRole('button', { name: 'Nouvelle projection' });
    // The section shows the form, or the running screening with a button to start another.
    await expect(this.form.or(another)).toBeVisible();
    if (await another.isVisible()) await another.click();
    await this.field('Ville ou village').fill(s.town);
    await this.field('Salle ou lieu de la projection').fill(s.venue);
    await this.field('Région').fill(s.region);
    await this.field('Pays').fill(s.country);
    if (s.date) await this.field('Date de la projection').fill(s.date);
    await this.field('Animateurs').fill(s.facilitators.join(', '));
    await this.field('Panélistes').fill((s.panelists ?? []).join(', '));
    await this.page.getByRole('button', { name: 'Créer la projection' }).click();
  }

  async createScreening(s: ScreeningInput): Promise<void> {
    await this.fillScreening(s);
    await expect(this.page.getByRole('heading', { name: 'Projection en cours' })).toBeVisible();
    await expect(this.page.getByText(`${s.venue}, ${s.town}`, { exact: false }).first()).toBeVisible();
  }

  get phase(): Locator {
    return this.page.getByTestId('screening-phase');
  }

  async startFilm(): Promise<void> {
    await this.page.getByRole('button', { name: 'Lancer le film' }).click();
    await expect(this.phase).toHaveText('Film en cours');
  }

  /** The film controls (present while the film phase runs). */
  get playback(): Locator {
    return this.page.getByRole('region', { name: 'Lecture du film' });
  }

  async play(): Promise<void> {
    await this.playback.getByRole('button', { name: 'Lecture', exact: true }).click();
  }

  async pause(): Promise<void> {
    await this.playback.getByRole('button', { name: 'Pause', exact: true }).click();
  }

  /** Drags the position slider to a second of the film. */
  async seekTo(sec: number): Promise<void> {
    await this.playback.getByLabel('Position dans le film').fill(String(sec));
  }

  async subtitles(choice: 'Aucun' | 'Français' | 'Wolof'): Promise<void> {
    await this.playback.getByRole('group', { name: 'Sous-titres' }).getByRole('button', { name: choice }).click();
  }

  async skipToDebate(): Promise<void> {
    await this.playback.getByRole('button', { name: 'Passer au débat' }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Oui, passer au débat' }).click();
  }

  /** The interface language, by the name each language has in itself. */
  async language(name: 'Français' | 'Wolof'): Promise<void> {
    await this.page
      .getByRole('group', { name: /^(Langue|Làkk)$/ })
      .getByRole('button', { name })
      .click();
  }

  /** The film library card: one list item per film. */
  get library(): Locator {
    return this.page.getByRole('list', { name: 'Bibliothèque de films' });
  }

  /** Starts an import and picks these files in the file chooser. */
  async startImport(files: string[]): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Importer un film' }).click();
    await (await chooser).setFiles(files);
  }

  /** Imports files and waits until the kiosk says what came of it (added or refused). */
  async importFilm(files: string[]): Promise<void> {
    await this.startImport(files);
    await expect(this.page.getByRole('button', { name: 'Importer un film' })).toBeEnabled({ timeout: 30_000 });
  }
}
