import { screeningFigures } from '../../../src/renderer/src/features/reports/model/figures';
import { summarize } from '../../../src/renderer/src/features/reports/model/summary';
import type { ScreeningFigures } from '../../../src/renderer/src/features/reports/model/types';
import type { ScreeningRecords } from '../../../src/renderer/src/data/repos/reports';
import { CONTENT_LANGS, PLEDGE_KINDS } from '../../../src/shared/records';
import { barChart } from './charts';
import { html, type Html } from './html';
import type { MessageKey, T } from './messages';
import { surveyView } from './survey';
import { topicCounts, type TopicCount } from './topics';

export interface Indicators {
  figures: ScreeningFigures[];
  totals: ReturnType<typeof summarize>['totals'];
  byLanguage: Record<(typeof CONTENT_LANGS)[number], number>;
  byTopic: TopicCount[];
  /** The built-in before/after families pooled over the screenings (empty without polls). */
  families: ReturnType<typeof summarize>['pollFamilies'];
}

/** The campaign's figures for a set of screenings, by the kiosk's own report model. */
export function indicators(records: readonly ScreeningRecords[], from: string, to: string): Indicators {
  const figures = records.map(screeningFigures);
  const byLanguage = Object.fromEntries(CONTENT_LANGS.map((l) => [l, 0])) as Indicators['byLanguage'];
  for (const f of figures) for (const l of CONTENT_LANGS) byLanguage[l] += f.questions.byLanguage[l];
  const { totals, pollFamilies } = summarize(from, to, figures);
  return { figures, totals, byLanguage, byTopic: topicCounts(figures), families: pollFamilies };
}

// Each language by its own name, as staff of either language know them.
const LANG_NAMES = { fr: 'Français', wo: 'Wolof' } as const;

/**
 * The charts under the cards, in order. Another figure is one more entry here and one more
 * field of Indicators; the before/after survey (a chart and a table per family) follows them.
 */
const CHARTS: ((ind: Indicators, t: T) => Html)[] = [
  ({ totals: x }, t) =>
    barChart(t('ind.reached'), [
      { label: t('ind.women'), value: x.women },
      { label: t('ind.men'), value: x.men },
      { label: t('ind.youth'), value: x.youth },
      { label: t('ind.adults'), value: x.adults },
    ]),
  (ind, t) =>
    barChart(
      t('ind.byLanguage'),
      CONTENT_LANGS.map((l) => ({
        label: l === 'other' ? t('ind.otherLanguage') : LANG_NAMES[l],
        value: ind.byLanguage[l],
      })),
    ),
  (ind, t) =>
    barChart(
      t('ind.byTopic'),
      ind.byTopic.map((c) => ({ label: c.builtin ? t(`topic.${c.builtin}`) : c.label, value: c.count })),
    ),
  ({ totals: x }, t) =>
    barChart(t('ind.byKind'), [
      ...PLEDGE_KINDS.map((k) => ({
        label: t(`kind.${k}`),
        value: k === 'share_message' ? x.shareMessage : k === 'own_story' ? x.ownStory : x.otherPledges,
      })),
      { label: t('ind.withConsent'), value: x.withConsent },
    ]),
];

export function indicatorsView(ind: Indicators, t: T): Html {
  const x = ind.totals;
  const card = (key: MessageKey, value: number) =>
    html`<div class="card" data-indicator="${key}">${t(key)}<b>${value}</b></div>`;
  return html`<section class="cards">
      ${card('ind.screenings', x.screenings)} ${card('ind.reached', x.reached)} ${card('ind.women', x.women)}
      ${card('ind.men', x.men)} ${card('ind.youth', x.youth)} ${card('ind.adults', x.adults)}
      ${card('ind.questions', x.questions)} ${card('ind.spoken', x.spoken)} ${card('ind.typed', x.typed)}
      ${card('ind.pledges', x.pledges)} ${card('ind.withConsent', x.withConsent)}
    </section>
    <section class="cards">${CHARTS.map((chart) => chart(ind, t))}</section>
    ${surveyView(ind.families, t)}`;
}
