import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';
import { loadFormats } from './format';
import type { Namespaces } from './namespaces';

// Each language is its own chunk (all local files: no network needed), fetched when a
// window or a report first uses it, with its date formats (format.ts): a French window
// never parses the Wolof strings nor the Wolof date data.
const BUNDLES: Record<Lang, () => Promise<{ default: Namespaces }>> = {
  fr: () => import('./bundle-fr'),
  wo: () => import('./bundle-wo'),
};
const loading = new Map<Lang, Promise<Namespaces>>();

function fetchLang(lang: Lang): Promise<Namespaces> {
  let p = loading.get(lang);
  if (!p) {
    p = Promise.all([BUNDLES[lang](), loadFormats(lang)]).then(([m]) => m.default);
    // A chunk that failed to load is tried again next time, not remembered as failed.
    p.catch(() => loading.delete(lang));
    loading.set(lang, p);
  }
  return p;
}

/** Makes `lang`'s strings and date formats ready (once); resolves when they are. */
export async function loadLang(lang: Lang): Promise<void> {
  const namespaces = await fetchLang(lang);
  for (const [ns, content] of Object.entries(namespaces)) {
    if (!i18next.hasResourceBundle(lang, ns)) i18next.addResourceBundle(lang, ns, content);
  }
}

/** Every interface language, for the sections that write in a language of their own (reports, polls). */
export const loadAllLangs = (): Promise<void> => Promise.all(LANGUAGES.map(loadLang)).then(() => undefined);

const STORAGE_KEY = 'kiosk.lang';

/** The language this screen last used; each window (console, stage, kiosk) keeps its own. */
export function storedLang(): Lang {
  const v = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLang(v) ? v : DEFAULT_LANG;
}

export async function initI18n(lang: Lang = storedLang()): Promise<typeof i18next> {
  // Before the first paint, so the screen never shows a key in place of its words.
  const namespaces = await fetchLang(lang);
  await i18next.use(initReactI18next).init({
    resources: { [lang]: namespaces },
    lng: lang,
    fallbackLng: false,
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(namespaces),
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
let switches = 0;
export async function changeLang(lang: Lang, remember = true): Promise<void> {
  const mine = ++switches;
  await loadLang(lang);
  // A later switch made while this language was loading wins.
  if (mine !== switches) return;
  await i18next.changeLanguage(lang);
  if (remember) globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  document.documentElement.lang = lang;
}
