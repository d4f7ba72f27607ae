import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ASKER_AGES, ASKER_GENDERS } from '@shared/records/constants';
import type { AskerAge, AskerGender } from '@shared/records';
import { QUESTION_MAX_CHARS, textProblem, type TextProblem } from '../../data/repos/entry-text';
import { logFloorQuestion } from '../../data/repos/floor-questions';
import type { Recording } from '../../data/repos/blobs';
import { CONTENT_LANGS, type ContentLang } from '../../data/types';
import { useLang } from '../../i18n/use-lang';
import { VoiceRecorder } from '../../ui/VoiceRecorder';
import type { Moderate } from './use-moderate';

const VOICE_LIMIT_SEC = 60;

interface Props {
  screeningId: string;
  moderate: Moderate;
  onClose: () => void;
}

/**
 * A question asked aloud, logged in a few seconds: the gist (or a short voice note), the
 * language, and if the facilitator wants, the asker's gender and age group. Modal, so
 * the queue's keys stay quiet while it is open; Escape closes it and keeps nothing.
 */
export function FloorQuestionDialog({ screeningId, moderate, onClose }: Props) {
  const { t } = useTranslation('debate');
  const lang = useLang();
  const ref = useRef<HTMLDialogElement>(null);
  const [text, setText] = useState('');
  const [language, setLanguage] = useState<ContentLang>(lang);
  const [gender, setGender] = useState<AskerGender | null>(null);
  const [age, setAge] = useState<AskerAge | null>(null);
  const [voice, setVoice] = useState(false);
  const [problem, setProblem] = useState<TextProblem | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = ref.current!;
    if (!d.open) d.showModal();
  }, []);

  const save = (audio?: Recording) => {
    const p = textProblem(text, QUESTION_MAX_CHARS, !audio);
    setProblem(p);
    if (p) return;
    setBusy(true);
    const input = { screeningId, text, language, ...(audio ? { audio } : {}) };
    const done = logFloorQuestion({
      ...input,
      ...(gender ? { askerGender: gender } : {}),
      ...(age ? { askerAge: age } : {}),
    }).then(onClose, (err: unknown) => {
      setBusy(false);
      throw err;
    });
    moderate.guard(done);
  };

  return (
    <dialog ref={ref} className="floor" aria-labelledby="floor-title" onClose={onClose}>
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <h3 id="floor-title">{t('floor.title')}</h3>
        <label className="floor__gist">
          <span>{t('floor.gist')}</span>
          <textarea value={text} rows={2} autoFocus onChange={(e) => setText(e.target.value)} />
        </label>
        {problem && (
          <p className="alert" role="alert">
            {t(`floor.problem.${problem}`, { max: QUESTION_MAX_CHARS })}
          </p>
        )}
        <Choice legend={t('floor.language')} options={CONTENT_LANGS} value={language} onChange={setLanguage}>
          {(l) => t(`lang.${l}`)}
        </Choice>
        <Choice
          legend={t('floor.gender')}
          options={ASKER_GENDERS}
          value={gender}
          onChange={setGender}
          onClear={() => setGender(null)}
        >
          {(g) => t(`floor.${g}`)}
        </Choice>
        <Choice legend={t('floor.age')} options={ASKER_AGES} value={age} onChange={setAge} onClear={() => setAge(null)}>
          {(a) => t(`floor.${a}`)}
        </Choice>
        {voice ? (
          <VoiceRecorder
            limitSec={VOICE_LIMIT_SEC}
            busy={busy}
            sendLabel={t('floor.saveVoice')}
            onSend={(audio) => save(audio)}
            onTypeInstead={() => setVoice(false)}
          />
        ) : (
          <div className="floor__actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('floor.save')}
            </button>
            <button type="button" onClick={() => setVoice(true)}>
              {t('floor.voice')}
            </button>
            <button type="button" onClick={() => ref.current?.close()}>
              {t('common:actions.cancel')}
            </button>
          </div>
        )}
      </form>
    </dialog>
  );
}

interface ChoiceProps<T extends string> {
  legend: string;
  options: readonly T[];
  value: T | null;
  onChange: (v: T) => void;
  /** For an optional choice: a second click on the chosen one unsets it. */
  onClear?: () => void;
  children: (v: T) => string;
}

function Choice<T extends string>({ legend, options, value, onChange, onClear, children }: ChoiceProps<T>) {
  return (
    <fieldset className="floor__choice">
      <legend>{legend}</legend>
      {options.map((o) => (
        <button
          key={o}
          type="button"
          aria-pressed={value === o}
          onClick={() => (onClear && value === o ? onClear() : onChange(o))}
        >
          {children(o)}
        </button>
      ))}
    </fieldset>
  );
}
