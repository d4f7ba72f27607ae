import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLEDGE_MAX_CHARS, textProblem, type TextProblem } from '../../data/repos/entry-text';
import type { NewPledge } from '../../data/repos/pledges';
import type { PledgeKind } from '../../data/types';
import { NameField } from '../../ui/NameField';
import { SubmitProblemMessage } from '../../ui/SubmitProblemMessage';
import { TextEntry } from '../../ui/TextEntry';
import { VoiceRecorder } from '../../ui/VoiceRecorder';
import { OnScreenKeyboard } from '../../ui/keyboard';
import { LineIcon } from '../../ui/LineIcon';

export type PledgeDraft = Pick<NewPledge, 'kind' | 'text' | 'firstName' | 'audio'>;

interface Props {
  kind: PledgeKind;
  how: 'text' | 'voice';
  recordSec: number;
  text: string;
  onText: (v: string) => void;
  firstName: string;
  onFirstName: (v: string) => void;
  onSwitch: (how: 'text' | 'voice') => void;
  onBack: () => void;
  onNext: (draft: PledgeDraft) => void;
}

/** The pledge itself, typed or spoken; checked here so the attendee hears of a problem at once. */
export function PledgeContent(p: Props) {
  const { t } = useTranslation('pledges');
  const field = useRef<HTMLTextAreaElement>(null);
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const back = (
    <button type="button" className="big" onClick={p.onBack}>
      <LineIcon name="back" size={32} /> {t('common:actions.back')}
    </button>
  );
  if (p.how === 'voice')
    return (
      <section className="kiosk__screen" aria-labelledby="pledge-voice">
        <h2 id="pledge-voice">{t('kiosk.sayIt')}</h2>
        <VoiceRecorder
          limitSec={p.recordSec}
          busy={false}
          sendLabel={t('kiosk.next')}
          onTypeInstead={() => p.onSwitch('text')}
          onSend={(audio) => p.onNext({ kind: p.kind, text: '', audio })}
        />
        <div className="kiosk__nav">{back}</div>
      </section>
    );
  const next = () => {
    const found = textProblem(p.text, PLEDGE_MAX_CHARS);
    setProblem(found);
    if (!found) p.onNext({ kind: p.kind, text: p.text, firstName: p.firstName });
  };
  return (
    <section className="kiosk__screen">
      <TextEntry label={t('kiosk.typeIt')} value={p.text} onChange={p.onText} max={PLEDGE_MAX_CHARS} fieldRef={field} />
      <SubmitProblemMessage problem={problem === 'empty' ? 'empty' : null} />
      <div className="kiosk__row">
        {back}
        <NameField
          label={t('kiosk.firstName')}
          hint={t('kiosk.firstNameHint')}
          value={p.firstName}
          onChange={p.onFirstName}
        />
        <button type="button" className="big primary" onClick={next}>
          <LineIcon name="forward" size={32} /> {t('kiosk.next')}
        </button>
      </div>
      <OnScreenKeyboard fallback={field} />
    </section>
  );
}
