import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { makeVoiceFixtures } from '../support/voice-fixtures';
import { storedBlobs } from './support/blob-check';
import { screeningInDebate } from './support/debate-setup';
import { PhonePage, phonesOnLoopback } from './support/phone-page';
import { createHash } from 'node:crypto';

test('a phone sends a recorded question: a photo renamed .m4a is refused plainly, the recording plays in the console queue, from a phone', async ({
  context,
  browser,
}) => {
  const media = makeVoiceFixtures();
  const debate = await screeningInDebate(await context.newPage());
  const url = await phonesOnLoopback(debate.page);

  const phone = await PhonePage.open(browser, url);
  const voice = phone.page.locator('.voice');
  // No live microphone on plain HTTP: the page says the phone's own recorder opens.
  await expect(voice).toContainText('ne peut pas utiliser le micro directement');
  await expect(phone.page.locator('#voice-file')).toHaveAttribute('accept', 'audio/*');
  await expect(phone.page.locator('#voice-file')).toHaveAttribute('capture', '');

  await phone.record(media.pngAsM4a);
  await expect(phone.voiceStatus).toHaveText(
    'Ce fichier n’est pas un enregistrement sonore. Choisissez un enregistrement de votre voix.',
  );
  await phone.record(media.ogg);
  await expect(phone.voiceStatus).toHaveText(/merci/i);

  // The console: one spoken question, pending, from a phone, and its recording plays.
  const row = debate.row('Question à voix haute');
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('depuis un téléphone');
  await expect(row).toContainText('Question à voix haute (0:02)');
  const audio = row.locator('audio.q-audio');
  await expect(audio).toHaveJSProperty('readyState', 4);
  expect(await audio.evaluate((a: HTMLAudioElement) => a.play().then(() => a.paused))).toBe(false);
  const stored = await storedBlobs(debate.page);
  const bytes = readFileSync(media.ogg);
  expect(stored).toEqual([
    expect.objectContaining({
      mime: 'audio/ogg',
      size: bytes.length,
      digest: createHash('sha256').update(bytes).digest('hex'),
    }),
  ]);
  // Nothing unapproved on the stage.
  const stage = await context.newPage();
  await stage.goto('#/stage');
  await expect(stage.getByTestId('phone-address')).toBeVisible();
  await expect(stage.locator('#stage-question-text')).toHaveCount(0);
  await expect(stage.locator('audio')).toHaveCount(0);
});
