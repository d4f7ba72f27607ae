/**
 * Where a subtitle sits on the screen. WebVTT says it in cue settings after the timing
 * (`line:10% align:start`); SubRip files from subtitling tools say it with an ASS
 * override tag at the start of the text (`{\an8}` = top centre, laid out like a phone's
 * keypad). Both become WebVTT settings so a caption moved off a face or a burnt-in name
 * stays where its author put it. Env-neutral, like subtitles.ts.
 */

// Values as the WebVTT spec allows them; anything else is dropped, not passed to the player.
const PERCENT = String.raw`\d{1,3}(?:\.\d+)?%`;
const SETTINGS: Record<string, RegExp> = {
  vertical: /^(?:rl|lr)$/,
  line: new RegExp(String.raw`^(?:-?\d+|${PERCENT})(?:,(?:start|center|end))?$`),
  position: new RegExp(String.raw`^(?:${PERCENT}|auto)(?:,(?:line-left|center|line-right|auto))?$`),
  size: new RegExp(`^${PERCENT}$`),
  align: /^(?:start|center|end|left|right)$/,
};

/**
 * The valid WebVTT settings of a timing line's tail, in their order, once each (the last
 * wins, as in a player). Unknown names, bad values and `region:` (region blocks are not
 * kept) are dropped; so are SubRip's `X1:… Y1:…` pixel boxes.
 */
export function cleanCueSettings(raw: string): string {
  const kept = new Map<string, string>();
  for (const part of raw.trim().split(/\s+/)) {
    const i = part.indexOf(':');
    const name = part.slice(0, i);
    const value = part.slice(i + 1);
    if (i > 0 && SETTINGS[name]?.test(value)) {
      kept.delete(name);
      kept.set(name, value);
    }
  }
  return [...kept].map(([n, v]) => `${n}:${v}`).join(' ');
}

// {\anN}: 1–3 bottom, 4–6 middle, 7–9 top; left, centre, right in each row.
const ROWS = ['', 'line:50%,center', 'line:5%'];
const COLUMNS = ['position:5% align:start', '', 'position:95% align:end'];

/** The WebVTT settings for `{\anN}` (1–9); '' for 2, bottom centre, the default. */
export function anSettings(n: number): string {
  return [ROWS[Math.floor((n - 1) / 3)], COLUMNS[(n - 1) % 3]].filter(Boolean).join(' ');
}

/**
 * A cue's text without its `{\…}` override blocks (colours, fonts, fades that a player
 * would print as text), and the position its first `{\anN}` asked for, if any. Braces
 * that do not open with a backslash are the subtitle's own words and stay.
 */
export function stripOverrideTags(text: string): { text: string; settings: string | null } {
  let settings: string | null = null;
  const stripped = text.replace(/\{\\[^}]*\}/g, (block) => {
    const an = /\\an([1-9])/.exec(block);
    if (an && settings === null) settings = anSettings(Number(an[1]));
    return '';
  });
  return { text: stripped, settings };
}
