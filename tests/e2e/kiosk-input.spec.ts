import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { expectAboveFold, LAPTOP, pageHeight } from './support/fold';
import { screeningInDebate } from './support/debate-setup';
import { debateTonight } from './support/debate-rows';
import { seedRows } from './support/seed-db';
import { KioskPage } from './support/kiosk-page';

test('bad input on the kiosk is refused with a message in the attendee’s language, and nothing typed is lost', async ({
  context,
}) => {
  const debate = await screeningInDebate(await context.newPage());
  const kiosk = new KioskPage(await context.newPage());
  await kiosk.goto();
  const alert = kiosk.page.getByRole('alert');
  await kiosk.startTypedQuestion();

  // Empty, then whitespace only.
  await kiosk.send();
  await expect(alert).toHaveText('Rien n’a été écrit. Écrivez quelques mots ou enregistrez votre voix.');
  await kiosk.questionField.fill('   \n\t   ');
  await kiosk.send();
  await expect(alert).toHaveText(/^Rien n’a été écrit/);
  // The same refusal in Wolof once the attendee switches language.
  await kiosk.button('Wolof').click();
  await kiosk.button('Yónnee').click();
  await expect(alert).toHaveText('Binduloo dara. Bindal ay baat walla nga wax.');
  await kiosk.button('Français').click();

  // 10,000 characters: the limit is shown, the text is kept whole, and it is not sent.
  const long = 'Nit ki dafa xiif. '.repeat(556).slice(0, 10_000);
  await kiosk.questionField.fill(long);
  const tooLong = /^Texte trop long : 10\s000 caractères, 500 au plus\. Raccourcissez-le de 9\s500\.$/;
  await expect(alert).toHaveText(tooLong);
  await kiosk.send();
  // Refused: the caret goes back into the text, and the one message stays the only one.
  await expect(kiosk.questionField).toBeFocused();
  await expect(alert).toHaveCount(1);
  await expect(alert).toHaveText(tooLong);
  await expect(kiosk.questionField).toHaveValue(long);

  // Combining marks are stored composed (NFC); pasted HTML is kept as text and shown as text.
  await kiosk.questionField.fill('Ne\u0308ex na ? Sa\u0300ngam ñu dem');
  await kiosk.send();
  await expect(kiosk.questionThanks).toBeVisible();
  await kiosk.nextPerson();
  const html = '<img src=x onerror="document.title=\'pwned\'"><b>Gras ?</b><script>alert(1)</script>';
  await kiosk.askTyped(html);

  const texts = (await readStore(kiosk.page, 'questions')).map((q) => q.text).sort();
  expect(texts).toEqual([html, 'Nëex na ? Sàngam ñu dem'].sort());
  await expect(debate.row('Nëex na ? Sàngam ñu dem')).toBeVisible();
  const shown = debate.row('<img src=x');
  await expect(shown.locator('.q-body__text')).toHaveText(html);
  await expect(shown.locator('img, b, script')).toHaveCount(0);
  expect(await debate.page.title()).not.toBe('pwned');
});

test('the on-screen keyboard has every Wolof letter and the French accents, each key at least 48 px', async ({
  page,
}) => {
  await page.goto('#/console');
  await seedRows(page, debateTonight());
  const kiosk = new KioskPage(page);
  await kiosk.goto();
  await kiosk.startTypedQuestion();
  for (const letter of [...'aàbcdeéëfgijklmnñŋoópqrstuwxy', ...'ãâèêîïôœùûüç'])
    await expect(kiosk.keyboard.getByRole('button', { name: letter, exact: true }), `key ${letter}`).toHaveCount(1);
  const keys = await kiosk.keyboard.getByRole('button').all();
  expect(keys.length).toBeGreaterThan(60);
  for (const key of keys) {
    const box = (await key.boundingBox())!;
    expect(Math.min(box.width, box.height), (await key.getAttribute('aria-label'))!).toBeGreaterThanOrEqual(48);
  }
  // On a 1366×768 touchscreen every key and the send button are on screen: no scrolling
  // to reach the space bar.
  await page.setViewportSize({ width: 1366, height: 768 });
  for (const key of [...keys, kiosk.button(/^Envoyer$/)]) {
    const box = (await key.boundingBox())!;
    expect(box.y + box.height, (await key.textContent())!).toBeLessThanOrEqual(768);
  }
  // Capitals too, Ŋ included, and typing lands at the caret, not at the end.
  await kiosk.typeOnScreen('Ŋaa');
  await kiosk.questionField.press('ArrowLeft');
  await kiosk.typeOnScreen('ë');
  await expect(kiosk.questionField).toHaveValue('Ŋaëa');
  await kiosk.keyboard.getByRole('button', { name: 'Effacer' }).click();
  await expect(kiosk.questionField).toHaveValue('Ŋaa');
});

const LABELS = {
  fr: { field: 'Écrivez votre question', keyboard: 'Clavier', erase: 'Effacer', space: 'Espace', send: 'Envoyer' },
  wo: { field: 'Bindal sa laaj', keyboard: 'Klawiye', erase: 'Far', space: 'Barab', send: 'Yónnee' },
};

for (const lang of ['fr', 'wo'] as const)
  test(`a too-long question leaves one message and the whole keyboard on a 1366×768 screen (${lang})`, async ({
    page,
  }) => {
    await page.setViewportSize(LAPTOP);
    await page.goto('#/console');
    await seedRows(page, debateTonight());
    const kiosk = new KioskPage(page);
    await kiosk.goto();
    await kiosk.startTypedQuestion();
    if (lang === 'wo') await kiosk.button('Wolof').click();
    const l = LABELS[lang];
    const field = page.getByRole('textbox', { name: l.field });
    const keyboard = page.getByRole('group', { name: l.keyboard });
    const send = page.getByRole('button', { name: l.send, exact: true });
    const alert = page.getByRole('alert');
    /** Every key, the send button and the field inside the 768 px, the page not scrolled. */
    const allOnScreen = async (when: string) => {
      await expectAboveFold([field, send, ...(await keyboard.getByRole('button').all())], when);
      expect(await pageHeight(page), when).toBeLessThanOrEqual(LAPTOP.height);
    };

    // 500 characters pasted, the 501st typed on the screen's keyboard.
    await field.fill('a'.repeat(500));
    await keyboard.getByRole('button', { name: 'b', exact: true }).click();
    await expect(field).toHaveValue(`${'a'.repeat(500)}b`);
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText('501');
    await allOnScreen('501 typed');

    // 5,000 pasted, then sent: refused with the same single message.
    const long = 'Lan moo tax ñu dem ? '.repeat(250).slice(0, 5000);
    await field.fill(long);
    await send.click();
    await expect(field).toBeFocused();
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText(/5[\s\u202f\u00a0]000/);
    await allOnScreen('5,000 pasted and sent');
    // The erase and space keys are there to be pressed, and they work.
    await field.press('End');
    await keyboard.getByRole('button', { name: l.erase }).click();
    await keyboard.getByRole('button', { name: l.space }).click();
    await expect(field).toHaveValue(`${long.slice(0, -1)} `);
  });
