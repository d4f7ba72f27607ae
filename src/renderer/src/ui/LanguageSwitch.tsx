import { useTranslation } from 'react-i18next';
import { changeLang } from '../i18n';
import { LANGUAGES } from '../i18n/languages';

/**
 * French / Wolof, each named in its own language so a reader of either finds it.
 * `remember: false` keeps the choice to this window (see changeLang).
 */
export function LanguageSwitch({ large = false, remember = true }: { large?: boolean; remember?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <div
      className={large ? 'lang-switch lang-switch--large' : 'lang-switch'}
      role="group"
      aria-label={t('common:language')}
    >
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={i18n.language === lang}
          onClick={() => void changeLang(lang, remember)}
        >
          {t(`common:languageName.${lang}`)}
        </button>
      ))}
    </div>
  );
}
