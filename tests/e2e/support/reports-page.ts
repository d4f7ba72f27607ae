import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** The console's Reports section, named after what an IOM staff member does there. */
export class ReportsPage {
  readonly report: Locator;
  readonly picker: Locator;
  readonly language: Locator;
  readonly includeContacts: Locator;

  constructor(readonly page: Page) {
    this.report = page.locator('article.report');
    this.picker = page.getByLabel('Projection', { exact: true });
    this.language = page.getByLabel('Langue du rapport');
    this.includeContacts = page.getByLabel(/Inclure les coordonnées/);
  }

  async open(): Promise<void> {
    await this.page.goto('#/console/reports');
    await this.page.getByRole('heading', { name: 'Rapports' }).waitFor();
  }

  /**
   * Waits until the report, its QR code and its word cloud (when it has one) are drawn
   * (what the PDF will contain); with `subject` (a screening id, or `from_to` for a
   * summary), the report of that subject.
   */
  async ready(subject?: string): Promise<void> {
    const payload = subject ? `[data-payload*="|${subject}|"]` : '';
    // The image appears only once the code of this very payload is drawn.
    await this.report.locator(`figure.report__qr img${payload}`).waitFor();
    // The cloud's section comes with the figures; its words are laid out after (d3-cloud).
    if ((await this.report.locator('.report__cloud').count()) > 0)
      await this.report.locator('.report__cloud svg.word-cloud:not([data-words="0"])').waitFor();
  }

  /** The PDF Chromium prints from this very page (print CSS applies), A4. */
  async pdf(): Promise<Buffer> {
    await this.ready();
    return this.page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  }

  /** Clicks an export button and returns the downloaded file's bytes. */
  async download(button: RegExp): Promise<{ name: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name: button }).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: readFileSync(path) };
  }

  async showSummary(from: string, to: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Synthèse par période' }).click();
    await this.page.getByLabel('Du', { exact: true }).fill(from);
    await this.page.getByLabel('Au', { exact: true }).fill(to);
    await this.page.getByRole('button', { name: 'Afficher la synthèse' }).click();
  }
}
