/**
 * Small line icons set beside labels (many attendees and some facilitators read little).
 * Decorative: the label next to each one carries the meaning.
 */
const PATHS = {
  print: 'M6 9V3h12v6M6 18H4a1 1 0 0 1-1-1v-6a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2v6a1 1 0 0 1-1 1h-2M6 14h12v7H6z',
  table: 'M3 4h18v16H3zM3 10h18M3 15h18M9 4v16',
  sheet: 'M5 3h10l4 4v14H5zM15 3v4h4M8 12l5 6M13 12l-5 6',
  data: 'M8 4c-2 0-2 2-2 4s-1 4-3 4c2 0 3 2 3 4s0 4 2 4M16 4c2 0 2 2 2 4s1 4 3 4c-2 0-3 2-3 4s0 4-2 4',
  chart: 'M4 20V4M4 20h16M8 16v-5M12 16V8M16 16v-7',
  calendar: 'M4 6h16v14H4zM4 10h16M8 3v5M16 3v5',
  lock: 'M6 11h12v9H6zM8 11V8a4 4 0 0 1 8 0v3',
  plus: 'M12 5v14M5 12h14',
  minus: 'M5 12h14',
  woman: 'M12 3a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM12 10l-5 8h10zM10 18v3M14 18v3',
  man: 'M12 3a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM8 11h8v6h-2v4h-4v-4H8z',
  youth: 'M12 8a2.5 2.5 0 1 1 0 5a2.5 2.5 0 0 1 0-5zM9 21v-4a3 3 0 0 1 6 0v4',
  adult: 'M12 3a3 3 0 1 1 0 6a3 3 0 0 1 0-6zM6 21v-5a6 6 0 0 1 12 0v5',
  pencil: 'M4 20h4L19 9l-4-4L4 16zM13 7l4 4',
  flag: 'M5 21V4h11l-2 4 2 4H5',
  play: 'M7 4l13 8-13 8z',
  pause: 'M7 4h3v16H7zM14 4h3v16h-3z',
  back: 'M11 6l-7 6 7 6M20 6l-7 6 7 6',
  forward: 'M13 6l7 6-7 6M4 6l7 6-7 6',
  volume: 'M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M19 6a8 8 0 0 1 0 12',
  subtitles: 'M3 5h18v14H3zM6 11h5M13 11h5M6 15h8M16 15h2',
  film: 'M4 4h16v16H4zM8 4v16M16 4v16M4 8h4M4 12h4M4 16h4M16 8h4M16 12h4M16 16h4',
  upload: 'M12 16V4M7 9l5-5 5 5M4 16v4h16v-4',
  trash: 'M4 7h16M9 7V4h6v3M6 7l1 13h10l1-13',
  screen: 'M3 4h18v12H3zM8 20h8M12 16v4',
  skip: 'M5 5l9 7-9 7zM17 5v14',
  mic: 'M12 3a3 3 0 0 1 3 3v6a3 3 0 0 1-6 0V6a3 3 0 0 1 3-3zM5 11a7 7 0 0 0 14 0M12 18v3M8 21h8',
  keyboard: 'M2 6h20v12H2zM6 10h1M10 10h1M14 10h1M18 10h1M6 14h12',
  speech: 'M4 5h16v11H9l-5 4z',
  heart: 'M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z',
  check: 'M4 12l5 5L20 6',
  close: 'M6 6l12 12M18 6L6 18',
  undo: 'M9 14L4 9l5-5M4 9h11a5 5 0 0 1 0 10h-3',
  stop: 'M6 6h12v12H6z',
  record: 'M12 6a6 6 0 1 1 0 12a6 6 0 0 1 0-12z',
  user: 'M12 4a4 4 0 1 1 0 8a4 4 0 0 1 0-8zM4 21a8 8 0 0 1 16 0',
  phone: 'M7 3h10v18H7zM11 18h2',
  megaphone: 'M3 10v4h4l8 5V5L7 10zM18 9a4 4 0 0 1 0 6',
  book: 'M4 5a2 2 0 0 1 2-2h14v16H6a2 2 0 0 0-2 2zM4 5v16',
  dots: 'M5 12h.01M12 12h.01M19 12h.01',
  clock: 'M12 3a9 9 0 1 1 0 18a9 9 0 0 1 0-18zM12 7v5l3 2',
  home: 'M3 11l9-8 9 8M5 10v10h14V10',
} as const;

export type LineIconName = keyof typeof PATHS;

export function LineIcon({ name, size = 24 }: { name: LineIconName; size?: number }) {
  return <StrokeIcon d={PATHS[name]} size={size} />;
}

/** One stroked 24×24 path, decorative (the button or label beside it says what it is). */
export function StrokeIcon({
  d,
  size,
  weight = 2,
  className = 'icon',
}: {
  d: string;
  size: number;
  weight?: number;
  className?: string;
}) {
  return (
    <svg
      className={className}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={weight}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      <path d={d} />
    </svg>
  );
}
