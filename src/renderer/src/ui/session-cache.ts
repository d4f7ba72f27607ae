/**
 * A small cache of pictures this window already made (a QR code, a word cloud's layout),
 * kept in memory and in sessionStorage: the same input gives the same picture, so a second
 * open, or the page reloaded, shows it at once instead of making it again. Holds the
 * `max` most recently made, so a stage whose cloud changes all evening stays bounded.
 * sessionStorage can be full or off: then it is a memory cache only.
 */
export function sessionCache<T>(name: string, max: number) {
  const key = `cache:${name}`;
  let entries: [string, T][] | undefined;
  const load = () => {
    if (entries) return entries;
    try {
      entries = JSON.parse(sessionStorage.getItem(key) ?? '[]') as [string, T][];
    } catch {
      entries = [];
    }
    return entries;
  };
  return {
    get(k: string): T | undefined {
      return load().find(([at]) => at === k)?.[1];
    },
    set(k: string, value: T): void {
      entries = [...load().filter(([at]) => at !== k), [k, value] as [string, T]].slice(-max);
      try {
        sessionStorage.setItem(key, JSON.stringify(entries));
      } catch {
        // Full or unavailable: the memory copy still serves this page.
      }
    },
  };
}
