import type { Role } from '@shared/bridge';

/** Every namespace, as the files in locales/<lang>/ are named. */
export const NAMESPACES = [
  'attendee',
  'closing',
  'common',
  'debate',
  'phone',
  'phones',
  'pledges',
  'polls',
  'reports',
  'screening',
  'sync',
] as const;
export type Namespace = (typeof NAMESPACES)[number];

/**
 * What each screen shows before its first paint: only these strings load at start.
 * Any other namespace loads when a component asks for it (useTranslation suspends until
 * it is there, so no key is ever shown), and SOON's are fetched once the screen is idle.
 */
export const AT_START: Record<Role, Namespace[]> = {
  console: ['common', 'screening', 'sync'],
  kiosk: ['common', 'attendee'],
  stage: ['common', 'screening'],
};

/** Fetched after the first paint, when idle: what the screen's next taps or phases show. */
export const SOON: Record<Role, Namespace[]> = {
  console: NAMESPACES.filter((ns) => ns !== 'phone'),
  kiosk: ['pledges', 'polls', 'closing'],
  stage: ['debate', 'polls', 'phones', 'closing'],
};
