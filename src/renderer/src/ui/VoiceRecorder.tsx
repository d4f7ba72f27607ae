import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../i18n/format';
import { LineIcon } from './LineIcon';
import { useRecorder, type MicProblem, type RecorderState } from './use-recorder';

interface Props {
  limitSec: number;
  /** Called with the recording when the attendee sends it. */
  onSend: (audio: { data: Blob; durationSec: number }) => void;
  onTypeInstead: () => void;
  busy: boolean;
  sendLabel: string;
}

/**
 * Press to record, see the time left, stop, listen, record again or send. A missing
 * or refused microphone is said plainly, with typing offered instead.
 */
export function VoiceRecorder({ limitSec, onSend, onTypeInstead, busy, sendLabel }: Props) {
  const { state, start, stop, discard } = useRecorder(limitSec);
  const again = () => void start();
  if (state.phase === 'failed')
    return <MicFailed problem={state.problem} onRetry={again} onTypeInstead={onTypeInstead} />;
  if (state.phase === 'recorded')
    return (
      <Recorded
        take={state}
        busy={busy}
        sendLabel={sendLabel}
        onAgain={again}
        onDiscard={discard}
        onSend={() => onSend({ data: state.blob, durationSec: state.durationSec })}
      />
    );
  return <Recording state={state} limitSec={limitSec} onStart={again} onStop={stop} />;
}

function MicFailed(props: { problem: MicProblem; onRetry: () => void; onTypeInstead: () => void }) {
  const { t } = useTranslation('attendee');
  return (
    <div className="voice">
      <p className="alert" role="alert">
        {t(`voice.${props.problem}`)}
      </p>
      <div className="kiosk__choices">
        <button type="button" className="big" onClick={props.onTypeInstead}>
          <LineIcon name="keyboard" size={40} /> {t('voice.typeInstead')}
        </button>
        <button type="button" className="big" onClick={props.onRetry}>
          <LineIcon name="mic" size={40} /> {t('voice.retry')}
        </button>
      </div>
    </div>
  );
}

interface RecordedProps {
  take: Extract<RecorderState, { phase: 'recorded' }>;
  busy: boolean;
  sendLabel: string;
  onAgain: () => void;
  onDiscard: () => void;
  onSend: () => void;
}

/** A finished take: listen to it, record again, or send it. */
function Recorded({ take, busy, sendLabel, onAgain, onDiscard, onSend }: RecordedProps) {
  const { t } = useTranslation('attendee');
  const audio = useRef<HTMLAudioElement>(null);
  const [playing, setPlaying] = useState(false);
  const listen = () => {
    const el = audio.current!;
    if (el.paused) void el.play();
    else el.pause();
  };
  return (
    <div className="voice">
      <p className="voice__status" role="status">
        {t('voice.recorded', { time: formatClock(take.durationSec) })}
      </p>
      <audio
        ref={audio}
        src={take.url}
        aria-label={t('voice.yourRecording')}
        onPlay={() => setPlaying(true)}
        onPause={() => setPlaying(false)}
        onEnded={() => setPlaying(false)}
      />
      <div className="kiosk__choices">
        <button type="button" className="big" onClick={listen} aria-pressed={playing}>
          <LineIcon name={playing ? 'pause' : 'play'} size={40} /> {t('voice.listen')}
        </button>
        <button type="button" className="big" onClick={onAgain} disabled={busy}>
          <LineIcon name="undo" size={40} /> {t('voice.again')}
        </button>
        <button type="button" className="big primary" disabled={busy} onClick={onSend}>
          <LineIcon name="check" size={40} /> {sendLabel}
        </button>
      </div>
      <button type="button" className="link" onClick={onDiscard} disabled={busy}>
        <LineIcon name="trash" /> {t('voice.discard')}
      </button>
    </div>
  );
}

/** Before and while recording: the time left, large, and one big button. */
function Recording(props: { state: RecorderState; limitSec: number; onStart: () => void; onStop: () => void }) {
  const { t } = useTranslation('attendee');
  const { state, limitSec } = props;
  const recording = state.phase === 'recording';
  const left = recording ? Math.max(0, limitSec - state.elapsedSec) : limitSec;
  return (
    <div className="voice">
      <p className="voice__timer" role="timer" aria-label={t('voice.timeLeft')} data-recording={recording}>
        {formatClock(Math.ceil(left))}
      </p>
      <p className="voice__hint">
        {recording ? t('voice.speakNow') : t('voice.hint', { time: formatClock(limitSec) })}
      </p>
      {recording ? (
        <button type="button" className="big record record--on" onClick={props.onStop}>
          <LineIcon name="stop" size={56} /> {t('voice.stop')}
        </button>
      ) : (
        <button type="button" className="big record" onClick={props.onStart} disabled={state.phase === 'starting'}>
          <LineIcon name="mic" size={56} /> {t('voice.record')}
        </button>
      )}
    </div>
  );
}
