import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLang } from '../../i18n';
import { isLang } from '../../i18n/languages';
import { LineIcon } from '../../ui/LineIcon';
import { useStagePresence } from './stage-presence';
import { useNavigate } from '../../ui/navigation';
import { backToConsole, useCanReturn } from './stage-return';

const SHOW_MS = 3000;

/**
 * What every stage window carries besides its content: it tells the console a stage is
 * open, and when it is the console's own window, a back button that appears only
 * while the mouse moves (the audience sees no controls otherwise).
 */
export function StageChrome() {
  const { t } = useTranslation('screening');
  useStagePresence();
  useFollowLanguage();
  const canReturn = useCanReturn();
  const go = useNavigate();
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    if (!canReturn) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onMove = () => {
      setVisible(true);
      clearTimeout(timer);
      timer = setTimeout(() => setVisible(false), SHOW_MS);
    };
    window.addEventListener('pointermove', onMove);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', onMove);
    };
  }, [canReturn]);
  if (!canReturn || !visible) return null;
  return (
    <button type="button" className="stage__back" onClick={() => backToConsole(go)}>
      <LineIcon name="back" /> {t('stage.back')}
    </button>
  );
}

/**
 * The stage has no controls, so it speaks the language the facilitator last chose in
 * another window of this origin (the choice is kept in localStorage, which tells every
 * other window when it changes).
 */
function useFollowLanguage(): void {
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.key === 'kiosk.lang' && isLang(e.newValue)) void changeLang(e.newValue);
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, []);
}
