import { lazy, Suspense } from 'react';
import type { CloudWord } from '@shared/word-cloud';

// The layout library is loaded only when a cloud is drawn: the console and the kiosk never pay for it.
/** Fetches the layout code; a report calls it early so its cloud is not drawn chunk after chunk. */
export const loadCloudPicture = () => import('./WordCloud');
const WordCloud = lazy(loadCloudPicture);

/** The word cloud picture (the stage's and the report's), its layout code fetched on first use. */
export function CloudPicture(props: { words: CloudWord[]; width: number; height: number; label: string }) {
  return (
    <Suspense fallback={null}>
      <WordCloud {...props} />
    </Suspense>
  );
}
