/**
 * The production origin. IndexedDB is keyed by origin: changing this after release
 * orphans every kiosk's data, so it is fixed here once and never derived.
 */
export const APP_SCHEME = 'kiosk';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** True for URLs the app's own windows may load or navigate within. */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST;
  } catch {
    return false;
  }
}

/** The route a window of the given role loads. */
export function roleUrl(role: string): string {
  return `${APP_ORIGIN}/index.html#/${role}`;
}
