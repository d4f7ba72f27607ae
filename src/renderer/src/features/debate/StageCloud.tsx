import { useTranslation } from 'react-i18next';
import { screeningCloud } from '../../data/repos/word-cloud';
import { useLive } from '../../data/use-live';
import { CloudPicture } from './CloudPicture';

/** The stage at the end of the debate: the words of the evening's questions. */
export function StageCloud({ screeningId }: { screeningId: string }) {
  const { t } = useTranslation('debate');
  const words = useLive(() => screeningCloud(screeningId), [screeningId], null);
  if (!words) return null;
  return (
    <section className="stage__cloud" aria-labelledby="stage-cloud-title">
      <h2 id="stage-cloud-title">{t('cloud.title')}</h2>
      {words.length === 0 ? (
        <p>{t('cloud.empty')}</p>
      ) : (
        <CloudPicture
          words={words}
          width={1200}
          height={620}
          label={t('cloud.label', { words: words.map((w) => w.text).join(', ') })}
        />
      )}
    </section>
  );
}
