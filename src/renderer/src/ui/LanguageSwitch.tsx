import { useTranslation } from 'react-i18next';
import { changeLang, loadLang } from '../i18n';
import { LANGUAGES } from '../i18n/languages';

/**
 * French / Wolof, each named in its own language so a reader of either finds it.
 * `remember: false` keeps the choice to this window (see changeLang). A language's strings
 * and dates start loading when a finger or the pointer reaches its button, so the switch
 * itself is immediate.
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
          onPointerEnter={() => void loadLang(lang).catch(() => undefined)}
          onPointerDown={() => void loadLang(lang).catch(() => undefined)}
          onFocus={() => void loadLang(lang).catch(() => undefined)}
          onClick={() => void changeLang(lang, remember)}
        >
          {t(`common:languageName.${lang}`)}
        </button>
      ))}
    </div>
  );
}
