import { expect, test } from '@playwright/test';
import { readStore } from './support/db-rows';
import { debateTonight } from './support/debate-rows';
import { KioskPage } from './support/kiosk-page';
import { seedRows } from './support/seed-db';
import { setCampaignUrl, threeScreens } from './support/debate-setup';
import { decodeQrOnScreen } from './support/qr-decode';

const CAMPAIGN = 'https://www.migrantsasmessengers.org/fr/senegal?source=kiosque';

test('a pledge with consent: the QR code reads back the campaign link, the stage shows a first name only', async ({
  context,
}) => {
  const { debate, kiosk, stage } = await threeScreens(context);
  await setCampaignUrl(debate.page, CAMPAIGN);
  await debate.goto();
  await debate.page.getByRole('button', { name: 'Passer aux engagements' }).click();
  await expect(stage.getByText('Prenez un engagement à la borne !')).toBeVisible();
  await expect(stage.getByTestId('stage-pledge-count')).toHaveText('0 engagement');

  await kiosk.page.bringToFront();
  await kiosk.button('Prendre un engagement').click();
  await kiosk.button('Raconter mon histoire').click();
  await kiosk.button('L’écrire').click();
  await kiosk.page
    .getByRole('textbox', { name: 'Écrivez votre engagement' })
    .fill('Dinaa nettali sama tukki ci sama dëkk.');
  await kiosk.page.getByRole('textbox', { name: /Votre prénom/ }).fill('Aïssatou');
  await kiosk.button('Continuer').click();
  await kiosk.button('Oui, me recontacter').click();
  // The consent wording comes before any contact field.
  const consent = kiosk.page.getByRole('dialog', { name: 'Votre accord' });
  await expect(consent).toContainText('seulement pour vous recontacter');
  await expect(kiosk.page.getByRole('textbox', { name: 'Votre numéro de téléphone' })).toHaveCount(0);
  await consent.getByRole('button', { name: 'J’accepte' }).click();
  await kiosk.page.getByRole('textbox', { name: 'Votre nom' }).fill('Aïssatou Ndiaye');
  const phone = kiosk.page.getByRole('textbox', { name: 'Votre numéro de téléphone' });
  await phone.fill('77 12');
  await kiosk.button('Envoyer').click();
  await expect(kiosk.page.getByRole('alert')).toHaveText(/Ce numéro n’est pas valable/);
  await phone.fill('77 123 45 67');
  await kiosk.button('Envoyer').click();

  await expect(kiosk.page.getByRole('heading', { name: 'Merci pour votre engagement !' })).toBeVisible();
  const qr = kiosk.page.getByRole('img', { name: 'Code QR vers la plateforme de la campagne' });
  await expect(qr).toBeVisible();
  await expect(kiosk.page.getByText('Scannez ce code avec votre téléphone pour suivre la campagne.')).toBeVisible();
  expect(await decodeQrOnScreen(qr)).toBe(CAMPAIGN);

  const [stored] = await readStore(kiosk.page, 'pledges');
  expect(stored).toMatchObject({
    kind: 'own_story',
    text: 'Dinaa nettali sama tukki ci sama dëkk.',
    firstName: 'Aïssatou',
    language: 'fr',
    followUp: 'to_contact',
    contact: { name: 'Aïssatou Ndiaye', phone: '771234567', consentVersion: 'contact-v1/fr' },
  });
  expect(Date.parse(stored!.contact!.consentAt)).not.toBeNaN();

  // The projector: the count, the first name, never the contact details or the text.
  await expect(stage.getByTestId('stage-pledge-count')).toHaveText('1 engagement');
  await expect(stage.getByRole('list', { name: 'Ils se sont engagés' })).toContainText('Aïssatou');
  await expect(stage.locator('body')).not.toContainText('Ndiaye');
  await expect(stage.locator('body')).not.toContainText('77');
  await expect(stage.locator('body')).not.toContainText('nettali');
  expect(await decodeQrOnScreen(stage.getByRole('img', { name: 'Code QR vers la plateforme de la campagne' }))).toBe(
    CAMPAIGN,
  );
  // The address under it is on the projector whole, not run off its edge.
  const address = stage.getByText(CAMPAIGN, { exact: true });
  await expect(address).toBeVisible();
  const box = (await address.boundingBox())!;
  expect(box.x + box.width).toBeLessThanOrEqual(stage.viewportSize()!.width);

  // The next person starts from nothing: no trace of the last pledge on the kiosk.
  await kiosk.nextPerson();
  await expect(kiosk.page.locator('body')).not.toContainText('Aïssatou');

  // A pledge whose author declines the consent is kept, without contact details.
  await kiosk.button('Prendre un engagement').click();
  await kiosk.button('Partager le message du film').click();
  await kiosk.button('L’écrire').click();
  await kiosk.page.getByRole('textbox', { name: 'Écrivez votre engagement' }).fill('Je vais en parler au grin.');
  await kiosk.button('Continuer').click();
  await kiosk.button('Oui, me recontacter').click();
  await kiosk.button('Je refuse, envoyer sans mes coordonnées').click();
  await expect(kiosk.page.getByRole('heading', { name: 'Merci pour votre engagement !' })).toBeVisible();
  const second = (await readStore(kiosk.page, 'pledges')).find((p) => p.kind === 'share_message')!;
  expect(second.contact).toBeUndefined();
  expect(second.followUp).toBe('none');

  // The console has both, counted by kind, the contact with its consent for the follow-up.
  await debate.page.bringToFront();
  await debate.page.goto('#/console/pledges');
  await expect(debate.page.getByRole('status').filter({ hasText: '2 engagements' })).toBeVisible();
  await expect(debate.page.getByText('Aïssatou Ndiaye · 771234567')).toBeVisible();
  await expect(debate.page.getByText(/Accord donné \(texte contact-v1\/fr\)/)).toBeVisible();
  await expect(stage.getByTestId('stage-pledge-count')).toHaveText('2 engagements');
});

test('with no campaign link, the thank-you promises no code, and the console says no link is set', async ({
  context,
}) => {
  const facilitator = await context.newPage();
  await facilitator.goto('#/console');
  await seedRows(facilitator, debateTonight());
  const kiosk = new KioskPage(await context.newPage());
  await kiosk.goto();
  await kiosk.button('Prendre un engagement').click();
  await kiosk.button('Partager le message du film').click();
  await kiosk.button('L’écrire').click();
  await kiosk.page.getByRole('textbox', { name: 'Écrivez votre engagement' }).fill('Dinaa wax samay xarit.');
  await kiosk.button('Continuer').click();
  await kiosk.button('Non, envoyer mon engagement').click();
  await expect(kiosk.page.getByRole('heading', { name: 'Merci pour votre engagement !' })).toBeVisible();
  await expect(kiosk.page.getByRole('button', { name: /Personne suivante/ })).toBeVisible();
  await expect(kiosk.page.getByRole('img', { name: /Code QR/ })).toHaveCount(0);
  await expect(kiosk.page.getByText(/Scannez ce code/)).toHaveCount(0);
  await kiosk.button('Wolof').click();
  await expect(kiosk.page.getByRole('heading', { name: 'Jërëjëf ci sa dige!' })).toBeVisible();
  await expect(kiosk.page.getByText(/Natal kod bii/)).toHaveCount(0);

  // The facilitator is told, in Pledges and in Settings, and led to where the link is set.
  await facilitator.bringToFront();
  await facilitator.goto('#/console/pledges');
  const missing = 'Aucun lien de campagne n’est réglé : après un engagement, la borne ne montre pas de code QR.';
  await expect(facilitator.getByText(missing)).toBeVisible();
  await facilitator.getByRole('button', { name: 'Régler le lien' }).click();
  await expect(facilitator.getByRole('form', { name: 'Lien de la plateforme de la campagne' })).toContainText(missing);
  await setCampaignUrl(facilitator, CAMPAIGN);
  await expect(facilitator.getByText(missing)).toHaveCount(0);
  await facilitator.goto('#/console/pledges');
  await expect(facilitator.getByRole('heading', { name: 'Engagements' })).toBeVisible();
  await expect(facilitator.getByText(missing)).toHaveCount(0);
});
