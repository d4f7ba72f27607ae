import type { TFunction } from 'i18next';
import type { CloudWord } from '@shared/word-cloud';
import type { CloudModule } from './report-chunks';
import { ReportSection } from './ReportParts';

/**
 * The screening's word cloud, the stage's words and layout (dismissed questions and the
 * word filter's words left out: see cloudOfSums), made when the report was built.
 * Nothing at all when no question had words, so an empty evening's report stays one
 * page. `picture`: the layout code, fetched with the report; null when it failed to
 * load, and the section says so.
 */
export function ReportCloud(props: { words: CloudWord[]; picture: CloudModule | null; t: TFunction }) {
  const { words, t } = props;
  if (words.length === 0) return null;
  const WordCloud = props.picture?.default;
  return (
    <ReportSection title={t('doc.cloudTitle')}>
      {WordCloud ? (
        <div className="report__cloud">
          <WordCloud
            words={words}
            width={900}
            height={380}
            label={t('doc.cloudLabel', { words: words.map((w) => w.text).join(', ') })}
          />
        </div>
      ) : (
        <p className="report__missing" role="alert">
          {t('doc.cloudFailed')}
        </p>
      )}
    </ReportSection>
  );
}
