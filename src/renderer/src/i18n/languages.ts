/** Interface languages. French is the source; Wolof mirrors every key. */
export const LANGUAGES = ['fr', 'wo'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const DEFAULT_LANG: Lang = 'fr';
export const isLang = (v: unknown): v is Lang => v === 'fr' || v === 'wo';

/** Locale used for numbers and dates: French as written in Senegal. */
export const FORMAT_LOCALE: Record<Lang, string> = { fr: 'fr-SN', wo: 'wo' };
