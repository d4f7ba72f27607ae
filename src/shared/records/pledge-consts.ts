/** A pledge's lists without its schema (pledge.ts), so a screen needs no zod for them. */
export const PLEDGE_KINDS = ['share_message', 'own_story', 'other'] as const;
export type PledgeKind = (typeof PLEDGE_KINDS)[number];

export const FOLLOW_UPS = ['none', 'to_contact', 'contacted'] as const;
