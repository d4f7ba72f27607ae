import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';

// Every locale file is bundled: the kiosk has no network to fetch them from.
const files = import.meta.glob<Record<string, unknown>>('../../../../locales/*/*.json', {
  eager: true,
  import: 'default',
});

export function bundledResources(): Record<string, Record<string, Record<string, unknown>>> {
  const resources: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [path, content] of Object.entries(files)) {
    const m = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path);
    if (!m) continue;
    const [, lang, ns] = m as unknown as [string, string, string];
    (resources[lang] ??= {})[ns] = content;
  }
  return resources;
}

const STORAGE_KEY = 'kiosk.lang';

/** The language this screen last used; each window (console, stage, kiosk) keeps its own. */
export function storedLang(): Lang {
  const v = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLang(v) ? v : DEFAULT_LANG;
}

export async function initI18n(lang: Lang = storedLang()): Promise<typeof i18next> {
  const resources = bundledResources();
  await i18next.use(initReactI18next).init({
    resources,
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.fr ?? {}),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes.
    returnNull: false,
  });
  document.documentElement.lang = lang;
  return i18next;
}

/**
 * Switches this window's language. `remember: false` (the attendee kiosk) keeps the
 * choice to this window: it is not stored, so the stage and the next console opened do
 * not follow an attendee's choice.
 */
export async function changeLang(lang: Lang, remember = true): Promise<void> {
  await i18next.changeLanguage(lang);
  if (remember) globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}
