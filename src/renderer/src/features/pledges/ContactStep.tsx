import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cleanPhone, type NewPledge } from '../../data/repos/pledges';
import { OnScreenKeyboard } from '../../ui/keyboard';
import { LineIcon } from '../../ui/LineIcon';
import { NameField } from '../../ui/NameField';
import { consentKey, storedConsentVersion } from './consent';

interface Props {
  busy: boolean;
  onBack: () => void;
  /** Sends the pledge, with contact details only when consent was given. */
  onSend: (contact?: NewPledge['contact']) => void;
}

/**
 * Contact is optional and asked last: first whether the attendee wants it, then the
 * consent wording (its version is stored), and only then the name and phone fields.
 */
export function ContactStep({ busy, onBack, onSend }: Props) {
  const { t } = useTranslation('pledges');
  const [step, setStep] = useState<'ask' | 'consent' | 'details'>('ask');
  if (step === 'ask')
    return (
      <section className="kiosk__screen" aria-labelledby="contact-ask">
        <h2 id="contact-ask">{t('kiosk.contactAsk')}</h2>
        <p className="kiosk__lead">{t('kiosk.contactWhy')}</p>
        <div className="kiosk__choices">
          <button type="button" className="choice" onClick={() => setStep('consent')} disabled={busy}>
            <LineIcon name="phone" size={96} />
            <span>{t('kiosk.contactYes')}</span>
          </button>
          <button type="button" className="choice" onClick={() => onSend()} disabled={busy}>
            <LineIcon name="check" size={96} />
            <span>{t('kiosk.contactNo')}</span>
          </button>
        </div>
        <div className="kiosk__nav">
          <button type="button" className="big" onClick={onBack} disabled={busy}>
            <LineIcon name="back" size={32} /> {t('common:actions.back')}
          </button>
        </div>
      </section>
    );
  if (step === 'consent')
    return (
      <section className="kiosk__screen" role="dialog" aria-labelledby="consent-title" aria-describedby="consent-text">
        <h2 id="consent-title">{t(consentKey('title'))}</h2>
        <p id="consent-text" className="kiosk__consent">
          {t(consentKey('text'))}
        </p>
        <div className="kiosk__choices">
          <button type="button" className="big primary" onClick={() => setStep('details')}>
            <LineIcon name="check" size={40} /> {t(consentKey('agree'))}
          </button>
          <button type="button" className="big" onClick={() => onSend()} disabled={busy}>
            <LineIcon name="close" size={40} /> {t(consentKey('decline'))}
          </button>
        </div>
      </section>
    );
  return <ContactDetails busy={busy} onBack={() => setStep('ask')} onSend={onSend} />;
}

function ContactDetails({ busy, onBack, onSend }: Props) {
  const { t, i18n } = useTranslation('pledges');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [badPhone, setBadPhone] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  useEffect(() => nameRef.current?.focus(), []);
  const send = () => {
    const ok = cleanPhone(phone) !== null;
    setBadPhone(!ok);
    if (ok) onSend({ name, phone, consentVersion: storedConsentVersion(i18n.language) });
  };
  return (
    <section className="kiosk__screen" aria-labelledby="contact-details">
      <h2 id="contact-details">{t('kiosk.contactDetails')}</h2>
      <div className="contact-fields">
        <NameField
          label={t('kiosk.contactName')}
          hint={t('kiosk.contactNameHint')}
          value={name}
          onChange={setName}
          inputRef={nameRef}
        />
        <div className="entry entry--name">
          <label htmlFor="contact-phone" className="entry__label">
            <LineIcon name="phone" size={32} /> {t('kiosk.contactPhone')}
          </label>
          <input
            id="contact-phone"
            className="entry__name"
            type="tel"
            inputMode="none"
            autoComplete="off"
            value={phone}
            aria-invalid={badPhone}
            onChange={(e) => setPhone(e.target.value)}
          />
          {badPhone && (
            <p className="alert" role="alert">
              {t('kiosk.badPhone')}
            </p>
          )}
        </div>
      </div>
      <div className="kiosk__nav">
        <button type="button" className="big" onClick={onBack} disabled={busy}>
          <LineIcon name="back" size={32} /> {t('common:actions.back')}
        </button>
        <button type="button" className="big primary" onClick={send} disabled={busy}>
          <LineIcon name="check" size={32} /> {t('kiosk.send')}
        </button>
      </div>
      <OnScreenKeyboard fallback={nameRef} />
    </section>
  );
}
