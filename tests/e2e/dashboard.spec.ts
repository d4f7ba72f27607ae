import { expect, test, type Page } from '@playwright/test';
import { startPostgres, type TestPostgres } from '../support/postgres';
import {
  freshPgDatabase,
  sqliteUrl,
  startCollector,
  type Collector,
  type CollectorSettings,
} from '../unit/server/harness';
import { ConsolePage, KOLDA_SCREENING } from './support/console-page';
import { DashboardPage } from './support/dashboard-page';
import { ADMIN, ANALYST, K1_AHEAD_MS, seedDashboard } from './support/dashboard-seed';
import { readCsv, readJson, readXlsx } from './support/dashboard-files';
import { SyncPage } from './support/sync-page';

for (const kind of ['sqlite', 'postgres'] as const) {
  test.describe(`staff dashboard on ${kind}`, () => {
    let pg: TestPostgres | null = null;
    let c: Collector;
    let seed: Awaited<ReturnType<typeof seedDashboard>>;
    let dbCount = 0;
    const collector = async (settings: CollectorSettings = {}) =>
      startCollector(
        kind === 'sqlite' ? sqliteUrl() : await freshPgDatabase(pg!.url, `dash${++dbCount}`),
        10_000,
        0,
        settings,
      );

    test.beforeAll(async () => {
      if (kind === 'postgres') pg = await startPostgres();
      c = await collector();
      seed = await seedDashboard(c);
    });
    test.afterAll(async () => {
      await c?.close();
      pg?.stop();
    });
    const dash = (page: Page) => new DashboardPage(page, c.url);

    test('a wrong password is refused; the right one signs in; French on request', async ({ page }) => {
      const d = dash(page);
      await d.signIn(ADMIN.email, 'not-the-password-at-all');
      await expect(d.alert).toHaveText('Wrong email or password.');
      await d.signIn(ADMIN.email, ADMIN.password);
      await expect(page.getByRole('heading', { name: 'Screenings', level: 1 })).toBeVisible();
      await page.getByRole('link', { name: 'Français' }).click();
      await expect(page.getByRole('heading', { name: 'Projections', level: 1 })).toBeVisible();
      await expect(page.locator('[data-indicator="ind.women"]')).toContainText('Femmes');
      await expect(d.bar('Papiers et voies légales')).toHaveText('1');
    });

    test('indicators and filters match the seeded screenings; start times are corrected', async ({ page }) => {
      const d = dash(page);
      await d.signIn(ANALYST.email, ANALYST.password);
      await expect(d.indicator('screenings')).toHaveText('3');
      await expect(d.indicator('reached')).toHaveText('63');
      await expect(d.indicator('women')).toHaveText('37');
      await expect(d.indicator('men')).toHaveText('26');
      await expect(d.indicator('youth')).toHaveText('27');
      await expect(d.indicator('adults')).toHaveText('36');
      await expect(d.indicator('questions')).toHaveText('3');
      await expect(d.indicator('pledges')).toHaveText('3');
      await expect(d.indicator('withConsent')).toHaveText('2');
      await expect(page.locator('g[data-bar="Wolof"]')).toContainText('1');
      await expect(page.locator('g[data-bar="Français"]')).toContainText('2');
      // Questions by topic: campaign topics by name across kiosks, Tambacounda's own as typed.
      await expect(d.bar('Risks of the journey')).toHaveText('2');
      await expect(d.bar('Papers and legal routes')).toHaveText('1');
      await expect(d.bar('Visas et bourses')).toHaveText('1');
      await expect(d.bar('Pressure from the family')).toHaveText('0');
      await d.filter({ Town: 'kolda' });
      await expect(d.screeningRows()).toHaveCount(2);
      await expect(d.indicator('reached')).toHaveText('33');
      await expect(d.indicator('withConsent')).toHaveText('1');
      await d.filter({ Town: '', From: '2026-06-10', To: '2026-12-31' });
      await expect(d.screeningRows()).toHaveCount(2);
      await page.getByRole('combobox', { name: 'Kiosk', exact: true }).selectOption('K2-tamba');
      await page.getByRole('button', { name: 'Filter' }).click();
      await expect(d.screeningRows()).toHaveCount(1);
      await expect(d.indicator('women')).toHaveText('20');
      // One screening's report: K1's clock was two hours fast, the collector's time is shown.
      await page.goto(`${c.url}/staff/screenings/K1-kolda/${seed.s1.id}`);
      const shown = Date.parse(await page.getByTestId('started-corrected').innerText());
      expect(Math.abs(shown - (Date.parse(seed.s1.startedAt) - K1_AHEAD_MS))).toBeLessThan(60_000);
      await expect(d.indicator('questions')).toHaveText('2');
    });

    test('the before/after survey: each MaM family pooled over the filter with n both sides, chart and table, in French too; none without polls', async ({
      page,
    }) => {
      const d = dash(page);
      await d.signIn(ANALYST.email, ANALYST.password);
      const survey = d.survey();
      await expect(survey.locator('[data-family]')).toHaveCount(2);
      // "Intention": Kolda 6/4 before and 2/8 after, Tambacounda 9/21 and 3/27, pooled per visit.
      await expect(survey.locator('[data-family="intention"] caption')).toHaveText(
        'Intention to migrate irregularly — n before = 40 · n after = 40 · screenings: 2',
      );
      await expect(d.surveyCells('intention', 'Yes')).toHaveText(['37.5', '12.5', '−25']);
      await expect(d.surveyCells('intention', 'No')).toHaveText(['62.5', '87.5', '+25']);
      await expect(survey.locator('[data-family="risk_awareness"] caption')).toHaveText(
        'Risk awareness — n before = 20 · n after = 20 · screenings: 1',
      );
      await expect(d.surveyCells('risk_awareness', 'Don’t know')).toHaveText(['25', '10', '−15']);
      await expect(d.surveyCells('risk_awareness', 'Strongly agree')).toHaveText(['20', '50', '+30']);
      // The chart says the same: each answer's bars carry their values.
      const chart = survey.getByRole('img', { name: 'Risk awareness' });
      await expect(chart).toBeVisible();
      await expect(chart.locator('g[data-option="Strongly agree"] g[data-side="before"] text')).toHaveText('20%');
      await expect(chart.locator('g[data-option="Strongly agree"] g[data-side="after"] text')).toHaveText('50%');
      await d.filter({ Town: 'Kolda' });
      await expect(survey.locator('[data-family]')).toHaveCount(1);
      await expect(survey.locator('[data-family="intention"] caption')).toContainText('n before = 10 · n after = 10');
      await expect(d.surveyCells('intention', 'Yes')).toHaveText(['60', '20', '−40']);
      // Kolda's second evening had no poll: no survey at all, not a table of zeros.
      await d.filter({ Town: '', From: '2026-06-10', To: '2026-06-30' });
      await expect(d.screeningRows()).toHaveCount(1);
      await expect(d.indicator('screenings')).toHaveText('1');
      await expect(survey).toHaveCount(0);
      // Switching language keeps the filter staff were looking at.
      await page.getByRole('link', { name: 'Français' }).click();
      await expect(page.getByLabel('Au', { exact: true })).toHaveValue('2026-06-30');
      await expect(d.screeningRows()).toHaveCount(1);
      const fr = d.survey('fr');
      await expect(fr).toHaveCount(0);
      await page.getByLabel('Du', { exact: true }).fill('');
      await page.getByLabel('Au', { exact: true }).fill('');
      await page.getByRole('button', { name: 'Filtrer' }).click();
      await expect(fr.locator('[data-family="intention"] caption')).toHaveText(
        'Intention de partir — n avant = 40 · n après = 40 · projections : 2',
      );
      await expect(d.surveyCells('intention', 'Oui')).toHaveText(['37,5', '12,5', '−25']);
      await expect(d.surveyCells('risk_awareness', 'Tout à fait d’accord')).toHaveText(['20', '50', '+30']);
      await expect(fr.getByRole('columnheader', { name: 'Évolution (points)' }).first()).toBeVisible();
    });

    test('filters with SQL or markup match nothing and show as text; 100 years work; year 1900 is refused', async ({
      page,
    }) => {
      const d = dash(page);
      await d.signIn(ANALYST.email, ANALYST.password);
      await d.filter({ Town: "' OR 1=1 --" });
      await expect(page.getByText('No screening matches this filter.')).toBeVisible();
      await d.filter({ Town: '<img src=x onerror=alert(1)>' });
      await expect(page.getByLabel('Town', { exact: true })).toHaveValue('<img src=x onerror=alert(1)>');
      await expect(page.locator('main img')).toHaveCount(0);
      await d.filter({ Town: '', From: '2000-01-01', To: '2099-12-31' });
      await expect(d.screeningRows()).toHaveCount(3);
      await page.goto(`${c.url}/staff/screenings?from=1900-01-01&to=2000-01-01`);
      await expect(d.alert).toContainText('dates must be between 2000-01-01 and 2100-12-31');
      // Markup sent by a kiosk is shown as text, never as markup.
      await page.goto(`${c.url}/staff/screenings/K2-tamba/${seed.s3.id}`);
      await expect(page.getByRole('listitem').filter({ hasText: '<b>Et les visas ?</b>' })).toBeVisible();
      await expect(page.locator('ol b')).toHaveCount(0);
    });

    test('exports of the filter read back with real readers, formulas neutralised, no contacts', async ({ page }) => {
      const d = dash(page);
      await d.signIn(ANALYST.email, ANALYST.password);
      await d.filter({ Town: 'Kolda' });
      const csvBytes = await d.exportLink('CSV');
      expect(csvBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
      const csv = readCsv(csvBytes);
      expect(csv.map((r) => r.town)).toEqual(['Kolda', 'Kolda']);
      expect(csv.find((r) => r.id === seed.s1.id)?.facilitators).toBe(`'=HYPERLINK("http://x.example","clic")`);
      expect(csv.find((r) => r.id === seed.s1.id)?.women).toBe('12');
      const xlsx = await readXlsx(await d.exportLink('XLSX'));
      expect(xlsx.sheets).toEqual(['screenings', 'polls', 'poll_pairs']);
      // Kolda's first evening asked "intention" before and after: its pair and its change.
      expect(xlsx.rows('poll_pairs').map((r) => [r.option, r.changePoints, r.nBefore, r.nAfter])).toEqual([
        ['Oui', '-40', '10', '10'],
        ['Non', '40', '10', '10'],
      ]);
      expect(
        xlsx
          .rows('screenings')
          .map((r) => r.id)
          .sort(),
      ).toEqual([seed.s1.id, seed.s2.id].sort());
      const json = readJson(await d.exportLink('JSON'));
      expect(json).toHaveLength(2);
      expect(JSON.stringify(json)).not.toContain('+2217');
    });

    test('an analyst gets figures but no contact export and no kiosk actions, even by a forced request', async ({
      page,
    }) => {
      const d = dash(page);
      await d.signIn(ANALYST.email, ANALYST.password);
      await expect(page.getByRole('button', { name: /contact details/ })).toHaveCount(0);
      await page.getByRole('link', { name: 'Kiosks' }).click();
      await expect(page.locator('tr[data-device]')).toHaveCount(2);
      await expect(page.getByRole('button', { name: 'Revoke' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Create code' })).toHaveCount(0);
      const csrf = await d.csrf();
      const forced = await page.request.post(`${c.url}/staff/export-contacts`, {
        form: { _csrf: csrf, format: 'csv' },
      });
      expect(forced.status()).toBe(403);
      expect(await forced.text()).toBe('Your role does not allow this.');
      const revoke = await page.request.post(`${c.url}/staff/kiosks/${seed.k1.deviceId}/revoke`, {
        form: { _csrf: csrf },
      });
      expect(revoke.status()).toBe(403);
    });

    test('a change without the session’s CSRF token is refused and changes nothing', async ({ page }) => {
      const d = dash(page);
      await d.signIn(ADMIN.email, ADMIN.password);
      const before = await c.conn.db.selectFrom('enrollment_codes').select('code_hash').execute();
      const forged: Record<string, string>[] = [
        { label: 'forged', hours: '1' },
        { label: 'forged', hours: '1', _csrf: 'A'.repeat(43) },
      ];
      for (const form of forged) {
        const res = await page.request.post(`${c.url}/staff/kiosks/codes`, { form });
        expect(res.status()).toBe(403);
        expect(await res.text()).toContain('did not come from this dashboard');
      }
      expect(await c.conn.db.selectFrom('enrollment_codes').select('code_hash').execute()).toHaveLength(before.length);
    });

    test('an admin exports consented contacts only, and the audit log shows who, when and which filter', async ({
      page,
    }) => {
      const d = dash(page);
      await d.signIn(ADMIN.email, ADMIN.password);
      await d.filter({ Country: 'Sénégal' });
      const contacts = readCsv(await d.exportContacts('CSV'));
      expect(contacts.map((r) => r.name).sort()).toEqual(['Fatou Sarr', 'Mamadou Ba']);
      const xlsx = await readXlsx(await d.exportContacts('XLSX'));
      expect(
        xlsx
          .rows('contacts')
          .map((r) => r.phone)
          .sort(),
      ).toEqual(['+221770000001', '+221770000002']);
      await page.getByRole('link', { name: 'Audit log' }).click();
      const rows = page.locator('tr[data-audit]');
      await expect(rows).toHaveCount(2);
      await expect(rows.first()).toContainText(ADMIN.email);
      await expect(rows.first()).toContainText('export_contacts');
      await expect(rows.first()).toContainText('"country":"Sénégal"');
      // Every member of staff can read it.
      await d.signIn(ANALYST.email, ANALYST.password);
      await page.goto(`${c.url}/staff/audit`);
      await expect(page.locator('tr[data-audit]')).toHaveCount(2);
    });

    test('an admin makes a code shown large, the kiosk (second page) enrolls and syncs, and revoking stops it at once', async ({
      page,
      context,
    }) => {
      const d = dash(page);
      await d.signIn(ADMIN.email, ADMIN.password);
      await page.getByRole('link', { name: 'Kiosks' }).click();
      await expect(page.locator('tr[data-device]')).toHaveCount(2);
      await page.getByLabel('Kiosk label').fill('Ziguinchor <3');
      await page.getByRole('button', { name: 'Create code' }).click();
      const code = await page.getByTestId('enrollment-code').innerText();
      expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
      await expect(page.getByText(/^Expires 20\d\d-/)).toBeVisible();
      // The facilitator types the code on the kiosk, enters an evening and syncs.
      const kiosk = await context.newPage();
      const sync = new SyncPage(kiosk);
      await sync.goto();
      await sync.enroll(c.url, code);
      await expect(kiosk.getByTestId('sync-last-success')).toContainText('Dernier envoi réussi');
      const screening = new ConsolePage(kiosk);
      await screening.goto();
      await screening.createScreening({ ...KOLDA_SCREENING, town: 'Ziguinchor', region: 'Ziguinchor' });
      await sync.goto();
      await sync.syncNow();
      await expect(sync.pending).toHaveText('Tout a été envoyé au serveur de collecte.');
      await page.reload();
      const rows = page.locator('tr[data-device]');
      await expect(rows).toHaveCount(3);
      const fresh = rows.nth(2);
      await expect(fresh.locator('td').nth(5)).not.toHaveText('0');
      await page.goto(`${c.url}/staff/screenings?town=Ziguinchor`);
      await expect(d.screeningRows()).toHaveCount(1);
      await page.goto(`${c.url}/staff/kiosks`);
      await fresh.getByRole('button', { name: 'Revoke' }).click();
      await expect(page.getByRole('status')).toContainText('revoked: its token no longer works.');
      await sync.syncNow();
      await expect(sync.lastError).toBeVisible();
      const dev = await c.conn.db
        .selectFrom('devices')
        .select('revoked_at')
        .where('kiosk_id', 'not in', ['K1-kolda', 'K2-tamba'])
        .executeTakeFirstOrThrow();
      expect(dev.revoked_at).not.toBeNull();
    });

    test('a forged session cookie, or one from another collector, opens nothing', async ({ page, context }) => {
      await context.addCookies([{ name: 'mam_staff', value: 'x'.repeat(43), url: c.url }]);
      await page.goto(`${c.url}/staff/screenings`);
      await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
      const other = await collector();
      try {
        await seedDashboard(other);
        await new DashboardPage(page, other.url).signIn(ADMIN.email, ADMIN.password);
        await expect(page.getByRole('heading', { name: 'Screenings', level: 1 })).toBeVisible();
        // Same host, other port: the browser sends that collector's cookie here too; it opens nothing.
        await page.goto(`${c.url}/staff/kiosks`);
        await expect(page.getByRole('heading', { name: 'Staff sign-in' })).toBeVisible();
        // The device API still wants its bearer token, whatever cookie comes along.
        const state = await page.request.get(`${c.url}/v1/state`);
        expect(state.status()).toBe(401);
      } finally {
        await other.close();
      }
    });

    test('an idle session expires; brute-forced sign-in is told to wait (429)', async ({ page }) => {
      const short = await collector({ staff: { idleMs: 1500, signInFailuresPerMinute: 5 } });
      try {
        await seedDashboard(short);
        const d = new DashboardPage(page, short.url);
        await d.signIn(ANALYST.email, ANALYST.password);
        await expect(page.getByRole('heading', { name: 'Screenings', level: 1 })).toBeVisible();
        await page.waitForTimeout(2000); // the idle time itself is what is tested
        await page.reload();
        await expect(d.alert).toHaveText('Your session ended. Sign in again.');
        for (let i = 0; i < 5; i++) {
          await d.signIn(ADMIN.email, `guess-number-${i}`);
          await expect(d.alert).toHaveText('Wrong email or password.');
        }
        await d.signIn(ADMIN.email, ADMIN.password);
        await expect(d.alert).toHaveText('Too many failed sign-ins: wait a minute and try again.');
      } finally {
        await short.close();
      }
    });
  });
}
