import { z } from 'zod';
import { contentLang, pledgeKind, recordId } from './records';

/**
 * What a phone may send, and what the phone server journals for the console. The phone
 * chooses the entry ids (a resend after a lost answer carries the same id, so it is
 * applied once); the screening comes from the server's state, never from the phone.
 */
export const PHONE_LIMITS = {
  /** Bytes of one JSON request. A 1 MB question is refused before it is parsed. */
  bodyBytes: 16 * 1024,
  /** Sends (questions, pledges, votes) per phone per minute. */
  sendsPerPhonePerMinute: 20,
  /** Requests of any kind per address per minute (several phones may share one behind a router). */
  requestsPerAddressPerMinute: 240,
  /** Wrong tokens per address per minute before the address is refused for a while. */
  wrongTokensPerMinute: 20,
  /** Bytes of one recorded question: a minute from a phone's recorder is well under 2 MB. */
  voiceBytes: 8 * 1024 * 1024,
} as const;

const phoneId = z.string().regex(/^[A-Za-z0-9_-]{16,40}$/);
// Lengths as a reader counts them are checked by the server (entry-text, the kiosk's own
// rules) so a phone gets the kiosk's reason; this only bounds the raw string.
const line = z.string().max(4000);

export const phoneQuestionBody = z.strictObject({
  id: recordId,
  phoneId,
  text: line,
  language: contentLang,
});
export const phonePledgeBody = z.strictObject({
  id: recordId,
  phoneId,
  kind: pledgeKind,
  text: line,
  language: contentLang,
  firstName: line.optional(),
  /** Only sent after the phone showed the consent wording of `consentVersion` and it was accepted. */
  contact: z.strictObject({ name: line, phone: z.string().max(40), consentVersion: z.string().max(40) }).optional(),
});
export const phoneVoteBody = z.strictObject({ id: recordId, phoneId, questionId: recordId });
/** One phone's answer to the open poll (see phone-poll.ts); one per phone per poll. */
export const phonePollAnswerBody = z.strictObject({ id: recordId, phoneId, pollId: recordId, optionId: recordId });

/**
 * A spoken question from the phone's own recorder. The bytes go in the request's body and
 * are kept beside the journal (voice-store.ts); the entry carries what was found in them:
 * the type read from their first bytes (never the phone's claim), their size and digest.
 */
export const phoneVoiceQuery = z.strictObject({ id: recordId, phoneId, language: contentLang });
export const phoneVoiceBody = phoneVoiceQuery.extend({
  audio: z.strictObject({
    mime: z.string().regex(/^audio\/[a-z0-9.+-]+$/),
    size: z.number().int().positive().max(PHONE_LIMITS.voiceBytes),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  }),
});

export type PhoneQuestionBody = z.infer<typeof phoneQuestionBody>;
export type PhonePledgeBody = z.infer<typeof phonePledgeBody>;
export type PhoneVoteBody = z.infer<typeof phoneVoteBody>;
export type PhoneVoiceBody = z.infer<typeof phoneVoiceBody>;
export type PhonePollAnswerBody = z.infer<typeof phonePollAnswerBody>;

/** One journaled phone entry, as the console drains it. `at` is the laptop's clock on receipt. */
export const phoneEntrySchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('question'), screeningId: recordId, at: z.string(), body: phoneQuestionBody }),
  z.strictObject({ kind: z.literal('pledge'), screeningId: recordId, at: z.string(), body: phonePledgeBody }),
  z.strictObject({ kind: z.literal('vote'), screeningId: recordId, at: z.string(), body: phoneVoteBody }),
  z.strictObject({ kind: z.literal('voice'), screeningId: recordId, at: z.string(), body: phoneVoiceBody }),
  z.strictObject({ kind: z.literal('pollAnswer'), screeningId: recordId, at: z.string(), body: phonePollAnswerBody }),
]);
export type PhoneEntry = z.infer<typeof phoneEntrySchema>;

/** What phones are shown: approved question texts and their "me too" counts, nothing else. */
export const approvedQuestionSchema = z.strictObject({
  id: recordId,
  text: z.string().max(4000),
  votes: z.number().int().min(0),
});
export type ApprovedQuestion = z.infer<typeof approvedQuestionSchema>;
export const PUBLISH_MAX = 200;

/** The phone access the console shows: the join link and where the server listens. */
export interface PhoneAccessState {
  on: boolean;
  screeningId: string | null;
  /** `http://192.168.137.1:5480/k7m2q9xa`, or null when off. */
  url: string | null;
  address: string | null;
  port: number;
  /** The interface the facilitator picked (its address may change mid-debate; the link follows). */
  network?: string | null;
  /** That interface has no address any more: phones cannot reach the laptop until it is back. */
  lost?: boolean;
}

export interface NetworkInterfaceInfo {
  name: string;
  address: string;
}
