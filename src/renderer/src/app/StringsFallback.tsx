import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailedStrings } from '../i18n/failed-strings';
import { AlertScreen } from './AlertScreen';

/**
 * What a screen shows while strings it needs could not be loaded (StringsMissing): a
 * message in the reader's language, never raw keys. It asks for them again at once, and
 * whenever "Try again" is pressed; the screen comes back by itself once they are in.
 */
export function StringsFallback({ onLoaded }: { onLoaded: () => void }) {
  const { t } = useTranslation();
  const [trying, setTrying] = useState(true);
  const attempt = () => retryFailedStrings().then((ok) => (ok ? onLoaded() : setTrying(false)));
  useEffect(() => {
    void attempt();
    // Once, when the screen first needs them; then the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <AlertScreen
      id="strings-title"
      title={t('common:strings.title')}
      body={t('common:strings.body')}
      action={t(trying ? 'common:strings.trying' : 'common:strings.retry')}
      busy={trying}
      onAction={() => {
        setTrying(true);
        void attempt();
      }}
    />
  );
}
