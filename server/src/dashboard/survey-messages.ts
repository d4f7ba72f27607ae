/**
 * The before/after survey's words on the dashboard. The French family names and answers
 * are the kiosk's own (locales/fr/polls.json), so the dashboard, the printed report and the
 * kiosk say the same; the English is written here for IOM staff.
 */
import kioskPolls from '../../../locales/fr/polls.json';
import kioskReports from '../../../locales/fr/reports.json';
import { POLL_FAMILIES } from '../../../src/shared/records';

export const surveyEn = {
  'survey.title': 'Before/after survey (MaM questions)',
  'survey.perVisit': 'Answers counted per kiosk visit (and per raised hand), not per person.',
  'survey.option': 'Answer',
  'survey.before': 'Before the film (%)',
  'survey.after': 'After the debate (%)',
  'survey.change': 'Change (points)',
  'survey.n': 'n before = {before} · n after = {after} · screenings: {screenings}',
  'survey.percent': '{v}%',
  'survey.decimal': '.',
  'family.risk_awareness': 'Risk awareness',
  'family.intention': 'Intention to migrate irregularly',
  'family.trust_returnees': 'Trust in returnees',
  'family.legal_pathways': 'Legal pathways and local opportunities',
  'option.risk_awareness.o1': 'Strongly disagree',
  'option.risk_awareness.o2': 'Disagree',
  'option.risk_awareness.o3': 'Don’t know',
  'option.risk_awareness.o4': 'Agree',
  'option.risk_awareness.o5': 'Strongly agree',
  'option.intention.o1': 'Yes',
  'option.intention.o2': 'No',
  'option.trust_returnees.o1': 'Returnees',
  'option.trust_returnees.o2': 'Family',
  'option.trust_returnees.o3': 'Friends abroad',
  'option.trust_returnees.o4': 'Social media',
  'option.trust_returnees.o5': 'The authorities',
  'option.legal_pathways.o1': 'Yes',
  'option.legal_pathways.o2': 'No',
} as const;

export type SurveyKey = keyof typeof surveyEn;

const kioskWords = Object.fromEntries(
  POLL_FAMILIES.flatMap((f) => [
    [`family.${f}`, kioskPolls.family[f]],
    ...Object.entries(kioskPolls.builtin[f].options).map(([o, label]) => [`option.${f}.${o}`, label]),
  ]),
) as Record<`family.${string}` | `option.${string}`, string>;

export const surveyFr: Record<SurveyKey, string> = {
  'survey.title': 'Enquête avant/après (questions MaM)',
  'survey.perVisit': kioskReports.poll.perVisit,
  'survey.option': kioskReports.poll.option,
  'survey.before': 'Avant le film (%)',
  'survey.after': 'Après le débat (%)',
  'survey.change': 'Évolution (points)',
  'survey.n': 'n avant = {before} · n après = {after} · projections : {screenings}',
  'survey.percent': '{v} %',
  'survey.decimal': ',',
  ...(kioskWords as Record<Exclude<SurveyKey, `survey.${string}`>, string>),
};
