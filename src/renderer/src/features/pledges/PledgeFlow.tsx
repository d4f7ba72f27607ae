import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { submitPledge, type NewPledge } from '../../data/repos/pledges';
import type { ContentLang, PledgeKind } from '../../data/types';
import { HowChoice } from '../../ui/HowChoice';
import { SubmitProblemMessage } from '../../ui/SubmitProblemMessage';
import { useSubmit } from '../../ui/use-submit';
import { ContactStep } from './ContactStep';
import { PledgeContent, type PledgeDraft } from './PledgeContent';
import { PledgeKindChoice } from './PledgeKindChoice';

export interface Props {
  screeningId: string;
  recordSec: number;
  onSent: () => void;
  onHome: () => void;
}

type Step =
  | { name: 'kind' }
  | { name: 'how'; kind: PledgeKind }
  | { name: 'content'; kind: PledgeKind; how: 'text' | 'voice' }
  | { name: 'contact'; draft: PledgeDraft };

/**
 * A story pledge: its kind, then said or typed, then — only if the attendee wants to be
 * contacted and accepts the consent wording — a name and phone number.
 */
export function PledgeFlow({ screeningId, recordSec, onSent, onHome }: Props) {
  const { t } = useTranslation('pledges');
  const [step, setStep] = useState<Step>({ name: 'kind' });
  // Kept across steps so going back never loses what was typed.
  const [text, setText] = useState('');
  const [firstName, setFirstName] = useState('');
  const { busy, problem, run } = useSubmit();
  const language: ContentLang = useLang();

  const save = (draft: PledgeDraft, contact?: NewPledge['contact']) =>
    void run(() => submitPledge({ screeningId, language, ...draft, ...(contact ? { contact } : {}) }), onSent);

  switch (step.name) {
    case 'kind':
      return <PledgeKindChoice onChoose={(kind) => setStep({ name: 'how', kind })} onBack={onHome} />;
    case 'how':
      return (
        <HowChoice
          title={t(`kind.${step.kind}`)}
          onChoose={(how) => setStep({ name: 'content', kind: step.kind, how })}
          onBack={() => setStep({ name: 'kind' })}
        />
      );
    case 'content':
      return (
        <PledgeContent
          kind={step.kind}
          how={step.how}
          recordSec={recordSec}
          text={text}
          onText={setText}
          firstName={firstName}
          onFirstName={setFirstName}
          onSwitch={(how) => setStep({ ...step, how })}
          onBack={() => setStep({ name: 'how', kind: step.kind })}
          onNext={(draft) => setStep({ name: 'contact', draft })}
        />
      );
    case 'contact':
      return (
        <>
          <ContactStep
            busy={busy}
            onBack={() => setStep({ name: 'content', kind: step.draft.kind, how: step.draft.audio ? 'voice' : 'text' })}
            onSend={(contact) => save(step.draft, contact)}
          />
          <SubmitProblemMessage problem={problem} />
        </>
      );
  }
}
