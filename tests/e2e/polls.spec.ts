import { expect, test } from '@playwright/test';
import { ClosingPage } from './support/closing-page';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { readStore } from './support/db-rows';
import { KioskPage } from './support/kiosk-page';
import { KioskPollScreen, PollsPage, stageBars } from './support/polls-page';

const QUESTION = 'Le voyage par la mer est-il dangereux ?';

test('the facilitator builds a poll with a voice prompt; two kiosk visits and a show of hands answer; the stage reveals the bars only when asked', async ({
  context,
}) => {
  const consolePage = await context.newPage();
  const console = new ConsolePage(consolePage);
  await console.goto();
  await console.createScreening(KOLDA_SCREENING);
  const closing = new ClosingPage(consolePage);
  await closing.open();
  await closing.type('Femmes', '6');
  await closing.type('Hommes', '6');

  const polls = new PollsPage(consolePage);
  await polls.goto();
  await polls.newPoll();
  await polls.editor.getByLabel('Question', { exact: true }).fill(QUESTION);
  // Bad input first: an option of 2,000 characters is refused with the reason, nothing saved.
  await polls.editor.getByLabel('Réponse 1', { exact: true }).fill('x'.repeat(2000));
  await polls.save();
  await expect(polls.editor.getByRole('alert')).toHaveText('La réponse 1 est trop longue (120 caractères au plus).');
  await polls.editor.getByLabel('Réponse 1', { exact: true }).fill('Oui');
  await polls.recordPrompt('Voix de la question');
  await polls.save();
  await expect(polls.editor).toBeHidden();
  await expect(polls.poll(QUESTION)).toContainText('Prêt');
  await polls.act(QUESTION, 'Ouvrir');
  await expect(polls.poll(QUESTION)).toContainText('Ouvert');

  const stage = await context.newPage();
  await stage.goto('#/stage');
  await expect(stage.getByRole('heading', { name: QUESTION, level: 1 })).toBeVisible();
  await expect(stage.getByText('Répondez à la borne')).toBeVisible();
  // Phones are not let in: no QR code and no empty box for one.
  await expect(stage.getByRole('img', { name: /Code QR/ })).toHaveCount(0);
  await expect(stage.getByRole('complementary')).toHaveCount(0);

  const kioskPage = await context.newPage();
  await kioskPage.goto('#/kiosk');
  const kiosk = new KioskPollScreen(kioskPage);
  for (const choice of ['Oui', 'Non']) {
    await expect(kiosk.question(QUESTION)).toBeVisible();
    // The question's voice prompt is there to play (autoplay) for who does not read.
    await expect(kioskPage.getByLabel('Écouter', { exact: true })).toHaveAttribute('src', /^blob:/);
    await kiosk.answer(choice);
    await expect(kiosk.thanks).toBeVisible();
    await kiosk.nextPerson();
  }
  await expect(kiosk.question(QUESTION)).toBeVisible();

  // Show of hands: a count that is not whole, then one above the attendance, are refused plainly.
  let form = await polls.hands(QUESTION, { Oui: '2.5', Non: '1' });
  await expect(form.getByRole('alert')).toHaveText('Tapez un nombre entier (0, 1, 2…) pour « Oui ».');
  form = await polls.hands(QUESTION, { Oui: '9', Non: '4' });
  await expect(form.getByRole('alert')).toHaveText(
    'Plus de mains levées (13) que de présents comptés (12) : recomptez.',
  );
  form = await polls.hands(QUESTION, { Oui: '5', Non: '3' });
  await expect(form.getByRole('status')).toHaveText('Mains levées enregistrées.');
  await expect(polls.poll(QUESTION)).toContainText('Borne 2 · Téléphones 0 · Mains levées 8');

  // The stage still hides the results: the room does not follow the first answers.
  await expect(stage.getByRole('heading', { name: QUESTION, level: 1 })).toBeVisible();
  await expect(stage.getByRole('list', { name: `Résultats : ${QUESTION}` })).toHaveCount(0);
  await polls.act(QUESTION, 'Montrer les résultats');
  await expect(stageBars(stage, QUESTION)).toHaveText([/Oui\s*6 · 60 %/, /Non\s*4 · 40 %/]);
  await expect(stage.getByText('10 réponses')).toBeVisible();

  // A person who touched an answer when it closes: the answer is refused, and said so.
  await kiosk.pick('Oui');
  await polls.act(QUESTION, 'Fermer');
  await expect(kiosk.question(QUESTION)).toBeVisible();
  await kiosk.send();
  await expect(kioskPage.getByRole('alert')).toHaveText(
    'Ce sondage vient d’être fermé : votre réponse n’a pas été enregistrée.',
  );
  const answers = await readStore(consolePage, 'pollAnswers');
  expect(answers.map((a) => [a.channel, a.count]).sort()).toEqual([
    ['hands', 3],
    ['hands', 5],
    ['kiosk', 1],
    ['kiosk', 1],
  ]);
  const outbox = await readStore(consolePage, 'outbox');
  expect(outbox.filter((o) => o.table === 'pollAnswers')).toHaveLength(4);
  const [poll] = await readStore(consolePage, 'polls');
  const blobs = await readStore(consolePage, 'blobs');
  expect(blobs.map((b) => b.hash)).toContain(poll!.prompt!.hash);
  // Closed, the stage keeps the revealed results until taken off.
  await expect(stageBars(stage, QUESTION)).toHaveCount(2);
  await polls.act(QUESTION, 'Retirer de l’écran');
  await expect(stage.getByRole('heading', { name: QUESTION, level: 1 })).toBeHidden();
  await new KioskPage(kioskPage).goto();
});
