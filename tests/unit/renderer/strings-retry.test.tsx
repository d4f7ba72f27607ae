// @vitest-environment jsdom
import i18next from 'i18next';
import { act, createElement } from 'react';
import { createRoot } from 'react-dom/client';
import { initReactI18next, useTranslation } from 'react-i18next';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import frCommon from '../../../locales/fr/common.json';
import frDebate from '../../../locales/fr/debate.json';
import frPolls from '../../../locales/fr/polls.json';
import woCommon from '../../../locales/wo/common.json';
import woDebate from '../../../locales/wo/debate.json';
import woPolls from '../../../locales/wo/polls.json';
import { AppErrorBoundary } from '../../../src/renderer/src/app/AppErrorBoundary';
import { stringsBackend, STRINGS_LOADING } from '../../../src/renderer/src/i18n/strings-backend';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const FILES: Record<string, unknown> = {
  'fr/common': frCommon,
  'fr/debate': frDebate,
  'fr/polls': frPolls,
  'wo/common': woCommon,
  'wo/debate': woDebate,
  'wo/polls': woPolls,
};
const tries = (name: string) => asked.filter((n) => n === name).length;
/** How many more times each chunk fails before it loads ("lng/ns" → n). */
const failures = new Map<string, number>();
const asked: string[] = [];

beforeAll(async () => {
  await i18next
    .use(
      stringsBackend((lng, ns) => async () => {
        const name = `${lng}/${ns}`;
        asked.push(name);
        const left = failures.get(name) ?? 0;
        failures.set(name, left - 1);
        if (left > 0) throw new TypeError(`Failed to fetch dynamically imported module: ${name}`);
        return FILES[name];
      }),
    )
    .use(initReactI18next)
    .init({
      lng: 'fr',
      fallbackLng: false,
      supportedLngs: ['fr', 'wo'],
      ns: ['common'],
      defaultNS: 'common',
      ...STRINGS_LOADING,
    });
});

function Yes() {
  const { t } = useTranslation('polls');
  return createElement('p', null, t('icon.yes'));
}

async function mount() {
  const el = document.createElement('div');
  const root = createRoot(el);
  await act(async () =>
    root.render(createElement(AppErrorBoundary, { role: 'console', section: 'polls', children: createElement(Yes) })),
  );
  return { el, root };
}

describe('a strings chunk that fails to load', () => {
  it('is asked for again a moment later, and the screen shows its words', async () => {
    failures.set('fr/polls', 1);
    const { el, root } = await mount();
    await vi.waitFor(() => expect(el.textContent).toBe('Oui'), { timeout: 3000 });
    expect(asked.filter((n) => n === 'fr/polls')).toHaveLength(2);
    root.unmount();
  });

  it('past its retries: a message in the reader’s language, never the keys; asked again when needed, and on "try again"', async () => {
    // Four tries when the window switches to Wolof, four more when the screen needs the strings.
    failures.set('wo/polls', 8);
    await act(() => i18next.changeLanguage('wo'));
    expect(tries('wo/polls')).toBe(4);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const { el, root } = await mount();
    const again = () => el.querySelector<HTMLButtonElement>('[role=alert] button');
    await vi.waitFor(() => expect(again()?.disabled).toBe(false), { timeout: 5000 });
    expect(tries('wo/polls')).toBe(8);
    expect(el.querySelector('[role=alert]')?.textContent).toBe(
      [woCommon.strings.title, woCommon.strings.body, woCommon.strings.retry].join(''),
    );
    await act(async () => again()!.click());
    await vi.waitFor(() => expect(el.textContent).toBe('Waaw'), { timeout: 5000 });
    expect(tries('wo/polls')).toBe(9);
    root.unmount();
  });

  it('spent, is asked for again when the window switches back to that language', async () => {
    failures.set('wo/debate', 4);
    await act(() => i18next.loadNamespaces('debate'));
    expect(i18next.hasResourceBundle('wo', 'debate')).toBe(false);
    await act(() => i18next.changeLanguage('fr'));
    await act(() => i18next.changeLanguage('wo'));
    expect(tries('wo/debate')).toBe(5);
    expect(i18next.hasResourceBundle('wo', 'debate')).toBe(true);
  });
});
