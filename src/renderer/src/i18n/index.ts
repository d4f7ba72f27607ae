import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Role } from '@shared/bridge';
import { DEFAULT_LANG, isLang, LANGUAGES, type Lang } from './languages';
import { firstMissing } from './failed-strings';
import { loadFormats } from './format';
import { AT_START, NAMESPACES, SOON } from './screen-namespaces';
import { stringsBackend, STRINGS_LOADING } from './strings-backend';

// One chunk per language and namespace (all local files: no network needed), each fetched
// when a window first shows it: a kiosk in French parses neither the console's strings
// nor any Wolof string, nor the Wolof date data (format.ts).
const FILES = import.meta.glob<Record<string, unknown>>('../../../../locales/*/*.json', { import: 'default' });
const backend = stringsBackend((lang, ns) => FILES[`../../../../locales/${lang}/${ns}.json`]);

/**
 * Makes `lang`'s strings (every namespace this window has used so far) and its date
 * formats ready; resolves when they are.
 */
export async function loadLang(lang: Lang): Promise<void> {
  await Promise.all([i18next.loadLanguages(lang), loadFormats(lang)]);
}

/**
 * Every namespace in every language, for the sections that write in a language of their
 * own (reports, polls). Rejects when one could not be loaded.
 */
export async function loadAllLangs(): Promise<void> {
  await started; // a section preloaded at start asks before the strings are set up (main.tsx)
  await i18next.loadNamespaces([...NAMESPACES]);
  await Promise.all(LANGUAGES.map(loadLang));
  const missing = firstMissing();
  if (missing) throw missing;
}

/** Fetches what `role`'s next screens show, once its first one is up (main.tsx, when idle). */
export const loadSoon = (role: Role): Promise<void> => i18next.loadNamespaces(SOON[role]);

const STORAGE_KEY = 'kiosk.lang';

/** The language this screen last used; each window (console, stage, kiosk) keeps its own. */
export function storedLang(): Lang {
  const v = globalThis.localStorage?.getItem(STORAGE_KEY);
  return isLang(v) ? v : DEFAULT_LANG;
}

/** initI18n's set-up, once it has begun. */
let started: Promise<unknown> | undefined;

export async function initI18n(role: Role, lang: Lang = storedLang()): Promise<typeof i18next> {
  // Resolves once the screen's own namespaces are in: the first paint never shows a key.
  await (started = Promise.all([
    i18next
      .use(backend)
      .use(initReactI18next)
      .init({
        lng: lang,
        fallbackLng: false,
        supportedLngs: [...LANGUAGES],
        ns: AT_START[role],
        defaultNS: 'common',
        interpolation: { escapeValue: false }, // React escapes.
        returnNull: false,
        ...STRINGS_LOADING,
      }),
    loadFormats(lang),
  ]));
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
