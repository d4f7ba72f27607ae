import { devices, expect, type Browser, type Locator, type Page } from '@playwright/test';

/** An attendee's phone (mobile emulation, its own context: its own storage and phone id). */
export class PhonePage {
  constructor(readonly page: Page) {}

  static async open(browser: Browser, url: string): Promise<PhonePage> {
    const context = await browser.newContext({ ...devices['Pixel 5'] });
    const phone = new PhonePage(await context.newPage());
    await phone.page.goto(url);
    await expect(phone.page.locator('h1')).toBeVisible();
    return phone;
  }

  /** The status line of the tab's form (the ask tab's recording card has its own, voiceStatus). */
  get status(): Locator {
    return this.page.getByRole('status').first();
  }

  async language(name: 'Français' | 'Wolof'): Promise<void> {
    await this.page.getByRole('button', { name, exact: true }).click();
  }

  async tab(name: string): Promise<void> {
    await this.page.locator('nav.tabs').getByRole('button', { name, exact: true }).click();
  }

  async ask(text: string, send = 'Envoyer ma question'): Promise<void> {
    await this.page.locator('#ask-text').fill(text);
    await this.page.getByRole('button', { name: send }).click();
  }

  /** A pledge; `contact` is given only after accepting the consent wording (null: refuse it). */
  async pledge(text: string, contact?: { name: string; phone: string } | null): Promise<void> {
    await this.page.locator('#pledge-text').fill(text);
    if (contact !== undefined) {
      await this.page.locator('.choices button').nth(3).click(); // "yes, leave my number"
      const consent = this.page.locator('.consent');
      await expect(consent).toBeVisible();
      await consent
        .getByRole('button')
        .nth(contact ? 0 : 1)
        .click();
      if (contact) {
        await this.page.locator('#pledge-name').fill(contact.name);
        await this.page.locator('#pledge-phone').fill(contact.phone);
      }
    }
    await this.page.locator('form button[type=submit]').click();
  }

  /** A spoken question: the file the phone's recorder made, then "send the recording". */
  async record(file: string): Promise<void> {
    await this.page.locator('#voice-file').setInputFiles(file);
    await this.page.locator('.voice button.primary').click();
  }

  get voiceStatus(): Locator {
    return this.page.locator('.voice').getByRole('status');
  }

  question(text: string): Locator {
    return this.page.locator('.questions li').filter({ hasText: text });
  }

  /**
   * Waits for an approved question as an attendee does: the list comes with the tab and
   * every 15 s, and "Actualiser" asks for it now (the approval may reach the laptop's phone
   * server a moment after the tab was opened).
   */
  async waitForQuestion(text: string): Promise<void> {
    const question = this.question(text);
    await expect(async () => {
      if (!(await question.isVisible())) await this.page.getByRole('button', { name: /^(Actualiser|Yeesal)$/ }).click();
      await expect(question).toBeVisible({ timeout: 2000 });
    }).toPass({ timeout: 15_000 });
  }
}

/** Settings → the phones' Wi-Fi, typed once as a facilitator does (shown as the WIFI: QR code). */
export async function saveWifi(page: Page, ssid: string, password: string): Promise<void> {
  await page.goto('#/console/settings');
  const wifi = page.getByRole('form', { name: 'Wi-Fi des téléphones' });
  await wifi.getByLabel('Nom du réseau (SSID)').fill(ssid);
  await wifi.getByLabel('Mot de passe (vide pour un réseau ouvert)').fill(password);
  await wifi.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(wifi.getByRole('status')).toHaveText('Wi-Fi enregistré.');
}

/**
 * The debate's phone card → "Let phones join", on 127.0.0.1 (tests never reach another
 * address); waits for the join address and returns the join link.
 */
export async function phonesOnLoopback(page: Page): Promise<string> {
  const card = page.getByRole('region', { name: 'Téléphones du public' });
  await card.getByLabel('Réseau où les téléphones se connectent').selectOption({ label: '127.0.0.1 (lo)' });
  await card.getByLabel('Laisser les téléphones participer').click();
  const address = card.getByTestId('phone-address');
  await expect(address).toHaveText(/^127\.0\.0\.1:\d+\/[a-z2-9]{8}$/);
  return `http://${await address.textContent()}`;
}
