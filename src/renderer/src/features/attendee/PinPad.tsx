import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkPin, pinWait } from '../../data/repos/pin';
import { LineIcon } from '../../ui/LineIcon';

const DIGITS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '0'];

/** Counts down a wait (ms) imposed after wrong tries; 0 when none. */
function useWait(): [number, (ms: number) => void] {
  const [until, setUntil] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    void pinWait().then((ms) => ms > 0 && setUntil(Date.now() + ms));
  }, []);
  useEffect(() => {
    if (until <= now) return;
    const timer = setTimeout(() => setNow(Date.now()), 250);
    return () => clearTimeout(timer);
  }, [until, now]);
  return [
    Math.max(0, until - now),
    (ms) => {
      setNow(Date.now());
      setUntil(Date.now() + ms);
    },
  ];
}

/**
 * The facilitator PIN, by big digit keys or a physical keyboard. After repeated wrong
 * tries the pad says how long to wait and refuses until then (the wait is stored).
 */
export function PinPad({ onUnlocked, onCancel }: { onUnlocked: () => void; onCancel: () => void }) {
  const { t } = useTranslation('attendee');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<'wrong' | 'noPin' | null>(null);
  const [busy, setBusy] = useState(false);
  const [waitMs, startWait] = useWait();
  const waiting = waitMs > 0;

  const submit = async () => {
    if (busy || waiting || pin === '') return;
    setBusy(true);
    const r = await checkPin(pin);
    setBusy(false);
    setPin('');
    if (r.ok) return onUnlocked();
    setProblem(r.reason === 'wrong' ? 'wrong' : r.reason === 'no_pin' ? 'noPin' : null);
    if (r.waitMs > 0) startWait(r.waitMs);
  };

  return (
    <form
      className="pinpad"
      aria-labelledby="pin-title"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <h2 id="pin-title">
        <LineIcon name="lock" size={40} /> {t('pin.title')}
      </h2>
      <label htmlFor="pin-input">{t('pin.label')}</label>
      <input
        id="pin-input"
        type="password"
        inputMode="numeric"
        autoComplete="off"
        autoFocus
        maxLength={8}
        value={pin}
        disabled={waiting || busy}
        onChange={(e) => setPin(e.target.value.replace(/\D/g, ''))}
      />
      {(waiting || problem) && (
        <p className="alert" role="alert">
          {waiting ? t('pin.wait', { count: Math.ceil(waitMs / 1000) }) : t(`pin.${problem}`)}
        </p>
      )}
      <DigitKeys
        disabled={waiting}
        onDigit={(d) => setPin((p) => (p + d).slice(0, 8))}
        onErase={() => setPin((p) => p.slice(0, -1))}
      />
      <div className="kiosk__nav">
        <button type="button" className="big" onClick={onCancel}>
          <LineIcon name="close" size={32} /> {t('common:actions.cancel')}
        </button>
        <button type="submit" className="big primary" disabled={waiting || busy || pin === ''}>
          <LineIcon name="check" size={32} /> {t('pin.unlock')}
        </button>
      </div>
    </form>
  );
}

/** 1–9, 0 and erase, as large keys. */
function DigitKeys(props: { disabled: boolean; onDigit: (d: string) => void; onErase: () => void }) {
  const { t } = useTranslation('attendee');
  return (
    <div className="pinpad__keys">
      {DIGITS.map((d) => (
        <button key={d} type="button" disabled={props.disabled} onClick={() => props.onDigit(d)}>
          {d}
        </button>
      ))}
      <button type="button" aria-label={t('pin.erase')} onClick={props.onErase}>
        <LineIcon name="back" />
      </button>
    </div>
  );
}
