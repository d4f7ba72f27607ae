import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { screeningInDebate } from './support/debate-setup';
import { PhonePage, saveWifi } from './support/phone-page';
import { ReportsPage } from './support/reports-page';

const ASKED = 'Pourquoi les jeunes partent-ils encore ?';
const NAUGHTY = '<img src=x onerror="document.title=1"> =HYPERLINK("x") ŋ ë';
const SAVED = /merci/i;

test('phones join the debate: ask, pledge with and without consent, vote; the console moderates; a new link kills the old one', async ({
  context,
  browser,
}) => {
  const first = await context.newPage();
  await saveWifi(first, 'MaM Thiès', 'jamm;2026');
  const debate = await screeningInDebate(first);
  const card = debate.page.getByRole('region', { name: 'Téléphones du public' });
  await card.getByLabel('Réseau où les téléphones se connectent').selectOption({ label: '127.0.0.1 (lo)' });
  const toggle = card.getByLabel('Laisser les téléphones participer');
  await expect(toggle).not.toBeChecked(); // off by default
  await toggle.click();
  await expect(toggle).toBeChecked();
  const address = card.getByTestId('phone-address');
  await expect(address).toHaveText(/^127\.0\.0\.1:\d+\/[a-z2-9]{8}$/);
  await expect(card.getByRole('img', { name: 'Code QR pour ouvrir la page des téléphones' })).toBeVisible();
  // The standard Wi-Fi code phones' cameras read, with the ; escaped.
  await expect(card.getByRole('img', { name: 'Code QR pour rejoindre le Wi-Fi MaM Thiès' })).toHaveAttribute(
    'data-payload',
    'WIFI:T:WPA;S:MaM Thiès;P:jamm\\;2026;;',
  );
  const url = `http://${await address.textContent()}`;
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await expect(stage.getByTestId('phone-address')).toHaveText((await address.textContent())!);

  const a = await PhonePage.open(browser, url);
  const b = await PhonePage.open(browser, url);
  await a.ask(ASKED);
  await expect(a.status).toHaveText(SAVED);
  await b.language('Wolof');
  await b.ask(NAUGHTY, 'Yónnee sama laaj');
  await expect(b.status).toHaveText(/jërëjëf/);

  await b.tab('Dige');
  await b.pledge('Dinaa nettali sama tukki', { name: 'Awa Ndiaye', phone: '77 123 45 67' });
  await expect(b.status).toHaveText(/jërëjëf/);
  await a.tab('M’engager');
  await a.pledge('Je partagerai le message', null);
  await expect(a.status).toHaveText(SAVED);

  // The console: both questions pending, marked from a phone, the markup shown as text.
  await expect(debate.row(ASKED)).toContainText('depuis un téléphone');
  await expect(debate.row(NAUGHTY)).toContainText(NAUGHTY);
  await debate.act(ASKED, 'Approuver');
  await debate.act(NAUGHTY, 'Approuver');

  // Phones see the approved questions and say "me too", once per phone.
  for (const phone of [a, b]) {
    await phone.tab(phone === a ? 'Questions du débat' : 'Laaj yi ci waxtaan wi');
    await phone.waitForQuestion(phone === a ? ASKED : NAUGHTY);
    await expect(phone.question(ASKED)).toBeVisible();
  }
  await expect(b.question(NAUGHTY).locator('.text')).toHaveText(NAUGHTY);
  await expect(b.page.locator('.questions img')).toHaveCount(0);
  await a.question(ASKED).getByRole('button', { name: 'Moi aussi' }).click();
  await expect(a.question(ASKED).getByRole('button')).toHaveText('Vous avez voté');
  await expect(a.question(ASKED).getByRole('button')).toBeDisabled();
  await b.question(ASKED).getByRole('button', { name: 'Man itam' }).click();
  await expect(b.question(ASKED).getByRole('button')).toHaveText('Tànn nga');
  await debate.tab('Approuvées');
  await expect(debate.row(ASKED).getByTestId('question-votes')).toHaveText('2 « moi aussi »');
  // Sorted by votes, the question with the most "me too" comes first, whatever its time.
  await debate.order('Plus récentes d’abord');
  await expect(debate.rows().first()).toContainText(NAUGHTY);
  await debate.order('Plus de « moi aussi » d’abord');
  await expect(debate.rows().first()).toContainText(ASKED);
  await expect(debate.rows().nth(1)).toContainText(NAUGHTY);

  // The stage shows the top-voted approved question with its votes, then projects it.
  await expect(stage.getByTestId('stage-top-voted')).toContainText(ASKED);
  await expect(stage.getByTestId('stage-top-voted')).toContainText('2 « moi aussi »');
  await debate.act(ASKED, 'Projeter');
  await expect(stage.locator('#stage-question-text')).toHaveText(ASKED);
  expect(await stage.title()).not.toBe('1');

  const pledges = await readStore(debate.page, 'pledges');
  expect(pledges.map((p) => [p.source, p.followUp, p.contact?.phone ?? null]).sort()).toEqual([
    ['phone', 'none', null],
    ['phone', 'to_contact', '771234567'],
  ]);
  expect(await readStore(debate.page, 'votes')).toHaveLength(2);
  await expect(card.getByTestId('phone-counts')).toHaveText(
    'Depuis les téléphones : 2 questions, 2 engagements, 2 « moi aussi »',
  );

  // A new link: the old page refuses, the new one works.
  await card.getByRole('button', { name: /^Nouveau lien/ }).click();
  await expect(address).not.toHaveText(url.replace('http://', ''));
  await a.page.getByRole('button', { name: 'Actualiser' }).click();
  await expect(a.page.getByRole('alert')).toHaveText(/Ce lien n’est plus valable/);
  await a.page.reload();
  await expect(a.page.locator('h1').first()).toHaveText('Ce lien n’est plus valable');
  const fresh = await PhonePage.open(browser, `http://${await address.textContent()}`);
  await expect(fresh.page.locator('nav.tabs')).toBeVisible();

  // Turning phone access off kills the link too.
  await toggle.click();
  await expect(toggle).not.toBeChecked();
  await expect(stage.getByTestId('phone-address')).toHaveCount(0);
  await expect(fresh.page.request.get(fresh.page.url())).rejects.toThrow();

  // The screening's report counts the entries by source and the "me too" votes.
  const reports = new ReportsPage(first);
  await reports.open();
  await reports.ready();
  const figures = (caption: string) => reports.report.getByRole('table', { name: caption, exact: true });
  const questions = figures('Questions');
  await expect(questions.getByRole('row', { name: /Depuis un téléphone/ })).toContainText('2');
  await expect(figures('Engagements').getByRole('row', { name: /Depuis un téléphone/ })).toContainText('2');
  const votes = figures('Votes « moi aussi » (questions les plus soutenues)');
  await expect(votes.getByRole('row', { name: /^Total/ })).toContainText('2');
  await expect(votes.getByRole('row', { name: ASKED })).toContainText('2');
});
