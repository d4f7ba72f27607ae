import { ANSWER_CHANNELS } from '@shared/records/constants';
import type { FamilyChange } from './families';
import type { PollFigures, PollResult } from './results';

type Translate = (key: string, options?: Record<string, unknown>) => string;
export type PollRow = [section: string, indicator: string, value: number | string | null];

/** "Question (before the film)": how a poll is named in a report's rows. */
export const pollName = (p: PollResult, t: Translate) => `${p.question} (${t(`poll.phase.${p.phase}`)})`;

/**
 * A screening's polls as (section, indicator, value) rows for the CSV and XLSX: per poll
 * n per channel, and per option its count per channel, total and %; per before/after
 * pair n on both sides and each option's change in points. Nothing when there were no polls.
 */
export function pollRows(f: PollFigures, t: Translate): PollRow[] {
  if (f.polls.length === 0) return [];
  const rows: PollRow[] = [];
  const section = t('poll.title');
  rows.push([section, t('poll.counting'), t('poll.perVisit')]);
  for (const p of f.polls) {
    const name = pollName(p, t);
    rows.push([section, `${name} — n`, p.n.total]);
    for (const ch of ANSWER_CHANNELS) rows.push([section, `${name} — n ${t(`poll.channel.${ch}`)}`, p.n[ch]]);
    for (const o of p.options) {
      for (const ch of ANSWER_CHANNELS)
        rows.push([section, `${name} — ${o.label} — ${t(`poll.channel.${ch}`)}`, o.byChannel[ch]]);
      rows.push([section, `${name} — ${o.label}`, o.total]);
      rows.push([section, `${name} — ${o.label} (%)`, o.percent]);
    }
    if (p.mean !== null) rows.push([section, `${name} — ${t('poll.mean')}`, p.mean]);
  }
  const pairs = t('poll.pairsTitle');
  for (const c of f.pairs) {
    const q = c.after.question;
    rows.push([pairs, `${q} — ${t('poll.nBefore')}`, c.nBefore]);
    rows.push([pairs, `${q} — ${t('poll.nAfter')}`, c.nAfter]);
    for (const o of c.options) {
      rows.push([pairs, `${q} — ${o.label} — ${t('poll.before')}`, o.before]);
      rows.push([pairs, `${q} — ${o.label} — ${t('poll.after')}`, o.after]);
      rows.push([pairs, `${q} — ${o.label} — ${t('poll.change')}`, o.change]);
    }
    if (c.meanChange !== null) rows.push([pairs, `${q} — ${t('poll.meanChange')}`, c.meanChange]);
  }
  return rows;
}

/** The pooled before/after families as (family, indicator, value) rows, labelled in the report's language. */
export function familyRows(families: readonly FamilyChange[], t: Translate): PollRow[] {
  return families.flatMap((f): PollRow[] => {
    const name = t(`polls:family.${f.family}`);
    const option = (i: number) => t(`polls:builtin.${f.family}.options.o${i + 1}`);
    return [
      [name, t('poll.screenings'), f.screenings],
      [name, t('poll.nBefore'), f.nBefore],
      [name, t('poll.nAfter'), f.nAfter],
      ...f.options.flatMap((o, i): PollRow[] => [
        [name, `${option(i)} — ${t('poll.before')}`, o.before],
        [name, `${option(i)} — ${t('poll.after')}`, o.after],
        [name, `${option(i)} — ${t('poll.change')}`, o.change],
      ]),
    ];
  });
}
