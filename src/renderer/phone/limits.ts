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

const KNOWN = ['saved', 'queued', 'dead', 'offline', 'empty', 'too_long', 'bad_phone', 'no_consent', 'not_approved'];
KNOWN.push('too_large', 'not_audio'); // a spoken question's (voice.ts)
/**
 * The `status.*` string for an outcome; anything unexpected reads as a failed send. The
 * server's `too_many` is `slowDown` here: a key ending in `_many` reads as a French plural.
 */
export const statusKey = (outcome: string) =>
  outcome === 'too_many' ? 'slowDown' : KNOWN.indexOf(outcome) >= 0 ? outcome : 'failed';
