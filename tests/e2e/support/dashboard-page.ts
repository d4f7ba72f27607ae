import type { Locator, Page } from '@playwright/test';

/** The collector's staff dashboard (English labels unless the test switches to French). */
export class DashboardPage {
  constructor(
    readonly page: Page,
    readonly base: string,
  ) {}

  async signIn(email: string, password: string): Promise<void> {
    await this.page.goto(`${this.base}/staff/sign-in`);
    await this.page.getByLabel('Email').fill(email);
    await this.page.getByLabel('Password').fill(password);
    await this.page.getByRole('button', { name: 'Sign in' }).click();
  }

  get alert(): Locator {
    return this.page.getByRole('alert');
  }

  indicator(key: string): Locator {
    return this.page.locator(`[data-indicator="ind.${key}"] b`);
  }

  /** A chart bar's value (its label is the bar's name). */
  bar(label: string): Locator {
    return this.page.locator(`g[data-bar="${label}"] text`).nth(1);
  }

  /** The before/after survey (a chart and a table per MaM family), by its heading in `lang`. */
  survey(lang: 'en' | 'fr' = 'en'): Locator {
    const name = lang === 'en' ? 'Before/after survey (MaM questions)' : 'Enquête avant/après (questions MaM)';
    return this.page.getByRole('region', { name });
  }

  /** One answer's row of a family's survey table: its before, after and change cells. */
  surveyCells(family: string, option: string): Locator {
    return this.page.locator(`[data-family="${family}"] tr[data-option="${option}"] td`);
  }

  /** Fills the filter form as staff would and applies it. */
  async filter(f: Partial<Record<'Country' | 'Region' | 'Town' | 'From' | 'To', string>>): Promise<void> {
    for (const [label, value] of Object.entries(f)) await this.page.getByLabel(label, { exact: true }).fill(value);
    await this.page.getByRole('button', { name: 'Filter' }).click();
  }

  screeningRows(): Locator {
    return this.page.locator('tr[data-screening]');
  }

  /** Clicks an export and returns the downloaded file's bytes. */
  async download(trigger: () => Promise<void>): Promise<Buffer> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const chunks: Buffer[] = [];
    for await (const chunk of (await download.createReadStream()) as AsyncIterable<Buffer>) chunks.push(chunk);
    return Buffer.concat(chunks);
  }

  async exportLink(fmt: 'CSV' | 'XLSX' | 'JSON'): Promise<Buffer> {
    return this.download(() => this.page.getByRole('link', { name: fmt, exact: true }).click());
  }

  async exportContacts(fmt: 'CSV' | 'XLSX' | 'JSON'): Promise<Buffer> {
    const label = 'Export with contact details (consented only, recorded in the audit log)';
    await this.page.getByRole('combobox', { name: label }).selectOption(fmt.toLowerCase());
    return this.download(() => this.page.getByRole('button', { name: label }).click());
  }

  /** The CSRF token of the page now shown (what a forged request from elsewhere would not know). */
  csrf(): Promise<string> {
    return this.page.locator('input[name="_csrf"]').first().inputValue();
  }
}
