import i18next, { type InitOptions, type ReadCallback, type ResourceKey } from 'i18next';
import resourcesToBackend from 'i18next-resources-to-backend';
import { missingKey, noteFailedStrings } from './failed-strings';

type Find = (lang: string, ns: string) => (() => Promise<unknown>) | undefined;

/**
 * i18next's backend over one loader per language and namespace. A chunk that fails to
 * load (a busy disk, a reload mid-fetch) is asked for again: `true` tells i18next to retry
 * (STRINGS_LOADING), and once those tries are spent the namespace is asked for again when
 * next needed or on a language switch, a message showing meanwhile (failed-strings.ts).
 */
export function stringsBackend(find: Find) {
  i18next.on('failedLoading', noteFailedStrings);
  return resourcesToBackend((lang: string, ns: string, done: ReadCallback) => {
    const load = find(lang, ns);
    if (!load) return done(new Error(`no strings for ${lang}/${ns}`), false);
    load().then(
      (data) => done(null, data as ResourceKey),
      (err: unknown) => done(err instanceof Error ? err : new Error(String(err)), true),
    );
  });
}

/** Three more tries, 250 ms, 500 ms then 1 s apart (i18next doubles the wait); then missingKey. */
export const STRINGS_LOADING: InitOptions = {
  maxRetries: 3,
  retryTimeout: 250,
  appendNamespaceToMissingKey: true,
  parseMissingKeyHandler: missingKey,
};
