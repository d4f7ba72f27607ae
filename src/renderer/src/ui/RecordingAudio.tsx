import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { getBlob } from '../data/repos/blobs';
import { useLive } from '../data/use-live';

/** A recording (spoken question or pledge), played in the console only, never on the kiosk or the stage. */
export function RecordingAudio({ hash }: { hash: string }) {
  const { t } = useTranslation('debate');
  const blob = useLive(() => getBlob(hash), [hash], undefined);
  const url = useMemo(() => (blob ? URL.createObjectURL(blob.data) : null), [blob]);
  useEffect(
    () => () => {
      if (url) URL.revokeObjectURL(url);
    },
    [url],
  );
  if (!url) return null;
  return <audio className="q-audio" controls preload="metadata" src={url} aria-label={t('queue.recording')} />;
}
