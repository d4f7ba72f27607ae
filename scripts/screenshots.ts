/**
 * Screenshots of every screen in French and Wolof, in headed Chromium, for a person
 * to look at: `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx scripts/screenshots.ts [outDir]`.
 * Builds nothing: run `npx electron-vite build` first. It plays an evening through the
 * screens as a facilitator and attendees would (a screening, the film with Wolof
 * subtitles, questions from the kiosk, one projected), so the pictures show real
 * content, not empty states. Writes PNGs, prints their paths.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { ConsolePage } from '../tests/e2e/support/console-page';
import { DebatePage } from '../tests/e2e/support/debate-page';
import { setCampaignUrl, THIES_SCREENING } from '../tests/e2e/support/debate-setup';
import { KioskPage } from '../tests/e2e/support/kiosk-page';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);
const sections = (process.env.SHOT_SECTIONS ?? 'screening,debate,pledges,closing,sync,reports,settings').split(',');
const QUESTIONS = ['Lan ngeen di def ngir ñi dellusi ?', 'Pourquoi partir, si la famille compte sur nous ?'];

/** Picks the language with a screen's own switch, as its user would. */
async function setLang(page: Page, lang: 'fr' | 'wo'): Promise<void> {
  await page.getByRole('button', { name: lang === 'fr' ? 'Français' : 'Wolof' }).click();
}

async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(500); // let live queries and fonts settle before the picture
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage });
}

/** The screening report's word cloud, the report in the screen's language (it scrolls inside the console). */
async function reportCloud(page: Page, lang: 'fr' | 'wo'): Promise<void> {
  await page.locator('#report-lang').selectOption(lang);
  const cloud = page.locator('.report__cloud').locator('..');
  await cloud.locator('svg.word-cloud text').first().waitFor();
  await cloud.scrollIntoViewIfNeeded();
  await page.waitForTimeout(500); // the layout's last words and the fonts
  await cloud.screenshot({ path: `${outDir}/console-report-cloud-${lang}.png` });
}

/** The thank-you on screen, in French then in Wolof (its own switch), back to French. */
async function thanksInBoth(kiosk: KioskPage, name: string): Promise<void> {
  await shoot(kiosk.page, `${name}-fr`);
  await setLang(kiosk.page, 'wo');
  await shoot(kiosk.page, `${name}-wo`);
  await setLang(kiosk.page, 'fr');
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const server = await startWebServer({ port });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  const context = await browser.newContext({
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1366, height: 768 },
  });
  const facilitator = new ConsolePage(await context.newPage());
  const stage = await context.newPage();
  const kiosk = new KioskPage(await context.newPage());

  // The film on the stage, Wolof subtitles on, a few seconds in.
  await facilitator.goto();
  await facilitator.createScreening(THIES_SCREENING);
  await stage.goto('#/stage');
  await facilitator.startFilm();
  await facilitator.subtitles('Wolof');
  await facilitator.seekTo(12);
  await shoot(stage, 'stage-film');
  await shoot(facilitator.page, 'console-screening-playing-fr', true);

  // The debate: two questions from the kiosk, one projected.
  await facilitator.page.bringToFront();
  await facilitator.skipToDebate();
  await kiosk.goto();
  for (const q of QUESTIONS) await kiosk.askTyped(q);
  await kiosk.button('Prendre un engagement').click();
  await kiosk.button('Raconter mon histoire').click();
  await kiosk.button('L’écrire').click();
  await kiosk.page.getByRole('textbox', { name: 'Écrivez votre engagement' }).fill('Dinaa nettali sama tukki.');
  await kiosk.page.getByRole('textbox', { name: /Votre prénom/ }).fill('Aïssatou');
  await kiosk.button('Continuer').click();
  await kiosk.button('Non, envoyer mon engagement').click();
  await kiosk.page.getByRole('heading', { name: 'Merci pour votre engagement !' }).waitFor();
  await thanksInBoth(kiosk, 'kiosk-pledge-thanks-nocode'); // no campaign link yet: no code promised
  await kiosk.page.reload();
  // A second pledge with contact details: the consent step, the form, the QR code.
  await setCampaignUrl(facilitator.page, 'https://migrantsasmessengers.org/');
  await kiosk.button('Prendre un engagement').click();
  await kiosk.button('Partager le message du film').click();
  await kiosk.button('L’écrire').click();
  await kiosk.page.getByRole('textbox', { name: 'Écrivez votre engagement' }).fill('Dinaa wax samay xarit.');
  await kiosk.button('Continuer').click();
  await shoot(kiosk.page, 'kiosk-pledge-contact-fr');
  await kiosk.button('Oui, me recontacter').click();
  await shoot(kiosk.page, 'kiosk-pledge-consent-fr');
  await kiosk.page.getByRole('button', { name: 'J’accepte' }).click();
  await kiosk.page.getByRole('textbox', { name: 'Votre nom' }).fill('Moussa Ndiaye');
  await kiosk.page.getByRole('textbox', { name: 'Votre numéro de téléphone' }).fill('77 123 45 67');
  await shoot(kiosk.page, 'kiosk-pledge-form-fr');
  await kiosk.button('Envoyer').click();
  await kiosk.page.getByRole('heading', { name: 'Merci pour votre engagement !' }).waitFor();
  await thanksInBoth(kiosk, 'kiosk-pledge-thanks');
  await kiosk.page.reload();
  const debate = new DebatePage(facilitator.page);
  await debate.goto();
  await debate.act(QUESTIONS[0]!, 'Approuver');
  await debate.tab('Approuvées');
  await debate.act(QUESTIONS[0]!, 'Projeter');

  for (const lang of ['fr', 'wo'] as const) {
    await setLang(facilitator.page, lang);
    for (const s of sections) {
      await facilitator.page.goto(`#/console/${s}`);
      await shoot(facilitator.page, `console-${s}-${lang}`, true);
      // What the 1366×768 laptop shows without scrolling.
      await shoot(facilitator.page, `console-${s}-fold-${lang}`);
      if (s === 'reports') await reportCloud(facilitator.page, lang);
    }
    await shoot(stage, `stage-debate-${lang}`);
    await kiosk.page.bringToFront();
    await setLang(kiosk.page, lang);
    await shoot(kiosk.page, `kiosk-home-${lang}`);
    // Ask a question → write it: the on-screen keyboard.
    await kiosk.page.locator('button.choice').first().click();
    await kiosk.page.locator('button.choice').nth(1).click();
    await shoot(kiosk.page, `kiosk-question-${lang}`);
    // A question far over the limit, sent: one message, the whole keyboard still on screen.
    await kiosk.page.locator('textarea').fill('Lan moo tax ñu dem, te yoon wi dafa metti ? '.repeat(120));
    await kiosk.page.locator('.kiosk__row button.primary').click();
    await shoot(kiosk.page, `kiosk-question-long-${lang}`);
    await kiosk.page.reload(); // back to the kiosk's first screen
  }
  await browser.close();
  server.close();
  process.stdout.write(`screenshots in ${outDir}\n`);
}

void main();
