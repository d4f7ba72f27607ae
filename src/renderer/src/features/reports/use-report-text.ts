import { useTranslation } from 'react-i18next';
import type { Lang } from '../../i18n/languages';
import type { ReportText } from './model/text';

/** The report's words in its own language, which may differ from the console's. */
export function useReportText(lang: Lang): ReportText {
  const { t } = useTranslation('reports', { lng: lang });
  return { lang, t: (key, options) => t(key, options ?? {}) };
}
