/**
 * The kiosk's text limits (src/renderer/src/data/repos/entry-text.ts), for the phone's
 * counter only: the phone server checks every send with the kiosk's own rules. A test
 * keeps these equal (tests/unit/renderer/phone-limits.test.ts).
 */
export const LIMITS = { question: 500, pledge: 1000, name: 60 } as const;

/** How a send's outcome is shown: saved or queued on the laptop are both a success. */
export function outcomeKind(outcome: string): 'ok' | 'bad' {
  return outcome === 'saved' || outcome === 'queued' || outcome === 'already' ? 'ok' : 'bad';
}

const KNOWN = [
  'saved',
  'queued',
  'dead',
  'offline',
  'too_many',
  'empty',
  'too_long',
  'bad_phone',
  'no_consent',
  'not_approved',
];
/** The `status.*` string for an outcome; anything unexpected reads as a failed send. */
export const statusKey = (outcome: string) => (KNOWN.indexOf(outcome) >= 0 ? outcome : 'failed');
