import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { buildScreeningReport } from '../../../src/renderer/src/features/reports/model/build';
import { digestOf } from '../../../src/renderer/src/features/reports/model/digest';
import { screeningJson } from '../../../src/renderer/src/features/reports/export/json';
import { freshDb, seedEvening } from './reports-fixture';

beforeEach(freshDb);
afterEach(() => vi.useRealTimers());

async function exported(includeContacts: boolean) {
  const s = await seedEvening();
  const records = (await loadScreeningRecords(s.id))!;
  const report = await buildScreeningReport(records, { clockOffsetMs: 4000, includeContacts });
  const bytes = screeningJson(report, records, '2026-03-15T09:00:00.000Z');
  return JSON.parse(new TextDecoder().decode(bytes)) as {
    contactsIncluded: boolean;
    digest: string;
    clockOffsetMs: number;
    figures: unknown;
    contacts: unknown[] | null;
    records: { questions: Record<string, unknown>[]; pledges: Record<string, unknown>[]; events: unknown[] };
  };
}

describe('JSON', () => {
  it('carries figures and records but no personal details by default', async () => {
    const json = await exported(false);
    expect(json.contactsIncluded).toBe(false);
    expect(json.contacts).toBeNull();
    expect(json.clockOffsetMs).toBe(4000);
    expect(json.records.questions).toHaveLength(10);
    expect(json.records.events.length).toBeGreaterThan(5);
    const text = JSON.stringify(json.records);
    expect(text).not.toContain('Aïssatou');
    expect(text).not.toContain('+221 77 123 45 67');
    expect(text).not.toContain('Fatou');
  });

  it('includes consented contacts when chosen, and its digest can be recomputed from it', async () => {
    const json = await exported(true);
    expect(json.contactsIncluded).toBe(true);
    expect(json.contacts).toHaveLength(1);
    const withContact = json.records.pledges.filter((p) => p.contact);
    expect(withContact).toEqual([expect.objectContaining({ firstName: 'Aïssatou Sow' })]);
    expect(await digestOf(json.figures)).toBe(json.digest);
  });
});
