import { sourceOf, topicLabel } from '@shared/records/constants';
import type { ScreeningRecords } from '../../../data/repos/reports';
import { pollRows } from '@shared/polls/report-rows';
import { askedAt } from '../model/timeline';
import { clockCorrectionMs, correctedIso, type ReportText } from '../model/text';
import { CONTENT_LANGS, PLEDGE_KINDS, QUESTION_STATUSES, type ScreeningReport } from '../model/types';

/** A cell of an exported table: numbers stay numbers so spreadsheets can sum them. */
export type Cell = string | number | null;
export interface Table {
  header: string[];
  rows: Cell[][];
  /** What each column holds (a `columns.*` key), where the table can be merged with others (CSV). */
  keys?: string[];
}

/** A table's header from its column keys, in the report's language. */
const headed = (t: ReportText['t'], keys: string[], rows: Cell[][]): Table => ({
  header: keys.map((k) => t(`columns.${k}`)),
  rows,
  keys,
});

/** The report's figures as (section, indicator, value) rows, in the report's language. */
export function figureTable(r: ScreeningReport, { t }: ReportText): Table {
  const f = r.figures;
  const rows: Cell[][] = [];
  const add = (section: string, indicator: string, value: Cell) => rows.push([section, indicator, value]);
  const doc = (k: string) => t(`doc.${k}`);
  add(doc('screeningTitle'), doc('screeningId'), f.screeningId);
  add(doc('screeningTitle'), doc('date'), f.date);
  add(doc('screeningTitle'), doc('place'), [f.place.venue, f.place.town].filter(Boolean).join(', '));
  add(doc('screeningTitle'), doc('region'), [f.place.region, f.place.country].filter(Boolean).join(', '));
  add(doc('screeningTitle'), doc('status'), t(`phase.${f.phase}`));
  add(doc('screeningTitle'), doc('started'), correctedIso(f.startedAt, r.clockOffsetMs));
  add(doc('screeningTitle'), doc('ended'), correctedIso(f.endedAt, r.clockOffsetMs));
  add(
    doc('screeningTitle'),
    t('columns.clockOffset'),
    r.clockOffsetMs === null ? null : clockCorrectionMs(r.clockOffsetMs) / 1000,
  );
  const min = (sec: number) => Math.round(sec / 6) / 10;
  for (const p of f.phases)
    add(doc('phasesTitle'), `${t(`phase.${p.phase}`)} — ${t('columns.duration')}`, min(p.seconds));
  add(doc('filmTitle'), t('columns.duration'), min(f.film.playedSec));
  add(doc('filmTitle'), t('columns.filmPercent'), f.film.percent);
  for (const k of ['women', 'men', 'youth', 'adults'] as const)
    add(doc('attendanceTitle'), t(`attendance.${k}`), f.attendance[k]);
  add(doc('attendanceTitle'), doc('reached'), f.attendance.reached);
  add(doc('questionsTitle'), doc('total'), f.questions.total);
  for (const s of QUESTION_STATUSES) add(doc('questionsTitle'), t(`status.${s}`), f.questions.byStatus[s]);
  for (const l of CONTENT_LANGS) add(doc('questionsTitle'), t(`lang.${l}`), f.questions.byLanguage[l]);
  add(doc('questionsTitle'), t('input.spoken'), f.questions.spoken);
  add(doc('questionsTitle'), t('input.typed'), f.questions.typed);
  add(doc('questionsTitle'), t('input.floor'), f.questions.fromFloor);
  add(doc('questionsTitle'), t('input.phone'), f.questions.bySource.phone);
  add(doc('questionsTitle'), t('input.kiosk'), f.questions.bySource.kiosk);
  add(doc('questionsTitle'), doc('projected'), f.questions.projected);
  add(doc('questionsTitle'), doc('distinct'), f.questions.distinct);
  add(doc('questionsTitle'), doc('askedMoreThanOnce'), f.questions.askedMoreThanOnce);
  for (const { topic, count } of f.questions.byTopic) add(doc('topicsTitle'), topicLabel(t, topic), count);
  add(doc('pledgesTitle'), doc('total'), f.pledges.total);
  for (const k of PLEDGE_KINDS) add(doc('pledgesTitle'), t(`kind.${k}`), f.pledges.byKind[k]);
  add(doc('pledgesTitle'), t('consent.with'), f.pledges.withConsent);
  add(doc('pledgesTitle'), t('consent.without'), f.pledges.withoutConsent);
  add(doc('pledgesTitle'), t('input.phone'), f.pledges.fromPhone);
  add(doc('votesTitle'), doc('total'), f.votes.total);
  for (const v of f.votes.top) add(doc('votesTitle'), v.text, v.votes);
  for (const row of pollRows(f.polls, t)) add(...row);
  add(doc('notesTitle'), doc('notesTitle'), f.notes);
  add(doc('screeningTitle'), doc('digest'), r.digest);
  return headed(t, ['section', 'indicator', 'value'], rows);
}

/** Every question (not only the projected ones), oldest first, without the asker's name. */
export function questionTable(records: ScreeningRecords, r: ScreeningReport, { t }: ReportText): Table {
  const projected = new Set(r.projected.map((p) => p.id));
  const rows = [...records.questions]
    .sort((a, b) => askedAt(a).localeCompare(askedAt(b)) || a.id.localeCompare(b.id))
    .map((q): Cell[] => [
      correctedIso(askedAt(q), r.clockOffsetMs),
      t(`status.${q.status}`),
      t(`lang.${q.language}`),
      t(sourceOf(q) === 'floor' ? 'input.floor' : q.audioHash ? 'input.spoken' : 'input.typed'),
      t(projected.has(q.id) ? 'doc.yes' : 'doc.no'),
      q.text,
    ]);
  return headed(t, ['time', 'status', 'language', 'input', 'projected', 'text'], rows);
}

/** Pledges without any personal detail (name and phone go only in the contacts table). */
export function pledgeTable(records: ScreeningRecords, r: ScreeningReport, { t }: ReportText): Table {
  const rows = [...records.pledges]
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
    .map((p): Cell[] => [
      correctedIso(p.createdAt, r.clockOffsetMs),
      t(`kind.${p.kind}`),
      t(`lang.${p.language}`),
      t(p.contact ? 'consent.with' : 'consent.without'),
      p.text,
    ]);
  return headed(t, ['time', 'kind', 'language', 'consent', 'text'], rows);
}

/** Consented contacts, or null when the exporter left them out. */
export function contactTable(r: ScreeningReport, { t }: ReportText): Table | null {
  if (!r.contacts) return null;
  return headed(
    t,
    ['kind', 'name', 'phone', 'consentVersion', 'consentAt'],
    r.contacts.map((x) => [t(`kind.${x.kind}`), x.name, x.phone, x.consentVersion, x.consentAt]),
  );
}
