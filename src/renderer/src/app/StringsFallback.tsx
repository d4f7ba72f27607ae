import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { retryFailedStrings } from '../i18n/failed-strings';

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
    void retryFailedStrings().then((ok) => (ok ? onLoaded() : setTrying(false)));
    // Once, when the screen first needs them; then the button.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return (
    <div className="crash-screen" role="alert" aria-labelledby="strings-title">
      <h2 id="strings-title">{t('common:strings.title')}</h2>
      <p>{t('common:strings.body')}</p>
      <button
        type="button"
        className="primary"
        disabled={trying}
        onClick={() => {
          setTrying(true);
          void attempt();
        }}
      >
        {t(trying ? 'common:strings.trying' : 'common:strings.retry')}
      </button>
    </div>
  );
}
