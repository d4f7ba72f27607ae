import { expect, type Locator, type Page } from '@playwright/test';

type Tab = 'En attente' | 'Approuvées' | 'Répondues' | 'Écartées';

/** The console's Debate section (French labels), named after what the facilitator does. */
export class DebatePage {
  constructor(readonly page: Page) {}

  async goto(): Promise<void> {
    await this.page.goto('#/console/debate');
    await expect(this.queue).toBeVisible();
  }

  get queue(): Locator {
    return this.page.getByRole('region', { name: 'File des questions' });
  }

  get onStage(): Locator {
    return this.page.getByRole('region', { name: 'À l’écran' });
  }

  get counters(): Locator {
    return this.page.getByRole('region', { name: 'Compteurs' });
  }

  async tab(name: Tab): Promise<void> {
    await this.queue.getByRole('tab', { name: new RegExp(`^${name}`) }).click();
  }

  /** The tab's count badge, as shown. */
  async tabCount(name: Tab): Promise<string> {
    return (await this.queue
      .getByRole('tab', { name: new RegExp(`^${name}`) })
      .locator('.badge')
      .textContent())!;
  }

  /** The queue's own rows: not the items of a merged question's list of originals inside one. */
  rows(): Locator {
    return this.queue.getByRole('listitem').and(this.page.locator('li.q-row'));
  }

  row(text: string | RegExp): Locator {
    return this.rows().filter({ hasText: text });
  }

  /** The queue draws one page of rows at a time: where it stands, the pages before and after. */
  get pager(): Locator {
    return this.queue.getByRole('navigation', { name: 'Pages de la file' });
  }

  /** Turns one page, and waits until the rows of that page are drawn. */
  async turnPage(to: 'Précédentes' | 'Suivantes'): Promise<void> {
    const range = this.pager.locator('span');
    const before = await range.textContent();
    await this.pager.getByRole('button', { name: to }).click();
    await expect(range).not.toHaveText(before!);
  }

  /** Whether the page before (or after) exists: its button is there and can be pressed. */
  async canTurn(to: 'Précédentes' | 'Suivantes'): Promise<boolean> {
    const b = this.pager.getByRole('button', { name: to });
    return (await b.count()) > 0 && b.isEnabled();
  }

  /** The texts of the whole queue, page after page from the first, as the facilitator reads them. */
  async allTexts(): Promise<string[]> {
    while (await this.canTurn('Précédentes')) await this.turnPage('Précédentes');
    const texts = await this.queue.locator('.q-body__text').allTextContents();
    while (await this.canTurn('Suivantes')) {
      await this.turnPage('Suivantes');
      texts.push(...(await this.queue.locator('.q-body__text').allTextContents()));
    }
    return texts;
  }

  /** Turns the pages (onwards, then from the first) until the question's row is drawn; returns that row. */
  async findRow(text: string | RegExp): Promise<Locator> {
    const row = this.row(text);
    while ((await row.count()) === 0 && (await this.canTurn('Suivantes'))) await this.turnPage('Suivantes');
    if ((await row.count()) > 0) return row;
    while (await this.canTurn('Précédentes')) await this.turnPage('Précédentes');
    while ((await row.count()) === 0 && (await this.canTurn('Suivantes'))) await this.turnPage('Suivantes');
    return row;
  }

  /** Picks a question for the keyboard shortcuts by clicking its text (not one of its buttons). */
  async select(text: string | RegExp): Promise<void> {
    await this.row(text).locator('.q-body').click();
  }

  async act(text: string | RegExp, action: 'Approuver' | 'Projeter' | 'Écarter' | 'Rétablir'): Promise<void> {
    await this.row(text)
      .getByRole('button', { name: new RegExp(`^${action}`) })
      .click();
  }

  async dismiss(text: string | RegExp, reason: 'Hors sujet' | 'Déjà posée' | 'Irrespectueuse' | null): Promise<void> {
    await this.act(text, 'Écarter');
    const form = this.row(text).getByRole('group', { name: 'Écarter la question' });
    await form.getByRole('button', { name: reason ?? 'Écarter sans motif', exact: true }).click();
  }

  async answered(): Promise<void> {
    await this.onStage.getByRole('button', { name: /^Répondue/ }).click();
  }

  get searchField(): Locator {
    return this.queue.getByRole('searchbox', { name: 'Chercher dans la file' });
  }

  /** Types into the queue's search, as the facilitator does: the list filters on each key. */
  async search(text: string): Promise<void> {
    await this.searchField.fill('');
    await this.searchField.pressSequentially(text);
  }

  async order(
    order: 'Plus anciennes d’abord' | 'Plus récentes d’abord' | 'Plus de « moi aussi » d’abord',
  ): Promise<void> {
    await this.queue.getByLabel('Ordre de la file').selectOption({ label: order });
  }

  /** Tags a question with one of the evening's topics from its row's menu. */
  async tag(text: string | RegExp, topic: string): Promise<void> {
    await this.row(text).getByLabel('Ajouter un thème à la question').selectOption({ label: topic });
  }

  async filterTopic(topic: string): Promise<void> {
    await this.queue.getByLabel('Filtrer par thème').selectOption({ label: topic });
  }

  /** The merge in progress (questions chosen, the one kept, the button), and after it, Undo. */
  get mergeBar(): Locator {
    return this.queue.getByRole('group', { name: 'Fusionner des doublons' });
  }

  get topicsDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Thèmes de la soirée' });
  }

  get floorDialog(): Locator {
    return this.page.getByRole('dialog', { name: 'Question posée depuis la salle' });
  }

  /** Logs a question asked aloud: the gist, its language and, if given, who asked (as seen). */
  async logFloorQuestion(
    gist: string,
    language: 'français' | 'wolof' | 'autre langue',
    asker: { gender?: 'femme' | 'homme'; age?: 'jeune' | 'adulte' } = {},
  ): Promise<void> {
    await this.queue.getByRole('button', { name: /^Question de la salle/ }).click();
    const d = this.floorDialog;
    await d.getByLabel('L’essentiel de la question').fill(gist);
    await d.getByRole('group', { name: 'Langue' }).getByRole('button', { name: language }).click();
    if (asker.gender)
      await d
        .getByRole('group', { name: /^Personne/ })
        .getByRole('button', { name: asker.gender })
        .click();
    if (asker.age) await d.getByRole('group', { name: /^Âge/ }).getByRole('button', { name: asker.age }).click();
    await d.getByRole('button', { name: 'Enregistrer la question' }).click();
    await expect(d).toHaveCount(0);
  }

  /** A counter's value by its group and label, e.g. ('Par langue', 'wolof'). */
  counter(group: string | RegExp, label: string): Locator {
    return this.counters
      .getByRole('group', { name: group })
      .locator('dt', { hasText: new RegExp(`^${label}$`) })
      .locator('xpath=following-sibling::dd[1]');
  }
}
