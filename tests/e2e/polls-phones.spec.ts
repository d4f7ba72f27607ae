import { devices, expect, test, type Browser } from '@playwright/test';
import { readStore } from './support/db-rows';
import { screeningInDebate } from './support/debate-setup';
import { KioskPage } from './support/kiosk-page';
import { PhonePage, phonesOnLoopback } from './support/phone-page';
import { KioskPollScreen, PollsPage } from './support/polls-page';

const BEFORE = 'Partir sans papiers met-il la vie en danger ?';
const AFTER = 'Après le débat, le voyage sans papiers vous semble-t-il dangereux ?';
const JOIN_QR = 'Code QR pour ouvrir la page des téléphones';

/** A phone whose page timers the test moves by hand (it looks for the open poll every few seconds). */
async function phoneWithClock(browser: Browser, url: string): Promise<PhonePage> {
  const context = await browser.newContext({ ...devices['Pixel 5'] });
  await context.clock.install();
  const phone = new PhonePage(await context.newPage());
  await phone.page.goto(url);
  return phone;
}

test('phones answer the open poll once each; the console counts the phone channel; a closed poll refuses; the stage shows the QR while open; the kiosk follows the open poll', async ({
  context,
  browser,
}) => {
  const debate = await screeningInDebate(await context.newPage());
  const page = debate.page;
  const url = await phonesOnLoopback(page);
  /** The poll the phone server offers now (the console tells it a moment after a change). */
  const serverPoll = async () =>
    ((await (await page.request.get(`${url}/api/poll`)).json()) as { poll: { question: string } | null }).poll;

  const polls = new PollsPage(page);
  await polls.goto();
  for (const question of [BEFORE, AFTER]) await polls.addYesNo(question);
  const stage = await context.newPage();
  await stage.goto('#/stage');
  const kioskPage = await context.newPage();
  await kioskPage.goto('#/kiosk');
  const kiosk = new KioskPollScreen(kioskPage);
  const home = new KioskPage(kioskPage).home;
  await expect(home).toBeVisible();
  // A phone already on the page before the poll opens finds it by itself.
  const late = await phoneWithClock(browser, url);
  await expect(late.page.locator('nav.tabs')).toBeVisible();
  await polls.act(BEFORE, 'Ouvrir');

  // The stage: the question, its pictures and the code phones scan to answer.
  await expect(stage.getByRole('heading', { name: BEFORE, level: 1 })).toBeVisible();
  const stagePhones = stage.getByRole('complementary', { name: 'Répondez avec votre téléphone' });
  await expect(stagePhones.getByRole('img', { name: JOIN_QR })).toBeVisible();
  await expect(stagePhones.getByTestId('phone-address')).toHaveText(url.replace('http://', ''));

  const a = await PhonePage.open(browser, url);
  const b = await PhonePage.open(browser, url);
  const pollA = a.page.getByRole('region', { name: 'Une question pour vous' });
  await expect(pollA.getByText(BEFORE)).toBeVisible();
  await pollA.getByRole('button', { name: 'Oui', exact: true }).click();
  await pollA.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await expect(pollA.getByRole('status')).toHaveText('Merci ! Votre réponse est enregistrée.');
  // In Wolof, the kiosk's own yes/no words (the question stays as the facilitator wrote it).
  await b.language('Wolof');
  const pollB = b.page.getByRole('region', { name: 'Benn laaj ngir yaw' });
  await pollB.getByRole('button', { name: 'Déedéet', exact: true }).click();
  await pollB.getByRole('button', { name: 'Yónnee sama tontu' }).click();
  await expect(pollB.getByRole('status')).toHaveText('Jërëjëf! Sa tontu denc nañu ko.');

  // One answer per phone: reloaded, it says so; a second answer under a new id changes nothing.
  await a.page.reload();
  await expect(pollA.getByRole('status')).toHaveText('Vous avez déjà répondu à ce sondage avec ce téléphone.');
  await expect(pollA.getByRole('button', { name: 'Non', exact: true })).toBeDisabled();
  const again = await a.page.evaluate(async () => {
    const token = location.pathname.split('/')[1];
    const poll = ((await (await fetch(`/${token}/api/poll`)).json()) as { poll: { id: string } }).poll;
    const body = {
      id: 'PAGAIN0000000001',
      phoneId: localStorage.getItem('mam-phone-id'),
      pollId: poll.id,
      optionId: 'o2',
    };
    const res = await fetch(`/${token}/api/poll-answers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    return (await res.json()) as unknown;
  });
  expect(again).toEqual({ status: 'already' });

  // The console counts them under the phone channel; the kiosk adds one visit.
  await expect(kiosk.question(BEFORE)).toBeVisible();
  await kiosk.answer('Oui');
  await expect(kiosk.thanks).toBeVisible();
  await kiosk.nextPerson();
  await expect(polls.poll(BEFORE)).toContainText('Borne 1 · Téléphones 2 · Mains levées 0');
  const answers = await readStore(page, 'pollAnswers');
  expect(answers.map((x) => [x.channel, x.optionId]).sort()).toEqual([
    ['kiosk', 'o1'],
    ['phone', 'o1'],
    ['phone', 'o2'],
  ]);
  expect((await readStore(page, 'outbox')).filter((o) => o.table === 'pollAnswers')).toHaveLength(3);

  // A phone that picked an answer when the poll closes is told plainly; nothing is stored.
  await late.page.clock.runFor(10_000);
  const pollLate = late.page.getByRole('region', { name: 'Une question pour vous' });
  await pollLate.getByRole('button', { name: 'Non', exact: true }).click();
  // The idle kiosk still shows the open poll (the next person has not touched it)…
  await expect(kiosk.question(BEFORE)).toBeVisible();
  await polls.act(BEFORE, 'Fermer');
  // The console tells the phone server a moment later; the phone sends once it knows.
  await expect.poll(() => serverPoll()).toBeNull();
  await pollLate.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await expect(late.page.getByRole('alert')).toHaveText(
    'Ce sondage est fermé : votre réponse n’a pas été enregistrée.',
  );
  // …and follows it: closed, back to the welcome screen, and no QR on the stage any more.
  await expect(home).toBeVisible();
  await expect(stage.getByRole('img', { name: JOIN_QR })).toHaveCount(0);

  // The "after" poll opens: the kiosk shows it untouched, the phones find it.
  await polls.act(AFTER, 'Ouvrir');
  await expect(kiosk.question(AFTER)).toBeVisible();
  await expect(stagePhones.getByRole('img', { name: JOIN_QR })).toBeVisible();
  await expect.poll(() => serverPoll()).toMatchObject({ question: AFTER });
  await late.page.clock.runFor(10_000);
  await expect(pollLate.getByText(AFTER)).toBeVisible();
  await pollLate.getByRole('button', { name: 'Oui', exact: true }).click();
  await pollLate.getByRole('button', { name: 'Envoyer ma réponse' }).click();
  await expect(pollLate.getByRole('status')).toHaveText('Merci ! Votre réponse est enregistrée.');
  await expect(polls.poll(AFTER)).toContainText('Borne 0 · Téléphones 1 · Mains levées 0');
  expect((await readStore(page, 'pollAnswers')).filter((x) => x.channel === 'phone')).toHaveLength(3);
});
