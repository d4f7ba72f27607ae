import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '@shared/result';
import { writeErrorCode } from '../../data/errors';
import { checkPin, hasPin, PIN_PATTERN, setPin } from '../../data/repos/pin';
import { useLive } from '../../data/use-live';
import { ErrorMessage } from '../../ui/ErrorMessage';
import { LineIcon } from '../../ui/LineIcon';

type Problem = 'format' | 'mismatch' | 'current' | 'wait';

/**
 * Settings → facilitator PIN: chosen on first run (the console asks for it before the
 * attendee kiosk can open), changed later only with the current one.
 */
export function PinSettings({ onSaved }: { onSaved?: () => void }) {
  const { t } = useTranslation('attendee');
  const exists = useLive(() => hasPin(), [], undefined);
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [again, setAgain] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [saved, setSaved] = useState(false);
  if (exists === undefined) return null;

  const save = async () => {
    setSaved(false);
    setError(null);
    if (!PIN_PATTERN.test(next)) return setProblem('format');
    if (next !== again) return setProblem('mismatch');
    if (exists) {
      const r = await checkPin(current);
      if (!r.ok) return setProblem(r.reason === 'wait' ? 'wait' : 'current');
    }
    try {
      await setPin(next);
      setProblem(null);
      setCurrent('');
      setNext('');
      setAgain('');
      setSaved(true);
      onSaved?.();
    } catch (err) {
      setError(writeErrorCode(err));
    }
  };

  const field = (id: string, label: string, value: string, set: (v: string) => void) => (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autoComplete="off"
        maxLength={8}
        value={value}
        onChange={(e) => set(e.target.value.replace(/\D/g, ''))}
      />
    </div>
  );

  return (
    <form
      className="card pin-settings"
      aria-labelledby="pin-settings"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="pin-settings">
        <LineIcon name="lock" /> {t('pinSettings.title')}
      </h3>
      <p>{exists ? t('pinSettings.isSet') : t('pinSettings.choose')}</p>
      {exists && field('pin-current', t('pinSettings.current'), current, setCurrent)}
      {field('pin-new', t('pinSettings.new'), next, setNext)}
      {field('pin-again', t('pinSettings.again'), again, setAgain)}
      {problem && (
        <p className="alert" role="alert">
          {t(`pinSettings.problem.${problem}`)}
        </p>
      )}
      <ErrorMessage code={error} />
      {saved && (
        <p className="notice" role="status">
          {t('pinSettings.saved')}
        </p>
      )}
      <button type="submit" className="primary">
        <LineIcon name="check" /> {exists ? t('pinSettings.change') : t('pinSettings.save')}
      </button>
    </form>
  );
}
