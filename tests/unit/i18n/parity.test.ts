import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every visible string exists in French and Wolof, with the plural forms each language
// has (French: one, many, other; Wolof: other only), and every Wolof string is tracked
// for native review.
type Tree = { [k: string]: string | Tree };
const PLURAL = /_(zero|one|two|few|many|other)$/;
const load = (lang: string): Record<string, Tree> =>
  Object.fromEntries(
    readdirSync(`locales/${lang}`)
      .filter((f) => f.endsWith('.json'))
      .map((f) => [f.replace(/\.json$/, ''), JSON.parse(readFileSync(`locales/${lang}/${f}`, 'utf8')) as Tree]),
  );
const flatten = (t: Tree, prefix = ''): [string, string][] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : flatten(v, `${prefix}${k}.`)));

const fr = load('fr');
const wo = load('wo');
const keysOf = (res: Record<string, Tree>) =>
  Object.entries(res).flatMap(([ns, tree]) => flatten(tree).map(([k, v]) => [`${ns}:${k}`, v] as const));

describe('locales', () => {
  it('French and Wolof have the same namespaces', () => {
    expect(Object.keys(wo).sort()).toEqual(Object.keys(fr).sort());
  });

  it('French and Wolof have the same keys (plurals compared by base key)', () => {
    const base = (res: Record<string, Tree>) => [...new Set(keysOf(res).map(([k]) => k.replace(PLURAL, '')))].sort();
    expect(base(wo)).toEqual(base(fr));
  });

  it('plural forms match each language: French one/many/other, Wolof other only', () => {
    const pluralBases = (res: Record<string, Tree>) => {
      const map = new Map<string, Set<string>>();
      for (const [k] of keysOf(res)) {
        const m = PLURAL.exec(k);
        if (m) map.set(k.replace(PLURAL, ''), (map.get(k.replace(PLURAL, '')) ?? new Set()).add(m[1]!));
      }
      return map;
    };
    for (const [key, forms] of pluralBases(fr))
      expect([key, [...forms].sort()]).toEqual([key, ['many', 'one', 'other']]);
    for (const [key, forms] of pluralBases(wo)) expect([key, [...forms]]).toEqual([key, ['other']]);
    expect(new Intl.PluralRules('wo').resolvedOptions().pluralCategories).toEqual(['other']);
  });

  it('no string is empty, and interpolations are the same in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();
    const frMap = new Map(keysOf(fr).map(([k, v]) => [k.replace(PLURAL, ''), v]));
    for (const [k, v] of keysOf(wo)) {
      expect(v.trim(), k).not.toBe('');
      expect([k, vars(v)]).toEqual([k, vars(frMap.get(k.replace(PLURAL, '')) ?? '')]);
    }
    for (const [k, v] of keysOf(fr)) expect(v.trim(), k).not.toBe('');
  });

  it('every Wolof string is tracked for native review', () => {
    const review = JSON.parse(readFileSync('locales/wolof-review.json', 'utf8')) as Record<string, string>;
    const missing = keysOf(wo)
      .map(([k]) => k)
      .filter((k) => !(k in review));
    expect(missing, 'run npm run i18n:mark-new').toEqual([]);
    for (const v of Object.values(review)) expect(['needs-review', 'reviewed']).toContain(v);
  });
});
