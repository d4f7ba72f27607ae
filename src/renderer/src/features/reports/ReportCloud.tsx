import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import { cloudOf } from '../../data/repos/word-cloud';
import { wordFilterList } from '../../data/repos/word-filter';
import type { Question } from '../../data/types';
import { useLive } from '../../data/use-live';
import { CloudPicture } from '../debate';
import { ReportSection } from './ReportParts';

/**
 * The screening's word cloud, the stage's words and layout (dismissed questions and the
 * word filter's words left out), from the questions the report already read. Nothing at
 * all when no question had words, so an empty evening's report stays one page.
 */
export function ReportCloud({ questions, t }: { questions: readonly Question[]; t: TFunction }) {
  const hide = useLive(() => wordFilterList(), [], null);
  const words = useMemo(() => (hide ? cloudOf(questions, hide) : null), [questions, hide]);
  if (!words || words.length === 0) return null;
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
