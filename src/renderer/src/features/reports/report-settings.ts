import type { Lang } from '../../i18n/languages';

/** What the facilitator chose above the report: its language, and whether contacts are shown. */
export interface ReportSettings {
  lang: Lang;
  includeContacts: boolean;
}
