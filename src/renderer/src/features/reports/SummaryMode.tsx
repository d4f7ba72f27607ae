import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { summaryCsv } from './export/csv';
import { summaryJson } from './export/json';
import { ExportBar, type Makers } from './ExportBar';
import type { SummaryReport } from './model/build';
import type { ReportText } from './model/text';
import type { ReportSettings } from './report-settings';
import { SummaryReportView } from './SummaryReportView';
import { useSummaryReport } from './use-report-data';
import { useReportText } from './use-report-text';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const localDay = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

function makers(report: SummaryReport, text: ReportText, generatedAt: string): Makers {
  return {
    csv: async () => summaryCsv(report, text),
    xlsx: async (onProgress) => (await import('./export/xlsx')).summaryXlsx(report, text, onProgress),
    json: async () => summaryJson(report, generatedAt),
  };
}

/** Choose a date range (by each screening's confirmed date) and see the summary. */
export function SummaryMode({ settings }: { settings: ReportSettings }) {
  const { t } = useTranslation('reports');
  const text = useReportText(settings.lang);
  const [from, setFrom] = useState(() => `${new Date().getFullYear()}-01-01`);
  const [to, setTo] = useState(() => localDay(new Date()));
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [generatedAt, setGeneratedAt] = useState(() => new Date().toISOString());
  const state = useSummaryReport(range);

  function show(e: FormEvent) {
    e.preventDefault();
    const ok = DAY.test(from) && DAY.test(to) && from <= to;
    setInvalid(!ok);
    if (ok) {
      setGeneratedAt(new Date().toISOString());
      setRange({ from, to });
    }
  }

  return (
    <>
      <form className="report-controls report-controls__row" onSubmit={show} noValidate>
        <label>
          <span>{t('range.from')}</span>
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} required />
        </label>
        <label>
          <span>{t('range.to')}</span>
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} required />
        </label>
        <button type="submit" className="primary">
          {t('range.show')}
        </button>
        {invalid && (
          <p className="alert" role="alert">
            {t('range.invalid')}
          </p>
        )}
        {state.state === 'ready' && (
          <ExportBar
            makers={makers(state.report, text, generatedAt)}
            nameParts={[text.t('doc.summaryTitle'), state.report.summary.from, state.report.summary.to]}
          />
        )}
      </form>
      {state.state === 'loading' && (
        <label className="report-controls">
          <span>{t('loading')}</span>
          <progress max={state.total} value={state.done} />
        </label>
      )}
      {state.state === 'failed' && <ErrorMessage code="io_error" />}
      {state.state === 'ready' && (
        <SummaryReportView report={state.report} lang={settings.lang} generatedAt={generatedAt} />
      )}
    </>
  );
}
