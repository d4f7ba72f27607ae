import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { storedBlobs } from './support/blob-check';
import { PANELISTS, threeScreens } from './support/debate-setup';

const TYPED = 'Ñan ñoo ëpp doole ci ŋaayoo bi?';
const PHYSICAL = 'Pourquoi partir sans papiers ?';

test('a question typed on the kiosk keyboard (ŋ, ë) goes through every status, and the stage follows the console', async ({
  context,
}) => {
  const errors: string[] = [];
  context.on('weberror', (e) => errors.push(e.error().message));
  const { debate, kiosk, stage } = await threeScreens(context);

  // On-screen keys only (Shift for Ñ), then a second question on a physical keyboard.
  // On the night each screen is its own window; here they are tabs, and Chromium pauses
  // animation frames in a hidden tab, so the one being touched comes to the front.
  await kiosk.page.bringToFront();
  await kiosk.startTypedQuestion();
  await kiosk.typeOnScreen(TYPED);
  await expect(kiosk.questionField).toHaveValue(TYPED);
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();
  await kiosk.nextPerson();
  // The next person sees nothing of the last one's question.
  await expect(kiosk.page.getByText(TYPED)).toHaveCount(0);
  await kiosk.startTypedQuestion();
  await kiosk.questionField.pressSequentially(PHYSICAL);
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();

  // The console's queue shows both, pending; the stage shows neither yet.
  await debate.page.bringToFront();
  await expect(debate.row(TYPED)).toBeVisible();
  await expect(debate.row(PHYSICAL)).toBeVisible();
  expect(await debate.tabCount('En attente')).toBe('2');
  await expect(stage.getByText('Posez votre question à la borne, par écrit ou à voix haute.')).toBeVisible();

  // The kiosk was in French, the question is in Wolof: the facilitator says so.
  await debate.row(TYPED).getByLabel('Langue de la question').selectOption('wo');
  await expect(debate.counter('Par langue', 'wolof')).toHaveText('1');

  // By the buttons: approve, project (with a panelist), answered.
  await debate.act(TYPED, 'Approuver');
  await expect(debate.row(TYPED)).toHaveCount(0);
  await debate.tab('Approuvées');
  await debate.act(TYPED, 'Projeter');
  await expect(debate.onStage).toContainText(TYPED);
  await expect(stage.locator('#stage-question-text')).toHaveText(TYPED);
  await debate.onStage.getByLabel('Panéliste').selectOption(PANELISTS[0]!);
  await expect(stage.getByText(`Réponse : ${PANELISTS[0]}`)).toBeVisible();
  await expect(debate.onStage.getByRole('timer', { name: 'Temps de réponse' })).toBeVisible();
  await debate.answered();
  await expect(stage.locator('#stage-question-text')).toHaveCount(0);
  await expect(stage.getByText('Posez votre question à la borne, par écrit ou à voix haute.')).toBeVisible();
  await debate.tab('Répondues');
  await expect(debate.row(TYPED)).toBeVisible();

  // By the keys, with one hand: X dismisses (with a reason), R restores, A, P, T.
  await debate.tab('En attente');
  await debate.select(PHYSICAL);
  await debate.page.keyboard.press('x');
  await debate.row(PHYSICAL).getByRole('button', { name: 'Hors sujet' }).click();
  await debate.tab('Écartées');
  await expect(debate.row(PHYSICAL)).toContainText('motif : Hors sujet');
  await debate.select(PHYSICAL);
  await debate.page.keyboard.press('r');
  await debate.tab('En attente');
  await debate.select(PHYSICAL);
  await debate.page.keyboard.press('a');
  await expect(stage.getByRole('region', { name: 'Questions suivantes' })).toContainText(PHYSICAL);
  await debate.tab('Approuvées');
  await debate.select(PHYSICAL);
  await debate.page.keyboard.press('p');
  await expect(stage.locator('#stage-question-text')).toHaveText(PHYSICAL);
  await debate.page.keyboard.press('t');
  await expect(stage.locator('#stage-question-text')).toHaveCount(0);

  // Counters, then what was stored: every moderation step is in the audit trail.
  await expect(debate.counter(/^Questions/, 'Répondues')).toHaveText('2');
  await expect(debate.counter('Par langue', 'français')).toHaveText('1');
  await expect(debate.counter('Par langue', 'wolof')).toHaveText('1');
  const questions = await readStore(debate.page, 'questions');
  expect(questions.map((q) => [q.text, q.status]).sort()).toEqual([
    [PHYSICAL, 'answered'],
    [TYPED, 'answered'],
  ]);
  expect(questions.find((q) => q.text === TYPED)!.panelist).toBe(PANELISTS[0]);
  const trail = (await readStore(debate.page, 'events'))
    .flatMap((e) => (e.type === 'moderation' ? [e] : []))
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ data: d }) => `${d.action}:${String('to' in d ? d.to : 'panelist' in d ? d.panelist : '')}`);
  expect(trail).toEqual([
    'language:wo',
    'approve:approved',
    'project:on_stage',
    `assign:${PANELISTS[0]}`,
    'answered:answered',
    'dismiss:dismissed',
    'restore:pending',
    'approve:approved',
    'project:on_stage',
    'answered:answered',
  ]);

  // The stage speaks the console's language, phase-aware, in Wolof too.
  await debate.page.getByRole('button', { name: 'Wolof' }).click();
  await expect(stage.getByText('Laajal sa laaj ci borne bi, bind ko walla wax ko.')).toBeVisible();
  expect(errors).toEqual([]);
});

test('a spoken question recorded with the microphone is played back, sent, heard in the console and flagged on stage', async ({
  context,
}) => {
  const { debate, kiosk, stage } = await threeScreens(context);
  await kiosk.page.bringToFront();
  await kiosk.button('Poser une question').click();
  await kiosk.button('Le dire à voix haute').click();
  // The limit is shown before recording and counts down while recording.
  await expect(kiosk.timer).toHaveText('1:00');
  await kiosk.record(2);
  await kiosk.listen();
  // Recording again replaces the first take; only the one sent is stored.
  await kiosk.button('Recommencer').click();
  await kiosk.record(1, false);
  await kiosk.button('Effacer cet enregistrement').click();
  await kiosk.record(3);
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();

  const blobs = await storedBlobs(kiosk.page);
  expect(blobs).toHaveLength(1);
  expect(blobs[0]!.digest).toBe(blobs[0]!.key);
  expect(blobs[0]!.mime).toMatch(/^audio\/webm/);
  expect(blobs[0]!.magic).toBe('1a45dfa3');
  expect(blobs[0]!.size).toBeGreaterThan(1000);

  await debate.page.bringToFront();
  const row = debate.row(/Question à voix haute \(0:0[3-4]\)/);
  await expect(row).toBeVisible();
  const audio = row.getByLabel('Enregistrement de la question');
  await audio.evaluate((a) => (a as unknown as { play(): Promise<void> }).play());
  await expect
    .poll(() => audio.evaluate((a) => (a as unknown as { currentTime: number }).currentTime))
    .toBeGreaterThan(0.5);

  await debate.act(/Question à voix haute/, 'Projeter');
  await expect(stage.getByText('Question posée à voix haute : l’animateur va la faire écouter.')).toBeVisible();
  await expect(debate.onStage.getByLabel('Enregistrement de la question')).toBeVisible();
});
