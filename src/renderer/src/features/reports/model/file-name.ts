/**
 * A file name the save dialog and the bridge's validator accept on Windows, macOS and
 * Linux: letters (accents and Wolof letters kept), digits, spaces and dashes.
 */
export function reportFileName(parts: readonly string[], ext: 'pdf' | 'csv' | 'xlsx' | 'json'): string {
  const base = parts
    .map((p) =>
      p
        .normalize('NFC')
        // eslint-disable-next-line no-control-regex -- control characters are refused by the bridge
        .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
        .trim(),
    )
    .filter(Boolean)
    .join(' - ')
    .replace(/\s+/g, ' ')
    .replace(/^\.+/, '')
    .slice(0, 100)
    .trim();
  return `${base || 'rapport'}.${ext}`;
}
