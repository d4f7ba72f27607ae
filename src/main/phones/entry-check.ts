import {
  cleanPhone,
  NAME_MAX_CHARS,
  PLEDGE_MAX_CHARS,
  QUESTION_MAX_CHARS,
  textProblem,
} from '../../renderer/src/data/repos/entry-text';
import type { PhoneEntry, PhonePledgeBody, PhoneQuestionBody } from '../../shared/phone-entry';

/**
 * The kiosk's own rules for what an attendee sends (entry-text), checked before an entry
 * is journaled: the phone is told why at once, and the console never drains an entry its
 * data module would refuse.
 */
export function checkEntry(kind: PhoneEntry['kind'], body: PhoneEntry['body']): string | null {
  if (kind === 'question') return textProblem((body as PhoneQuestionBody).text, QUESTION_MAX_CHARS);
  if (kind !== 'pledge') return null;
  const p = body as PhonePledgeBody;
  const problem =
    textProblem(p.text, PLEDGE_MAX_CHARS) ?? (p.firstName ? textProblem(p.firstName, NAME_MAX_CHARS, false) : null);
  if (problem) return problem;
  if (!p.contact) return null;
  if (!p.contact.consentVersion) return 'no_consent';
  if (cleanPhone(p.contact.phone) === null) return 'bad_phone';
  return textProblem(p.contact.name, NAME_MAX_CHARS);
}
