import { useTranslation } from 'react-i18next';
import { DEFAULT_LANG, isLang, type Lang } from './languages';

/** The interface language now, for number and date formats (re-renders when it changes). */
export function useLang(): Lang {
  const { i18n } = useTranslation();
  return isLang(i18n.language) ? i18n.language : DEFAULT_LANG;
}
