import { lazy, Suspense } from 'react';
import type { CloudWord } from '@shared/word-cloud';

// The layout library is loaded only when a cloud is drawn: the console and the kiosk never pay for it.
const WordCloud = lazy(() => import('./WordCloud'));

/** The word cloud picture (the stage's and the report's), its layout code fetched on first use. */
export function CloudPicture(props: { words: CloudWord[]; width: number; height: number; label: string }) {
  return (
    <Suspense fallback={null}>
      <WordCloud {...props} />
    </Suspense>
  );
}
