/**
 * The wording an attendee accepts before leaving a name and phone number. Its version
 * is stored with the pledge (with the language it was read in), so a later change of
 * wording never passes for the one that was accepted: change the text in
 * locales/{fr,wo}/pledges.json under a new `consent.<version>` key and bump this.
 */
export const CONSENT_VERSION = 'v1';

export const consentKey = (part: 'title' | 'text' | 'agree' | 'decline') => `consent.${CONSENT_VERSION}.${part}`;

export const storedConsentVersion = (lang: string) => `contact-${CONSENT_VERSION}/${lang}`;
