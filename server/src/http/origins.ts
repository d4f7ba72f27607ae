/**
 * Matches a request's Origin against the allowlist. A `*` stands for any port only
 * (`http://127.0.0.1:*`), never for a host, so no wildcard opens the collector to the web.
 */
export function originAllowed(origin: string, allowed: string[]): boolean {
  return allowed.some((pattern) => {
    if (pattern === origin) return true;
    if (!pattern.endsWith(':*')) return false;
    const base = pattern.slice(0, -2);
    return origin.startsWith(`${base}:`) && /^\d{1,5}$/.test(origin.slice(base.length + 1));
  });
}

export const DEFAULT_ORIGINS = ['kiosk://app', 'http://127.0.0.1:*', 'http://localhost:*'];
