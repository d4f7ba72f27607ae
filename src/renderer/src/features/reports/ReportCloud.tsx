import type { TFunction } from 'i18next';
import type { CloudWord } from '@shared/word-cloud';
import { CloudPicture } from '../debate';
import { ReportSection } from './ReportParts';

/**
 * The screening's word cloud, the stage's words and layout (dismissed questions and the
 * word filter's words left out: see cloudOf), made when the report was built from the
 * questions it read. Nothing at all when no question had words, so an empty evening's
 * report stays one page.
 */
export function ReportCloud({ words, t }: { words: CloudWord[]; t: TFunction }) {
  if (words.length === 0) return null;
  return (
    <ReportSection title={t('doc.cloudTitle')}>
      <div className="report__cloud">
        <CloudPicture
          words={words}
          width={900}
          height={380}
          label={t('doc.cloudLabel', { words: words.map((w) => w.text).join(', ') })}
        />
      </div>
    </ReportSection>
  );
}
