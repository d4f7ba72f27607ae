/**
 * The standard Wi-Fi QR payload (`WIFI:T:WPA;S:<ssid>;P:<password>;;`, as Android's and
 * iOS's cameras read it), with `\ ; , : "` escaped. An open network has no password.
 */
const esc = (s: string) => s.replace(/([\\;,:"])/g, '\\$1');

export function wifiQrPayload(ssid: string, password: string): string | null {
  if (!ssid.trim()) return null;
  return password ? `WIFI:T:WPA;S:${esc(ssid)};P:${esc(password)};;` : `WIFI:T:nopass;S:${esc(ssid)};;`;
}

/** What to type on a phone without a QR reader: the address without `http://`. */
export const shortAddress = (url: string) => url.replace(/^https?:\/\//, '');
