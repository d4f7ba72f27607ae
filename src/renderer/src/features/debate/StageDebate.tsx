import { useTranslation } from 'react-i18next';
import { useTopics } from './use-topics';
import { stageQuestions } from '../../data/repos/questions';
import { pledgeCounts, pledgeWall } from '../../data/repos/pledges';
import type { Question, Screening } from '../../data/types';
import { useLive } from '../../data/use-live';
import { formatNumber } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { CampaignQr } from '../pledges';
import { StagePhones } from '../phones';
import { StagePledgeWall } from './StagePledgeWall';
import { StageCloud } from './StageCloud';
import { stageCloudShown } from '../../data/repos/word-cloud';
import './stage-debate.css';
import { useLang } from '../../i18n/use-lang';

const NEXT = 3;
const NO_QUESTIONS = { current: undefined, next: [] };

/** Text size by length, so the longest question still fits and the shortest reads from the back. */
const sizeClass = (text: string) => (text.length <= 120 ? 'short' : text.length <= 280 ? 'medium' : 'long');

/**
 * The projector during the debate and the pledges: the question on stage, large; the
 * next approved ones; the pledges (count and first names only); the campaign QR code.
 * It reads IndexedDB through live queries, so a console action shows here at once.
 */
export function StageDebate({ screening }: { screening: Screening }) {
  const { t } = useTranslation('debate');
  const lang = useLang();
  const { current, next } = useLive(() => stageQuestions(screening.id, NEXT), [screening.id], NO_QUESTIONS);
  const kinds = useLive(() => pledgeCounts(screening.id), [screening.id], null);
  const wall = useLive(() => pledgeWall(screening.id, 24), [screening.id], []);
  const pledges = kinds ? kinds.share_message + kinds.own_story + kinds.other : 0;
  const pledgePhase = screening.phase === 'pledges';
  const cloud = useLive(() => stageCloudShown(screening.id), [screening.id], false);
  return (
    <div className={`stage__debate stage__debate--${screening.phase}`}>
      <main className="stage__debate-main">
        {current ? (
          <StageQuestion question={current} screening={screening} />
        ) : cloud ? (
          <StageCloud screeningId={screening.id} />
        ) : (
          <p className="stage__invite">
            <LineIcon name={pledgePhase ? 'heart' : 'speech'} size={96} />{' '}
            {pledgePhase ? t('stage.invitePledge') : t('stage.inviteQuestion')}
          </p>
        )}
        {pledgePhase && <StagePledgeWall entries={wall} />}
      </main>
      <aside className="stage__debate-side">
        {!pledgePhase && next.length > 0 && (
          <section aria-labelledby="stage-next">
            <h2 id="stage-next">{t('stage.next')}</h2>
            <ol className="stage__next">
              {next.map((q) => (
                <li key={q.id}>{q.text || t('stage.spokenShort')}</li>
              ))}
            </ol>
          </section>
        )}
        <p className="stage__pledges" data-testid="stage-pledge-count">
          <LineIcon name="heart" size={40} />{' '}
          {t('stage.pledges', { count: pledges, formatted: formatNumber(pledges, lang) })}
        </p>
        {!pledgePhase && <StagePhones screening={screening} />}
        {!pledgePhase && <StagePledgeWall entries={wall.slice(0, 8)} compact />}
        <CampaignQr size={pledgePhase ? 260 : 200} />
      </aside>
    </div>
  );
}

function StageQuestion({ question: q, screening }: { question: Question; screening: Screening }) {
  const { t } = useTranslation('debate');
  const topics = useTopics(screening);
  const tagged = topics.list.filter((x) => (q.topics ?? []).includes(x.id));
  return (
    <figure className="stage__question" aria-labelledby="stage-question-text" data-question-id={q.id}>
      <figcaption className="stage__question-label">
        {t('stage.onStage')}
        {tagged.length > 0 && (
          <span className="stage__question-topics" data-testid="stage-question-topics">
            {' · '}
            {tagged.map(topics.label).join(' · ')}
          </span>
        )}
      </figcaption>
      {q.audioHash && (
        <p className="stage__spoken">
          <LineIcon name="mic" size={56} /> {t('stage.spoken')}
        </p>
      )}
      {q.text && (
        <blockquote
          id="stage-question-text"
          className={`stage__question-text stage__question-text--${sizeClass(q.text)}`}
          lang={q.language === 'other' ? undefined : q.language}
        >
          {q.text}
        </blockquote>
      )}
      {(q.askerName || q.panelist) && (
        <p className="stage__question-meta">
          {q.askerName && <span>{t('stage.askedBy', { name: q.askerName })}</span>}
          {q.panelist && <span>{t('stage.answeredBy', { name: q.panelist })}</span>}
        </p>
      )}
    </figure>
  );
}
