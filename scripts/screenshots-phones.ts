/**
 * Screenshots of phones in the room, in French and Wolof, for a person to look at:
 * `xvfb-run -a -s "-screen 0 1920x1080x24" npx tsx scripts/screenshots-phones.ts [outDir]`
 * after `npx electron-vite build`. The console's debate at 1366×768 with phone access on
 * (its card in the side column), the phone page's "record a question", a recording
 * refused (a photo renamed .m4a) and accepted, and the spoken question in the queue.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { startWebServer } from './serve-web';
import { CHROMIUM, CHROMIUM_ARGS } from '../playwright.config';
import { screeningInDebate } from '../tests/e2e/support/debate-setup';
import { PhonePage, saveWifi } from '../tests/e2e/support/phone-page';
import { makeVoiceFixtures } from '../tests/support/voice-fixtures';

const outDir = resolve(process.argv[2] ?? '/tmp/screens');
const port = Number(process.env.SHOT_PORT ?? 5299);

async function shoot(page: Page, name: string): Promise<void> {
  await page.bringToFront();
  await page.waitForTimeout(500); // let live queries and fonts settle before the picture
  await page.screenshot({ path: `${outDir}/${name}.png` });
  console.log(`${outDir}/${name}.png`);
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  const media = makeVoiceFixtures();
  const server = await startWebServer({
    port,
    phonePort: port + 30,
    phoneJournalDir: mkdtempSync(join(tmpdir(), 'shot-phones-')),
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: false });
  try {
    const context = await browser.newContext({
      baseURL: `http://127.0.0.1:${port}/`,
      viewport: { width: 1366, height: 768 },
    });
    const page = await context.newPage();
    await saveWifi(page, 'MaM Kolda', 'jamm2026');
    const debate = await screeningInDebate(page);
    const card = page.locator('section.phones');
    await card.getByRole('combobox').selectOption({ label: '127.0.0.1 (lo)' });
    await card.getByRole('checkbox').click();
    const url = `http://${await card.getByTestId('phone-address').textContent()}`;

    const phone = await PhonePage.open(browser, url);
    await shoot(phone.page, 'phone-record-fr');
    await phone.record(media.pngAsM4a);
    await phone.voiceStatus.filter({ hasText: /enregistrement sonore/ }).waitFor();
    await shoot(phone.page, 'phone-record-refused-fr');
    await phone.language('Wolof');
    await shoot(phone.page, 'phone-record-wo');
    await phone.record(media.pngAsM4a);
    await phone.voiceStatus.filter({ hasText: /Fichier bii/ }).waitFor();
    await shoot(phone.page, 'phone-record-refused-wo');
    await phone.record(media.ogg);
    await phone.voiceStatus.filter({ hasText: /jërëjëf/ }).waitFor();
    await shoot(phone.page, 'phone-record-sent-wo');

    await debate.row('Question à voix haute').waitFor();
    await shoot(page, 'console-phones-card-fr');
    await page.getByRole('banner').getByRole('button', { name: 'Wolof' }).click();
    await shoot(page, 'console-phones-card-wo');
  } finally {
    await browser.close();
    server.close();
  }
}

void main();
