import type { ScreeningRecords } from '../../../data/repos/reports';
import type { Pledge, Question } from '../../../data/types';
import type { SummaryReport } from '../model/build';
import type { ScreeningReport } from '../model/types';

/**
 * Personal details leave the kiosk only when the exporter chose them, and contact
 * details only where consent was recorded (the report's `contacts` already says which).
 */
function stripQuestion(q: Question, personal: boolean): Question {
  if (personal) return q;
  const { askerName: _name, ...rest } = q;
  return rest;
}

function stripPledge(p: Pledge, consented: ReadonlySet<string> | null): Pledge {
  const { firstName, contact, ...rest } = p;
  if (!consented) return rest;
  return {
    ...rest,
    ...(firstName !== undefined && { firstName }),
    ...(contact && consented.has(p.id) && { contact }),
  };
}

const encode = (value: unknown) => new TextEncoder().encode(JSON.stringify(value, null, 2) + '\n');

/**
 * The whole report as JSON: the figures and their digest (recompute the SHA-256 of the
 * canonical JSON of `figures` to check a printed copy), and every record of the screening.
 */
export function screeningJson(report: ScreeningReport, records: ScreeningRecords, generatedAt: string): Uint8Array {
  const consented = report.contacts ? new Set(report.contacts.map((c) => c.pledgeId)) : null;
  return encode({
    format: 'mam-screening-report',
    version: 1,
    generatedAt,
    contactsIncluded: report.contacts !== null,
    clockOffsetMs: report.clockOffsetMs,
    digest: report.digest,
    figures: report.figures,
    projected: report.projected,
    contacts: report.contacts,
    records: {
      screening: records.screening,
      questions: records.questions.map((q) => stripQuestion(q, consented !== null)),
      pledges: records.pledges.map((p) => stripPledge(p, consented)),
      events: records.events,
      polls: records.polls ?? [],
      pollAnswers: records.pollAnswers ?? [],
    },
  });
}

/** The date-range summary as JSON: rows, totals and their digest. */
export function summaryJson(report: SummaryReport, generatedAt: string): Uint8Array {
  return encode({
    format: 'mam-summary-report',
    version: 1,
    generatedAt,
    clockOffsetMs: report.clockOffsetMs,
    digest: report.digest,
    summary: report.summary,
  });
}
