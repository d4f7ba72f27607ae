import i18next from 'i18next';

/**
 * A namespace whose strings could not be loaded, even after i18next's retries: thrown by
 * `t` while rendering (missingKey), so the screen's error boundary shows a message in the
 * reader's language instead of raw keys, and asks again (StringsFallback).
 */
export class StringsMissing extends Error {
  constructor(
    readonly lng: string,
    readonly ns: string,
  ) {
    super(`strings not loaded: ${lng}/${ns}`);
    this.name = 'StringsMissing';
  }
}

const failed = new Set<string>(); // "lng|ns"

/** Notes a namespace that failed to load (i18next's 'failedLoading', once its retries are spent). */
export const noteFailedStrings = (lng: string, ns: string): void => void failed.add(`${lng}|${ns}`);

const stillMissing = () =>
  [...failed].map((k) => k.split('|') as [string, string]).filter(([l, n]) => !i18next.hasResourceBundle(l, n));

/**
 * i18next's parseMissingKeyHandler (with appendNamespaceToMissingKey, so `nsKey` is
 * "ns:key"): a key missing from a namespace that failed to load throws; any other missing
 * key reads as the key, as i18next does by default. `common` never throws: it holds the
 * message itself, and is in before the first paint.
 */
export function missingKey(nsKey: string, defaultValue: unknown, opt: { lng?: string } | undefined): string {
  const at = nsKey.indexOf(':');
  const ns = nsKey.slice(0, at);
  const key = nsKey.slice(at + 1);
  if (typeof defaultValue === 'string') return defaultValue;
  const lng = opt?.lng ?? i18next.language;
  if (ns !== 'common' && failed.has(`${lng}|${ns}`) && !i18next.hasResourceBundle(lng, ns))
    throw new StringsMissing(lng, ns);
  return key;
}

/** The first namespace still missing after a failed load, if any. */
export function firstMissing(): StringsMissing | null {
  const [first] = stillMissing();
  return first ? new StringsMissing(...first) : null;
}

/** Asks again for every namespace that failed; true once all of them are in. */
export async function retryFailedStrings(): Promise<boolean> {
  await Promise.all(stillMissing().map(([l, n]) => i18next.reloadResources([l], [n])));
  return stillMissing().length === 0;
}
