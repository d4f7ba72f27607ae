/** Preset reasons for dismissing a question; stored as these codes, shown translated. */
export const DISMISS_REASONS = ['off_topic', 'duplicate', 'disrespectful'] as const;

/** Preset reasons are shown in the reader's language; typed ones as typed. */
export function reasonText(t: (k: string) => string, reason: string): string {
  return (DISMISS_REASONS as readonly string[]).includes(reason) ? t(`dismiss.${reason}`) : reason;
}
