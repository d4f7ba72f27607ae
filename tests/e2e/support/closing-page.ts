import type { Locator, Page } from '@playwright/test';

/** The console's Closing section, named after what the facilitator does there. */
export class ClosingPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.goto('#/console/closing');
    await this.page.getByRole('heading', { name: 'Clôture' }).waitFor();
  }

  tally(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  async add(label: string, times = 1): Promise<void> {
    const button = this.page.getByRole('button', { name: `Ajouter une personne : ${label}` });
    for (let i = 0; i < times; i++) await button.click();
  }

  async remove(label: string): Promise<void> {
    await this.page.getByRole('button', { name: `Retirer une personne : ${label}` }).click();
  }

  async type(label: string, value: string): Promise<void> {
    await this.tally(label).fill(value);
    await this.tally(label).press('Enter');
  }

  get notes(): Locator {
    return this.page.getByLabel('Notes de l’animateur');
  }

  async closeScreening(): Promise<void> {
    await this.page.getByRole('button', { name: 'Clôturer la projection' }).click();
    await this.page.getByRole('alertdialog').getByRole('button', { name: 'Oui, clôturer' }).click();
  }
}
