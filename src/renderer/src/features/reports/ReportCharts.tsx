import { Bar, BarChart, CartesianGrid, Cell, LabelList, XAxis, YAxis } from 'recharts';
import type { TFunction } from 'i18next';
import type { Lang } from '../../i18n/languages';
import { formatNumber } from '../../i18n/format';
import { PLEDGE_KINDS, type ScreeningFigures } from './model/types';

// Fixed sizes: a print page has no resize observer, and the PDF must match the screen.
const WIDTH = 640;
const HEIGHT = 220;
const COLOURS = ['#0a5c8a', '#1d7a3a', '#a35c00'];

/** Questions asked over the debate's time, one bar per time slice. */
export function TimelineChart({ figures, t, lang }: { figures: ScreeningFigures; t: TFunction; lang: Lang }) {
  const { bins, binMinutes } = figures.timeline;
  const title = t('doc.chartTimeline', { minutes: formatNumber(binMinutes, lang) });
  if (bins.length === 0) return null;
  return (
    <figure className="report__chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={bins} margin={{ top: 16, right: 8, bottom: 24, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis
          dataKey="startMin"
          tickFormatter={(m: number) => formatNumber(m, lang)}
          label={{ value: t('doc.chartMinutes'), position: 'insideBottom', offset: -12 }}
        />
        <YAxis allowDecimals={false} tickFormatter={(n: number) => formatNumber(n, lang)} />
        <Bar dataKey="count" fill={COLOURS[0]} isAnimationActive={false} />
      </BarChart>
    </figure>
  );
}

/** Pledges by kind, with the count on each bar. */
export function PledgeChart({ figures, t, lang }: { figures: ScreeningFigures; t: TFunction; lang: Lang }) {
  if (figures.pledges.total === 0) return null;
  const data = PLEDGE_KINDS.map((k) => ({ label: t(`kind.${k}`), count: figures.pledges.byKind[k] }));
  return (
    <figure className="report__chart" aria-label={t('doc.chartPledges')}>
      <figcaption>{t('doc.chartPledges')}</figcaption>
      <BarChart width={WIDTH} height={HEIGHT} data={data} margin={{ top: 24, right: 8, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" interval={0} />
        <YAxis allowDecimals={false} tickFormatter={(n: number) => formatNumber(n, lang)} />
        <Bar dataKey="count" isAnimationActive={false}>
          {data.map((d, i) => (
            <Cell key={d.label} fill={COLOURS[i % COLOURS.length]} />
          ))}
          <LabelList dataKey="count" position="top" formatter={(n: unknown) => formatNumber(Number(n), lang)} />
        </Bar>
      </BarChart>
    </figure>
  );
}
