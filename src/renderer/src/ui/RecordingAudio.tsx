import { useTranslation } from 'react-i18next';
import { useBlobUrl } from './use-blob-url';

/** A recording (spoken question or pledge), played in the console only, never on the kiosk or the stage. */
export function RecordingAudio({ hash }: { hash: string }) {
  const { t } = useTranslation('debate');
  const url = useBlobUrl(hash);
  if (!url) return null;
  return <audio className="q-audio" controls preload="metadata" src={url} aria-label={t('queue.recording')} />;
}
