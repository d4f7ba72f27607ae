import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { listScreenings } from '../../data/repos/screenings';
import { useLive } from '../../data/use-live';
import { shownDay } from './model/text';
import { screeningCsv } from './export/csv';
import { screeningJson } from './export/json';
import { ExportBar, type Makers } from './ExportBar';
import { ScreeningReportView } from './ScreeningReportView';
import { useActiveScreening } from '../../data/use-active-screening';
import { useScreeningReport, type LoadedScreening } from './use-report-data';
import { useReportText } from './use-report-text';
import type { ReportSettings } from './report-settings';
import type { ReportText } from './model/text';

/** The files are made from every record, read at the click (the page shows sums only). */
function makers(data: LoadedScreening, text: ReportText): Makers {
  return {
    csv: async () => {
      const { report, records } = await data.full();
      return screeningCsv(report, records, text);
    },
    xlsx: async (onProgress) => {
      const [{ report, records }, xlsx] = await Promise.all([data.full(), import('./export/xlsx')]);
      return xlsx.screeningXlsx(report, records, text, onProgress);
    },
    json: async () => {
      const { report, records } = await data.full();
      return screeningJson(report, records, data.generatedAt);
    },
  };
}

/** Pick a screening (the one running now by default) and see its report. */
export function ScreeningMode({ settings }: { settings: ReportSettings }) {
  const { t } = useTranslation('reports');
  const screenings = useLive(() => listScreenings(), [], undefined);
  const active = useActiveScreening();
  const [picked, setPicked] = useState<string | undefined>();
  const id = picked ?? active?.id ?? screenings?.[0]?.id;
  const data = useScreeningReport(id, settings.includeContacts);
  const text = useReportText(settings.lang);
  if (screenings === undefined) return <p role="status">{t('loading')}</p>;
  if (screenings.length === 0) return <p>{t('picker.none')}</p>;
  const f = data?.report.figures;
  return (
    <>
      <div className="report-controls">
        <div className="report-controls__field">
          <label htmlFor="report-picker">{t('picker.label')}</label>
          <select id="report-picker" value={id} onChange={(e) => setPicked(e.target.value)}>
            {screenings.map((s) => (
              <option key={s.id} value={s.id}>
                {t('picker.option', { date: shownDay(s.date, text.lang), town: s.place.town, venue: s.place.venue })}
              </option>
            ))}
          </select>
        </div>
        {data && f && (
          <ExportBar makers={makers(data, text)} nameParts={[text.t('doc.screeningTitle'), f.place.town, f.date]} />
        )}
      </div>
      {data ? (
        <ScreeningReportView
          report={data.report}
          cloud={data.cloud}
          code={data.code}
          lang={settings.lang}
          generatedAt={data.generatedAt}
        />
      ) : (
        <p role="status">{t('loading')}</p>
      )}
    </>
  );
}
