import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The attendee kiosk (`#/kiosk`, French labels), named after what an attendee does
 * there: pictures and big buttons, an on-screen keyboard, a microphone.
 */
export class KioskPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/kiosk');
    await expect(this.home).toBeVisible();
  }

  get home(): Locator {
    return this.page.getByRole('heading', { name: 'Bienvenue ! Que voulez-vous faire ?' });
  }

  button(name: string | RegExp): Locator {
    return this.page.getByRole('button', { name, exact: typeof name === 'string' });
  }

  get keyboard(): Locator {
    return this.page.getByRole('group', { name: 'Clavier' });
  }

  get questionField(): Locator {
    return this.page.getByRole('textbox', { name: 'Écrivez votre question' });
  }

  /** Types with the on-screen keys only: Shift for capitals, the space bar for spaces. */
  async typeOnScreen(text: string): Promise<void> {
    for (const ch of text) {
      if (ch === ' ') await this.keyboard.getByRole('button', { name: 'Espace' }).click();
      else if (ch !== ch.toLocaleLowerCase('fr')) {
        await this.keyboard.getByRole('button', { name: 'Majuscule' }).click();
        await this.keyboard.getByRole('button', { name: ch, exact: true }).click();
      } else await this.keyboard.getByRole('button', { name: ch, exact: true }).click();
    }
  }

  async startTypedQuestion(): Promise<void> {
    await this.button('Poser une question').click();
    await this.button('L’écrire').click();
    await expect(this.questionField).toBeVisible();
  }

  get questionThanks(): Locator {
    return this.page.getByRole('heading', { name: 'Merci ! Votre question est bien enregistrée.' });
  }

  /** Sends what is on screen and waits for the thank-you that follows the save. */
  async send(): Promise<void> {
    await this.button(/^Envoyer$/).click();
  }

  /** Asks a question typed on a physical keyboard (or pasted), and waits for the thanks. */
  async askTyped(text: string): Promise<void> {
    await this.startTypedQuestion();
    await this.questionField.fill(text);
    await this.send();
    await expect(this.questionThanks).toBeVisible();
    await this.nextPerson();
  }

  async nextPerson(): Promise<void> {
    await this.button('Personne suivante').click();
    await expect(this.home).toBeVisible();
  }

  get timer(): Locator {
    return this.page.getByRole('timer', { name: 'Temps restant' });
  }

  /**
   * Records with the microphone until the countdown has moved by `seconds`, then stops.
   * `press: false` when recording was already started (by "Recommencer").
   */
  async record(seconds: number, press = true): Promise<void> {
    const start = clockSeconds((await this.timer.textContent())!);
    if (press) await this.button('Appuyez pour parler').click();
    await expect(this.button('Arrêter')).toBeVisible();
    await expect
      .poll(async () => start - clockSeconds((await this.timer.textContent())!))
      .toBeGreaterThanOrEqual(seconds);
    await this.button('Arrêter').click();
    await expect(this.page.getByRole('status').filter({ hasText: /^Enregistrement de/ })).toBeVisible();
  }

  /** Plays the recording back on the kiosk and waits until it has really played a while. */
  async listen(): Promise<void> {
    await this.button('Écouter').click();
    await expect
      .poll(() => this.page.locator('audio').evaluate((a) => (a as unknown as { currentTime: number }).currentTime))
      .toBeGreaterThan(0.3);
  }
}

export const clockSeconds = (clock: string) =>
  clock
    .trim()
    .split(':')
    .reduce((s, part) => s * 60 + Number(part), 0);
