/** The phases of a screening, without its schema (screening.ts), so a screen needs no zod for them. */
export const PHASES = ['setup', 'screening', 'debate', 'pledges', 'closed'] as const;
export type Phase = (typeof PHASES)[number];
