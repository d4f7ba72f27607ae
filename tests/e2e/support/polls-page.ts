import { expect, type Locator, type Page } from '@playwright/test';
import { ClosingPage } from './closing-page';
import { ConsolePage, KOLDA_SCREENING } from './console-page';

/** Console → Polls (French labels), named after what the facilitator does there. */
export class PollsPage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/console/polls');
    await this.page.getByRole('heading', { name: 'Sondages', exact: true }).waitFor();
  }

  get editor(): Locator {
    return this.page.getByRole('form', { name: /sondage$/ });
  }

  /** A poll of the list, found by its question. */
  poll(question: string): Locator {
    return this.page.getByRole('list', { name: 'Sondages de la projection' }).getByRole('listitem', { name: question });
  }

  async newPoll(): Promise<void> {
    await this.page.getByRole('button', { name: 'Nouveau sondage' }).click();
    await expect(this.editor).toBeVisible();
  }

  /** Records a voice prompt with the fake microphone (the recorder group named `label`). */
  async recordPrompt(label: string, seconds = 1.5): Promise<void> {
    const group = this.editor.getByRole('group', { name: label });
    await group.getByRole('button', { name: 'Enregistrer la voix' }).click();
    await expect(group.getByRole('button', { name: 'Arrêter' })).toBeVisible();
    await expect(group.getByRole('status')).toContainText(`0:0${Math.ceil(seconds)}`, {
      timeout: 5_000 + seconds * 1000,
    });
    await group.getByRole('button', { name: 'Arrêter' }).click();
    await expect(group.getByRole('status')).toContainText('Voix enregistrée');
  }

  /** A new yes/no poll, left as the editor fills it in ("Oui", "Non"), saved as a draft. */
  async addYesNo(question: string): Promise<void> {
    await this.newPoll();
    await this.editor.getByLabel('Question', { exact: true }).fill(question);
    await this.save();
    await expect(this.poll(question)).toContainText('Prêt');
  }

  async save(): Promise<void> {
    await this.editor.getByRole('button', { name: 'Enregistrer le sondage' }).click();
  }

  async act(question: string, action: string): Promise<void> {
    await this.poll(question).getByRole('button', { name: action, exact: true }).click();
  }

  /** Types a show of hands into an open poll, one count per option label, and saves. */
  async hands(question: string, counts: Record<string, string>): Promise<Locator> {
    const form = this.poll(question).getByRole('form', { name: 'Mains levées' });
    for (const [label, value] of Object.entries(counts)) await form.getByLabel(label, { exact: true }).fill(value);
    await form.getByRole('button', { name: 'Enregistrer les mains levées' }).click();
    return form;
  }
}

/** The attendee kiosk's poll screen. */
export class KioskPollScreen {
  constructor(readonly page: Page) {}

  question(text: string): Locator {
    return this.page.getByRole('heading', { name: text, level: 2 });
  }

  async answer(label: string): Promise<void> {
    await this.pick(label);
    await this.send();
  }

  /** Touches an answer (from then on the poll is this person's until the visit ends). */
  async pick(label: string): Promise<void> {
    await this.page.getByRole('button', { name: label, exact: true }).click();
    await expect(this.page.getByRole('button', { name: label, exact: true })).toHaveAttribute('aria-pressed', 'true');
  }

  async send(): Promise<void> {
    await this.page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  }

  get thanks(): Locator {
    return this.page.getByRole('status').filter({ hasText: 'Merci ! Votre réponse est enregistrée.' });
  }

  async nextPerson(): Promise<void> {
    await this.page.getByRole('button', { name: 'Personne suivante' }).click();
  }
}

/** The results on the stage, as the room sees them: one "label count · %" row per option. */
export function stageBars(stage: Page, question: string): Locator {
  return stage.getByRole('list', { name: `Résultats : ${question}` }).getByRole('listitem');
}

/** A new screening with 12 people counted (6 women, 6 men): shows of hands are checked against it. */
export async function screeningWithTwelvePresent(page: Page): Promise<void> {
  await new ConsolePage(page).createScreening(KOLDA_SCREENING);
  const closing = new ClosingPage(page);
  await closing.open();
  await closing.type('Femmes', '6');
  await closing.type('Hommes', '6');
}
