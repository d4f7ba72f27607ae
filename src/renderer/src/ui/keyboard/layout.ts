/**
 * The attendee kiosk's keyboard: AZERTY letters (the layout of laptops in Senegal), then
 * a row with every Wolof letter the Latin rows lack (à é ë ñ ŋ ó, ã for loanwords) and
 * the French accents, so no one needs a dead key or a layout that does not exist.
 */
export type SpecialKey = 'shift' | 'backspace' | 'space' | 'enter';
export type Key = { char: string } | { special: SpecialKey };

const chars = (s: string): Key[] => [...s].map((char) => ({ char }));

export const ACCENTED = 'àâãéèêëîïñŋóôœùûüç';

export const ROWS: Key[][] = [
  chars('1234567890'),
  chars('azertyuiop'),
  chars('qsdfghjklm'),
  [{ special: 'shift' }, ...chars("wxcvbn'?"), { special: 'backspace' }],
  chars(ACCENTED),
  [...chars(',.!-'), { special: 'space' }, ...chars(':;"()')],
];

/** Every letter the kiosk must be able to type (Wolof alphabet and the French accents). */
export const WOLOF_LETTERS = 'aàbcdeéëfgijklmnñŋoópqrstuwxy';

export const shifted = (char: string, shift: boolean) => (shift ? char.toLocaleUpperCase('fr') : char);
