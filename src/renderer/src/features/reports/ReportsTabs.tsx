import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Lang } from '../../i18n/languages';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import { ScreeningMode } from './ScreeningMode';
import { SummaryMode } from './SummaryMode';
import type { ReportSettings } from './report-settings';
import './report.css';

/**
 * Console → Reports: one screening's report, or a summary over a date range, shown as
 * the printable page itself, with its exports (PDF from this page, CSV, XLSX, JSON).
 */
export function ReportsTabs() {
  const { t } = useTranslation('reports');
  const uiLang = useLang();
  const [mode, setMode] = useState<'screening' | 'summary'>('screening');
  const [lang, setLang] = useState<Lang>(uiLang);
  const [includeContacts, setIncludeContacts] = useState(false);
  const settings: ReportSettings = { lang, includeContacts };
  return (
    <section className="reports">
      <div className="report-controls">
        <h2>{t('title')}</h2>
        <div role="group" aria-label={t('tabs.label')} className="report-controls__row">
          {(['screening', 'summary'] as const).map((m) => (
            <button key={m} type="button" aria-pressed={mode === m} onClick={() => setMode(m)}>
              <LineIcon name={m === 'screening' ? 'chart' : 'calendar'} />
              <span>{t(`tabs.${m}`)}</span>
            </button>
          ))}
        </div>
        <div className="report-controls__row">
          <div className="report-controls__field">
            <label htmlFor="report-lang">{t('options.language')}</label>
            <select id="report-lang" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`common:languageName.${l}`)}
                </option>
              ))}
            </select>
          </div>
          {mode === 'screening' && (
            <label className="report-controls__check">
              <input type="checkbox" checked={includeContacts} onChange={(e) => setIncludeContacts(e.target.checked)} />
              <LineIcon name="lock" />
              <span>{t('options.includeContacts')}</span>
            </label>
          )}
        </div>
      </div>
      {mode === 'screening' ? <ScreeningMode settings={settings} /> : <SummaryMode settings={settings} />}
    </section>
  );
}
