import { expect, test } from '@playwright/test';
import { choosePin } from './support/debate-setup';
import { KioskPage } from './support/kiosk-page';

const PIN = '480213';

test('the attendee cannot reach the console or the stage without the facilitator PIN; wrong tries slow down', async ({
  context,
}) => {
  const console = await context.newPage();
  await choosePin(console, PIN);
  const kiosk = new KioskPage(await context.newPage());
  await kiosk.goto();
  const gate = kiosk.page.getByRole('heading', { name: 'Code de l’animateur' });
  const nav = kiosk.page.getByRole('navigation', { name: 'Sections' });

  // Editing the address, or reloading, leads to the PIN pad, never to the console or the stage.
  for (const hash of ['#/console/debate', '#/console/settings', '#/stage', '#/']) {
    await kiosk.page.goto(hash);
    await expect(gate).toBeVisible();
    await expect(nav).toHaveCount(0);
  }
  await kiosk.page.reload();
  await expect(gate).toBeVisible();
  await kiosk.button('Annuler').click();
  await expect(kiosk.home).toBeVisible();

  // The lock button on the kiosk asks for the PIN too; three wrong tries start a wait.
  await kiosk.button('Sortie réservée à l’animateur').click();
  const pin = kiosk.page.getByLabel('Code (4 à 8 chiffres)');
  for (const wrong of ['0000', '1111']) {
    await pin.fill(wrong);
    await kiosk.button('Déverrouiller').click();
    // The pad empties itself once the try is checked.
    await expect(pin).toHaveValue('');
    await expect(kiosk.page.getByRole('alert')).toHaveText('Code incorrect.');
  }
  await pin.fill('2222');
  await kiosk.button('Déverrouiller').click();
  await expect(kiosk.page.getByRole('alert')).toHaveText(/^Trop d’essais\. Attendez [1-5] secondes?\.$/);
  await expect(kiosk.button('Déverrouiller')).toBeDisabled();
  await expect(pin).toBeDisabled();
  // The wait is stored: a reload does not clear it.
  await kiosk.page.goto('#/console');
  await expect(gate).toBeVisible();
  await expect(kiosk.page.getByRole('alert')).toHaveText(/^Trop d’essais/);
  await expect(nav).toHaveCount(0);
  // The facilitator's own console, in its own window, was never locked.
  await expect(console.getByRole('navigation', { name: 'Sections' })).toBeVisible();

  // Once the wait is over, the right PIN (typed on the pad) opens the console.
  await expect(pin).toBeEnabled({ timeout: 8_000 });
  for (const digit of PIN) await kiosk.button(digit).click();
  await kiosk.button('Déverrouiller').click();
  await expect(nav).toBeVisible();
  await expect(kiosk.page.getByRole('heading', { name: 'Débat', exact: true })).toBeVisible();
  // Going back to the kiosk locks the window again.
  await kiosk.goto();
  await kiosk.page.goto('#/console');
  await expect(gate).toBeVisible();
});
