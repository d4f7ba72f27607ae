/**
 * Control characters (NUL, escape, bell, C1…) mean nothing to a reader, and PostgreSQL
 * refuses NUL in text while SQLite keeps it: the collector strips them from every string
 * it stores so both databases hold the same text. Line breaks and tabs are a person's
 * layout and stay (a carriage return becomes a line break).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(CONTROLS, '');
}
