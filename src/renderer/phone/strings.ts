import frPhone from '../../../locales/fr/phone.json?raw';
import woPhone from '../../../locales/wo/phone.json?raw';
import frPledges from '../../../locales/fr/pledges.json?raw';
import woPledges from '../../../locales/wo/pledges.json?raw';

/**
 * The phone page's strings: the `phone` namespace, and the kiosk's own consent wording
 * (pledges `consent.v1`), so a phone shows exactly what the kiosk shows. Read as raw text
 * so the console's i18n code never comes along (the page must stay small).
 */
export type Lang = 'fr' | 'wo';
type Tree = { [k: string]: string | Tree };

const RES: Record<Lang, { phone: Tree; pledges: Tree }> = {
  fr: { phone: JSON.parse(frPhone) as Tree, pledges: JSON.parse(frPledges) as Tree },
  wo: { phone: JSON.parse(woPhone) as Tree, pledges: JSON.parse(woPledges) as Tree },
};

/** The consent wording's version, as the kiosk stores it (features/pledges/consent.ts). */
export const CONSENT_VERSION = 'v1';
export const storedConsentVersion = (lang: Lang) => `contact-${CONSENT_VERSION}/${lang}`;

const KEY = 'mam-phone-lang';
let lang: Lang = localStorage.getItem(KEY) === 'wo' ? 'wo' : 'fr';
export const currentLang = () => lang;
export function setLang(next: Lang) {
  lang = next;
  localStorage.setItem(KEY, next);
  document.documentElement.lang = next;
}

function lookup(tree: Tree, path: string): string | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** French: one for 0 and 1, many for millions; Wolof: other only (as i18next does). */
function pluralSuffix(count: number): string {
  if (lang === 'wo') return '_other';
  if (count === 0 || count === 1) return '_one';
  return count !== 0 && count % 1_000_000 === 0 ? '_many' : '_other';
}

/** A string of the phone namespace, with `{{var}}` filled in; falls back to French. */
export function t(key: string, vars: Record<string, string | number> = {}): string {
  const k = typeof vars.count === 'number' && !lookup(RES[lang].phone, key) ? key + pluralSuffix(vars.count) : key;
  const raw = lookup(RES[lang].phone, k) ?? lookup(RES.fr.phone, k) ?? key;
  return raw.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(vars[name] ?? ''));
}

export function consent(part: 'title' | 'text' | 'agree' | 'decline'): string {
  return lookup(RES[lang].pledges, `consent.${CONSENT_VERSION}.${part}`) ?? '';
}
