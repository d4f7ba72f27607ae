import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PROMPT_MAX_SEC } from '@shared/records/constants';
import type { Prompt } from '@shared/records';
import { promptProblem } from '../../data/repos/poll-input';
import { savePrompt } from '../../data/repos/polls';
import { formatClock } from '../../i18n/format';
import { LineIcon } from '../../ui/LineIcon';
import { useBlobUrl } from '../../ui/use-blob-url';
import { useRecorder } from '../../ui/use-recorder';
import { loudestSample } from './audio-peak';
import { pollProblemText } from './poll-problem';

interface Props {
  label: string;
  prompt: Prompt | undefined;
  onChange: (prompt: Prompt | undefined) => void;
}

/**
 * The facilitator records a short voice prompt (the spoken-question recorder, a minute at
 * most). A silent take is refused with the reason; a good one is stored as a blob at once.
 */
export function PromptRecorder({ label, prompt, onChange }: Props) {
  const { t } = useTranslation('polls');
  const { state, start, stop, discard } = useRecorder(PROMPT_MAX_SEC);
  const [problem, setProblem] = useState<string | null>(null);
  // A finished take is judged (silence, length) and stored once; meanwhile "checking" shows.
  const checking = state.phase === 'recorded';
  const judged = useEffectEvent(async (blob: Blob, durationSec: number, peak: number | null) => {
    const bad = promptProblem(durationSec, peak ?? 1);
    try {
      if (bad) setProblem(t(`prompt.${bad}`));
      else onChange(await savePrompt(blob, durationSec));
    } catch (err) {
      setProblem(pollProblemText(err, t));
    } finally {
      discard();
    }
  });
  useEffect(() => {
    if (state.phase !== 'recorded') return;
    const { blob, durationSec } = state;
    void loudestSample(blob).then((peak) => judged(blob, durationSec, peak));
  }, [state]);

  const recording = state.phase === 'recording';
  return (
    <div className="prompt" role="group" aria-label={label}>
      <span className="prompt__label">{label}</span>
      {prompt && !recording && <PromptPlayer prompt={prompt} />}
      {recording ? (
        <button type="button" onClick={stop}>
          <LineIcon name="stop" /> {t('prompt.stop')}
        </button>
      ) : (
        <button
          type="button"
          disabled={state.phase === 'starting' || checking}
          onClick={() => {
            setProblem(null);
            void start();
          }}
        >
          <LineIcon name="mic" /> {t('prompt.record')}
        </button>
      )}
      {prompt && !recording && (
        <button type="button" className="link" onClick={() => onChange(undefined)}>
          <LineIcon name="trash" /> {t('prompt.remove')}
        </button>
      )}
      <span role="status" className="prompt__status">
        {recording &&
          t('prompt.recording', { time: formatClock(state.elapsedSec), limit: formatClock(PROMPT_MAX_SEC) })}
        {checking && t('prompt.checking')}
        {prompt && !recording && !checking && t('prompt.has', { time: formatClock(prompt.durationSec) })}
      </span>
      {state.phase === 'failed' && (
        <p className="alert" role="alert">
          {t(`prompt.${state.problem}`)}
        </p>
      )}
      {problem && (
        <p className="alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

/** Plays a stored prompt (console and kiosk). */
export function PromptPlayer({ prompt, autoPlay = false }: { prompt: Prompt; autoPlay?: boolean }) {
  const { t } = useTranslation('polls');
  const url = useBlobUrl(prompt.hash);
  if (!url) return null;
  return <audio className="prompt__audio" controls autoPlay={autoPlay} src={url} aria-label={t('prompt.play')} />;
}
