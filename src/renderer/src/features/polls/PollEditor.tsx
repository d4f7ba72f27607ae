import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KIND_OPTIONS, POLL_ICONS, POLL_KINDS, POLL_OPTIONS_MAX, POLL_PHASES } from '@shared/records/constants';
import type { PollKind } from '@shared/records';
import { nextOptionId, starterOptions, type PollDraft } from '../../data/repos/poll-input';
import { createPoll, editPoll } from '../../data/repos/polls';
import type { Poll } from '../../data/types';
import { useLang } from '../../i18n/use-lang';
import { LineIcon } from '../../ui/LineIcon';
import { pollProblemText } from './poll-problem';
import { PromptRecorder } from './PromptRecorder';

interface Props {
  screeningId: string;
  /** The poll edited, or null for a new one. */
  poll: Poll | null;
  /** "Before the film" polls an "after" poll may be compared with. */
  befores: readonly Poll[];
  onDone: () => void;
}

const draftOf = (p: Poll): PollDraft => ({
  kind: p.kind,
  phase: p.phase,
  language: p.language,
  question: p.question,
  options: p.options,
  ...(p.prompt && { prompt: p.prompt }),
  ...(p.pairedWith && { pairedWith: p.pairedWith }),
  ...(p.family && { family: p.family }),
});

/** Builds or edits a poll: its kind, when it is asked, the question and options (icons, voice prompts), its pair. */
export function PollEditor({ screeningId, poll, befores, onDone }: Props) {
  const { t } = useTranslation('polls');
  const lang = useLang();
  const [d, setD] = useState<PollDraft>(() =>
    poll
      ? draftOf(poll)
      : {
          kind: 'yes_no',
          phase: 'before',
          language: lang,
          question: '',
          options: starterOptions('yes_no', [t('icon.yes'), t('icon.no')]),
        },
  );
  const [problem, setProblem] = useState<string | null>(null);
  const set = (patch: Partial<PollDraft>) => setD((cur) => ({ ...cur, ...patch }));
  const setOption = (i: number, patch: Partial<PollDraft['options'][number]>) =>
    set({ options: d.options.map((o, j) => (j === i ? { ...o, ...patch } : o)) });
  const setKind = (kind: PollKind) => {
    const labels =
      kind === 'yes_no' ? [t('icon.yes'), t('icon.no')] : kind === 'scale' ? ['1', '2', '3', '4', '5'] : [];
    set({ kind, options: kind === 'choice' ? d.options : starterOptions(kind, labels) });
  };
  const save = async () => {
    setProblem(null);
    try {
      const draft = d.phase === 'after' ? d : { ...d, pairedWith: undefined };
      if (poll) await editPoll(poll.id, draft);
      else await createPoll(screeningId, draft);
      onDone();
    } catch (err) {
      setProblem(pollProblemText(err, t));
    }
  };
  const fixed = KIND_OPTIONS[d.kind] !== null;
  return (
    <form
      className="poll-editor"
      aria-labelledby="poll-editor-title"
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      <h3 id="poll-editor-title">{t(poll ? 'editor.editTitle' : 'editor.newTitle')}</h3>
      <div className="poll-editor__row">
        <label>
          {t('editor.kind')}
          <select value={d.kind} onChange={(e) => setKind(e.target.value as PollKind)}>
            {POLL_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor.phase')}
          <select value={d.phase} onChange={(e) => set({ phase: e.target.value as PollDraft['phase'] })}>
            {POLL_PHASES.map((p) => (
              <option key={p} value={p}>
                {t(`phase.${p}`)}
              </option>
            ))}
          </select>
        </label>
        {d.phase === 'after' && (
          <label>
            {t('editor.pair')}
            <select value={d.pairedWith ?? ''} onChange={(e) => set({ pairedWith: e.target.value || undefined })}>
              <option value="">{t('editor.pairNone')}</option>
              {befores.map((b) => (
                <option key={b.id} value={b.id}>
                  {b.question}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>
      <label className="poll-editor__question">
        {t('editor.question')}
        <textarea value={d.question} rows={2} onChange={(e) => set({ question: e.target.value })} />
      </label>
      <PromptRecorder label={t('editor.questionPrompt')} prompt={d.prompt} onChange={(prompt) => set({ prompt })} />
      <fieldset className="poll-editor__options">
        <legend>{t('editor.options')}</legend>
        {d.options.map((o, i) => (
          <div key={o.id} className="poll-editor__option">
            <label>
              {t('editor.option', { n: i + 1 })}
              <input value={o.label} onChange={(e) => setOption(i, { label: e.target.value })} />
            </label>
            <label>
              {t('editor.icon', { n: i + 1 })}
              <select value={o.icon} onChange={(e) => setOption(i, { icon: e.target.value as typeof o.icon })}>
                {POLL_ICONS.map((ic) => (
                  <option key={ic} value={ic}>
                    {t(`icon.${ic}`)}
                  </option>
                ))}
              </select>
            </label>
            <PromptRecorder
              label={t('editor.optionPrompt', { n: i + 1 })}
              prompt={o.prompt}
              onChange={(prompt) => setOption(i, { prompt })}
            />
            {!fixed && (
              <button type="button" onClick={() => set({ options: d.options.filter((_, j) => j !== i) })}>
                <LineIcon name="trash" /> {t('editor.removeOption', { n: i + 1 })}
              </button>
            )}
          </div>
        ))}
        {!fixed && d.options.length < POLL_OPTIONS_MAX && (
          <button
            type="button"
            onClick={() => set({ options: [...d.options, { id: nextOptionId(d.options), label: '', icon: 'unsure' }] })}
          >
            <LineIcon name="plus" /> {t('editor.addOption')}
          </button>
        )}
      </fieldset>
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
      <div className="poll-editor__actions">
        <button type="submit" className="primary">
          <LineIcon name="check" /> {t('editor.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
