import type { PollIcon as PollIconName } from '@shared/records';

// Plain data (no React): the phone page draws the same pictures.
const FACE = 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM9 9.5h.01M15 9.5h.01';
/** Mouths from very sad (1) to very happy (5): the scale is read from the faces, not the numbers. */
const MOUTHS = [
  'M8 17c2-3 6-3 8 0',
  'M8.5 16c2-1.5 5-1.5 7 0',
  'M8.5 15h7',
  'M8.5 14c2 1.5 5 1.5 7 0',
  'M8 13.5c2 4 6 4 8 0z',
];

/** Pictures for poll options, big on the kiosk, the stage and phones; the label beside each carries the meaning. */
export const POLL_ICON_PATHS: Record<PollIconName, string> = {
  yes: 'M4 12l5 5L20 6',
  no: 'M6 6l12 12M18 6L6 18',
  face_1: `${FACE}${MOUTHS[0]}`,
  face_2: `${FACE}${MOUTHS[1]}`,
  face_3: `${FACE}${MOUTHS[2]}`,
  face_4: `${FACE}${MOUTHS[3]}`,
  face_5: `${FACE}${MOUTHS[4]}`,
  returnee: 'M9 3a2.5 2.5 0 1 1 0 5a2.5 2.5 0 0 1 0-5zM6 21v-8l3-3 3 3v8M15 12h6M18 9l3 3-3 3',
  family:
    'M7 4a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM17 4a2 2 0 1 1 0 4a2 2 0 0 1 0-4zM12 10a1.5 1.5 0 1 1 0 3a1.5 1.5 0 0 1 0-3zM4 20v-6a3 3 0 0 1 6 0v6M14 20v-6a3 3 0 0 1 6 0v6M10 20v-3a2 2 0 0 1 4 0v3',
  friends:
    'M8 4a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM16 4a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM2 21a6 6 0 0 1 12 0M10 21a6 6 0 0 1 12 0',
  phone: 'M7 3h10v18H7zM11 18h2',
  authority: 'M3 21h18M5 21V10M19 21V10M9 21V10M15 21V10M2 10h20L12 3z',
  boat: 'M3 15h18l-3 5H6zM12 3v12M12 4l6 8h-6',
  work: 'M3 8h18v12H3zM8 8V5h8v3M3 13h18',
  school: 'M2 9l10-5 10 5-10 5zM6 11v5c3 3 9 3 12 0v-5',
  money: 'M3 7h18v10H3zM12 9.5a2.5 2.5 0 1 1 0 5a2.5 2.5 0 0 1 0-5zM6 10v4M18 10v4',
  papers: 'M6 3h9l4 4v14H6zM15 3v4h4M9 12h7M9 16h7',
  unsure: 'M9 9a3 3 0 1 1 4 2.8c-.6.3-1 .9-1 1.6V15M12 19h.01',
};
