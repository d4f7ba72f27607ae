import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLang } from '../../i18n/use-lang';
import { QUESTION_MAX_CHARS } from '../../data/repos/entry-text';
import { submitQuestion } from '../../data/repos/questions';
import type { ContentLang } from '../../data/types';
import { OnScreenKeyboard } from '../../ui/keyboard';
import { LineIcon } from '../../ui/LineIcon';
import { HowChoice } from '../../ui/HowChoice';
import { NameField } from '../../ui/NameField';
import { SubmitProblemMessage } from '../../ui/SubmitProblemMessage';
import { TextEntry } from '../../ui/TextEntry';
import { useSubmit } from '../../ui/use-submit';
import { VoiceRecorder } from '../../ui/VoiceRecorder';

export interface Props {
  screeningId: string;
  recordSec: number;
  onSent: () => void;
  onHome: () => void;
}

/** Asking a question: typed (on-screen keyboard) or spoken (microphone); anonymous unless named. */
export function QuestionFlow({ screeningId, recordSec, onSent, onHome }: Props) {
  const { t } = useTranslation('attendee');
  const [how, setHow] = useState<'text' | 'voice' | null>(null);
  const [text, setText] = useState('');
  const [name, setName] = useState('');
  const field = useRef<HTMLTextAreaElement>(null);
  const { busy, problem, run } = useSubmit();
  const language: ContentLang = useLang();
  // A send refused for length puts the caret back in the text, where the erase key works.
  useEffect(() => {
    if (problem === 'too_long') field.current?.focus();
  }, [problem]);

  if (!how) return <HowChoice title={t('question.title')} onChoose={setHow} onBack={onHome} />;

  const back = (
    <button type="button" className="big" onClick={() => setHow(null)} disabled={busy}>
      <LineIcon name="back" size={32} /> {t('common:actions.back')}
    </button>
  );

  if (how === 'voice')
    return (
      <section className="kiosk__screen" aria-labelledby="q-voice">
        <h2 id="q-voice">{t('question.sayIt')}</h2>
        <VoiceRecorder
          limitSec={recordSec}
          busy={busy}
          sendLabel={t('question.send')}
          onTypeInstead={() => setHow('text')}
          onSend={(audio) => void run(() => submitQuestion({ screeningId, text: '', language, audio }), onSent)}
        />
        <SubmitProblemMessage problem={problem} />
        <div className="kiosk__nav">{back}</div>
      </section>
    );

  // The entry itself says a text is too long (and by how much); "nothing written" ends with the first letter.
  const stale = problem === 'too_long' || (problem === 'empty' && text.trim() !== '');
  const send = () => void run(() => submitQuestion({ screeningId, text, language, askerName: name }), onSent);
  return (
    <section className="kiosk__screen">
      <TextEntry
        label={t('question.typeIt')}
        value={text}
        onChange={setText}
        max={QUESTION_MAX_CHARS}
        fieldRef={field}
      />
      <SubmitProblemMessage problem={stale ? null : problem} />
      <div className="kiosk__row">
        {back}
        <NameField label={t('question.name')} hint={t('question.anonymous')} value={name} onChange={setName} />
        <button type="button" className="big primary" onClick={send} disabled={busy}>
          <LineIcon name="check" size={32} /> {t('question.send')}
        </button>
      </div>
      <OnScreenKeyboard fallback={field} />
    </section>
  );
}
